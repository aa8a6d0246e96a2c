// Throughput under concurrency: queries per second from 1 and 2 searchers (each a
// process with its own Searcher: Searcher is not thread-safe, see concurrency.cpp)
// on an index while an indexer thread keeps adding reports through the full
// pipeline and committing after each, and without it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bench/engines/ofsearch_engine.h"
#include "bench/query_mix.h"
#include "bench/results.h"

namespace ofsearch::bench {

struct ConcurrencyRun {
  int threads = 1;  // search workers (processes)
  bool indexing = false;
  double seconds = 0, qps = 0, p50_ms = 0, p99_ms = 0;
  std::size_t queries = 0, reports_added = 0, paragraphs_added = 0, failures = 0;
  double add_p50_ms = 0, add_max_ms = 0;  // one report added + committed
  std::string first_error;
};

// Runs each configuration for `seconds` on the index at `index` (which is modified).
std::vector<ConcurrencyRun> run_concurrency(const std::filesystem::path& index,
                                            const std::vector<BenchQuery>& mix,
                                            const ReportSource& adds, std::size_t add_count,
                                            double seconds);

std::vector<NamedFigure> concurrency_figures(const std::vector<ConcurrencyRun>& runs);

}  // namespace ofsearch::bench
