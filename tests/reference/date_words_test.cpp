#include "reference/date_words.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "support/case_name.h"

namespace ofsearch {
namespace {

using Kind = DateWords::Kind;

const DateWords& words() {
  static const DateWords w = DateWords::load(OFSEARCH_SOURCE_DIR "/corpus/date_words.tsv");
  return w;
}

struct FindCase {
  const char* printed;
  bool found;
  Kind kind;
  int month;
};

class DateWordsFindTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(DateWordsFindTest, KnowsEveryDateWordInAnyCase) {
  const FindCase& c = GetParam();
  auto got = words().find(c.printed);
  ASSERT_EQ(got.has_value(), c.found) << c.printed;
  if (!c.found) return;
  EXPECT_EQ(got->kind, c.kind) << c.printed;
  EXPECT_EQ(got->month, c.month) << c.printed;
}

INSTANTIATE_TEST_SUITE_P(
    Words, DateWordsFindTest,
    ::testing::Values(
        FindCase{"January", true, Kind::month, 1}, FindCase{"DECEMBER", true, Kind::month, 12},
        FindCase{"Oct", true, Kind::month, 10}, FindCase{"sept", true, Kind::month, 9},
        FindCase{"Sep", true, Kind::month, 9}, FindCase{"May", true, Kind::month, 5},
        FindCase{"MAY", true, Kind::month, 5}, FindCase{"may", false, Kind::month, 0},  // the verb
        FindCase{"Thursday", true, Kind::weekday, 0}, FindCase{"th", true, Kind::ordinal, 0},
        FindCase{"ND", true, Kind::ordinal, 0}, FindCase{"until", true, Kind::range_to, 0},
        FindCase{"and", true, Kind::range_and, 0},
        FindCase{"Between", true, Kind::range_between, 0},
        FindCase{"from", true, Kind::range_from, 0}, FindCase{"of", true, Kind::day_of, 0},
        FindCase{"the", true, Kind::day_the, 0}, FindCase{"Marc", false, Kind::month, 0},
        FindCase{"", false, Kind::month, 0}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.printed, info.index); });

struct MonthCase {
  const char* lower_word;
  bool month;
};

class DateWordsMonthTest : public ::testing::TestWithParam<MonthCase> {};

TEST_P(DateWordsMonthTest, ListsMonthsForTheSegmenter) {
  EXPECT_EQ(words().is_month(GetParam().lower_word), GetParam().month) << GetParam().lower_word;
}

INSTANTIATE_TEST_SUITE_P(Words, DateWordsMonthTest,
                         ::testing::Values(MonthCase{"february", true}, MonthCase{"may", true},
                                           MonthCase{"sept", true}, MonthCase{"dec", true},
                                           MonthCase{"monday", false}, MonthCase{"to", false},
                                           MonthCase{"report", false}),
                         [](const auto& info) {
                           return ofsearch::testing::case_name(info.param.lower_word, info.index);
                         });

TEST(DateWordsTest, DefaultsAreTheBundledFile) {
  EXPECT_EQ(DateWords::defaults().find("March"), words().find("March"));
}

struct BadFileCase {
  const char* name;
  const char* rows;
  int line;           // the line the message names
  const char* error;  // a fragment of the message
};

class DateWordsBadFileTest : public ::testing::TestWithParam<BadFileCase> {};

TEST_P(DateWordsBadFileTest, NamesFileAndLine) {
  auto path = std::filesystem::temp_directory_path() /
              ("ofsearch_date_words_" + std::string(GetParam().name) + ".tsv");
  std::ofstream(path) << "kind\tword\tvalue\tcapital\n" << GetParam().rows;
  try {
    DateWords::load(path);
    ADD_FAILURE() << "loaded " << GetParam().name;
  } catch (const std::runtime_error& e) {
    EXPECT_NE(
        std::string(e.what()).find(path.string() + ":" + std::to_string(GetParam().line) + ": "),
        std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find(GetParam().error), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, DateWordsBadFileTest,
    ::testing::Values(BadFileCase{"unknown_kind", "season\tspring\t\t\n", 2, "unknown kind"},
                      BadFileCase{"month_number", "month\tsmarch\t13\t\n", 2, "1-12"},
                      BadFileCase{"empty_word", "weekday\t\t\t\n", 2, "empty word"},
                      BadFileCase{"twice", "month\tjan\t1\t\nday_of\tjan\t\t\n", 3, "twice"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace ofsearch
