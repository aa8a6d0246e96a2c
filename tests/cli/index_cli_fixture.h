// Test support for the `ofsearch index` tests: a fixture with a fresh temporary
// index and bundled reports to copy in, and readers of what the command prints (the
// recognised block's fields, the run's summary line) and of what it stored.
#pragma once

#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_harness.h"

namespace ofsearch::testing {

// The value printed after "  FIELD:" in the recognised block, or "" if absent.
inline std::string field(const std::string& out, const std::string& name) {
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    auto start = line.find_first_not_of(' ');
    if (start == std::string::npos || line.compare(start, name.size() + 1, name + ":") != 0)
      continue;
    auto value = line.find_first_not_of(' ', start + name.size() + 1);
    return value == std::string::npos ? "" : line.substr(value);
  }
  return "";
}

inline std::vector<std::string> fields(const std::string& out, const std::string& name) {
  std::vector<std::string> values;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    std::string value = field(line, name);
    if (!value.empty()) values.push_back(value);
  }
  return values;
}

struct Summary {
  int indexed = -1, unchanged = -1, failed = -1;
};

inline Summary summary_of(const std::string& out) {
  static const std::regex kSummary(R"(indexed (\d+), unchanged (\d+), failed (\d+))");
  std::smatch m;
  Summary s;
  if (std::regex_search(out, m, kSummary)) {
    s.indexed = std::stoi(m[1]);
    s.unchanged = std::stoi(m[2]);
    s.failed = std::stoi(m[3]);
  }
  return s;
}

inline const nlohmann::json* find_report(const nlohmann::json& reports, const std::string& id) {
  for (const auto& r : reports)
    if (r.value("report_id", "") == id) return &r;
  return nullptr;
}

inline long show_count(const fs::path& index, const std::string& id) {
  auto shown = run_ofsearch("show --format json --index " + sh_quote(index) + " " + sh_quote(id));
  if (shown.status != 0) return -1;
  auto json = nlohmann::json::parse(shown.out, nullptr, false);
  return json.is_array() ? static_cast<long>(json.size()) : -1;
}

class IndexCliTest : public ::testing::Test {
 protected:
  // A bundled report copied into the temp dir under `name`.
  fs::path copy_report(int which, const std::string& name) {
    fs::path target = dir_ / name;
    fs::create_directories(target.parent_path());
    fs::copy_file(bundled_reports().at(which), target, fs::copy_options::overwrite_existing);
    return target;
  }
  CommandResult index(const std::string& args) {
    return run_ofsearch("index --index " + sh_quote(index_) + " " + args);
  }

  TempDir dir_;
  fs::path index_ = dir_ / "index";
};

}  // namespace ofsearch::testing
