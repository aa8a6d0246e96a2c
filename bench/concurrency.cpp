#include "bench/concurrency.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include <xapian.h>

#include "bench/runner.h"
#include "indexer/index_writer.h"

namespace ofsearch::bench {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// The message of the exception being handled (Xapian errors are not std::exceptions).
std::string describe_current() {
  try {
    throw;
  } catch (const Xapian::Error& e) {
    return e.get_description();
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "unknown exception";
  }
}

ConcurrencyRun run_one(const std::filesystem::path& index, const std::vector<BenchQuery>& mix,
                       const ReportSource& adds, std::size_t add_count, double seconds, int threads,
                       bool indexing, std::size_t* next_add) {
  ConcurrencyRun run;
  run.threads = threads;
  run.indexing = indexing;
  std::atomic<bool> stop{false};
  std::mutex lock;
  std::vector<double> latencies, add_ms;
  auto note_error = [&](const std::string& what) {
    std::lock_guard<std::mutex> g(lock);
    if (run.first_error.empty()) run.first_error = what;
  };
  auto search_loop = [&](std::size_t offset) {
    OfsearchEngine engine(index);
    std::vector<double> mine;
    std::size_t failures = 0;
    for (std::size_t i = offset; !stop; ++i) {
      auto t = Clock::now();
      try {
        engine.run(mix[i % mix.size()]);
        mine.push_back(ms_since(t));
      } catch (...) {
        ++failures;  // e.g. DatabaseModifiedError after Searcher's retries
        note_error(describe_current());
        try {
          engine.reopen();
        } catch (...) {
          note_error(describe_current());
        }
      }
    }
    std::lock_guard<std::mutex> g(lock);
    latencies.insert(latencies.end(), mine.begin(), mine.end());
    run.failures += failures;
  };
  auto reader = [&](std::size_t offset) {
    try {
      search_loop(offset);
    } catch (...) {
      note_error("search thread stopped: " + describe_current());
    }
  };
  auto add_loop = [&] {
    IndexWriter w(index, true);
    while (!stop) {
      auto t = Clock::now();
      Report r = adds((*next_add)++ % add_count);
      w.add(r);
      w.commit();
      add_ms.push_back(ms_since(t));
      ++run.reports_added;
      run.paragraphs_added += r.paragraphs.size();
    }
  };
  auto writer = [&] {
    try {
      add_loop();
    } catch (...) {
      note_error("indexer thread stopped: " + describe_current());
    }
  };
  auto start = Clock::now();
  std::vector<std::thread> pool;
  if (indexing) pool.emplace_back(writer);
  for (int t = 0; t < threads; ++t) pool.emplace_back(reader, t * mix.size() / threads);
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& t : pool) t.join();
  run.seconds = ms_since(start) / 1000;
  run.queries = latencies.size();
  run.qps = run.queries / run.seconds;
  run.p50_ms = percentile(latencies, 50);
  run.p99_ms = percentile(latencies, 99);
  run.add_p50_ms = percentile(add_ms, 50);
  run.add_max_ms = percentile(add_ms, 100);
  return run;
}

}  // namespace

std::vector<ConcurrencyRun> run_concurrency(const std::filesystem::path& index,
                                            const std::vector<BenchQuery>& mix,
                                            const ReportSource& adds, std::size_t add_count,
                                            double seconds) {
  std::vector<ConcurrencyRun> runs;
  std::size_t next_add = 0;
  for (bool indexing : {false, true}) {
    for (int threads : {1, 2}) {
      runs.push_back(run_one(index, mix, adds, add_count, seconds, threads, indexing, &next_add));
    }
  }
  return runs;
}

std::vector<NamedFigure> concurrency_figures(const std::vector<ConcurrencyRun>& runs) {
  std::vector<NamedFigure> out;
  for (const auto& r : runs) {
    std::string name = "concurrency: " + std::to_string(r.threads) + " search thread" +
                       (r.threads > 1 ? "s" : "") + (r.indexing ? " + indexer" : ", no indexer");
    out.push_back({name + ": queries/s", r.qps, "q/s"});
    out.push_back({name + ": query p50", r.p50_ms, "ms"});
    out.push_back({name + ": query p99", r.p99_ms, "ms"});
    if (r.failures) out.push_back({name + ": failed queries", double(r.failures), ""});
    if (!r.first_error.empty()) out.push_back({name + ": first error: " + r.first_error, 0, ""});
    if (r.indexing) {
      out.push_back({name + ": reports added (each committed)", double(r.reports_added), ""});
      out.push_back({name + ": add+commit one report p50", r.add_p50_ms, "ms"});
      out.push_back({name + ": add+commit one report max", r.add_max_ms, "ms"});
    }
  }
  return out;
}

}  // namespace ofsearch::bench
