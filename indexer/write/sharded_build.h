// Builds a new index from many files with several writers at once, Xapian's own
// way for bulk loads: each thread writes its own shard (one IndexWriter, commits
// paced as usual), then the shards are merged by Database::compact into the
// target, which appears only once complete. A file's shard is chosen by its
// report id, so a report given twice still replaces itself as with one writer.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "indexer/metadata/overrides.h"

namespace ofsearch {

struct ShardedBuildResult {
  std::size_t indexed = 0;
  std::size_t paragraphs = 0;         // in the merged index
  std::vector<std::string> failures;  // "FILE: reason", in file order
  std::vector<std::string> warnings;  // "FILE: warning" (Report::warnings), in file order
};

// Throws if `target` holds anything already (this builds new indexes only). On
// any error the shards are removed and `target` is left as it was.
ShardedBuildResult build_sharded_index(const std::vector<std::filesystem::path>& files,
                                       const Overrides& overrides,
                                       const std::filesystem::path& target, int shards,
                                       const std::function<void(std::size_t done)>& progress);

}  // namespace ofsearch
