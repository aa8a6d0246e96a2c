// What a search asks for and what it answers: the request (query string, field
// filters, paging, sorting, grouping) and the result (exact total, hits with
// snippets, groups, facet counts, spelling suggestion).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "query/facet_counts.h"

namespace ofsearch {

enum class SortOrder { kRelevance, kDateAscending, kDateDescending };
enum class GroupBy { kNone, kAuthority, kReport, kYear };
// kMost: a query of plain words also matches paragraphs lacking any one of them.
enum class MatchMode { kAll, kMost };

struct SearchRequest {
  std::string query;  // user query string; may be empty when filters are given
  // Field filters from flags: field -> values (OR within a field, AND across fields).
  // Fields: authority, region, grade, overall, theme, focus, type, year.
  std::map<std::string, std::vector<std::string>> filters;
  std::optional<std::string> from, to;  // report date bounds, any form parse_date accepts
  bool include_boilerplate = false;
  bool exact = false;  // no synonym expansion, phrases match their words as written
  MatchMode match = MatchMode::kAll;
  std::size_t offset = 0;
  std::size_t limit = 10;
  SortOrder sort = SortOrder::kRelevance;
  bool per_report = false;  // best paragraph per report
  GroupBy group_by = GroupBy::kNone;
  std::size_t snippet_length = 240;  // characters
  // Exact facet counts over every match. Off, the total is still exact, from a
  // lighter pass that looks nothing up per match.
  bool facets = false;
  // With no query and no filter, match every paragraph (the facet lists of the whole
  // index) instead of refusing: the CLI refuses, the API's /api/facets does not.
  bool match_all = false;
};

struct Hit {
  Xapian::docid docid = 0;
  double score = 0;
  // The stored paragraph record (schema/paragraph_record.h) plus the report's
  // `source` (file path as indexed) and `title`, to cite it by.
  nlohmann::json record;
  std::string snippet;  // highlights delimited by kHighlightOpen/kHighlightClose
};

struct Group {
  // The grouping value as the index's value slot holds it: the authority's canonical
  // name, the report id or the year; "" gathers the paragraphs without one.
  std::string key;
  Xapian::doccount count = 0;  // matching paragraphs in the group
  Hit best;
};

// Paragraphs that match every word of a plain-words query but one (query/near_misses.h).
struct NearMiss {
  std::string missing;              // the word they lack
  Xapian::doccount paragraphs = 0;  // exact; none of them match the whole query
};

struct SearchResult {
  std::string query;
  Xapian::doccount total = 0;    // every matching paragraph, exactly
  Xapian::doccount reports = 0;  // distinct reports among them (with --per-report)
  std::vector<Hit> hits;
  std::vector<Group> groups;  // with group_by
  FacetCounts facets;         // when the request asked for them
  std::optional<std::string> suggestion;
  // For a query of several plain words: most first, only those with paragraphs.
  // With MatchMode::kMost they are part of `total`; otherwise outside it.
  std::vector<NearMiss> near_misses;
  // What was run: kMost only for a query of plain words, whatever the request asked.
  MatchMode match = MatchMode::kAll;
  // `similar` (query/similar_query.h): the paragraph compared and the words the ranking
  // rests on. The hits are then a top list; `total` counts every paragraph sharing any
  // one word, means nothing, and no format shows it.
  std::optional<std::string> similar_to;
  std::vector<std::string> similar_words;
};

// Snippet highlight delimiters; output formats turn them into bold or markers.
inline constexpr char kHighlightOpen[] = "\x01";
inline constexpr char kHighlightClose[] = "\x02";

}  // namespace ofsearch
