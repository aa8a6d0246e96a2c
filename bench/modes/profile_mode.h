// `ofsearch-bench profile`: runs the query mix (or one class of it) `repetitions`
// times on one engine and prints p50/p99 per class, a steady load for perf or callgrind.
#pragma once

#include <filesystem>
#include <string>

namespace ofsearch::bench {

// engine: ofsearch, xapian_raw, xapian_mirror or fts5; cls "" = every class.
int profile(const std::string& engine, const std::filesystem::path& index,
            const std::filesystem::path& queries, int repetitions, const std::string& cls);

}  // namespace ofsearch::bench
