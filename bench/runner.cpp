#include "bench/runner.h"

#include <time.h>
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "bench/stopwatch.h"

namespace ofsearch::bench {
namespace {

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

bool rg_applies(const BenchQuery& q) {
  return (q.cls == "phrase" || q.cls == "phrase_count") && !q.phrase.empty();
}

}  // namespace

double process_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double process_cpu_s() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  // Nearest rank: the smallest value with at least p% of the samples at or below it.
  std::size_t rank = static_cast<std::size_t>(std::ceil(p / 100.0 * values.size()));
  return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

MixRun run_warm(Engine& engine, const std::vector<BenchQuery>& mix, int repetitions) {
  MixRun run;
  for (const auto& q : mix) engine.run(q);  // warm-up: caches filled, statements prepared
  run.ms.resize(mix.size());
  run.cpu.resize(mix.size());
  for (int rep = 0; rep < repetitions; ++rep) {
    for (std::size_t i = 0; i < mix.size(); ++i) {
      double cpu = process_cpu_ms();
      Stopwatch t;
      Answer a = engine.run(mix[i]);
      run.ms[i].push_back(t.milliseconds());
      run.cpu[i].push_back(process_cpu_ms() - cpu);
      if (rep == 0) run.answers.push_back(std::move(a));
    }
  }
  return run;
}

bool drop_page_cache() {
  ::sync();
  std::ofstream out("/proc/sys/vm/drop_caches");
  if (!out) return false;
  out << "3\n";
  out.flush();
  return static_cast<bool>(out);
}

MixRun run_cold(Engine& engine, const std::vector<BenchQuery>& mix, int per_class,
                bool drop_cache) {
  MixRun run;
  run.ms.resize(mix.size());
  run.cpu.resize(mix.size());
  run.answers.resize(mix.size());
  std::map<std::string, int> taken;
  for (std::size_t i = 0; i < mix.size(); ++i) {
    if (taken[mix[i].cls]++ >= per_class) continue;
    if (drop_cache) drop_page_cache();
    engine.reopen();
    double cpu = process_cpu_ms();
    Stopwatch t;
    run.answers[i] = engine.run(mix[i]);
    run.ms[i].push_back(t.milliseconds());
    run.cpu[i].push_back(process_cpu_ms() - cpu);
  }
  return run;
}

std::map<std::string, Latency> summarise(const std::vector<BenchQuery>& mix, const MixRun& run) {
  std::map<std::string, std::vector<double>> samples, cpu_samples;
  std::map<std::string, Latency> out;
  for (std::size_t i = 0; i < mix.size() && i < run.ms.size(); ++i) {
    if (run.ms[i].empty()) continue;
    auto& s = samples[mix[i].cls];
    s.insert(s.end(), run.ms[i].begin(), run.ms[i].end());
    if (i < run.cpu.size()) {
      auto& c = cpu_samples[mix[i].cls];
      c.insert(c.end(), run.cpu[i].begin(), run.cpu[i].end());
    }
    if (i < run.answers.size()) out[mix[i].cls].matches += run.answers[i].total;
  }
  for (auto& [cls, s] : samples) {
    Latency& l = out[cls];
    l.p50 = percentile(s, 50);
    l.p95 = percentile(s, 95);
    l.p99 = percentile(s, 99);
    double sum = 0;
    for (double v : s) sum += v;
    l.mean = sum / s.size();
    l.samples = s.size();
    l.cpu_p50 = percentile(cpu_samples[cls], 50);
    l.cpu_p99 = percentile(cpu_samples[cls], 99);
  }
  return out;
}

MixRun run_ripgrep(const std::filesystem::path& dir, const std::vector<BenchQuery>& mix,
                   int repetitions, std::vector<bool>* applies) {
  MixRun run;
  run.ms.resize(mix.size());
  run.answers.resize(mix.size());
  applies->assign(mix.size(), false);
  for (std::size_t i = 0; i < mix.size(); ++i) {
    if (!rg_applies(mix[i])) continue;
    (*applies)[i] = true;
    std::string phrase;
    for (const auto& w : mix[i].phrase) phrase += (phrase.empty() ? "" : " ") + w;
    std::string cmd = "rg -c -F -i --no-filename --no-messages -- " + shell_quote(phrase) + " " +
                      shell_quote(dir.string());
    for (int rep = -1; rep < repetitions; ++rep) {  // rep -1 warms the page cache
      Stopwatch t;
      FILE* pipe = ::popen(cmd.c_str(), "r");
      if (!pipe) continue;
      std::size_t total = 0;
      char line[64];
      while (std::fgets(line, sizeof line, pipe)) total += std::strtoull(line, nullptr, 10);
      ::pclose(pipe);
      double ms = t.milliseconds();
      if (rep < 0) continue;
      run.ms[i].push_back(ms);
      run.answers[i].total = total;
    }
  }
  return run;
}

}  // namespace ofsearch::bench
