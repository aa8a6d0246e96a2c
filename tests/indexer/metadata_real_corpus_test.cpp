// Measures the metadata extractor on the real Ofsted PDFs in ../shared/corpus/real
// against the published tables (ilacs-judgements.csv, focused-visits.csv). Slow (reads
// 135 PDFs), so disabled by default; run with
//   OFSEARCH_DATA=/work/main build/tests/indexer_tests --gtest_also_run_disabled_tests
//     --gtest_filter='*RealCorpus*'
// Prints accuracy per field and every miss; skips when the folder is absent.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "indexer/document_reader.h"
#include "indexer/metadata_extractor.h"
#include "indexer/paragraph_segmenter.h"
#include "reference/reference_data.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

const fs::path kRealDir = fs::path(OFSEARCH_SOURCE_DIR) / ".." / "shared" / "corpus" / "real";

// One CSV row as column -> value (double-quoted fields may hold commas).
std::vector<std::map<std::string, std::string>> read_csv(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::map<std::string, std::string>> rows;
  std::vector<std::string> header;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (char c : line) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.emplace_back();
      } else if (c != '\r') {
        cells.back() += c;
      }
    }
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

// "06/12/2021" or "11/02/22" -> "2021-12-06".
std::string iso_from_dmy(const std::string& dmy) {
  int d = 0, m = 0, y = 0;
  if (std::sscanf(dmy.c_str(), "%d/%d/%d", &d, &m, &y) != 3) return "";
  if (y < 100) y += 2000;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "08 may 2019" -> "2019-05-08" (capitalised first: lower-case "may" is not a month).
std::string iso_from_name_date(std::string text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i == 0 || text[i - 1] == ' ')
      text[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
  }
  return parse_date(text).value_or("");
}

class Tally {
 public:
  void score(const std::string& field, bool ok, const std::string& detail) {
    auto& [hits, total, misses] = fields_[field];
    ++total;
    if (ok) {
      ++hits;
    } else {
      misses.push_back(detail);
    }
  }
  double rate(const std::string& field) const {
    auto it = fields_.find(field);
    if (it == fields_.end() || std::get<1>(it->second) == 0) return 0;
    return double(std::get<0>(it->second)) / std::get<1>(it->second);
  }
  void print() const {
    for (const auto& [field, t] : fields_) {
      std::cout << field << ": " << std::get<0>(t) << "/" << std::get<1>(t) << "\n";
      for (const auto& miss : std::get<2>(t)) std::cout << "    " << miss << "\n";
    }
  }

 private:
  std::map<std::string, std::tuple<int, int, std::vector<std::string>>> fields_;
};

ReportMetadata extract_pdf(const fs::path& pdf) {
  const ReferenceData& ref = reference_data();
  std::string text = read_document(pdf).text;
  return MetadataExtractor(ref).extract(text, ParagraphSegmenter(ref.grades).segment(text));
}

bool same_authority(const std::optional<std::string>& got, const std::string& table) {
  const Authority* expected = reference_data().authorities.find(table);
  return got && expected && *got == expected->name;
}

std::string show(const std::optional<std::string>& v) { return v.value_or("(none)"); }

TEST(RealCorpus, DISABLED_MetadataMatchesPublishedTables) {
  if (!fs::exists(kRealDir / "ilacs-judgements.csv")) GTEST_SKIP() << kRealDir << " not present";
  Tally tally;
  for (const auto& row : read_csv(kRealDir / "ilacs-judgements.csv")) {
    const std::string& file = row.at("file");
    ReportMetadata m = extract_pdf(kRealDir / "ilacs" / file);
    // Pre-2018 rows have no framework: single inspection framework reports.
    std::string type =
        row.at("inspection_framework").empty() ? "sif-inspection" : "ilacs-inspection";
    tally.score("inspection report: type", m.report_type == type, file + " " + m.report_type);
    tally.score("inspection report: authority",
                same_authority(m.authority, row.at("local_authority")),
                file + " " + show(m.authority) + " vs " + row.at("local_authority"));
    if (!row.at("inspection_start_date").empty()) {
      std::string start = iso_from_dmy(row.at("inspection_start_date"));
      std::string end = iso_from_dmy(row.at("inspection_end_date"));
      tally.score("inspection report: inspection dates",
                  show(m.inspection_start) == start && show(m.inspection_end) == end,
                  file + " " + show(m.inspection_start) + ".." + show(m.inspection_end));
    }
  }
  for (const auto& row : read_csv(kRealDir / "focused-visits.csv")) {
    const std::string& file = row.at("file");
    ReportMetadata m = extract_pdf(kRealDir / "focused-visits" / file);
    tally.score("focused visit: type", m.report_type == "focused-visit",
                file + " " + m.report_type);
    tally.score("focused visit: authority", same_authority(m.authority, row.at("local_authority")),
                file + " " + show(m.authority) + " vs " + row.at("local_authority"));
    tally.score("focused visit: letter date",
                show(m.date) == iso_from_name_date(row.at("date_in_source_name")),
                file + " " + show(m.date) + " vs " + row.at("date_in_source_name"));
    bool visit_before_letter = m.inspection_start && m.inspection_end && m.date &&
                               *m.inspection_start <= *m.inspection_end &&
                               *m.inspection_end <= *m.date;
    tally.score("focused visit: visit dates before letter", visit_before_letter,
                file + " " + show(m.inspection_start) + ".." + show(m.inspection_end));
  }
  tally.print();
  for (const char* field :
       {"inspection report: type", "inspection report: authority",
        "inspection report: inspection dates", "focused visit: type", "focused visit: authority",
        "focused visit: letter date", "focused visit: visit dates before letter"}) {
    EXPECT_GE(tally.rate(field), 0.95) << field;
  }
}

}  // namespace
}  // namespace ofsearch
