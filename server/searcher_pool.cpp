#include "server/searcher_pool.h"

namespace ofsearch {

SearcherPool::Lease SearcherPool::lend() {
  std::unique_ptr<Searcher> searcher;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      searcher = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (searcher) {
    searcher->refresh();
  } else {
    searcher = std::make_unique<Searcher>(index_);
  }
  return Lease(this, std::move(searcher));
}

void SearcherPool::give_back(std::unique_ptr<Searcher> searcher) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(searcher));
}

}  // namespace ofsearch
