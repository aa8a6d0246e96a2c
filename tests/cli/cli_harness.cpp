#include "cli/cli_harness.h"

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <xapian.h>

#include "indexer/extract/document_reader.h"

namespace ofsearch::testing {
namespace {

int exit_code(int raw) {
  if (raw == -1) return -1;
  if (WIFEXITED(raw)) return WEXITSTATUS(raw);
  if (WIFSIGNALED(raw)) return 128 + WTERMSIG(raw);
  return -1;
}

// Queries whose output together covers text, phrases, boolean operators and filters.
const char* const kFingerprintQueries[] = {"children", "\"missing from care\"",
                                           "leaders OR inspectors", "rutland", "permanence"};

}  // namespace

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  std::random_device random;
  path_ = fs::temp_directory_path() /
          ("ofsearch-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
           std::to_string(random() % 100000));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::vector<std::string> CommandResult::err_lines() const {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string sh_quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string sh_quote(const fs::path& path) { return sh_quote(path.string()); }

std::string ofsearch_command() {
  const char* data = std::getenv("OFSEARCH_DATA");
  std::string dir = data && *data ? data : OFSEARCH_SOURCE_DIR;
  return "env OFSEARCH_DATA=" + sh_quote(dir) + " " + sh_quote(std::string(OFSEARCH_BINARY));
}

CommandResult run_ofsearch(const std::string& args) {
  TempDir capture;
  fs::path out = capture / "stdout", err = capture / "stderr";
  std::string command = ofsearch_command() + " " + args + " >" + sh_quote(out) + " 2>" +
                        sh_quote(err) + " </dev/null";
  CommandResult result;
  result.status = exit_code(std::system(command.c_str()));
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

Background::Background(const std::string& command) {
  std::string full = "exec " + command + " >" + sh_quote(capture_ / "stdout") + " 2>" +
                     sh_quote(capture_ / "stderr") + " </dev/null";
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    ::execl("/bin/sh", "sh", "-c", full.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
}

Background::~Background() {
  if (running()) kill9();
  wait(10);
}

bool Background::running() {
  if (reaped_) return false;
  int raw = 0;
  pid_t r = ::waitpid(pid_, &raw, WNOHANG);
  if (r == pid_) {
    reaped_ = true;
    status_ = exit_code(raw);
  }
  return !reaped_;
}

int Background::wait(double seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (running()) {
    if (std::chrono::steady_clock::now() > deadline) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return status_;
}

void Background::kill9() {
  if (!reaped_) ::kill(pid_, SIGKILL);
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file(const fs::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

std::vector<fs::path> bundled_reports() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(OFSEARCH_SOURCE_DIR) / "corpus/reports"))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

nlohmann::json reports_json(const fs::path& index) {
  auto result = run_ofsearch("reports --format json --index " + sh_quote(index));
  if (result.status != 0) return nlohmann::json::array();
  auto json = nlohmann::json::parse(result.out, nullptr, false);
  return json.is_discarded() ? nlohmann::json::array() : json;
}

long search_total(const fs::path& index, const std::string& query) {
  auto result = run_ofsearch("search --format json --include-boilerplate --index " +
                             sh_quote(index) + " " + sh_quote(query));
  if (result.status != 0) return -1;
  auto json = nlohmann::json::parse(result.out, nullptr, false);
  if (json.is_discarded() || !json.contains("total")) return -1;
  return json["total"].get<long>();
}

IndexFingerprint fingerprint(const fs::path& index) {
  IndexFingerprint f;
  std::string all;
  auto reports = run_ofsearch("reports --format json --index " + sh_quote(index));
  all += std::to_string(reports.status) + reports.out;
  auto json = nlohmann::json::parse(reports.out, nullptr, false);
  if (!json.is_discarded() && json.is_array()) f.reports = json.size();
  for (const char* query : kFingerprintQueries) {
    auto search = run_ofsearch("search --format json --include-boilerplate --limit 1000 --index " +
                               sh_quote(index) + " " + sh_quote(std::string(query)));
    all += std::to_string(search.status) + search.out;
  }
  try {
    f.documents = static_cast<long>(Xapian::Database(index.string()).get_doccount());
  } catch (const Xapian::Error&) {
    f.documents = -1;  // absent or unreadable
  }
  f.checksum = content_hash(all);
  return f;
}

std::string describe(const IndexFingerprint& f) {
  return std::to_string(f.documents) + " paragraphs, " + std::to_string(f.reports) +
         " reports, checksum " + f.checksum;
}

}  // namespace ofsearch::testing
