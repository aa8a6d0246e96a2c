// `trend '"missing from care"' --by year` agrees with `search` on three corpora: the
// bundled reports, the real reports of ../shared/corpus/real (skipped without them) and a
// generated corpus (ofsearch-bench generate; skipped in a build without the benchmark):
// each year's matching paragraphs equal `search --year Y` of the query, and its
// paragraphs searched equal `search --year Y` of no query (every searchable paragraph).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_harness.h"
#include "support/real_reports_dir.h"

namespace ofsearch {
namespace {

using testing::run_ofsearch;
using testing::sh_quote;
using testing::TempDir;

std::size_t total(const std::string& args) {
  auto r = run_ofsearch("search --format json --limit 0 " + args);
  EXPECT_EQ(r.status, 0) << r.err;
  return r.status == 0 ? nlohmann::json::parse(r.out)["total"].get<std::size_t>() : 0;
}

// Indexes `paths` into a fresh index and checks every year of the trend.
void expect_trend_agrees_with_search(const std::string& paths) {
  TempDir dir;
  const std::string index = " --index " + sh_quote(dir / "index") + " ";
  auto built = run_ofsearch("index --quiet -j 2" + index + paths);
  ASSERT_EQ(built.status, 0) << built.err;
  const std::string query = sh_quote(std::string("\"missing from care\""));
  auto r = run_ofsearch("trend --format json --by year" + index + query);
  ASSERT_EQ(r.status, 0) << r.err;
  auto trend = nlohmann::json::parse(r.out);
  ASSERT_FALSE(trend["rows"].empty());
  std::size_t searched = 0;
  for (const auto& row : trend["rows"]) {
    const std::string year = " --year " + row["bucket"].get<std::string>();
    SCOPED_TRACE(year);
    EXPECT_EQ(row["matching"].get<std::size_t>(), total(year + index + query));
    EXPECT_EQ(row["searched"].get<std::size_t>(), total(year + index));
    searched += row["searched"].get<std::size_t>();
  }
  EXPECT_EQ(trend["all"]["matching"].get<std::size_t>(), total(index + query));
  EXPECT_LE(searched, trend["all"]["searched"].get<std::size_t>());  // undated: in "all" only
}

TEST(TrendAgreement, EveryYearEqualsSearchOnTheBundledReports) {
  expect_trend_agrees_with_search(OFSEARCH_SOURCE_DIR "/corpus/reports");
}

TEST(TrendAgreement, EveryYearEqualsSearchOnTheRealReports) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  expect_trend_agrees_with_search(sh_quote(*testing::real_reports_dir() / "ilacs") + " " +
                                  sh_quote(*testing::real_reports_dir() / "focused-visits"));
}

TEST(TrendAgreement, EveryYearEqualsSearchOnAGeneratedCorpus) {
#ifndef OFSEARCH_BENCH_BINARY
  GTEST_SKIP() << "built without the benchmark (OFSEARCH_BENCH=OFF): no corpus generator";
#else
  TempDir dir;
  std::string command = "env OFSEARCH_DATA=" + sh_quote(std::string(OFSEARCH_SOURCE_DIR)) + " " +
                        sh_quote(std::string(OFSEARCH_BENCH_BINARY)) +
                        " generate --paragraphs 3000 --pdfs '' --out " + sh_quote(dir / "corpus") +
                        " > /dev/null 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  expect_trend_agrees_with_search(sh_quote(dir / "corpus" / "reports"));
#endif
}

}  // namespace
}  // namespace ofsearch
