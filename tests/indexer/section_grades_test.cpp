// Every paragraph under the judgement it was written for, on the real inspection
// reports in ../shared/corpus/real (issue 9's targets). Skips when they are absent.
#include <gtest/gtest.h>

#include <iostream>

#include "indexer/real_reports.h"
#include "indexer/section_grades.h"

namespace ofsearch::testing {
namespace {

TEST(SectionGrades, ParagraphsOfJudgementSectionsCarryTheirGradeOnRealReports) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  auto dir = real_reports_dir();
  auto reports = measure_section_grades(*dir);
  print_section_grades(std::cout, reports);
  int in_sections = 0, carrying = 0, under_information = 0;
  for (const auto& r : reports) {
    in_sections += r.in_sections;
    carrying += r.carrying;
    under_information += r.under_information;
    EXPECT_TRUE(!r.lscb_stated || r.lscb_read) << r.file << ": LSCB judgement not read";
  }
  EXPECT_GE(reports.size(), 80u);
  EXPECT_GE(carrying, 0.98 * in_sections) << carrying << " of " << in_sections;
  EXPECT_EQ(under_information, 0);
}

}  // namespace
}  // namespace ofsearch::testing
