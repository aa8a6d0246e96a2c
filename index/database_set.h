// What `--index` names, opened as one Xapian::Database: an index folder, a Xapian
// stub database file (`auto PATH` lines, PATH relative to the stub's folder, as Xapian
// documents stub databases), or several of either (join_index_paths) combined with
// Database::add_database in the given order, so the combined docids interleave the
// shards' ids exactly as Xapian defines it: (local - 1) * shards + shard + 1.
// Xapian 1.4 reads metadata (report records) only from a combined database's first
// shard, so shards_of() finds every shard of a database opened here to read them all.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

namespace ofsearch {

// Several --index values as one path (one value per line); a single value is unchanged.
std::filesystem::path join_index_paths(const std::vector<std::string>& paths);
std::vector<std::filesystem::path> split_index_paths(const std::filesystem::path& index);

// True when the index is one folder (the only kind that can be written, and the only
// kind with a saved facet column beside it); false for a stub file or several indexes.
bool is_single_folder(const std::filesystem::path& index);

// The shard folders, in order, with stubs expanded (nested stubs too).
// Throws IndexNotFoundError naming the missing folder, stub or unsupported stub line.
std::vector<std::filesystem::path> shard_folders(const std::filesystem::path& index);

// Opens every shard and combines them in order (one folder: just that database).
Xapian::Database open_database_set(const std::filesystem::path& index);

// One database per shard of `db` (just `db` when it has one shard). A combined
// database must have been opened by open_database_set in this process.
std::vector<Xapian::Database> shards_of(const Xapian::Database& db);

}  // namespace ofsearch
