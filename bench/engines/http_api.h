// The benchmark's `http` row (issue 10): the query mix through `ofsearch serve`'s JSON
// API, an ApiServer on a loopback port answering one keep-alive client, beside the
// in-process Searcher given the very request the API builds from the same parameters
// (facets counted, as /api/search always does). The two run query by query in turn,
// so a noisy machine slows both alike; every HTTP answer's total is checked against
// the in-process one.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bench/query_mix.h"
#include "bench/results.h"

namespace ofsearch::bench {

struct HttpComparison {
  std::map<std::string, Latency> in_process, http;  // by class
  std::size_t queries = 0;
  std::size_t totals_differing = 0;  // HTTP total != in-process total (should be 0)
};

HttpComparison compare_http(const std::filesystem::path& index, const std::vector<BenchQuery>& mix,
                            int repetitions);

}  // namespace ofsearch::bench
