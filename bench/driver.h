// The benchmark run behind `ofsearch-bench --paragraphs N`: corpus (generated or
// reused) -> indexes (ofsearch 1 thread and sharded, raw Xapian, FTS5) -> the query
// mix warm and cold on every engine, ripgrep, match-count checks, facet breakdown,
// peak memory, adding one letter -> BenchResults.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "bench/results.h"

namespace ofsearch::bench {

struct Options {
  std::size_t paragraphs = 10000;
  std::uint64_t seed = 1;
  std::filesystem::path work;                               // corpora, pool cache, indexes
  std::filesystem::path out_dir;                            // results-N.{md,json}
  std::filesystem::path pdfs = "/work/shared/corpus/real";  // extra real text, if present
  std::string format = "table";
  bool truth = false;     // index the generator's truth, skipping segmentation/extraction
  bool single = true;     // also index on one thread
  bool raw_index = true;  // also index with bare Xapian (the indexing floor)
  bool cli = true;        // also time the `ofsearch index` command on the corpus folder
  int shards = 2;
  int repetitions = 3;       // timed warm passes over the mix
  int cold_per_class = 2;    // cold-cache samples per class (0 = none)
  bool concurrency = false;  // queries/s with an indexer adding reports
  double concurrency_seconds = 10;
  std::filesystem::path self;  // this executable (for the peak-memory child)
};

std::filesystem::path source_dir();  // the repository (bench/, corpus/)
std::string machine_description();
std::string today();

BenchResults run_benchmark(const Options& options);

// Only the concurrency measurement, on the index an earlier run left in the work folder.
BenchResults run_concurrency_only(const Options& options);

// Child mode: runs the query mix once through Searcher on `index`; the parent reads
// the child's peak resident memory.
// Runs the mix (or one class) `repetitions` times on one engine, for perf/callgrind.
int profile(const std::string& engine, const std::filesystem::path& index,
            const std::filesystem::path& queries, int repetitions, const std::string& cls);

int peak_search(const std::filesystem::path& index, const std::filesystem::path& queries);

}  // namespace ofsearch::bench
