#include "index/database_set.h"

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "index/report_catalog.h"

namespace ofsearch {
namespace {

constexpr char kSeparator = '\n';  // no index path holds a newline

// Which folder each shard UUID was opened from, so shards_of() can reopen them.
std::mutex registry_mutex;
std::map<std::string, std::filesystem::path> shard_by_uuid;

void expand(const std::filesystem::path& index, int depth,
            std::vector<std::filesystem::path>& out) {
  std::error_code ec;
  if (std::filesystem::is_directory(index, ec)) {
    out.push_back(index);
    return;
  }
  if (!std::filesystem::is_regular_file(index, ec)) {
    throw IndexNotFoundError("no index at " + index.string() + " (run 'ofsearch index' first)");
  }
  if (depth > 8) throw IndexNotFoundError("stub " + index.string() + " nests too deeply");
  std::ifstream in(index);
  std::string line;
  std::size_t before = out.size();
  for (int number = 1; std::getline(in, line); ++number) {
    std::istringstream words(line);
    std::string type, path;
    words >> type;
    if (type.empty() || type[0] == '#') continue;
    std::getline(words >> std::ws, path);
    if ((type != "auto" && type != "glass" && type != "chert") || path.empty()) {
      throw IndexNotFoundError("stub " + index.string() + " line " + std::to_string(number) +
                               ": only 'auto PATH' lines are supported, not '" + line + "'");
    }
    std::filesystem::path shard(path);
    if (shard.is_relative()) shard = index.parent_path() / shard;
    expand(shard, depth + 1, out);
  }
  if (out.size() == before) throw IndexNotFoundError("stub " + index.string() + " lists no index");
}

}  // namespace

std::filesystem::path join_index_paths(const std::vector<std::string>& paths) {
  std::string joined;
  for (const auto& path : paths)
    joined += (joined.empty() ? "" : std::string(1, kSeparator)) + path;
  return joined;
}

std::vector<std::filesystem::path> split_index_paths(const std::filesystem::path& index) {
  std::vector<std::filesystem::path> parts;
  std::istringstream in(index.string());
  for (std::string part; std::getline(in, part, kSeparator);) parts.emplace_back(part);
  if (parts.empty()) parts.emplace_back(index);
  return parts;
}

bool is_single_folder(const std::filesystem::path& index) {
  std::error_code ec;
  return split_index_paths(index).size() == 1 && !std::filesystem::is_regular_file(index, ec);
}

std::vector<std::filesystem::path> shard_folders(const std::filesystem::path& index) {
  std::vector<std::filesystem::path> folders;
  for (const auto& part : split_index_paths(index)) expand(part, 0, folders);
  return folders;
}

Xapian::Database open_database_set(const std::filesystem::path& index) {
  const auto folders = shard_folders(index);
  Xapian::Database combined;
  for (const auto& folder : folders) {
    Xapian::Database shard;
    try {
      shard = Xapian::Database(folder.string());
    } catch (const Xapian::DatabaseOpeningError&) {
      throw IndexNotFoundError("no index at " + folder.string() + " (not an ofsearch index)");
    }
    if (folders.size() > 1) {
      std::lock_guard<std::mutex> lock(registry_mutex);
      shard_by_uuid[shard.get_uuid()] = folder;
    }
    combined.add_database(shard);
  }
  return combined;
}

std::vector<Xapian::Database> shards_of(const Xapian::Database& db) {
  if (db.size() <= 1) return {db};
  // A combined database's UUID holds its shards' UUIDs, in order, separated by ':'.
  std::vector<Xapian::Database> shards;
  std::istringstream uuids(db.get_uuid());
  std::lock_guard<std::mutex> lock(registry_mutex);
  for (std::string uuid; std::getline(uuids, uuid, ':');) {
    auto it = shard_by_uuid.find(uuid);
    if (it == shard_by_uuid.end()) {
      throw std::runtime_error("shard " + uuid + " was not opened by open_database_set");
    }
    shards.emplace_back(it->second.string());
  }
  if (shards.size() != db.size()) throw std::runtime_error("cannot tell the shards apart");
  return shards;
}

}  // namespace ofsearch
