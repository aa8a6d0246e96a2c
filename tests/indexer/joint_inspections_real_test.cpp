// The 21 joint inspection reports of ../shared/corpus/real/jtai-send (14 JTAI letters,
// 7 Area SEND reports), each built as `ofsearch index` builds it and compared, field by
// field, with what the PDF prints (tests/data/real/jtai_send_expected.tsv, read by hand).
// Prints the per-field figures; every field of every file must be right.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"
#include "stemming/strings.h"
#include "support/real_reports_dir.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

std::vector<std::map<std::string, std::string>> expected_rows() {
  std::ifstream in(fs::path(OFSEARCH_SOURCE_DIR) / "tests/data/real/jtai_send_expected.tsv");
  std::vector<std::string> header;
  std::vector<std::map<std::string, std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::istringstream split(line);
    for (std::string cell; std::getline(split, cell, '\t');) cells.push_back(cell);
    if (header.empty()) {
      header = cells;
      continue;
    }
    std::map<std::string, std::string> row;
    for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i) row[header[i]] = cells[i];
    rows.push_back(row);
  }
  return rows;
}

std::string or_dash(const std::optional<std::string>& v) { return v ? *v : "-"; }

std::map<std::string, std::string> actual_fields(const Report& r) {
  return {{"type", r.report_type},
          {"authority", or_dash(r.authority)},
          {"date", or_dash(r.date)},
          {"date_source", r.date_source.empty() ? "-" : r.date_source},
          {"inspection_start", or_dash(r.inspection_start)},
          {"inspection_end", or_dash(r.inspection_end)},
          {"theme", r.focus_areas.empty() ? "-" : join(r.focus_areas, ",")},
          {"outcome", or_dash(r.outcome)},
          {"agencies", join(r.agencies, ",")}};
}

TEST(JointInspectionsReal, EveryFieldOfEveryJtaiAndAreaSendReportIsRead) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  const fs::path dir = *testing::real_reports_dir() / "jtai-send";
  auto rows = expected_rows();
  ASSERT_EQ(rows.size(), 21u) << "tests/data/real/jtai_send_expected.tsv";
  std::map<std::string, std::pair<int, int>> score;  // field -> right, compared
  for (const auto& row : rows) {
    Report report = build_report_from_file(dir / row.at("file"), Overrides{}, reference_data());
    for (const auto& [field, value] : actual_fields(report)) {
      auto& [right, compared] = score[field];
      ++compared;
      right += value == row.at(field) ? 1 : 0;
      EXPECT_EQ(value, row.at(field)) << row.at("file") << " " << field;
    }
    // Headings are sections, not paragraphs, and no section sits under the partnership's
    // information; the names-and-addresses tables are boilerplate.
    for (const auto& p : report.paragraphs) {
      EXPECT_NE(p.text.back(), '?')
          << row.at("file") << ": a question heading became a paragraph: " << p.text;
      if (p.section.size() > 1) {
        EXPECT_NE(p.section.front(), "Information about the local area partnership")
            << row.at("file") << ": " << join(p.section, " > ");
      }
      if (!p.section.empty() && p.section.front() == "Local area partnership details") {
        EXPECT_TRUE(p.boilerplate) << row.at("file") << ": " << p.text;
      }
    }
  }
  std::cout << "=== jtai-send fields: right / compared ===\n";
  for (const auto& [field, s] : score)
    std::cout << field << " " << s.first << "/" << s.second << "\n";
}

}  // namespace
}  // namespace ofsearch
