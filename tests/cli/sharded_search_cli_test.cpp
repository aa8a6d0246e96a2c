// Searching several index shards answers exactly as one index holding the same reports:
// the bundled reports are indexed into one index and, each report wholly in one shard
// (by a stable hash of its report id), into 2 and 3 shard folders built by `ofsearch
// index` on subsets of the files; every query of the table (phrases, filters, facets,
// per-report, grouping, date sort, paging, trend, compare, reports, show, similar,
// recurrence) gives the same JSON (ranked ids, weights to 1e-9, totals, facets, groups)
// through a Xapian stub file and through several --index values; the same for a generated
// corpus of 3,000 paragraphs (skipped without the benchmark's generator). Writes to a stub
// or several indexes are refused with a one-line error naming --index.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/cli_harness.h"

namespace ofsearch {
namespace {

using testing::run_ofsearch;
using testing::sh_quote;
using testing::TempDir;
namespace fs = std::filesystem;

// FNV-1a, 32 bits: a stable hash of the report id (fills 2 and 3 shards with these reports).
std::uint32_t fnv1a(const std::string& text) {
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : text) hash = (hash ^ c) * 16777619u;
  return hash;
}

// Where `a` and `b` differ ("" when equal): numbers to 1e-9, everything else exactly.
std::string difference(const nlohmann::json& a, const nlohmann::json& b, const std::string& at) {
  if (a.is_number() && b.is_number()) {
    double x = a.get<double>(), y = b.get<double>();
    return std::fabs(x - y) <= 1e-9 * std::max(1.0, std::fabs(x))
               ? ""
               : at + ": " + a.dump() + " vs " + b.dump();
  }
  if (a.type() != b.type()) return at + ": " + a.dump() + " vs " + b.dump();
  if (a.is_object()) {
    if (a.size() != b.size()) return at + ": keys differ";
    for (auto it = a.begin(); it != a.end(); ++it) {
      if (!b.contains(it.key())) return at + "." + it.key() + ": missing";
      auto d = difference(it.value(), b[it.key()], at + "." + it.key());
      if (!d.empty()) return d;
    }
    return "";
  }
  if (a.is_array()) {
    if (a.size() != b.size())
      return at + ": " + std::to_string(a.size()) + " vs " + std::to_string(b.size()) + " items";
    for (std::size_t i = 0; i < a.size(); ++i) {
      auto d = difference(a[i], b[i], at + "[" + std::to_string(i) + "]");
      if (!d.empty()) return d;
    }
    return "";
  }
  return a == b ? "" : at + ": " + a.dump() + " vs " + b.dump();
}

// Hits of equal score (and, sorted by date, equal date) come in docid order, and a
// combined database numbers documents otherwise than one index (shards interleave):
// such a run of ties is put in id order before comparing. Everything else must match.
void order_ties(nlohmann::json& j, bool by_date) {
  if (j.is_object()) {
    for (auto& [key, value] : j.items()) order_ties(value, by_date);
    if (!j.contains("hits") || !j["hits"].is_array()) return;
    auto& hits = j["hits"];
    auto key = [&](const nlohmann::json& hit) {
      return (by_date ? hit.value("date", nlohmann::json()).dump() : "") + "|" +
             nlohmann::json(hit.value("score", 0.0)).dump();
    };
    for (std::size_t start = 0; start < hits.size();) {
      std::size_t end = start + 1;
      while (end < hits.size() && key(hits[end]) == key(hits[start])) ++end;
      std::sort(hits.begin() + start, hits.begin() + end,
                [](const auto& a, const auto& b) { return a["id"] < b["id"]; });
      start = end;
    }
  } else if (j.is_array()) {
    for (auto& value : j) order_ties(value, by_date);
  }
}

// The part of an answer no tie can reorder: the generated corpus repeats paragraphs word
// for word across reports, so equal scores abound, and which of the tied paragraphs
// stands for a report or a group follows docid order (and MSet::snippet's window may
// differ, see expect_same_everywhere). Kept: totals, facets, every score in rank order,
// and each group's key, count and best score.
void keep_tie_free(nlohmann::json& j) {
  if (!j.is_object()) return;
  if (j.contains("hits")) {
    nlohmann::json scores = nlohmann::json::array();
    for (const auto& hit : j["hits"]) scores.push_back(hit["score"]);
    j["hits"] = scores;
  }
  if (j.contains("groups")) {
    std::vector<nlohmann::json> groups;
    for (const auto& g : j["groups"]) groups.push_back({g["key"], g["count"], g["best"]["score"]});
    std::sort(groups.begin(), groups.end());
    j["groups"] = groups;
  }
}

void build(const fs::path& index, const std::string& files) {
  auto r = run_ofsearch("index --quiet -j 2 --index " + sh_quote(index) + files);
  ASSERT_EQ(r.status, 0) << r.err;
}

// Indexes `files` into base/one and, each report wholly in one shard by the hash of its
// id, into base/s2-K and base/s3-K, with stubs base/s2.stub and base/s3.stub.
void build_shard_sets(const fs::path& base, const std::string& files, std::size_t reports) {
  build(base / "one", files);
  std::map<std::string, std::string> file_of;  // report id -> its file, as indexed
  for (const auto& report : testing::reports_json(base / "one")) {
    file_of[report["report_id"].get<std::string>()] = report["source"].get<std::string>();
  }
  ASSERT_EQ(file_of.size(), reports);
  for (int n : {2, 3}) {
    std::vector<std::string> subsets(n);
    for (const auto& [id, file] : file_of) subsets[fnv1a(id) % n] += " " + sh_quote(file);
    std::string stub;
    for (int k = 0; k < n; ++k) {
      const std::string name = "s" + std::to_string(n) + "-" + std::to_string(k);
      ASSERT_FALSE(subsets[k].empty()) << name << " would hold no report";
      build(base / name, subsets[k]);
      stub += "auto " + name + "\n";
    }
    testing::write_file(base / ("s" + std::to_string(n) + ".stub"), stub);
  }
}

// The ways to name the same reports: a stub, several --index values (2 and 3 shards).
std::vector<std::pair<std::string, std::string>> sharded_indexes(const fs::path& base) {
  std::vector<std::pair<std::string, std::string>> ways;
  for (int n : {2, 3}) {
    const std::string s = std::to_string(n);
    ways.emplace_back(s + " shards in a stub", " --index " + sh_quote(base / ("s" + s + ".stub")));
    std::string several;
    for (int k = 0; k < n; ++k)
      several += " --index " + sh_quote(base / ("s" + s + "-" + std::to_string(k)));
    ways.emplace_back(s + " --index values", several);
  }
  return ways;
}

nlohmann::json answer(const std::string& command, const std::string& index) {
  auto r = run_ofsearch(command + index);
  EXPECT_EQ(r.status, 0) << command << index << "\n" << r.err;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << command << index << "\n" << r.out;
  return j;
}

// `without_snippets`: for `similar` (24 words ORed) MSet::snippet may pick another
// window over shards: it weighs each word by its match-time maximum weight, which Xapian
// bounds per shard (README, scale-out). Ids, scores and every other field must match.
void expect_same_everywhere(const fs::path& base, const std::string& command,
                            bool without_snippets = false, bool tie_free = false) {
  SCOPED_TRACE(command);
  const bool by_date = command.find("--sort") != std::string::npos;
  auto drop_snippets = [&](nlohmann::json& j) {
    if (tie_free) keep_tie_free(j);
    if (!without_snippets || tie_free) return;
    for (auto& hit : j["hits"]) hit.erase("snippet");
  };
  auto single = answer(command, " --index " + sh_quote(base / "one"));
  order_ties(single, by_date);
  drop_snippets(single);
  for (const auto& [way, index] : sharded_indexes(base)) {
    SCOPED_TRACE(way);
    auto sharded = answer(command, index);
    order_ties(sharded, by_date);
    drop_snippets(sharded);
    EXPECT_EQ(difference(single, sharded, "$"), "");
  }
}

class ShardedSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    std::string all;
    for (const auto& file : testing::bundled_reports()) all += " " + sh_quote(file);
    build_shard_sets(dir(), all, testing::bundled_reports().size());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static const fs::path& dir() { return dir_->path(); }
  static std::vector<std::pair<std::string, std::string>> indexes() {
    return sharded_indexes(dir());
  }
  static void expect_same_everywhere(const std::string& command, bool without_snippets = false) {
    ofsearch::expect_same_everywhere(dir(), command, without_snippets);
  }

  static TempDir* dir_;
};

TempDir* ShardedSearch::dir_ = nullptr;

TEST_F(ShardedSearch, EverySearchAnswersAsOneIndex) {
  const std::string search = "search --format json --limit 1000 ";
  for (const char* args : {
           "children",
           "'\"missing from care\"'",
           "--include-boilerplate assessment",
           "'care NOT foster'",
           "'\"social workers\" caseloads'",
           "--per-report care",
           "--group-by authority care",
           "--group-by report children",
           "--group-by year children",
           "--sort date care",
           "--sort -date care",
           "--offset 5 children",
           "--year 2023 children",
           "'focus:front-door'",
       }) {
    expect_same_everywhere(search + std::string(args));
  }
}

TEST_F(ShardedSearch, TrendAndCompareAnswerAsOneIndex) {
  expect_same_everywhere("trend --format json --by year '\"missing from care\"'");
  expect_same_everywhere("trend --format json --by authority children");
  expect_same_everywhere("compare --format json --authority rutland children");
}

TEST_F(ShardedSearch, ReportRecordsComeFromEveryShard) {
  expect_same_everywhere("reports --format json");
  for (const auto& report : testing::reports_json(dir() / "one")) {
    expect_same_everywhere("show --format json " +
                           sh_quote(report["report_id"].get<std::string>()));
  }
}

TEST_F(ShardedSearch, SimilarAndRecurrenceAnswerAsOneIndex) {
  auto hits =
      answer("search --format json --limit 3 children", " --index " + sh_quote(dir() / "one"));
  ASSERT_FALSE(hits["hits"].empty());
  for (const auto& hit : hits["hits"]) {
    expect_same_everywhere("similar --format json " + sh_quote(hit["id"].get<std::string>()),
                           /*without_snippets=*/true);
  }
  for (const auto& report : testing::reports_json(dir() / "one")) {
    if (!report.contains("authority") || !report["authority"].is_string()) continue;
    expect_same_everywhere("recurrence --format json --authority " +
                           sh_quote(report["authority"].get<std::string>()));
  }
}

TEST_F(ShardedSearch, WritesToAStubOrSeveralIndexesAreRefusedNamingTheFlag) {
  const std::string file = sh_quote(testing::bundled_reports().front());
  for (const auto& [way, index] : indexes()) {
    SCOPED_TRACE(way);
    for (const std::string& command :
         {"index" + index + " " + file, "remove" + index + " some-report",
          "watch add" + index + " caseloads caseloads", "watch remove" + index + " caseloads"}) {
      auto r = run_ofsearch(command);
      EXPECT_EQ(r.status, 2) << command << "\n" << r.err;
      ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
      EXPECT_NE(r.err.find("--index"), std::string::npos) << r.err;
    }
  }
}

TEST(ShardedSearchGenerated, SearchesTrendAndReportsAnswerAsOneIndex) {
#ifndef OFSEARCH_BENCH_BINARY
  GTEST_SKIP() << "built without the benchmark (OFSEARCH_BENCH=OFF): no corpus generator";
#else
  TempDir dir;
  std::string command = "env OFSEARCH_DATA=" + sh_quote(std::string(OFSEARCH_SOURCE_DIR)) + " " +
                        sh_quote(std::string(OFSEARCH_BENCH_BINARY)) +
                        " generate --paragraphs 3000 --pdfs '' --out " + sh_quote(dir / "corpus") +
                        " > /dev/null 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  std::string files;
  std::size_t reports = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir / "corpus" / "reports")) {
    if (entry.path().extension() != ".txt") continue;
    files += " " + sh_quote(entry.path());
    ++reports;
  }
  build_shard_sets(dir.path(), files, reports);
  const std::string search = "search --format json --limit 1000 ";
  for (const char* args :
       {"children", "'\"missing from care\"'", "--per-report care", "--group-by authority care",
        "--group-by year children", "--sort -date care", "--offset 20 'social workers'"}) {
    expect_same_everywhere(dir.path(), search + std::string(args), false, /*tie_free=*/true);
  }
  expect_same_everywhere(dir.path(), "trend --format json --by region children");
  expect_same_everywhere(dir.path(), "reports --format json");
#endif
}

}  // namespace
}  // namespace ofsearch
