// `ofsearch-bench peak-search`, the child a run starts to measure a search process's
// memory: runs the query mix once through Searcher on `index`, then prints its own
// "VmHWM:" line from /proc/self/status for the parent to read.
#pragma once

#include <filesystem>

namespace ofsearch::bench {

int peak_search(const std::filesystem::path& index, const std::filesystem::path& queries);

// The parent side: starts `self peak-search` on `index` with bench/queries.tsv and
// returns the child's VmHWM in MB, or -1 when the child failed.
double peak_memory_mb(const std::filesystem::path& self, const std::filesystem::path& index);

}  // namespace ofsearch::bench
