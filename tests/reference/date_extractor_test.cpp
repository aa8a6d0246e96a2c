#include "reference/date_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>
#include "support/case_name.h"

namespace ofsearch {
namespace {

struct ParseCase {
  const char* text;
  const char* iso;  // nullptr: not a date
};

class ParseDateTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseDateTest, ParsesEveryPrintedFormOrRejects) {
  const ParseCase& c = GetParam();
  std::optional<std::string> got = parse_date(c.text);
  if (c.iso == nullptr) {
    EXPECT_FALSE(got.has_value()) << c.text << " -> " << got.value_or("");
  } else {
    ASSERT_TRUE(got.has_value()) << c.text;
    EXPECT_EQ(*got, c.iso) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ParseDateTest,
    ::testing::Values(
        ParseCase{"23 February 2022", "2022-02-23"}, ParseCase{"8 May 2019", "2019-05-08"},
        ParseCase{"1st March 2023", "2023-03-01"}, ParseCase{"22nd July 2021", "2021-07-22"},
        ParseCase{"February 23, 2022", "2022-02-23"}, ParseCase{"23/02/2022", "2022-02-23"},
        ParseCase{"2022-02-23", "2022-02-23"}, ParseCase{"23.02.2022", "2022-02-23"},
        ParseCase{"18/11/11", "2011-11-18"}, ParseCase{"Published: 18 November 2011", "2011-11-18"},
        ParseCase{"Thursday, 27 June 2019", "2019-06-27"}, ParseCase{"27 JUNE 2019", "2019-06-27"},
        ParseCase{"3 Sept 2019", "2019-09-03"}, ParseCase{"3 Oct. 2019", "2019-10-03"},
        ParseCase{"  15 April 2019. ", "2019-04-15"}, ParseCase{"29 February 2024", "2024-02-29"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.text, info.index); });

INSTANTIATE_TEST_SUITE_P(
    Invalid, ParseDateTest,
    ::testing::Values(ParseCase{"31 February 2022", nullptr},
                      ParseCase{"29 February 2023", nullptr}, ParseCase{"31 April 2019", nullptr},
                      ParseCase{"32 March 2019", nullptr}, ParseCase{"0 March 2019", nullptr},
                      ParseCase{"31/02/2022", nullptr}, ParseCase{"2022-13-01", nullptr},
                      ParseCase{"March 2019", nullptr}, ParseCase{"23 February", nullptr},
                      ParseCase{"2019", nullptr}, ParseCase{"", nullptr},
                      ParseCase{"we may 2019", nullptr}, ParseCase{"3 to 14 October 2011", nullptr},
                      ParseCase{"23 February 2022 and more", nullptr}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.text, info.index); });

struct RangeCase {
  const char* text;
  const char* start;  // nullptr: no date at all
  const char* end;
};

class FindDateRangeTest : public ::testing::TestWithParam<RangeCase> {};

TEST_P(FindDateRangeTest, FindsFirstRangeOrDay) {
  const RangeCase& c = GetParam();
  std::optional<DateRange> got = find_date_range(c.text);
  if (c.start == nullptr) {
    EXPECT_FALSE(got.has_value()) << c.text << " -> " << got->start;
    return;
  }
  ASSERT_TRUE(got.has_value()) << c.text;
  EXPECT_EQ(got->start, c.start) << c.text;
  EXPECT_EQ(got->end, c.end) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, FindDateRangeTest,
    ::testing::Values(
        RangeCase{"Inspection dates: 3 - 14 October 2011", "2011-10-03", "2011-10-14"},
        RangeCase{"Inspection dates: 3 \u2013 14 October 2011", "2011-10-03", "2011-10-14"},
        RangeCase{"3-14 October 2011", "2011-10-03", "2011-10-14"},
        RangeCase{"on 19 and 20 January 2022.", "2022-01-19", "2022-01-20"},
        RangeCase{"Inspection dates: 2 to 13 December 2024", "2024-12-02", "2024-12-13"},
        RangeCase{"28 November to 9 December 2022", "2022-11-28", "2022-12-09"},
        RangeCase{"30 October 2023 to 3 November 2023", "2023-10-30", "2023-11-03"},
        RangeCase{"27 February - 3 March 2017", "2017-02-27", "2017-03-03"},
        RangeCase{"Inspection date: 23 April-18 May 2018", "2018-04-23", "2018-05-18"},
        RangeCase{"26 February 2018-22 March 2018", "2018-02-26", "2018-03-22"},
        RangeCase{"on the 15 and 16 of May 2018", "2018-05-15", "2018-05-16"},
        RangeCase{"between 29 September and 1 October 2020", "2020-09-29", "2020-10-01"},
        RangeCase{"on 31 October and 1 November 2023", "2023-10-31", "2023-11-01"},
        RangeCase{"on 22 to 23 November 2022", "2022-11-22", "2022-11-23"},
        RangeCase{"on 21st and 22nd March 2019", "2019-03-21", "2019-03-22"},
        RangeCase{"on 21 st and 22 nd March 2019 (superscripts split off)", "2019-03-21",
                  "2019-03-22"},
        RangeCase{"split across a line: on 19 and 20\nJanuary\n2022", "2022-01-19", "2022-01-20"},
        RangeCase{"Dear Ms Godfrey, on 19 March 2019 we visited", "2019-03-19", "2019-03-19"},
        RangeCase{"from 03/10/2011 to 14/10/2011", "2011-10-03", "2011-10-14"},
        RangeCase{"from Monday 5 March to Friday 9 March 2018", "2018-03-05", "2018-03-09"},
        RangeCase{"Inspection dates: 19 November 2018 to 30 November 2018", "2018-11-19",
                  "2018-11-30"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.text, info.index); });

INSTANTIATE_TEST_SUITE_P(
    AcrossMonthsAndYears, FindDateRangeTest,
    ::testing::Values(RangeCase{"28 December to 3 January 2020", "2019-12-28", "2020-01-03"},
                      RangeCase{"30 December 2019 - 3 January 2020", "2019-12-30", "2020-01-03"},
                      RangeCase{"31 January to 4 February 2022", "2022-01-31", "2022-02-04"},
                      RangeCase{"between 1 April 2019 and 31 March 2020", "2019-04-01",
                                "2020-03-31"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.text, info.index); });

INSTANTIATE_TEST_SUITE_P(
    NotRanges, FindDateRangeTest,
    ::testing::Values(
        // A range needs both halves valid and in order; a complete date left over still counts.
        RangeCase{"30 and 31 February 2022", nullptr, nullptr},
        RangeCase{"14 to 3 October 2011 was the plan", "2011-10-03", "2011-10-03"},
        RangeCase{"T 0300 123 1231 Textphone 0161 618 8524 M1 2WD", nullptr, nullptr},
        RangeCase{"since the last inspection in March 2020", nullptr, nullptr},
        RangeCase{"aged 16 to 25 years", nullptr, nullptr},
        // Two days joined by "and" more than a month apart are two dates, not a visit.
        RangeCase{"on 3 March and 28 April 2019", "2019-04-28", "2019-04-28"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.text, info.index); });

TEST(FindDates, ReturnsEveryDateInOrderWithOffsets) {
  std::string text = "15 April 2019\nvisit on 21 and 22 March 2019. Published: 8 May 2019";
  std::vector<FoundDate> dates = find_dates(text);
  ASSERT_EQ(dates.size(), 4u);
  EXPECT_EQ(dates[0].iso, "2019-04-15");
  EXPECT_EQ(dates[1].iso, "2019-03-21");
  EXPECT_EQ(dates[2].iso, "2019-03-22");
  EXPECT_EQ(dates[3].iso, "2019-05-08");
  EXPECT_EQ(text.substr(dates[0].offset, dates[0].length), "15 April 2019");
  EXPECT_EQ(text.substr(dates[1].offset, 2), "21");
  EXPECT_EQ(text.substr(dates[3].offset, dates[3].length), "8 May 2019");
}

TEST(FindDates, NeverInventsADate) {
  EXPECT_TRUE(find_dates("No dates here, only 2022 and March and the 3rd point.").empty());
  EXPECT_TRUE(find_dates("").empty());
}

TEST(FindDateRanges, ReportsWhereEachRangeWasPrinted) {
  std::string text = "Inspection dates: 2 to 13 December 2024\nReport published: 29 January 2025";
  std::vector<FoundRange> ranges = find_date_ranges(text);
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(text.substr(ranges[0].offset, ranges[0].length), "2 to 13 December 2024");
  EXPECT_EQ(ranges[1].range.start, "2025-01-29");
  EXPECT_EQ(ranges[1].range.end, "2025-01-29");
}

TEST(IsValidDate, KnowsLeapYears) {
  EXPECT_TRUE(is_valid_date(2000, 2, 29));
  EXPECT_FALSE(is_valid_date(1900, 2, 29));
  EXPECT_TRUE(is_valid_date(2024, 2, 29));
  EXPECT_FALSE(is_valid_date(2023, 2, 29));
  EXPECT_FALSE(is_valid_date(2023, 4, 31));
}

}  // namespace
}  // namespace ofsearch
