// "Missing: achieving": for a query of several plain words ANDed, the paragraphs
// that match all of them but one, per word they lack, as web search engines show.
// Each word's query finds the paragraphs matching the query without that word but
// neither the word (with its synonyms) nor the whole query, so its count is exact,
// never overlaps the query's own total, and one paragraph lacking two words counts
// nowhere. The same parts ORed are the query for `--match most`.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "query/query_builder.h"
#include "query/search_request.h"

namespace ofsearch {

// More words than this and a query is a list, not a need: no near misses.
inline constexpr std::size_t kMostWordsForNearMisses = 8;

struct NearMissQueries {
  std::vector<std::string> words;      // the query's words, in order
  std::vector<Xapian::Query> lacking;  // lacking[i]: all but words[i], not the whole query
  Xapian::Query most;                  // all words but at most one (the whole query included)
};

// Empty (no words) unless `built` is a query of 2..kMostWordsForNearMisses plain words.
// The queries carry the request's filters and boilerplate rule, as built.query does.
NearMissQueries near_miss_queries(const QueryBuilder& builder, const SearchRequest& request,
                                  const BuiltQuery& built);

}  // namespace ofsearch
