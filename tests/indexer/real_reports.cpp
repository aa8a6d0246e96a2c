#include "indexer/real_reports.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <sstream>

#include "reference/date_extractor.h"
#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"
#include "stemming/text_normaliser.h"

namespace ofsearch::testing {
namespace {

namespace fs = std::filesystem;
using Row = std::map<std::string, std::string>;

// Table values that mean "no grade was published to compare with".
const char* const kNoGrade[] = {"", "data_unreadable", "inspection_pre_dates_judgement",
                                "not_reported_post_reform"};

std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"' && quoted && i + 1 < line.size() && line[i + 1] == '"') {
      cells.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      cells.emplace_back();
    } else if (c != '\r') {
      cells.back() += c;
    }
  }
  return cells;
}

std::vector<Row> read_csv(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  auto header = split_csv_line(line);
  std::vector<Row> rows;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto cells = split_csv_line(line);
    Row row;
    for (std::size_t i = 0; i < header.size(); ++i)
      row[header[i]] = i < cells.size() ? cells[i] : "";
    rows.push_back(std::move(row));
  }
  return rows;
}

// "06/12/2021" or "11/02/22" -> "2021-12-06" / "2022-02-11"; "" when not that shape.
std::string iso_from_dmy(const std::string& dmy) {
  int d = 0, m = 0, y = 0;
  if (std::sscanf(dmy.c_str(), "%d/%d/%d", &d, &m, &y) != 3) return "";
  if (y < 100) y += 2000;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Which of the five published judgements a printed judgement area is, by its words.
std::string judgement_field(const std::string& area) {
  std::string a = fold_key(area);
  auto has = [&](const char* words) { return a.find(words) != std::string::npos; };
  if (has("overall")) return "overall";
  if (has("leader")) return "leaders";
  if (has("help and protection")) return "help_and_protection";
  if (has("in care") || has("looked after")) return "in_care";  // also "in care and care leavers"
  if (has("care leaver")) return "care_leavers";
  return "";
}

// "08 may 2019" -> "08 May 2019": the table is lower-case; reports print month names capitalised.
std::string capitalised(std::string text) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i == 0 || text[i - 1] == ' ')
      text[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
  return text;
}

std::string or_dash(const std::optional<std::string>& value) { return value ? *value : "-"; }

class Comparer {
 public:
  Comparer(Accuracy& accuracy, std::string set, std::string file)
      : accuracy_(accuracy), set_(std::move(set)), file_(std::move(file)) {}
  // Scores one field; an empty `expected` means the table gives nothing to compare.
  void compare(const std::string& field, const std::string& expected, const std::string& actual) {
    if (expected.empty()) return;
    bool match = expected == actual;
    for (const std::string& set : {set_, std::string("all")}) {
      auto& score = accuracy_.by_set[set][field];
      ++score.comparable;
      score.matches += match ? 1 : 0;
    }
    if (!match) accuracy_.mismatches.push_back({file_, field, expected, actual});
  }

 private:
  Accuracy& accuracy_;
  std::string set_, file_;
};

std::string expected_authority(const std::string& table_name) {
  const Authority* authority = reference_data().authorities.find(table_name);
  return authority ? authority->name : "(unknown to the gazetteer: " + table_name + ")";
}

std::string grade_word(const std::string& table_value) {
  for (const char* none : kNoGrade)
    if (table_value == none) return "";
  auto grade = reference_data().grades.parse(table_value);
  return grade ? grade->word : "(unreadable table value: " + table_value + ")";
}

// The report, or nullopt with the failure recorded against every field.
std::optional<Report> build(const fs::path& pdf, std::string* error) {
  try {
    return build_report_from_file(pdf, Overrides{}, reference_data());
  } catch (const std::exception& e) {
    *error = std::string("build failed: ") + e.what();
    return std::nullopt;
  }
}

// Whether the report's text prints `iso` anywhere.
bool prints_date(const Report& report, const std::string& iso) {
  for (const auto& p : report.paragraphs)
    for (const auto& d : find_dates(p.text))
      if (d.iso == iso) return true;
  return false;
}

void compare_ilacs(const fs::path& dir, const Row& row, Accuracy& accuracy) {
  Comparer c(accuracy, "ilacs", row.at("file"));
  std::string error;
  auto report = build(dir / "ilacs" / row.at("file"), &error);
  Report empty;
  const Report& r = report ? *report : empty;
  auto actual = [&](const std::string& value) { return report ? value : error; };
  const std::string framework = row.at("inspection_framework");
  c.compare("authority", expected_authority(row.at("local_authority")),
            actual(or_dash(r.authority)));
  c.compare("type", framework.empty() ? "sif-inspection" : "ilacs-inspection",
            actual(r.report_type));
  const std::string published = iso_from_dmy(row.at("publication_date"));
  c.compare("published", published, actual(or_dash(r.date)));
  // ILACS reports rarely print their publication date; then the best date they
  // give is the last day of the inspection.
  c.compare("date",
            prints_date(r, published) ? published : iso_from_dmy(row.at("inspection_end_date")),
            actual(or_dash(r.date)));
  c.compare("inspection_start", iso_from_dmy(row.at("inspection_start_date")),
            actual(or_dash(r.inspection_start)));
  c.compare("inspection_end", iso_from_dmy(row.at("inspection_end_date")),
            actual(or_dash(r.inspection_end)));

  std::map<std::string, std::string> found;  // first judgement printed for each field
  for (const auto& j : r.judgements) {
    std::string field = judgement_field(j.part + " " + j.area);
    if (!field.empty() && !found.count(field)) found[field] = j.grade.word;
  }
  // Pre-2018 (SIF) rows publish no grades here: count only what the pipeline finds.
  if (framework.empty() && report)
    for (const auto& [field, grade] : found) ++accuracy.sif_found[field];
  const std::pair<const char*, const char*> kColumns[] = {
      {"overall", "overall_effectiveness_grade"},
      {"leaders", "impact_of_leaders_grade"},
      {"help_and_protection", "help_and_protection_grade"},
      {"in_care", "in_care_grade"},
      {"care_leavers", "care_leavers_grade"}};
  for (const auto& [field, column] : kColumns) {
    auto it = found.find(field);
    c.compare(field, grade_word(row.at(column)), actual(it == found.end() ? "-" : it->second));
  }
}

void compare_focused_visit(const fs::path& dir, const Row& row, Accuracy& accuracy) {
  Comparer c(accuracy, "focused-visits", row.at("file"));
  std::string error;
  auto report = build(dir / "focused-visits" / row.at("file"), &error);
  Report empty;
  const Report& r = report ? *report : empty;
  auto actual = [&](const std::string& value) { return report ? value : error; };
  c.compare("authority", expected_authority(row.at("local_authority")),
            actual(or_dash(r.authority)));
  c.compare("type", "focused-visit", actual(r.report_type));
  c.compare("date", parse_date(capitalised(row.at("date_in_source_name"))).value_or(""),
            actual(or_dash(r.date)));
}

}  // namespace

const std::vector<std::string>& accuracy_fields() {
  static const std::vector<std::string> kFields = {
      "authority",           "type",           "date",        "published",
      "inspection_start",    "inspection_end", "overall",     "leaders",
      "help_and_protection", "in_care",        "care_leavers"};
  return kFields;
}

const FieldScore& Accuracy::score(const std::string& field) const {
  static const FieldScore kNone;
  auto set = by_set.find("all");
  if (set == by_set.end()) return kNone;
  auto it = set->second.find(field);
  return it == set->second.end() ? kNone : it->second;
}

Accuracy measure_real_reports(const fs::path& dir) {
  Accuracy accuracy;
  auto start = std::chrono::steady_clock::now();
  for (const auto& row : read_csv(dir / "ilacs-judgements.csv")) {
    compare_ilacs(dir, row, accuracy);
    ++accuracy.files;
    if (row.at("inspection_framework").empty()) ++accuracy.sif_reports;
  }
  for (const auto& row : read_csv(dir / "focused-visits.csv")) {
    compare_focused_visit(dir, row, accuracy);
    ++accuracy.files;
  }
  accuracy.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return accuracy;
}

void print_accuracy(std::ostream& out, const Accuracy& accuracy) {
  auto cell = [&](const std::string& set, const std::string& field) {
    auto s = accuracy.by_set.find(set);
    if (s == accuracy.by_set.end() || !s->second.count(field)) return std::string("-");
    const FieldScore& f = s->second.at(field);
    std::ostringstream text;
    text << f.matches << "/" << f.comparable << " (" << std::fixed << std::setprecision(1)
         << f.percent() << "%)";
    return text.str();
  };
  out << "=== real reports accuracy: " << accuracy.files << " files in " << std::fixed
      << std::setprecision(1) << accuracy.seconds << " s ===\n";
  out << std::left << std::setw(20) << "field" << std::setw(22) << "ilacs" << std::setw(22)
      << "focused-visits"
      << "all\n";
  for (const auto& field : accuracy_fields()) {
    out << std::setw(20) << field << std::setw(22) << cell("ilacs", field) << std::setw(22)
        << cell("focused-visits", field) << cell("all", field) << "\n";
  }
  out << "SIF reports (no grades in the table), judgements found of " << accuracy.sif_reports
      << ":";
  for (const auto& field : accuracy_fields())
    if (accuracy.sif_found.count(field)) out << " " << field << " " << accuracy.sif_found.at(field);
  out << "\n";
  // `published` is only informative: most ILACS reports do not print it.
  std::vector<Mismatch> listed;
  std::size_t unpublished = 0;
  for (const auto& m : accuracy.mismatches)
    (m.field == "published" ? static_cast<void>(++unpublished) : listed.push_back(m));
  out << "(published: " << unpublished
      << " reports differ from the table's publication date; see `date` for them)\n";
  out << "--- mismatches (" << listed.size() << "): file field: table -> pipeline\n";
  std::stable_sort(listed.begin(), listed.end(),
                   [](const Mismatch& a, const Mismatch& b) { return a.field < b.field; });
  for (const auto& m : listed)
    out << m.file << " " << m.field << ": " << m.expected << " -> " << m.actual << "\n";
  out << "=== end ===\n";
}

}  // namespace ofsearch::testing
