#include "bench/modes/bench_setup.h"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <thread>

#include <sqlite3.h>
#include <sys/utsname.h>
#include <xapian.h>

#include "reference/reference_data.h"

namespace ofsearch::bench {
namespace {

namespace fs = std::filesystem;

std::string first_line_with(const fs::path& file, const std::string& key) {
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(key, 0) == 0) {
      auto colon = line.find(':');
      return colon == std::string::npos ? line
                                        : line.substr(line.find_first_not_of(" \t", colon + 1));
    }
  }
  return "?";
}

}  // namespace

void say(const std::string& msg) { std::cerr << "bench: " << msg << std::endl; }

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string a, b, c;
  in >> a >> b >> c;
  return a + " " + b + " " + c;
}

Setup load_setup(const Options& o) {
  fs::path corpus = ReferenceData::default_corpus_dir();
  Setup s{AuthorityGazetteer::load(corpus / "authorities.tsv"), {}, {}};
  s.pool = load_or_build_pool(o.work / "pool.txt", corpus / "reports", o.pdfs, s.gazetteer);
  s.data = GeneratorData::load(source_dir() / "bench" / "generator_data.tsv");
  return s;
}

fs::path source_dir() {
  if (const char* env = std::getenv("OFSEARCH_DATA"); env && *env) return env;
  return OFSEARCH_SOURCE_DIR;
}

std::string source_revision() {
  std::string cmd = "git -C '" + source_dir().string() + "' describe --always --dirty 2>/dev/null";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return "?";
  char buf[128] = {0};
  std::string out = std::fgets(buf, sizeof buf, pipe) ? buf : "?";
  ::pclose(pipe);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string machine_description() {
  struct utsname u {};
  ::uname(&u);
  std::string ram = first_line_with("/proc/meminfo", "MemTotal");
  return std::to_string(std::thread::hardware_concurrency()) + " cores (nproc), " +
         first_line_with("/proc/cpuinfo", "model name") + ", RAM " + ram + ", Linux " + u.release +
         ", Xapian " + Xapian::version_string() + ", SQLite " + sqlite3_libversion();
}

std::string today() {
  std::time_t now = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
  return buf;
}

}  // namespace ofsearch::bench
