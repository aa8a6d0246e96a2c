// `ofsearch trend` (issue 14): how often inspectors wrote something, per bucket of one
// field (year, region, type, grade, authority). Per bucket: the paragraphs that match,
// all paragraphs searched there (the same filters, boilerplate left out as search
// does), the rate per 1,000 paragraphs, and the reports that match and that are there.
// Exact: every match is counted through the facet column, nothing is sampled.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "query/search_request.h"

namespace ofsearch {

// A rate over fewer paragraphs than this is marked as resting on few.
inline constexpr Xapian::doccount kTrendSmallBase = 100;

struct TrendRow {
  std::string bucket;             // the field's value ("2019", "North West" ...)
  Xapian::doccount matching = 0;  // paragraphs matching the query
  Xapian::doccount searched = 0;  // paragraphs the query ran over
  Xapian::doccount matching_reports = 0;
  Xapian::doccount reports = 0;  // reports with a paragraph searched
  double rate_per_1000() const { return searched ? 1000.0 * matching / searched : 0; }
  bool small_base() const { return searched < kTrendSmallBase; }
};

struct Trend {
  std::string by;              // the field bucketed on
  std::vector<TrendRow> rows;  // in the bucket's natural order (years ascending, else by name)
  TrendRow all;                // every bucket together (bucket "all")
};

// `by`: year, region, type, grade, authority or inspector (the lead); throws
// std::invalid_argument otherwise.
// Paragraphs with no value of `by` (undated, ungraded) are left out of the buckets and
// counted in `all`.
Trend compute_trend(const std::filesystem::path& index, const SearchRequest& request,
                    const std::string& by);
// The same for several fields at once, from one pass over the matches and one over the
// paragraphs searched (`compare` buckets by authority and region together).
std::vector<Trend> compute_trends(const std::filesystem::path& index, const SearchRequest& request,
                                  const std::vector<std::string>& bys);

// The JSON of `trend --format json` and GET /api/trend: query, by, rows, all,
// small_base_below; a row: bucket, matching, searched, rate_per_1000,
// matching_reports, reports, small_base.
nlohmann::json trend_row_json(const TrendRow& row);
nlohmann::json trend_json(const Trend& trend, const std::string& query);

}  // namespace ofsearch
