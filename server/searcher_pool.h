// Searchers kept between requests, one per request in flight: opening the index and
// its facet column costs more than many searches. A searcher is moved to the index's
// latest revision each time it is lent, so a report committed by an indexer is found
// by the next request; a writer committing during a search is retried by Searcher.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "query/searcher.h"

namespace ofsearch {

class SearcherPool {
 public:
  explicit SearcherPool(std::filesystem::path index) : index_(std::move(index)) {}

  // A searcher for one request, given back to the pool when the lease ends.
  class Lease {
   public:
    Lease(SearcherPool* pool, std::unique_ptr<Searcher> searcher)
        : pool_(pool), searcher_(std::move(searcher)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (searcher_) pool_->give_back(std::move(searcher_));
    }
    Searcher* operator->() { return searcher_.get(); }
    Searcher& operator*() { return *searcher_; }

   private:
    SearcherPool* pool_;
    std::unique_ptr<Searcher> searcher_;
  };

  // Throws what Searcher's constructor throws (no index, empty index).
  Lease lend();

 private:
  void give_back(std::unique_ptr<Searcher> searcher);

  std::filesystem::path index_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Searcher>> idle_;
};

}  // namespace ofsearch
