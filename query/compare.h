// `ofsearch compare` (issue 14): how often inspectors wrote something about one
// authority beside its ten statistical neighbours (corpus/la_codes.tsv), its region
// and England. Per row: the trend counts (matching and searched paragraphs, the rate
// per 1,000, matching reports and reports; boilerplate left out as search does), the
// authority's latest overall judgement in the index with its report date, and the
// authority's rank by rate among itself and its neighbours. Exact: the counts are
// trend's (query/trend.h) buckets by authority and region, so each row equals a search
// filtered to that authority (or region) with the same query and filters.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/search_request.h"
#include "query/trend.h"

namespace ofsearch {

// An authority's latest report in the index with an overall judgement
// (corpus/segmenter_cues.tsv overall_area), and its latest report of any kind. The
// judgement is the whole report's; a report judged only in parts (2009-2012
// safeguarding and looked-after-children inspections) gives its first part's, named.
struct LatestJudgement {
  Xapian::doccount reports = 0;    // reports of the authority in the index (no filter)
  std::string latest_report_date;  // "" when undated or none
  std::string grade;               // "" when no indexed report carries one
  std::string part;                // the part judged when not the whole report
  std::string date;                // that report's date
  std::string report_id;           // that report
};

struct CompareRow {
  enum class Role { kAuthority, kNeighbour, kRegion, kEngland };
  Role role = Role::kAuthority;
  std::string name;                 // authority, region, or "England"
  std::string la_code, ons_code;    // authorities only
  int neighbour_order = 0;          // 1 = closest neighbour (the lookup's order); 0 otherwise
  TrendRow counts;                  // bucket = name
  LatestJudgement judgement;        // authorities only
  std::optional<std::size_t> rank;  // by rate among the authority and its neighbours
};

struct Comparison {
  std::string query;
  std::vector<CompareRow> rows;     // the authority, its neighbours closest first, region, England
  std::optional<std::size_t> rank;  // the authority's rank (1 = highest rate); none if not searched
  std::size_t ranked = 0;           // authorities ranked: those with paragraphs searched
};

const char* role_name(CompareRow::Role role);

// The request's own authority filter is ignored (the rows are the authorities);
// `neighbours` filters are refused (std::invalid_argument), as is a query that is
// empty. Throws UnknownValueError for an unknown authority (naming the closest) and
// for one the lookup gives no neighbours (Bournemouth, Poole, Cumbria ...).
Comparison compute_comparison(const std::filesystem::path& index, const SearchRequest& request,
                              const std::string& authority);

// The JSON of `compare --format json` and GET /api/compare.
nlohmann::json comparison_json(const Comparison& comparison);

}  // namespace ofsearch
