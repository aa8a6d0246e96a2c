// The concurrency measurement as a step of a run and as its own mode
// (`ofsearch-bench concurrency`): a copy of the ofsearch index, 20,000 paragraphs of
// fresh reports to add, then queries/s from 1 and 2 searchers with and without an
// indexer thread (bench/concurrency.h), as figures in BenchResults::other.
#pragma once

#include <filesystem>
#include <vector>

#include "bench/modes/bench_setup.h"
#include "bench/query_mix.h"
#include "bench/results.h"

namespace ofsearch::bench {

// Appends the figures to r.other; works on a copy of `index`, removed afterwards.
void measure_concurrency(const Options& o, BenchResults& r, const Setup& s,
                         const std::vector<BenchQuery>& mix, const std::filesystem::path& index);

// Only the concurrency measurement, on the index an earlier run left in the work folder.
BenchResults run_concurrency_only(const Options& options);

}  // namespace ofsearch::bench
