// `ofsearch watch` and the saved-search report of `ofsearch index`, end to end on the
// bundled corpus: indexing a report that matches a saved search prints the match
// (text and JSON) with exactly the paragraph ids `search` finds in it; saved searches
// survive a reopen and a `kill -9` of the indexer; `watch run --since` returns only
// newer reports; every bad input is a one-line error, a non-zero exit, and the index
// (reports, paragraphs, saved searches) untouched.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <thread>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "cli/cli_harness.h"
#include "support/real_reports_dir.h"

namespace ofsearch {
namespace {

using testing::Background;
using testing::run_ofsearch;
using testing::sh_quote;
using testing::TempDir;
namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(OFSEARCH_SOURCE_DIR) / "corpus" / "reports";

class WatchCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Four reports first; the Rotherham letter (004) comes later.
    fs::create_directories(dir_ / "first");
    fs::create_directories(dir_ / "later");
    for (const auto& e : fs::directory_iterator(kCorpus)) {
      std::string name = e.path().filename().string();
      fs::copy_file(e.path(), dir_ / (name.rfind("004_", 0) == 0 ? "later" : "first") / name);
    }
    auto r = run_ofsearch("index --quiet" + index() + sh_quote(dir_ / "first"));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  std::string index() const { return " --index " + sh_quote(dir_ / "index") + " "; }
  // Paragraph ids `search ARGS` finds in the report.
  std::set<std::string> search_ids(const std::string& args, const std::string& report) {
    auto r = run_ofsearch("search --format json --limit 100000" + index() + args);
    EXPECT_EQ(r.status, 0) << r.err;
    std::set<std::string> ids;
    auto found = nlohmann::json::parse(r.out);  // kept: a loop over a temporary's part dangles
    for (const auto& hit : found["hits"])
      if (hit["report_id"] == report) ids.insert(hit["id"].get<std::string>());
    return ids;
  }
  nlohmann::json saved() {
    auto r = run_ofsearch("watch list --format json" + index());
    EXPECT_EQ(r.status, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  TempDir dir_;
};

TEST_F(WatchCliTest, IndexingAMatchingReportPrintsTheParagraphsSearchFinds) {
  ASSERT_EQ(run_ofsearch("watch add front-door" + index() + "--authority Rotherham contact").status,
            0);
  ASSERT_EQ(run_ofsearch("watch add absent" + index() + "zzqqxx").status, 0);
  auto r = run_ofsearch("index --format json" + index() + sh_quote(dir_ / "later"));
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["indexed"], 1);
  ASSERT_EQ(j["watches"].size(), 1u) << r.out;  // "absent" matches nothing
  const auto& match = j["watches"][0];
  EXPECT_EQ(match["watch"], "front-door");
  EXPECT_EQ(match["authority"], "Rotherham");
  std::string report = match["report_id"];
  std::set<std::string> printed;
  for (const auto& id : match["paragraphs"]) printed.insert(id.get<std::string>());
  EXPECT_EQ(printed, search_ids("--authority Rotherham contact", report));
  EXPECT_FALSE(printed.empty());

  // Unchanged on a second run: nothing new, nothing printed.
  auto again = run_ofsearch("index --format json" + index() + sh_quote(dir_ / "later"));
  EXPECT_EQ(nlohmann::json::parse(again.out)["watches"].size(), 0u) << again.out;
}

TEST_F(WatchCliTest, TextOutputNamesTheSearchTheReportAndEveryParagraph) {
  ASSERT_EQ(run_ofsearch("watch add kids" + index() + "children").status, 0);
  auto r = run_ofsearch("index" + index() + sh_quote(dir_ / "later"));
  ASSERT_EQ(r.status, 0) << r.err;
  auto at = r.out.find("saved search 'kids' matches ");
  ASSERT_NE(at, std::string::npos) << r.out;
  std::string line = r.out.substr(at, r.out.find('\n', at) - at);
  std::string report = line.substr(28, line.find(' ', 28) - 28);
  std::set<std::string> printed;
  std::size_t colon = line.find("paragraphs:");
  ASSERT_NE(colon, std::string::npos) << line;
  std::string rest = line.substr(colon + 11);
  for (std::size_t p = 0; p < rest.size();) {
    std::size_t next = rest.find(' ', p + 1);
    std::string id = rest.substr(p + 1, next == std::string::npos ? next : next - p - 1);
    if (!id.empty()) printed.insert(id);
    p = next == std::string::npos ? rest.size() : next;
  }
  EXPECT_EQ(printed, search_ids("children", report)) << line;
  EXPECT_NE(line.find(std::to_string(printed.size()) + " paragraphs:"), std::string::npos);
}

TEST_F(WatchCliTest, SavedSearchesSurviveReopeningAndIndexing) {
  ASSERT_EQ(run_ofsearch("watch add a --year 2019 --exact" + index() +
                         sh_quote(std::string("\"focused visit\"")))
                .status,
            0);
  ASSERT_EQ(run_ofsearch("watch add b" + index() + "permanence").status, 0);
  ASSERT_EQ(run_ofsearch("index --quiet" + index() + sh_quote(dir_ / "later")).status, 0);
  auto list = saved();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0]["name"], "a");
  EXPECT_EQ(list[0]["query"], "\"focused visit\"");
  EXPECT_EQ(list[0]["params"], nlohmann::json::parse(R"([["exact",""],["year","2019"]])"));
  ASSERT_EQ(run_ofsearch("watch remove a" + index()).status, 0);
  EXPECT_EQ(saved().size(), 1u);
  auto text = run_ofsearch("watch list" + index());
  EXPECT_EQ(text.out.rfind("b\tpermanence", 0), 0u) << text.out;
}

TEST_F(WatchCliTest, RunSinceReturnsOnlyReportsDatedAfterTheDay) {
  ASSERT_EQ(run_ofsearch("index --quiet" + index() + sh_quote(dir_ / "later")).status, 0);
  ASSERT_EQ(run_ofsearch("watch add kids" + index() + "children").status, 0);
  auto all = run_ofsearch("watch run kids --limit 100000 --format json" + index());
  ASSERT_EQ(all.status, 0) << all.err;
  auto hits = nlohmann::json::parse(all.out)["hits"];
  std::set<std::string> dates;
  for (const auto& h : hits)
    if (h["date"].is_string()) dates.insert(h["date"].get<std::string>());
  ASSERT_GE(dates.size(), 3u);
  for (const auto& since : dates) {
    auto r = run_ofsearch("watch run kids --limit 100000 --format json --since " + since + index());
    ASSERT_EQ(r.status, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    std::size_t expected = 0;
    for (const auto& h : hits)
      if (h["date"].is_string() && h["date"].get<std::string>() > since) ++expected;
    EXPECT_EQ(j["total"], expected) << since;
    EXPECT_EQ(j["hits"].size(), expected) << since;
    std::string previous = "9999";
    for (const auto& h : j["hits"]) {
      EXPECT_GT(h["date"].get<std::string>(), since);
      EXPECT_LE(h["date"].get<std::string>(), previous) << "newest report first";
      previous = h["date"];
    }
  }
}

struct BadInput {
  const char* case_name;
  const char* args;     // after "ofsearch", before --index
  const char* message;  // part of the one line on stderr
};

class WatchBadInput : public WatchCliTest, public ::testing::WithParamInterface<BadInput> {};

TEST_P(WatchBadInput, IsOneLineNamingItAndLeavesTheIndexAlone) {
  ASSERT_EQ(run_ofsearch("watch add kids" + index() + "children").status, 0);
  ASSERT_EQ(run_ofsearch("watch add other" + index() + "permanence").status, 0);
  auto before = testing::fingerprint(dir_ / "index");
  auto saved_before = saved();
  auto r = run_ofsearch(std::string(GetParam().args) + index());
  EXPECT_NE(r.status, 0);
  ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_NE(r.err.find(GetParam().message), std::string::npos) << r.err;
  EXPECT_TRUE(before == testing::fingerprint(dir_ / "index"));
  EXPECT_EQ(saved(), saved_before);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, WatchBadInput,
    ::testing::Values(
        BadInput{"name_exists", "watch add kids children", "'kids' already exists"},
        BadInput{"remove_unknown", "watch remove nope", "'nope' in the index (saved: kids, other)"},
        BadInput{"run_unknown", "watch run nope", "'nope' in the index (saved: kids, other)"},
        BadInput{"invalid_name", "watch add 'a/b' children", "name 'a/b' is not valid"},
        BadInput{"invalid_name_run", "watch run 'x.atom'", "name 'x.atom' is not valid"},
        BadInput{"empty_query", "watch add fresh", "'fresh': give a query"},
        BadInput{"blank_query", "watch add fresh ' '", "'fresh': give a query"},
        BadInput{"bad_since", "watch run kids --since 2019-02-30", "--since: '2019-02-30'"},
        BadInput{"words_since", "watch run kids --since soon", "--since: 'soon' is not a date"},
        BadInput{"unknown_value", "watch add fresh --region Atlantis children", "Atlantis"},
        BadInput{"empty_field_value", "watch add fresh 'theme:'", "theme"},
        BadInput{"unknown_action", "watch rename kids", "unknown action 'rename'"},
        BadInput{"bad_format", "watch list --format csv", "--format must be text, json"}),
    [](const auto& info) { return std::string(info.param.case_name); });

TEST_F(WatchCliTest, AKillNineOfTheIndexerLeavesTheSavedSearchesAndTheyStillMatch) {
  ASSERT_EQ(run_ofsearch("watch add kids" + index() + "children").status, 0);
  ASSERT_EQ(run_ofsearch("watch add rotherham --authority Rotherham" + index() + "children").status,
            0);
  auto before = saved();
  // Many copies of the later report, so a run is long enough to be killed mid-way; a
  // fresh folder each round, killed later each time, until a kill lands mid-run.
  fs::path later = *fs::directory_iterator(dir_ / "later");
  fs::path bulk_dir;
  bool killed_mid_run = false;
  for (int round = 0; round < 6 && !killed_mid_run; ++round) {
    bulk_dir = dir_ / ("bulk" + std::to_string(round));
    fs::create_directories(bulk_dir);
    for (int i = 0; i < 100; ++i)
      fs::copy_file(
          later, bulk_dir / ("r" + std::to_string(round) + "-" + std::to_string(100 + i) + ".txt"));
    Background bulk(testing::ofsearch_command() + " index --quiet --jobs 1" + index() +
                    sh_quote(bulk_dir));
    std::this_thread::sleep_for(std::chrono::milliseconds(300 + 250 * round));
    bulk.kill9();
    int status = bulk.wait(10);
    ASSERT_TRUE(status == 0 || status == 128 + SIGKILL) << status << bulk.err();
    killed_mid_run = status == 128 + SIGKILL;
    EXPECT_EQ(saved(), before) << "round " << round;
    auto run = run_ofsearch("watch run kids --format json" + index());
    EXPECT_EQ(run.status, 0) << "round " << round << ": " << run.err;
  }
  EXPECT_TRUE(killed_mid_run) << "every run finished before its kill";
  // The next run finishes the job and reports the matches of what it adds.
  auto resume = run_ofsearch("index --format json" + index() + sh_quote(bulk_dir));
  ASSERT_EQ(resume.status, 0) << resume.err;
  auto j = nlohmann::json::parse(resume.out);
  std::size_t added = j["indexed"];
  std::set<std::string> watches_per_report;
  for (const auto& m : j["watches"])
    watches_per_report.insert(m["watch"].get<std::string>() + " " +
                              m["report_id"].get<std::string>());
  EXPECT_GT(added, 0u) << "the kill left nothing for the next run to add";
  EXPECT_EQ(j["watches"].size(), 2 * added) << resume.out;
  EXPECT_EQ(watches_per_report.size(), 2 * added);
  auto run = run_ofsearch("watch run kids --format json" + index());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_GT(nlohmann::json::parse(run.out)["total"].get<int>(), 0);
}

TEST(WatchRealLettersTest, NewFocusedVisitLettersMatchExactlyAsSearchFindsThem) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  TempDir dir;
  fs::path real = *testing::real_reports_dir();
  std::vector<fs::path> ilacs, letters;
  for (const auto& e : fs::directory_iterator(real / "ilacs")) ilacs.push_back(e.path());
  for (const auto& e : fs::directory_iterator(real / "focused-visits"))
    if (e.path().extension() == ".pdf") letters.push_back(e.path());
  std::sort(ilacs.begin(), ilacs.end());
  std::sort(letters.begin(), letters.end());
  fs::create_directories(dir / "first");
  fs::create_directories(dir / "new");
  for (std::size_t i = 0; i < 12 && i < ilacs.size(); ++i)
    fs::copy_file(ilacs[i], dir / "first" / ilacs[i].filename());
  for (std::size_t i = 0; i < 6 && i < letters.size(); ++i)
    fs::copy_file(letters[letters.size() - 1 - i],
                  dir / "new" / letters[letters.size() - 1 - i].filename());
  const std::string index = " --index " + sh_quote(dir / "index") + " ";
  ASSERT_EQ(run_ofsearch("index --quiet" + index + sh_quote(dir / "first")).status, 0);
  const std::vector<std::pair<std::string, std::string>> watches = {
      {"agency", "--theme workforce agency social workers"},
      {"oversight", sh_quote(std::string("\"management oversight\""))},
      {"plans", "plans"}};
  for (const auto& [name, args] : watches)
    ASSERT_EQ(run_ofsearch("watch add " + name + index + args).status, 0);
  auto r = run_ofsearch("index --format json" + index + sh_quote(dir / "new"));
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["indexed"], 6);
  std::map<std::pair<std::string, std::string>, std::set<std::string>> printed;
  for (const auto& m : j["watches"])
    for (const auto& id : m["paragraphs"])
      printed[std::make_pair(m["watch"].get<std::string>(), m["report_id"].get<std::string>())]
          .insert(id.get<std::string>());
  std::size_t matched = 0;
  for (const auto& [name, args] : watches) {
    auto found = run_ofsearch("search --format json --limit 100000" + index + args);
    ASSERT_EQ(found.status, 0) << found.err;
    auto hits = nlohmann::json::parse(found.out)["hits"];
    std::map<std::string, std::set<std::string>> expected;
    for (const auto& hit : hits)
      if (hit["report_id"].get<std::string>().rfind("fv-", 0) == 0)
        expected[hit["report_id"]].insert(hit["id"].get<std::string>());
    for (const auto& [report, ids] : expected) {
      EXPECT_EQ(printed[std::make_pair(name, report)], ids) << name << " in " << report;
      ++matched;
    }
  }
  EXPECT_EQ(j["watches"].size(), matched) << r.out;
  EXPECT_GE(matched, 3u) << "too few matches to show anything";
  std::printf("%zu (saved search, new letter) matches, each equal to search\n", matched);
}

}  // namespace
}  // namespace ofsearch
