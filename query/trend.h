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

}  // namespace ofsearch
