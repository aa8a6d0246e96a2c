// Runs the query mix against an engine and times it: warm (one untimed pass, then
// timed repetitions) and cold (the OS page cache dropped and the engine reopened
// before each sampled query); ripgrep's time for the phrase queries; percentiles.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bench/engines/engine.h"
#include "bench/results.h"

namespace ofsearch::bench {

struct MixRun {
  std::vector<Answer> answers;           // one per query (from the first timed pass)
  std::vector<std::vector<double>> ms;   // per query, one per timed run (wall clock)
  std::vector<std::vector<double>> cpu;  // the same runs in thread CPU milliseconds
};

MixRun run_warm(Engine& engine, const std::vector<BenchQuery>& mix, int repetitions);

// The first `per_class` queries of each class, each after drop_page_cache() and reopen().
MixRun run_cold(Engine& engine, const std::vector<BenchQuery>& mix, int per_class, bool drop_cache);

// Per class: percentiles over every timed run of the class's queries.
std::map<std::string, Latency> summarise(const std::vector<BenchQuery>& mix, const MixRun& run);

// Writes 3 to /proc/sys/vm/drop_caches after sync; false when not permitted.
bool drop_page_cache();

// ripgrep -c -F -i over `dir` for the phrase of each phrase/phrase_count query;
// the answers' totals are matching lines.
MixRun run_ripgrep(const std::filesystem::path& dir, const std::vector<BenchQuery>& mix,
                   int repetitions, std::vector<bool>* applies);

double percentile(std::vector<double> values, double p);

// CPU time of the whole process: a query may count on a helper thread.
double process_cpu_ms();
double process_cpu_s();  // CPU time of the whole process (user + system)

}  // namespace ofsearch::bench
