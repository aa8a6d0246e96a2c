// `ofsearch trend` end to end on the bundled corpus: JSON rows whose counts add up and
// agree with `search`, CSV, a usage error for an unknown --by, and an SVG chart.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_harness.h"

namespace ofsearch {
namespace {

using testing::run_ofsearch;
using testing::TempDir;

class TrendCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = run_ofsearch("index --quiet --index " + (dir_ / "index").string() +
                          " " OFSEARCH_SOURCE_DIR "/corpus/reports");
    ASSERT_EQ(r.status, 0) << r.err;
  }
  std::string index() const { return " --index " + (dir_ / "index").string() + " "; }
  TempDir dir_;
};

TEST_F(TrendCliTest, JsonRowsAddUpAndAgreeWithSearch) {
  auto r = run_ofsearch("trend --format json" + index() + "children");
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["by"], "year");
  ASSERT_FALSE(j["rows"].empty());
  std::size_t matching = 0;
  for (const auto& row : j["rows"]) {
    EXPECT_LE(row["matching"].get<std::size_t>(), row["searched"].get<std::size_t>());
    EXPECT_EQ(row["small_base"], row["searched"].get<std::size_t>() < 100);
    matching += row["matching"].get<std::size_t>();
    auto year = run_ofsearch("search --format json --limit 0 --year " +
                             row["bucket"].get<std::string>() + index() + "children");
    ASSERT_EQ(year.status, 0) << year.err;
    EXPECT_EQ(nlohmann::json::parse(year.out)["total"], row["matching"]);
  }
  auto all = run_ofsearch("search --format json --limit 0" + index() + "children");
  EXPECT_EQ(nlohmann::json::parse(all.out)["total"], j["all"]["matching"]);
  EXPECT_LE(matching, j["all"]["matching"].get<std::size_t>());
}

TEST_F(TrendCliTest, CsvHasAHeaderARowPerBucketAndAllLast) {
  auto r = run_ofsearch("trend --by region --format csv" + index() + "children");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("bucket,matching,searched,rate_per_1000,matching_reports,reports,", 0), 0u);
  EXPECT_NE(r.out.find("\nall,"), std::string::npos) << r.out;
}

TEST_F(TrendCliTest, AnUnknownByIsAUsageErrorNamingTheFlag) {
  auto r = run_ofsearch("trend --by colour" + index() + "children");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--by must be"), std::string::npos) << r.err;
}

TEST_F(TrendCliTest, ChartDrawsAnSvgWithTheCounts) {
  if (std::system("command -v gnuplot >/dev/null 2>&1") != 0) GTEST_SKIP() << "no gnuplot";
  auto svg = dir_ / "trend.svg";
  auto r = run_ofsearch("trend --chart " + svg.string() + index() + "children");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string text = testing::read_file(svg);
  EXPECT_NE(text.find("<svg"), std::string::npos);
  EXPECT_NE(text.find("/"), std::string::npos);  // the matching/searched labels
  auto bad = run_ofsearch("trend --chart " + (dir_ / "trend.gif").string() + index() + "children");
  EXPECT_EQ(bad.status, 2) << bad.err;
}

}  // namespace
}  // namespace ofsearch
