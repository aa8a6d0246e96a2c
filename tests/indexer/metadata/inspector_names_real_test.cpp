// The inspectors of the real reports (../shared/corpus/real, skipped without them),
// through the whole pipeline: every ILACS and SIF report and every focused-visit letter
// names its lead, printed in the report itself; no joint (JTAI) letter names one, as
// national directors sign those. Which name is the lead was checked by reading the
// reports (README, "Lead inspectors").
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"
#include "support/real_reports_dir.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> pdfs_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".pdf") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

// The text as the index holds it on one line: spaces collapsed, curly apostrophes
// straight, a word broken at its hyphen joined ("Thomson- Jones").
std::string flat_text(const Report& report) {
  std::string text;
  for (const auto& p : report.paragraphs) text += " " + p.text;
  for (std::size_t at; (at = text.find("\xE2\x80\x99")) != std::string::npos;)
    text.replace(at, 3, "'");
  std::string out;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ' && out.back() != '-') out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}

TEST(RealInspectors, EveryIlacsReportAndFocusedVisitNamesItsLeadAndNoJointLetterDoes) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  const fs::path real = *testing::real_reports_dir();
  for (const char* set : {"ilacs", "focused-visits", "jtai-send"}) {
    std::size_t named = 0, reports = 0;
    for (const auto& pdf : pdfs_in(real / set)) {
      SCOPED_TRACE(pdf.filename().string());
      Report report = build_report_from_file(pdf, {}, reference_data());
      ++reports;
      if (report.inspectors.empty()) continue;
      ++named;
      const std::string text = flat_text(report);
      for (const auto& name : report.inspectors)
        EXPECT_NE(text.find(name), std::string::npos) << name << " is not printed in the report";
    }
    if (std::string(set) == "jtai-send") {
      EXPECT_EQ(named, 0u);
    } else {
      EXPECT_EQ(named, reports) << set;
      EXPECT_GT(reports, 40u) << set;
    }
  }
}

}  // namespace
}  // namespace ofsearch
