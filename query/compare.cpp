#include "query/compare.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "index/report_catalog.h"
#include "query/field_filters.h"
#include "reference/reference_data.h"
#include "reference/tsv_reader.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

// The judgement areas that mean overall effectiveness (segmenter_cues.tsv overall_area).
const std::vector<std::string>& overall_areas() {
  static const std::vector<std::string> kAreas = [] {
    TsvTable cues = read_tsv(ReferenceData::default_corpus_dir() / "segmenter_cues.tsv");
    std::vector<std::string> areas;
    for (const auto& row : cues.rows)
      if (cues.cell(row, "kind") == "overall_area")
        areas.push_back(fold_key(cues.cell(row, "phrase")));
    return areas;
  }();
  return kAreas;
}

// The report's overall judgement: the whole report's, else its first part's (grade, part);
// an empty grade if none.
std::pair<std::string, std::string> overall_grade(const nlohmann::json& report) {
  std::pair<std::string, std::string> part_grade;
  for (const auto& j : report["judgements"]) {
    std::string area = fold_key(j.value("area", ""));
    bool overall = std::any_of(overall_areas().begin(), overall_areas().end(),
                               [&](const std::string& a) { return area.rfind(a, 0) == 0; });
    if (!overall || !j["grade"].is_string()) continue;
    if (!j["part"].is_string()) return {j["grade"], ""};
    if (part_grade.first.empty()) part_grade = {j["grade"], j["part"]};
  }
  return part_grade;
}

std::string text_of(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

// Per authority name: its reports in the index and the latest judged one.
std::map<std::string, LatestJudgement> latest_judgements(const std::filesystem::path& index) {
  std::map<std::string, LatestJudgement> out;
  for (const auto& report : list_reports(open_index(index))) {
    std::string authority = text_of(report["authority"]);
    if (authority.empty()) continue;
    LatestJudgement& l = out[authority];
    ++l.reports;
    std::string date = text_of(report["date"]);
    l.latest_report_date = std::max(l.latest_report_date, date);
    auto [grade, part] = overall_grade(report);
    if (!grade.empty() && (l.grade.empty() || date > l.date)) {
      l.grade = grade;
      l.part = part;
      l.date = date;
      l.report_id = text_of(report["report_id"]);
    }
  }
  return out;
}

TrendRow row_of(const Trend& trend, const std::string& bucket) {
  for (const auto& row : trend.rows)
    if (row.bucket == bucket) return row;
  TrendRow none;
  none.bucket = bucket;
  return none;
}

// a's rate above b's, compared exactly (cross-multiplied counts, no rounding).
bool higher_rate(const TrendRow& a, const TrendRow& b) {
  return static_cast<unsigned long long>(a.matching) * b.searched >
         static_cast<unsigned long long>(b.matching) * a.searched;
}

}  // namespace

const char* role_name(CompareRow::Role role) {
  switch (role) {
    case CompareRow::Role::kAuthority:
      return "authority";
    case CompareRow::Role::kNeighbour:
      return "neighbour";
    case CompareRow::Role::kRegion:
      return "region";
    case CompareRow::Role::kEngland:
      return "england";
  }
  return "";
}

Comparison compute_comparison(const std::filesystem::path& index, const SearchRequest& request,
                              const std::string& authority) {
  if (request.query.find_first_not_of(" \t\r\n") == std::string::npos)
    throw std::invalid_argument("compare needs a query");
  if (request.filters.count(kNeighboursField))
    throw std::invalid_argument(
        "compare lists the authority's neighbours itself: drop --neighbours-of / neighbours:");
  const AuthorityGazetteer& gazetteer = reference_data().authorities;
  const Authority* subject = gazetteer.find(authority);
  if (!subject) {
    auto closest = gazetteer.closest(authority, 3);
    std::string names;
    for (const auto& n : closest) names += (names.empty() ? "" : ", ") + n;
    throw UnknownValueError("unknown authority '" + authority + "'" +
                            (names.empty() ? "" : " (closest: " + names + ")"));
  }
  if (subject->neighbours.empty()) {
    throw UnknownValueError("no statistical neighbours are listed for " + subject->name +
                            " (corpus/la_codes.tsv; reorganised or not in the DfE lookup)");
  }

  SearchRequest all = request;  // every authority; the rows pick theirs
  all.filters.erase("authority");
  std::vector<Trend> trends = compute_trends(index, all, {"authority", "region"});
  const Trend& by_authority = trends[0];
  const Trend& by_region = trends[1];
  auto judgements = latest_judgements(index);

  Comparison out;
  out.query = request.query;
  auto add_authority = [&](const Authority* a, const std::string& code, int order) {
    CompareRow row;
    row.role = order ? CompareRow::Role::kNeighbour : CompareRow::Role::kAuthority;
    row.neighbour_order = order;
    row.name = a ? a->name : "LA " + code;
    row.la_code = a ? a->la_code : code;
    row.ons_code = a ? a->ons_code : "";
    row.counts = row_of(by_authority, row.name);
    if (judgements.count(row.name)) row.judgement = judgements[row.name];
    out.rows.push_back(row);
  };
  add_authority(subject, subject->la_code, 0);
  int order = 0;
  for (const auto& code : subject->neighbours)
    add_authority(gazetteer.find_by_la_code(code), code, ++order);

  // Rank 1 = highest rate; ties share a rank; rows with nothing searched have none.
  std::vector<TrendRow> searched;
  for (const auto& row : out.rows)
    if (row.counts.searched) searched.push_back(row.counts);
  out.ranked = searched.size();
  for (auto& row : out.rows) {
    if (!row.counts.searched) continue;
    row.rank = 1 + std::count_if(searched.begin(), searched.end(), [&](const TrendRow& other) {
                 return higher_rate(other, row.counts);
               });
  }
  out.rank = out.rows.front().rank;

  CompareRow region;
  region.role = CompareRow::Role::kRegion;
  region.name = subject->region;
  region.counts = row_of(by_region, subject->region);
  out.rows.push_back(region);
  CompareRow england;
  england.role = CompareRow::Role::kEngland;
  england.name = "England";
  england.counts = by_authority.all;
  england.counts.bucket = "England";
  out.rows.push_back(england);
  return out;
}

nlohmann::json comparison_json(const Comparison& comparison) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : comparison.rows) {
    nlohmann::json j = trend_row_json(row.counts);
    j.erase("bucket");
    j["name"] = row.name;
    j["role"] = role_name(row.role);
    bool authority =
        row.role == CompareRow::Role::kAuthority || row.role == CompareRow::Role::kNeighbour;
    auto or_null = [](const std::string& s) {
      return s.empty() ? nlohmann::json() : nlohmann::json(s);
    };
    if (authority) {
      j["la_code"] = or_null(row.la_code);
      j["ons_code"] = or_null(row.ons_code);
      j["neighbour_order"] =
          row.neighbour_order ? nlohmann::json(row.neighbour_order) : nlohmann::json();
      j["rank"] = row.rank ? nlohmann::json(*row.rank) : nlohmann::json();
      j["reports_indexed"] = row.judgement.reports;
      j["latest_report_date"] = or_null(row.judgement.latest_report_date);
      j["latest_judgement"] = row.judgement.grade.empty()
                                  ? nlohmann::json()
                                  : nlohmann::json{{"grade", row.judgement.grade},
                                                   {"part", or_null(row.judgement.part)},
                                                   {"date", or_null(row.judgement.date)},
                                                   {"report_id", row.judgement.report_id}};
    }
    rows.push_back(j);
  }
  const CompareRow& subject = comparison.rows.front();
  return {{"query", comparison.query},
          {"authority", subject.name},
          {"la_code", subject.la_code},
          {"rank", comparison.rank ? nlohmann::json(*comparison.rank) : nlohmann::json()},
          {"ranked", comparison.ranked},
          {"rows", rows},
          {"small_base_below", kTrendSmallBase}};
}

}  // namespace ofsearch
