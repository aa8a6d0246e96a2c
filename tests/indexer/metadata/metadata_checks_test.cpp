#include "indexer/metadata/metadata_checks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ofsearch {
namespace {

struct CheckCase {
  const char* name;
  ReportDates dates;
  bool reports_visit;
  std::vector<std::string> warnings;
};

class DateWarningsTest : public ::testing::TestWithParam<CheckCase> {};

TEST_P(DateWarningsTest, SaysWhichDatesDisagree) {
  const CheckCase& c = GetParam();
  EXPECT_EQ(date_warnings(c.dates, c.reports_visit, "2026-01-31"), c.warnings);
}

INSTANTIATE_TEST_SUITE_P(
    Dates, DateWarningsTest,
    ::testing::Values(
        CheckCase{"Consistent", {"2019-04-15", "2019-03-21", "2019-03-22"}, true, {}},
        // An ILACS report dated by its inspection's last day.
        CheckCase{"DatedOnTheLastDay", {"2024-12-13", "2024-12-02", "2024-12-13"}, true, {}},
        CheckCase{"DatedBeforeTheVisit",
                  {"2019-01-21", "2019-12-18", "2019-12-19"},
                  true,
                  {"dated 2019-01-21, before the visit it reports (2019-12-18 to 2019-12-19)"}},
        CheckCase{"DatedDuringAOneDayVisit",
                  {"2019-01-21", "2019-01-22", "2019-01-22"},
                  true,
                  {"dated 2019-01-21, before the visit it reports (2019-01-22)"}},
        // A council paper may announce a visit still to come.
        CheckCase{"PaperBeforeAVisit", {"2019-01-21", "2019-12-18", "2019-12-19"}, false, {}},
        CheckCase{"EndBeforeStart",
                  {"2014-08-08", "2014-06-25", "2014-06-02"},
                  true,
                  {"the inspection ends (2014-06-02) before it starts (2014-06-25)"}},
        CheckCase{"FutureDate",
                  {"2026-02-01", std::nullopt, std::nullopt},
                  true,
                  {"dated 2026-02-01, which is in the future"}},
        CheckCase{"FutureInspection",
                  {"2025-12-01", "2026-03-01", "2026-03-02"},
                  false,
                  {"the inspection ends 2026-03-02, which is in the future"}},
        CheckCase{"Undated", {std::nullopt, std::nullopt, std::nullopt}, true, {}}),
    [](const ::testing::TestParamInfo<CheckCase>& info) { return std::string(info.param.name); });

// Area SEND reports print their dates on the cover and in every page footer; two of the
// real reports disagree with themselves (cover 15 to 19 May, footer 15 to 22 May 2023).
TEST(InspectionDateConflicts, AnotherSpanSharingOneEndIsReported) {
  const ReportDates dates{"2023-05-19", "2023-05-15", "2023-05-19"};
  auto w = inspection_date_conflicts(
      "Inspection dates: 15 to 19 May 2023\nArea SEND inspection report: Rutland Local Area "
      "Partnership, 15 to 22 May 2023\n... 15 to 22 May 2023\n",
      dates);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0],
            "the report also prints 2023-05-15 to 2023-05-22 as the inspection's dates (read: "
            "2023-05-15 to 2023-05-19)");
}

TEST(InspectionDateConflicts, OtherDatesAndTheSameSpanAreNot) {
  const ReportDates dates{"2023-05-19", "2023-05-15", "2023-05-19"};
  EXPECT_TRUE(inspection_date_conflicts("Inspection dates: 15 to 19 May 2023. Dates of previous "
                                        "inspection: 3 to 7 July 2017. On 15 May 2023 ...",
                                        dates)
                  .empty());
  EXPECT_TRUE(
      inspection_date_conflicts("3 to 7 July 2017", {std::nullopt, std::nullopt, std::nullopt})
          .empty());
}

}  // namespace
}  // namespace ofsearch
