// What every benchmarked search engine offers the driver: answer one BenchQuery
// in-process, and drop its in-process caches for cold-cache runs.
#pragma once

#include <string>

#include "bench/query_mix.h"

namespace ofsearch::bench {

class Engine {
 public:
  virtual ~Engine() = default;
  virtual std::string name() const = 0;
  virtual Answer run(const BenchQuery& query) = 0;
  // Closes and reopens the index, so nothing stays cached in the process.
  virtual void reopen() = 0;
};

// Indexing figures for one engine.
struct IndexStats {
  double seconds = 0;
  std::size_t paragraphs = 0;
  std::size_t text_bytes = 0;   // paragraph text indexed
  std::size_t index_bytes = 0;  // on disk after the load (compacted/optimised)
  std::string note;
};

}  // namespace ofsearch::bench
