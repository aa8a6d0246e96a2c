#include "bench/modes/peak_search_mode.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/engines/ofsearch_engine.h"
#include "bench/modes/bench_setup.h"

namespace ofsearch::bench {

namespace fs = std::filesystem;

int peak_search(const fs::path& index, const fs::path& queries) {
  {
    OfsearchEngine engine(index);
    for (const auto& q : load_query_mix(queries)) engine.run(q);
  }
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) std::cout << line << '\n';
  }
  return 0;
}

// The child prints its own VmHWM: ru_maxrss would count the parent's memory, which
// Linux carries over fork and exec.
double peak_memory_mb(const fs::path& self, const fs::path& index) {
  std::string cmd = "'" + self.string() + "' peak-search --index '" + index.string() +
                    "' --queries '" + (source_dir() / "bench" / "queries.tsv").string() + "'";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return -1;
  double kb = -1;
  char line[256];
  while (std::fgets(line, sizeof line, pipe)) {
    if (std::strncmp(line, "VmHWM:", 6) == 0) kb = std::strtod(line + 6, nullptr);
  }
  return ::pclose(pipe) == 0 && kb > 0 ? kb / 1024 : -1;
}

}  // namespace ofsearch::bench
