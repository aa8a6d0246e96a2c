// The ofsearch command end to end: output shapes (JSON keys, CSV), exit codes
// and one-line errors.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>

#include <nlohmann/json.hpp>
#include "support/case_name.h"

namespace {

struct CommandResult {
  int status;
  std::string out;
  std::string err;
};

CommandResult run(const std::string& args) {
  auto err_path =
      std::filesystem::temp_directory_path() / ("ofsearch-cli-err-" + std::to_string(::getpid()));
  std::string command = std::string(OFSEARCH_BINARY) + " " + args + " 2>" + err_path.string();
  CommandResult r{0, "", ""};
  FILE* pipe = ::popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
    r.out.append(buffer.data(), n);
  int status = ::pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  FILE* err = std::fopen(err_path.c_str(), "r");
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), err))
    r.err.append(buffer.data(), n);
  std::fclose(err);
  std::filesystem::remove(err_path);
  return r;
}

class CliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    index_ = new std::string((std::filesystem::temp_directory_path() /
                              ("ofsearch-cli-index-" + std::to_string(::getpid())))
                                 .string());
    CommandResult r =
        run("index --quiet --index " + *index_ + " " OFSEARCH_SOURCE_DIR "/corpus/reports");
    ASSERT_EQ(r.status, 0) << r.err;
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*index_);
    delete index_;
  }
  static std::string index() { return " --index " + *index_ + " "; }
  static std::string* index_;
};
std::string* CliTest::index_ = nullptr;

TEST_F(CliTest, ReportsListsEveryBundledReportWithTheDocumentedKeys) {
  CommandResult r = run("reports --format json" + index());
  ASSERT_EQ(r.status, 0) << r.err;
  auto reports = nlohmann::json::parse(r.out);
  ASSERT_EQ(reports.size(), 5u);
  for (const char* key :
       {"report_id", "title", "authority", "region", "report_type", "date", "inspection_start",
        "inspection_end", "judgements", "paragraphs", "source"}) {
    EXPECT_TRUE(reports[0].contains(key)) << key;
  }
}

TEST_F(CliTest, ShowGivesParagraphsInOrderWithTheDocumentedKeys) {
  CommandResult r = run("show 002_e52ea3f525227045 --format json" + index());
  ASSERT_EQ(r.status, 0) << r.err;
  auto paragraphs = nlohmann::json::parse(r.out);
  ASSERT_GT(paragraphs.size(), 100u);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    EXPECT_EQ(paragraphs[i]["paragraph"], i + 1);
  }
  for (const char* key : {"id", "paragraph", "number", "page", "section", "grade", "overall_grade",
                          "themes", "boilerplate", "text"}) {
    EXPECT_TRUE(paragraphs[0].contains(key)) << key;
  }
  EXPECT_TRUE(paragraphs[0]["page"].is_null());  // a text source has no pages
}

TEST_F(CliTest, SearchJsonCarriesTotalHitsFacetsAndSuggestion) {
  CommandResult r = run("search --format json" + index() + "'\"missing from care\"'");
  ASSERT_EQ(r.status, 0) << r.err;
  auto result = nlohmann::json::parse(r.out);
  EXPECT_GT(result["total"].get<int>(), 0);
  EXPECT_TRUE(result["exact"].get<bool>());
  EXPECT_TRUE(result.contains("suggestion"));
  ASSERT_FALSE(result["hits"].empty());
  for (const char* key : {"id", "report_id", "paragraph", "number", "page", "section", "authority",
                          "region", "date", "report_type", "title", "source", "grade",
                          "overall_grade", "themes", "score", "snippet", "text"}) {
    EXPECT_TRUE(result["hits"][0].contains(key)) << key;
  }
  // Cited by the file it was indexed from and the report's title.
  const auto& hit = result["hits"][0];
  EXPECT_NE(hit["source"].get<std::string>().find("corpus/reports/" +
                                                  hit["report_id"].get<std::string>() + ".txt"),
            std::string::npos)
      << hit["source"];
  EXPECT_FALSE(hit["title"].get<std::string>().empty());
  int type_sum = 0;
  for (auto& [type, count] : result["facets"]["type"].items()) type_sum += count.get<int>();
  EXPECT_EQ(type_sum, result["total"].get<int>());
  EXPECT_NE(result["hits"][0]["snippet"].get<std::string>().find("**missing from care**"),
            std::string::npos);
}

// Issue 17 item 3: what matching all but one word would add, in text and JSON.
TEST_F(CliTest, SearchShowsNearMissesAndMatchMostIncludesThem) {
  CommandResult text = run("search --limit 0" + index() + "care leavers support");
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_NE(
      text.out.find("11 paragraphs match\nMissing: leavers (23 more paragraphs), support (5); "
                    "--match most includes these 28"),
      std::string::npos)
      << text.out;
  CommandResult json = run("search --format json --match most" + index() + "care leavers support");
  ASSERT_EQ(json.status, 0) << json.err;
  auto result = nlohmann::json::parse(json.out);
  EXPECT_EQ(result["total"], 39);
  EXPECT_EQ(result["match"], "most");
  EXPECT_EQ(result["near_misses"],
            nlohmann::json::parse(R"([{"missing":"leavers","paragraphs":23},)"
                                  R"({"missing":"support","paragraphs":5}])"));
  CommandResult phrase = run("search --limit 0 --match most" + index() + "'\"care leavers\"'");
  EXPECT_NE(phrase.out.find("(--match most applies to 2-8 plain words; this query matched as "
                            "written)"),
            std::string::npos)
      << phrase.out;
}

TEST_F(CliTest, SearchCsvHasAHeaderAndOneRowPerHit) {
  CommandResult r = run("search --format csv --limit 3" + index() + "children");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(
      r.out.substr(0, r.out.find('\n')),
      "id,report_id,paragraph,number,page,section,authority,region,grade,overall_grade,outcome,"
      "themes,focus_areas,report_type,date,inspectors,la_code,ons_code,title,source,score,snippet,"
      "text");
}

// Issue 14 item 8: a top list on the paragraph's own words, not "198 paragraphs match".
TEST_F(CliTest, SimilarPrintsATopListAndTheWordsItRestsOn) {
  CommandResult r = run("similar --limit 3" + index() + "000_ca7f3efedd020b83/22");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Top 3 paragraphs similar to 000_ca7f3efedd020b83/22 in other reports\n"
                        "Ranked on: missing, particular, oversight,",
                        0),
            0u)
      << r.out;
}

TEST_F(CliTest, PipedTextUsesPlainHighlightMarkers) {
  CommandResult r = run("search" + index() + "'\"missing from care\"'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("**missing from care**"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\033["), std::string::npos);
}

struct ErrorCase {
  const char* args;
  int status;
  const char* message;
};

class CliErrorTest : public CliTest, public ::testing::WithParamInterface<ErrorCase> {};

TEST_P(CliErrorTest, FailsWithOneLineAndAnExitCode) {
  CommandResult r = run(std::string(GetParam().args) + index());
  EXPECT_EQ(r.status, GetParam().status) << r.err;
  EXPECT_NE(r.err.find(GetParam().message), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

INSTANTIATE_TEST_SUITE_P(
    Errors, CliErrorTest,
    ::testing::Values(ErrorCase{"search --authority Rutlund care", 2, "closest: Rutland"},
                      ErrorCase{"search 'autority:rutland'", 2, "unknown field"},
                      ErrorCase{"search --grade splendid care", 2, "unknown grade"},
                      ErrorCase{"search --sort sideways care", 2, "--sort"},
                      ErrorCase{"search --match some care leavers", 2, "--match must be"},
                      ErrorCase{"search 'children NEAR'", 2, "'NEAR' needs a word or phrase"},
                      ErrorCase{"search 'NOT'", 2, "'NOT' needs something to exclude"},
                      ErrorCase{"search --limit -3 care", 2, "--limit must be a whole number"},
                      ErrorCase{"search --limit 3x care", 2, "--limit"},
                      ErrorCase{"search --offset -1 care", 2, "--offset must be a whole number"},
                      ErrorCase{"similar --limit -3 x/1", 2, "--limit"},
                      ErrorCase{"search theme:", 2, "theme: needs a value"},
                      ErrorCase{"search 'care type:'", 2, "type: needs a value"},
                      ErrorCase{"index --jobs -3 /nonexistent", 2, "--jobs"},
                      ErrorCase{"index --shards -3 /nonexistent", 2, "--shards"},
                      ErrorCase{"index --shards 100000 /nonexistent", 2, "--shards"},
                      ErrorCase{"show no-such-report", 1, "no report 'no-such-report'"},
                      ErrorCase{"frobnicate", 2, "unknown command"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.args, info.index); });

TEST(CliMissingIndexTest, SearchOnAMissingIndexSaysSo) {
  CommandResult r = run("search --index /nonexistent/ofsearch-index care");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("no index at /nonexistent/ofsearch-index"), std::string::npos) << r.err;
}

}  // namespace
