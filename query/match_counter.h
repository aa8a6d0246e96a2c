// Counts every match of a query exactly, unweighted, and with a FacetSpy its
// facets too. On a large index the document ids are split in two: a helper thread with
// its own database handle (Xapian objects serve one thread each) counts the upper
// half while the caller runs other work, such as the ranked pass, and then counts
// the lower half itself. Both handles read the same revision, else the caller
// counts everything alone.
//
// rank_and_count splits the relevance-ranked page too: each thread ranks its half
// and the two pages are merged by weight. BM25 weights come from the whole
// database's statistics, so a document weighs the same in either half and the
// merged page is exactly the unsplit one. A phrase or NEAR query ranks and counts in
// one weighted pass instead: its position checks would otherwise run twice.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include <xapian.h>

#include "query/facet_counts.h"

namespace ofsearch {

// One ranked match: the MSet it came from (for its document and snippets) and where.
struct RankedMatch {
  const Xapian::MSet* mset;
  Xapian::MSetIterator it;
};

// Move-only: the page points into `msets`.
struct RankedCount {
  RankedCount() = default;
  RankedCount(RankedCount&&) = default;
  RankedCount& operator=(RankedCount&&) = default;
  RankedCount(const RankedCount&) = delete;
  RankedCount& operator=(const RankedCount&) = delete;

  Xapian::doccount total = 0;
  std::vector<RankedMatch> page;  // best first; points into `msets`
  std::vector<Xapian::MSet> msets;
};

// About how many documents a pass over `query` visits: the rarest part of an AND,
// phrase or filter, the sum over an OR, the left side of AND_NOT, and the whole
// index for a wildcard, value range, posting source or match-all. An upper bound
// on the matches, and a measure of the work, that decides whether to split a pass.
std::uint64_t documents_to_visit(const Xapian::Database& db, const Xapian::Query& query);

class MatchCounter {
 public:
  // A pass visiting fewer than `split_from` documents (documents_to_visit) is not
  // split: a thread, a range filter and a second count cost more than half of it.
  explicit MatchCounter(std::filesystem::path dir, Xapian::doccount split_from = 10000)
      : dir_(std::move(dir)), split_from_(split_from) {}

  // The number of matches; `spy` (may be null) sees every one. Runs `meanwhile`
  // on this thread during the count. `db` is the caller's handle.
  Xapian::doccount count(Xapian::Database& db, const Xapian::Query& query, FacetSpy* spy,
                         const std::function<void()>& meanwhile);
  // The page [first, first + size) by relevance (BM25, then docid), collapsed on
  // the `collapse` value slot if given (the best match of each value; empty values
  // are not collapsed), and the count. Matches of the result come from the
  // helper's handle too: use them before the next call or reopen().
  RankedCount rank_and_count(Xapian::Database& db, const Xapian::Query& query, FacetSpy* spy,
                             Xapian::doccount first, Xapian::doccount size,
                             std::optional<Xapian::valueno> collapse = std::nullopt);
  void reopen() { helper_db_.reset(); }

 private:
  // One half's work: a handle, its own query, the docid range [first, last], the
  // spy for that half (may be null), and which half (0 lower, 1 upper).
  using HalfJob = std::function<void(const Xapian::Database&, const Xapian::Query&, Xapian::docid,
                                     Xapian::docid, FacetSpy*, int)>;
  // Runs `job` on both halves at once (upper on the helper), or on everything here
  // as half 0 when the index is small or the helper cannot see the same revision.
  void on_both_halves(Xapian::Database& db, const Xapian::Query& query, FacetSpy* spy,
                      const HalfJob& job, const std::function<void()>& meanwhile);
  bool helper_matches(Xapian::Database& db);

  std::filesystem::path dir_;
  Xapian::doccount split_from_;
  std::optional<Xapian::Database> helper_db_;
};

}  // namespace ofsearch
