// Runs searches against an index: exact totals and facet counts over every match,
// ranked (BM25) or date-sorted hits with highlighted snippets, best paragraph per
// report, grouping, spelling suggestions that find something, near misses of a
// query of plain words (query/near_misses.h) and with --match most those too, and "similar
// paragraphs" by relevance feedback. Reopens and retries when a writer commits
// underneath (Xapian::DatabaseModifiedError). Like Xapian's own objects, one
// Searcher serves one thread; threads each open their own.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include <xapian.h>

#include "query/facet_column.h"
#include "query/match_counter.h"
#include "query/near_misses.h"
#include "query/search_request.h"
#include "stemming/analyzer.h"

namespace ofsearch {

class Searcher {
 public:
  // Throws IndexNotFoundError (index/report_catalog.h) when there is no index,
  // std::runtime_error when it holds no paragraphs.
  explicit Searcher(const std::filesystem::path& dir);

  SearchResult search(const SearchRequest& request);

  // Paragraphs in other reports that say something similar to paragraph `id`
  // ("report_id/ordinal"), as a ranked top list (query/similar_query.h): the request
  // supplies filters and paging; no facets, and `total` is not a count to show.
  SearchResult similar(const std::string& id, const SearchRequest& request);

  Xapian::Database& database() { return db_; }

  // Moves to the index's latest revision when a writer committed since this searcher
  // last read it (a long-lived searcher, as a server keeps, sees new reports); true
  // when it moved.
  bool refresh();

 private:
  template <typename Run>
  SearchResult with_retry(Run run);
  SearchResult run(const SearchRequest& request, const Xapian::Query& query);
  std::optional<std::string> suggestion(const SearchRequest& request, const std::string& corrected,
                                        Xapian::doccount found);

  // Exact counts of near.lacking, most first, those with paragraphs only.
  std::vector<NearMiss> count_near_misses(const NearMissQueries& near);
  const FacetColumn& column();

  std::filesystem::path dir_;
  Analyzer analyzer_;  // per searcher: one Searcher per thread, nothing shared
  Xapian::Database db_;
  std::optional<FacetColumn> column_;  // opened on first use, dropped on reopen
  MatchCounter counter_;
};

}  // namespace ofsearch
