#include "bench/concurrency.h"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include <xapian.h>

#include "bench/runner.h"
#include "bench/stopwatch.h"
#include "index/index_writer.h"

namespace ofsearch::bench {
namespace {

using Clock = std::chrono::steady_clock;

// One search worker: a forked process with its own Searcher, searching until the
// deadline, then writing [failures, n, latencies...] to `fd`. Processes rather than
// threads: Searcher is not thread-safe (make_snippet shares one static Xapian::Stem).
void search_worker(int fd, const std::filesystem::path& index, const std::vector<BenchQuery>& mix,
                   std::size_t offset, double seconds) {
  auto deadline = Clock::now() + std::chrono::duration<double>(seconds);
  std::vector<double> latencies;
  double failures = 0;
  std::string first_failure;
  auto failed = [&](const std::string& why) {
    ++failures;
    if (first_failure.empty()) first_failure = why.substr(0, 300);
  };
  try {
    OfsearchEngine engine(index);
    for (std::size_t i = offset; Clock::now() < deadline; ++i) {
      Stopwatch t;
      try {
        engine.run(mix[i % mix.size()]);
        latencies.push_back(t.milliseconds());
      } catch (const Xapian::Error& e) {  // e.g. DatabaseModifiedError after the retries
        failed(mix[i % mix.size()].text + ": " + e.get_description());
        engine.reopen();
      } catch (const std::exception& e) {
        failed(mix[i % mix.size()].text + ": " + e.what());
        engine.reopen();
      }
    }
  } catch (const std::exception& e) {
    failed(std::string("opening: ") + e.what());
  }
  double n = static_cast<double>(latencies.size());
  bool ok = ::write(fd, &failures, sizeof failures) == sizeof failures &&
            ::write(fd, &n, sizeof n) == sizeof n;
  for (std::size_t at = 0; ok && at < latencies.size();) {
    ssize_t w = ::write(fd, latencies.data() + at, (latencies.size() - at) * sizeof(double));
    ok = w > 0;
    at += ok ? static_cast<std::size_t>(w) / sizeof(double) : 0;
  }
  double length = static_cast<double>(first_failure.size());
  ok = ok && ::write(fd, &length, sizeof length) == sizeof length &&
       (first_failure.empty() || ::write(fd, first_failure.data(), first_failure.size()) ==
                                     static_cast<ssize_t>(first_failure.size()));
  ::_exit(ok ? 0 : 1);
}

bool read_all(int fd, void* data, std::size_t bytes) {
  auto* p = static_cast<char*>(data);
  while (bytes > 0) {
    ssize_t r = ::read(fd, p, bytes);
    if (r <= 0) return false;
    p += r;
    bytes -= static_cast<std::size_t>(r);
  }
  return true;
}

ConcurrencyRun run_one(const std::filesystem::path& index, const std::vector<BenchQuery>& mix,
                       const ReportSource& adds, std::size_t add_count, double seconds, int workers,
                       bool indexing, std::size_t* next_add) {
  ConcurrencyRun run;
  run.threads = workers;
  run.indexing = indexing;
  // Fork the searchers before any thread starts, so no lock is held across fork().
  std::vector<std::pair<pid_t, int>> children;
  for (int w = 0; w < workers; ++w) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
    pid_t pid = ::fork();
    if (pid == 0) {
      ::close(fds[0]);
      search_worker(fds[1], index, mix, w * mix.size() / workers, seconds);
    }
    ::close(fds[1]);
    children.emplace_back(pid, fds[0]);
  }
  std::atomic<bool> stop{false};
  std::vector<double> add_ms;
  auto writer = [&] {
    try {
      IndexWriter w(index, true);
      while (!stop) {
        Stopwatch t;
        Report r = adds((*next_add)++ % add_count);
        w.add(r);
        w.commit();
        add_ms.push_back(t.milliseconds());
        ++run.reports_added;
        run.paragraphs_added += r.paragraphs.size();
      }
    } catch (const Xapian::Error& e) {
      run.first_error = "indexer stopped: " + e.get_description();
    } catch (const std::exception& e) {
      run.first_error = std::string("indexer stopped: ") + e.what();
    }
  };
  Stopwatch start;
  std::thread indexer;
  if (indexing) indexer = std::thread(writer);
  std::vector<double> latencies;
  std::string query_error;  // run.first_error belongs to the indexer thread until it joins
  for (auto [pid, fd] : children) {
    double failures = 0, n = 0;
    if (read_all(fd, &failures, sizeof failures) && read_all(fd, &n, sizeof n)) {
      std::vector<double> mine(static_cast<std::size_t>(n));
      double length = 0;
      if (read_all(fd, mine.data(), mine.size() * sizeof(double)) &&
          read_all(fd, &length, sizeof length)) {
        latencies.insert(latencies.end(), mine.begin(), mine.end());
        std::string why(static_cast<std::size_t>(length), '\0');
        if (length > 0 && read_all(fd, why.data(), why.size()) && query_error.empty())
          query_error = "query failed: " + why;
      }
      run.failures += static_cast<std::size_t>(failures);
    }
    ::close(fd);
    ::waitpid(pid, nullptr, 0);
  }
  run.seconds = start.milliseconds() / 1000;
  stop = true;
  if (indexer.joinable()) indexer.join();
  if (run.first_error.empty()) run.first_error = query_error;
  run.queries = latencies.size();
  run.qps = run.queries / std::max(seconds, 1e-9);
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
    std::string name = "concurrency: " + std::to_string(r.threads) + " search process" +
                       (r.threads > 1 ? "es" : "") +
                       (r.indexing ? " + indexer thread" : ", no indexer");
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
