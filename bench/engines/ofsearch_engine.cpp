#include "bench/engines/ofsearch_engine.h"

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "bench/stopwatch.h"
#include "index/index_writer.h"
#include "indexer/write/index_run.h"

namespace ofsearch::bench {
namespace {

namespace fs = std::filesystem;

}  // namespace

std::size_t directory_bytes(const fs::path& dir) {
  std::size_t bytes = 0;
  if (fs::is_regular_file(dir)) return fs::file_size(dir);
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) bytes += e.file_size();
  }
  return bytes;
}

void compact_index(const fs::path& from, const fs::path& to) {
  fs::remove_all(to);
  Xapian::Database db(from.string());
  db.compact(to.string());
}

namespace {

// One writer through the product's indexing loop (indexer/write/index_run.h), reports
// dealt by `take` (an index, or false when none is left); times the source apart.
void write_through_loop(IndexWriter& writer, const ReportSource& source,
                        const std::function<bool(std::size_t&)>& take, std::vector<Report>* keep,
                        bool keep_by_index, OfsearchIndexRun& run) {
  std::size_t current = 0;
  double source_s = 0;
  std::size_t bytes = 0;
  auto next = [&](BuiltReport& out) {
    if (!take(current)) return false;
    Stopwatch t;
    out = BuiltReport{{}, source(current), ""};
    source_s += t.seconds();
    return true;
  };
  IndexRunOptions options;
  options.skip_unchanged = false;  // a new index
  options.after_write = [&](Report& r) {
    for (const auto& p : r.paragraphs) bytes += p.text.size();
    if (!keep) return;
    if (keep_by_index)
      (*keep)[current] = std::move(r);  // each slot written by one thread only
    else
      keep->push_back(std::move(r));
  };
  IndexRunResult result = index_run(next, &writer, options);
  if (!result.failures.empty()) throw std::runtime_error(result.failures.front().line());
  run.source_seconds += source_s;
  run.add_seconds += result.write_seconds;
  run.commit_seconds += result.commit_seconds;
  run.stats.paragraphs += result.paragraphs;
  run.stats.text_bytes += bytes;
}

}  // namespace

OfsearchIndexRun index_ofsearch(const ReportSource& source, std::size_t reports,
                                const fs::path& dir, std::vector<Report>* keep) {
  OfsearchIndexRun run;
  fs::remove_all(dir);
  Stopwatch start;
  {
    IndexWriter writer(dir, false);
    std::size_t i = 0;
    write_through_loop(
        writer, source, [&](std::size_t& next) { return i < reports && ((next = i++), true); },
        keep, false, run);
  }
  run.stats.seconds = start.seconds();
  run.stats.index_bytes = run.uncompacted_bytes = directory_bytes(dir);
  run.stats.note = "1 thread, commits about once a second as the CLI does";
  return run;
}

OfsearchIndexRun index_ofsearch_sharded(const ReportSource& source, std::size_t reports,
                                        const fs::path& dir, int shards,
                                        std::vector<Report>* keep) {
  if (keep) keep->assign(reports, Report{});
  OfsearchIndexRun run;
  std::vector<fs::path> shard_dirs;
  for (int s = 0; s < shards; ++s) {
    shard_dirs.push_back(dir.parent_path() /
                         (dir.filename().string() + ".shard" + std::to_string(s)));
    fs::remove_all(shard_dirs.back());
  }
  std::mutex totals;
  std::atomic<std::size_t> next{0};
  Stopwatch start;
  auto work = [&](int s) {
    IndexWriter writer(shard_dirs[s], false, /*sync=*/false);  // as ofsearch index --shards
    OfsearchIndexRun mine;
    // Reports are dealt one at a time, so both threads stay busy to the end.
    write_through_loop(
        writer, source, [&](std::size_t& i) { return (i = next++) < reports; }, keep, true, mine);
    std::lock_guard<std::mutex> lock(totals);
    run.commit_seconds += mine.commit_seconds;
    run.source_seconds += mine.source_seconds;
    run.add_seconds += mine.add_seconds;
    run.stats.paragraphs += mine.stats.paragraphs;
    run.stats.text_bytes += mine.stats.text_bytes;
  };
  std::vector<std::thread> threads;
  for (int s = 0; s < shards; ++s) threads.emplace_back(work, s);
  for (auto& t : threads) t.join();
  Stopwatch t;
  for (const auto& d : shard_dirs) run.uncompacted_bytes += directory_bytes(d);
  Xapian::Database all;
  for (const auto& d : shard_dirs) all.add_database(Xapian::Database(d.string()));
  fs::remove_all(dir);
  all.compact(dir.string());
  run.commit_seconds += t.seconds();
  run.stats.seconds = start.seconds();
  run.stats.index_bytes = directory_bytes(dir);
  run.stats.note =
      std::to_string(shards) +
      " threads into shards (each committing about once a second), merged by Database::compact";
  for (const auto& d : shard_dirs) fs::remove_all(d);
  return run;
}

IndexStats index_with_cli(const fs::path& corpus_dir, const fs::path& dir, int shards,
                          double* cpu_seconds) {
  fs::remove_all(dir);
  fs::path exe = fs::read_symlink("/proc/self/exe").parent_path() / "ofsearch";
  std::string command = "'" + exe.string() + "' index --quiet --shards " + std::to_string(shards) +
                        " --index '" + dir.string() + "' '" + corpus_dir.string() + "' >/dev/null";
  auto child_cpu = [] {
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
  };
  double cpu = child_cpu();
  Stopwatch start;
  if (std::system(command.c_str()) != 0) throw std::runtime_error("failed: " + command);
  IndexStats stats;
  stats.seconds = start.seconds();
  *cpu_seconds = child_cpu() - cpu;
  Xapian::Database db(dir.string());
  stats.paragraphs = db.get_doccount();
  stats.index_bytes = directory_bytes(dir);
  stats.note = "the CLI's bulk build: ofsearch index --shards " + std::to_string(shards) +
               " (shard writers merged by compaction), from the files";
  return stats;
}

SearchRequest to_request(const BenchQuery& q) {
  SearchRequest r;
  r.query = q.text;
  r.facets = q.facets;
  if (!q.grade.empty()) r.filters["grade"] = {q.grade};
  if (!q.type.empty()) r.filters["type"] = {q.type};
  if (!q.from.empty()) r.from = q.from;
  if (!q.to.empty()) r.to = q.to;
  r.per_report = q.per_report;
  r.limit = q.limit;
  return r;
}

OfsearchEngine::OfsearchEngine(fs::path dir)
    : dir_(std::move(dir)), searcher_(std::make_unique<Searcher>(dir_)) {}

Answer OfsearchEngine::run(const BenchQuery& q) {
  SearchResult result = searcher_->search(to_request(q));
  Answer a;
  a.total = result.total;
  a.reports = result.reports;
  for (const auto& hit : result.hits) {
    a.ids.push_back(hit.record[q.per_report ? "report_id" : "id"].get<std::string>());
    a.snippet_bytes += hit.snippet.size();
  }
  if (q.facets) {
    for (const char* field : {"authority", "grade", "theme", "year"}) {
      auto it = result.facets.find(field);
      if (it == result.facets.end()) continue;
      for (const auto& [value, n] : it->second) a.facets[field][value] = n;
    }
  }
  return a;
}

}  // namespace ofsearch::bench
