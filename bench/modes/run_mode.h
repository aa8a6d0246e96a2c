// The benchmark run behind `ofsearch-bench --paragraphs N`: corpus (generated or
// reused) -> indexes (ofsearch 1 thread and sharded, raw Xapian, FTS5) -> the query
// mix warm and cold on every engine, ripgrep, match-count checks, the HTTP API beside
// the in-process Searcher, facet breakdown, peak memory, adding one letter, and with
// --concurrency queries/s under indexing -> BenchResults.
#pragma once

#include "bench/modes/bench_options.h"
#include "bench/results.h"

namespace ofsearch::bench {

BenchResults run_benchmark(const Options& options);

}  // namespace ofsearch::bench
