#include "indexer/write/sharded_build.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <xapian.h>

#include "index/index_writer.h"
#include "indexer/write/index_run.h"
#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

bool holds_anything(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec));
}

// Scratch space beside the target, removed however the build ends.
class ScratchDir {
 public:
  explicit ScratchDir(const fs::path& target)
      : path_(target.parent_path() /
              ("." + target.filename().string() + ".build-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct SharedState {
  std::mutex mutex;
  std::map<std::size_t, std::string> failures;               // by file index
  std::map<std::size_t, std::vector<std::string>> warnings;  // by file index
  std::size_t indexed = 0;
  std::atomic<std::size_t> done{0};
  std::atomic<bool> stopped{false};  // a writer failed: the build is abandoned
  std::exception_ptr fatal;
  std::map<fs::path, std::size_t> order;  // file -> its index in the list
};

void write_shard(const std::vector<fs::path>& files, const std::vector<std::size_t>& mine,
                 const Overrides& overrides, const fs::path& dir, SharedState& state) {
  try {
    IndexWriter writer(dir, false, /*sync=*/false);  // a shard is scratch until merged
    std::size_t taken = 0;
    auto next = [&](BuiltReport& out) {
      if (state.stopped || taken == mine.size()) return false;
      const fs::path& file = files[mine[taken++]];
      out = BuiltReport{file, std::nullopt, ""};
      try {
        out.report = build_report_from_file(file, overrides, reference_data());
      } catch (const std::exception& e) {
        out.error = e.what();
      }
      return true;
    };
    IndexRunOptions options;
    options.skip_unchanged = false;  // a new index
    options.progress = [&](std::size_t) { ++state.done; };
    IndexRunResult run = index_run(next, &writer, options);
    std::lock_guard<std::mutex> lock(state.mutex);
    state.indexed += run.indexed;
    // Keyed by file index, so the notes come out in file order across shards.
    for (const auto& f : run.failures) state.failures[state.order.at(f.file)] = f.line();
    for (const auto& w : run.warnings) state.warnings[state.order.at(w.file)].push_back(w.line());
  } catch (...) {
    std::lock_guard<std::mutex> lock(state.mutex);
    if (!state.fatal) state.fatal = std::current_exception();
    state.stopped = true;
  }
}

}  // namespace

ShardedBuildResult build_sharded_index(const std::vector<fs::path>& files,
                                       const Overrides& overrides, const fs::path& target,
                                       int shards,
                                       const std::function<void(std::size_t)>& progress) {
  if (shards < 1) throw std::invalid_argument("shards must be at least 1");
  if (holds_anything(target)) {
    throw std::invalid_argument(target.string() +
                                " already exists: a sharded build makes a new index (index "
                                "into an existing one without --shards)");
  }
  reference_data();  // loaded once before the writers race to it
  ScratchDir scratch(fs::absolute(target));
  std::vector<std::vector<std::size_t>> assigned(shards);
  for (std::size_t i = 0; i < files.size(); ++i) {
    assigned[std::hash<std::string>{}(report_id_for(files[i])) % shards].push_back(i);
  }
  SharedState state;
  for (std::size_t i = 0; i < files.size(); ++i) state.order.emplace(files[i], i);
  std::vector<std::thread> writers;
  std::vector<fs::path> shard_dirs;
  for (int s = 0; s < shards; ++s) {
    shard_dirs.push_back(scratch.path() / ("shard" + std::to_string(s)));
    writers.emplace_back(write_shard, std::cref(files), std::cref(assigned[s]),
                         std::cref(overrides), shard_dirs.back(), std::ref(state));
  }
  for (std::size_t reported = 0; state.done < files.size() && !state.stopped;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (progress && state.done != reported) progress(reported = state.done);
  }
  for (auto& w : writers) w.join();
  if (state.fatal) std::rethrow_exception(state.fatal);
  if (progress) progress(files.size());

  ShardedBuildResult result;
  result.indexed = state.indexed;
  for (auto& [i, failure] : state.failures) result.failures.push_back(std::move(failure));
  for (auto& [i, warnings] : state.warnings)
    result.warnings.insert(result.warnings.end(), warnings.begin(), warnings.end());
  if (result.indexed == 0) return result;
  Xapian::Database all;
  for (const auto& dir : shard_dirs) {
    Xapian::Database shard(dir.string());
    if (shard.get_doccount() > 0) all.add_database(shard);
  }
  fs::path merged = scratch.path() / "merged";
  all.compact(merged.string());
  result.paragraphs = Xapian::Database(merged.string()).get_doccount();
  std::error_code ec;
  fs::remove(target, ec);  // an empty folder the user made for it
  fs::rename(merged, target);
  return result;
}

}  // namespace ofsearch
