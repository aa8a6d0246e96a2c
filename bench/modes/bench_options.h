// The options of a benchmark run, as bench_main.cpp reads them from the command line:
// corpus size and seed, where corpora, indexes and results go, which engines index,
// how many warm and cold passes, and whether to measure concurrency.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

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

}  // namespace ofsearch::bench
