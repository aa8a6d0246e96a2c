#include "bench/ofsearch_engine.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "indexer/index_writer.h"

namespace ofsearch::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

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

OfsearchIndexRun index_ofsearch(const ReportSource& source, std::size_t reports,
                                const fs::path& dir, std::vector<Report>* keep) {
  OfsearchIndexRun run;
  fs::remove_all(dir);
  auto start = Clock::now();
  {
    IndexWriter writer(dir, false);
    for (std::size_t i = 0; i < reports; ++i) {
      auto t = Clock::now();
      Report r = source(i);
      run.source_seconds += since(t);
      t = Clock::now();
      writer.add(r);
      run.add_seconds += since(t);
      run.stats.paragraphs += r.paragraphs.size();
      for (const auto& p : r.paragraphs) run.stats.text_bytes += p.text.size();
      if (keep) keep->push_back(std::move(r));
    }
    auto t = Clock::now();
    writer.commit();
    run.commit_seconds = since(t);
  }
  run.stats.seconds = since(start);
  run.stats.index_bytes = run.uncompacted_bytes = directory_bytes(dir);
  run.stats.note = "1 thread, one commit";
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
  auto start = Clock::now();
  auto work = [&](int s) {
    IndexWriter writer(shard_dirs[s], false);
    double source_s = 0, add_s = 0;
    std::size_t paragraphs = 0, bytes = 0;
    // Reports are dealt one at a time, so both threads stay busy to the end.
    for (std::size_t i; (i = next++) < reports;) {
      auto t = Clock::now();
      Report r = source(i);
      source_s += since(t);
      t = Clock::now();
      writer.add(r);
      add_s += since(t);
      paragraphs += r.paragraphs.size();
      for (const auto& p : r.paragraphs) bytes += p.text.size();
      if (keep) (*keep)[i] = std::move(r);  // each slot written by one thread only
    }
    writer.commit();
    std::lock_guard<std::mutex> lock(totals);
    run.source_seconds += source_s;
    run.add_seconds += add_s;
    run.stats.paragraphs += paragraphs;
    run.stats.text_bytes += bytes;
  };
  std::vector<std::thread> threads;
  for (int s = 0; s < shards; ++s) threads.emplace_back(work, s);
  for (auto& t : threads) t.join();
  auto t = Clock::now();
  for (const auto& d : shard_dirs) run.uncompacted_bytes += directory_bytes(d);
  Xapian::Database all;
  for (const auto& d : shard_dirs) all.add_database(Xapian::Database(d.string()));
  fs::remove_all(dir);
  all.compact(dir.string());
  run.commit_seconds = since(t);
  run.stats.seconds = since(start);
  run.stats.index_bytes = directory_bytes(dir);
  run.stats.note = std::to_string(shards) + " threads into shards, merged by Database::compact";
  for (const auto& d : shard_dirs) fs::remove_all(d);
  return run;
}

SearchRequest to_request(const BenchQuery& q) {
  SearchRequest r;
  r.query = q.text;
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
