// Counts every match of a query exactly, unweighted, and with a FacetSpy its
// facets too. On a large index the document ids are split in two: a helper thread with
// its own database handle (Xapian objects serve one thread each) counts the upper
// half while the caller runs other work, such as the ranked pass, and then counts
// the lower half itself. Both handles read the same revision, else the caller
// counts everything alone.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>

#include <xapian.h>

#include "query/facet_counts.h"

namespace ofsearch {

class MatchCounter {
 public:
  // Below `split_from` documents the count is not split (a thread costs more).
  explicit MatchCounter(std::filesystem::path dir, Xapian::docid split_from = 50000)
      : dir_(std::move(dir)), split_from_(split_from) {}

  // The number of matches; `spy` (may be null) sees every one. Runs `meanwhile`
  // on this thread during the count. `db` is the caller's handle.
  Xapian::doccount count(Xapian::Database& db, const Xapian::Query& query, FacetSpy* spy,
                         const std::function<void()>& meanwhile);
  void reopen() { helper_db_.reset(); }

 private:
  bool helper_matches(Xapian::Database& db);

  std::filesystem::path dir_;
  Xapian::docid split_from_;
  std::optional<Xapian::Database> helper_db_;
};

}  // namespace ofsearch
