// Expands the paths given to `ofsearch index` into the files to read: files as
// given (whatever their extension: the reader sniffs content), folders walked
// recursively for report files (.pdf .html .htm .txt .md), in sorted order.
// Sidecars (*.meta.json), hidden files and other types found in folders are skipped.
#pragma once

#include <filesystem>
#include <vector>

namespace ofsearch {

struct SourceList {
  std::vector<std::filesystem::path> files;  // includes missing paths, so they fail by name
  std::size_t skipped = 0;                   // files in folders that are not reports
};

SourceList collect_sources(const std::vector<std::filesystem::path>& paths);

}  // namespace ofsearch
