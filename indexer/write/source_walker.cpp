#include "indexer/write/source_walker.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace ofsearch {
namespace {

bool is_report_file(const std::filesystem::path& file) {
  std::string name = file.filename().string();
  if (name.empty() || name[0] == '.') return false;
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  static const std::set<std::string> kReportExtensions = {".pdf", ".html", ".htm", ".txt", ".md"};
  return kReportExtensions.count(ext) > 0;
}

}  // namespace

SourceList collect_sources(const std::vector<std::filesystem::path>& paths) {
  SourceList list;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      list.files.push_back(path);
      continue;
    }
    std::vector<std::filesystem::path> found;
    auto options = std::filesystem::directory_options::skip_permission_denied;
    for (auto it = std::filesystem::recursive_directory_iterator(path, options, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->path().filename().string().rfind('.', 0) == 0) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file()) continue;
      const std::string name = it->path().filename().string();
      if (name.size() > 10 && name.compare(name.size() - 10, 10, ".meta.json") == 0) continue;
      if (is_report_file(it->path())) {
        found.push_back(it->path());
      } else {
        ++list.skipped;
      }
    }
    std::sort(found.begin(), found.end());
    list.files.insert(list.files.end(), found.begin(), found.end());
  }
  return list;
}

}  // namespace ofsearch
