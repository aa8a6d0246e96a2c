// Runs the real ofsearch binary (OFSEARCH_BINARY) from tests, end to end: each
// test gets a fresh temporary folder, commands run through the shell with their
// stdout, stderr and exit code captured, and an index can be fingerprinted
// (document count + checksum of search output) to prove it did not change.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ofsearch::testing {

namespace fs = std::filesystem;

// A folder under the system temp dir, removed (with its contents) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

std::string read_file(const fs::path& file);
void write_file(const fs::path& file, const std::string& bytes);

struct CommandResult {
  int status = -1;  // exit code; 128+N when killed by signal N
  std::string out;
  std::string err;
  // stderr lines that are not empty.
  std::vector<std::string> err_lines() const;
};

// Single-quotes a word for /bin/sh.
std::string sh_quote(const std::string& word);
std::string sh_quote(const fs::path& path);

// Runs `ofsearch ARGS` (ARGS already shell-quoted as needed) with OFSEARCH_DATA set.
CommandResult run_ofsearch(const std::string& args);

// The prefix that runs the binary with its environment ("env OFSEARCH_DATA=... /path/ofsearch"),
// a single command that `exec`, `time` or `script` can run.
std::string ofsearch_command();

// A shell command running in the background (its own pid: the command is exec'd),
// with stdout and stderr captured. Killed with SIGKILL if still running at destruction.
class Background {
 public:
  explicit Background(const std::string& command);
  ~Background();
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;
  pid_t pid() const { return pid_; }
  std::chrono::steady_clock::time_point started() const { return started_; }
  bool running();
  // Waits up to `seconds`; the exit code (128+N if killed by signal N), -1 on timeout.
  int wait(double seconds);
  void kill9();
  std::string out() const { return read_file(capture_ / "stdout"); }
  std::string err() const { return read_file(capture_ / "stderr"); }

 private:
  TempDir capture_;
  pid_t pid_ = -1;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  int status_ = -1;
  bool reaped_ = false;
};

// The bundled seed reports (corpus/reports/*.txt), sorted.
std::vector<fs::path> bundled_reports();

// `ofsearch reports --format json` parsed; an empty array when the index is absent.
nlohmann::json reports_json(const fs::path& index);
// Total matches of `search --format json --include-boilerplate QUERY`; -1 on failure.
long search_total(const fs::path& index, const std::string& query);

// What must not change when a bad file is offered: the report list, every
// paragraph count, and search output for a few queries, reduced to a checksum.
struct IndexFingerprint {
  long documents = 0;  // paragraphs over every report
  std::size_t reports = 0;
  std::string checksum;  // hex FNV-1a of reports JSON + search JSON outputs
  bool operator==(const IndexFingerprint& o) const {
    return documents == o.documents && reports == o.reports && checksum == o.checksum;
  }
};
IndexFingerprint fingerprint(const fs::path& index);
std::string describe(const IndexFingerprint& f);

}  // namespace ofsearch::testing
