#include "bench/modes/profile_mode.h"

#include <iostream>
#include <memory>
#include <stdexcept>

#include "bench/engines/fts5_engine.h"
#include "bench/engines/ofsearch_engine.h"
#include "bench/engines/xapian_raw_engine.h"
#include "bench/runner.h"

namespace ofsearch::bench {

namespace fs = std::filesystem;

int profile(const std::string& engine_name, const fs::path& index, const fs::path& queries,
            int repetitions, const std::string& cls) {
  std::unique_ptr<Engine> engine;
  if (engine_name == "ofsearch") engine = std::make_unique<OfsearchEngine>(index);
  if (engine_name == "xapian_raw") engine = std::make_unique<XapianRawEngine>(index);
  if (engine_name == "xapian_mirror") engine = std::make_unique<XapianRawEngine>(index, true);
  if (engine_name == "fts5") engine = std::make_unique<Fts5Engine>(index);
  if (!engine) throw std::runtime_error("unknown engine " + engine_name);
  std::vector<BenchQuery> mix;
  for (auto& q : load_query_mix(queries)) {
    if (cls.empty() || q.cls == cls) mix.push_back(q);
  }
  MixRun run = run_warm(*engine, mix, repetitions);
  for (auto& [c, l] : summarise(mix, run)) {
    std::cout << c << " p50 " << l.p50 << " ms, p99 " << l.p99 << " ms\n";
  }
  return 0;
}

}  // namespace ofsearch::bench
