// `ofsearch compare` end to end: on the bundled corpus and, when ../shared is present, on
// the real ILACS reports, every row's counts equal `ofsearch search` totals filtered to
// that authority (region; England unfiltered), the neighbours are exactly the lookup's
// ten; CSV and text; one-line usage errors for an unknown authority (closest names), an
// authority without neighbours and an empty query.
#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "cli/cli_harness.h"
#include "reference/reference_data.h"
#include "support/real_reports_dir.h"

namespace ofsearch {
namespace {

using testing::run_ofsearch;
using testing::sh_quote;
using testing::TempDir;

long total(const std::string& args) {
  auto r = run_ofsearch("search --format json --limit 0 " + args);
  if (r.status != 0) ADD_FAILURE() << r.err;
  return r.status == 0 ? nlohmann::json::parse(r.out)["total"].get<long>() : -1;
}

// Each row's matching and searched paragraphs against `search` (with --include-boilerplate
// off, as compare) filtered to the row; the neighbours against corpus/la_codes.tsv.
void expect_rows_agree_with_search(const nlohmann::json& j, const std::string& index,
                                   const std::string& query, const std::string& filters) {
  const Authority* a = reference_data().authorities.find(j["authority"].get<std::string>());
  ASSERT_NE(a, nullptr);
  ASSERT_EQ(j["rows"].size(), a->neighbours.size() + 3);
  for (std::size_t i = 0; i < a->neighbours.size(); ++i)
    EXPECT_EQ(j["rows"][i + 1]["la_code"], a->neighbours[i]);
  for (const auto& row : j["rows"]) {
    std::string name = row["name"];
    SCOPED_TRACE(name);
    std::string role = row["role"];
    std::string filter = role == "region"    ? "--region " + sh_quote(name)
                         : role == "england" ? ""
                                             : "--authority " + sh_quote(name);
    std::string args = index + " " + filters + " " + filter;
    EXPECT_EQ(total(args + " " + sh_quote(query)), row["matching"].get<long>());
    // What was searched: the filters alone (a query matching every paragraph is not
    // expressible, so the searched count is checked where there are paragraphs).
    if (role != "england") {
      EXPECT_EQ(total(args), row["searched"].get<long>());
    }
  }
}

class CompareCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = run_ofsearch("index --quiet --index " + (dir_ / "index").string() +
                          " " OFSEARCH_SOURCE_DIR "/corpus/reports");
    ASSERT_EQ(r.status, 0) << r.err;
  }
  std::string index() const { return " --index " + (dir_ / "index").string() + " "; }
  TempDir dir_;
};

TEST_F(CompareCliTest, JsonRowsAreTheNeighboursAndAgreeWithSearch) {
  auto r = run_ofsearch("compare --format json --authority rutland" + index() + "children");
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["authority"], "Rutland");
  expect_rows_agree_with_search(j, index(), "children", "");
}

TEST_F(CompareCliTest, FiltersApplyToEveryRow) {
  auto r = run_ofsearch("compare --format json --authority Rutland --from 2015-01-01" + index() +
                        "'\"children in care\"'");
  ASSERT_EQ(r.status, 0) << r.err;
  expect_rows_agree_with_search(nlohmann::json::parse(r.out), index(), "\"children in care\"",
                                "--from 2015-01-01");
}

TEST_F(CompareCliTest, TextShowsEveryNeighbourTheJudgementAndTheRank) {
  auto r = run_ofsearch("compare --authority Rutland" + index() + "children");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Rutland ranks 1 of 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("10. "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("none indexed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("East Midlands (region)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("England (all indexed)"), std::string::npos) << r.out;
}

TEST_F(CompareCliTest, CsvHasAHeaderAndThirteenRows) {
  auto r = run_ofsearch("compare --format csv --authority Rutland" + index() + "children");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("role,name,la_code,ons_code,neighbour_order,matching,searched,", 0), 0u);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 14);
  EXPECT_NE(r.out.find("\nauthority,Rutland,857,"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nengland,England,"), std::string::npos) << r.out;
}

struct BadCase {
  const char* name;
  const char* args;
  const char* message;
};

class CompareCliBadInput : public CompareCliTest, public ::testing::WithParamInterface<BadCase> {};

TEST_P(CompareCliBadInput, IsOneLineAndExitsTwo) {
  auto r = run_ofsearch(std::string("compare") + index() + GetParam().args);
  EXPECT_EQ(r.status, 2) << r.out;
  ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_NE(r.err.find(GetParam().message), std::string::npos) << r.err;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CompareCliBadInput,
    ::testing::Values(
        BadCase{"UnknownAuthority", "--authority Rotherhm children", "closest: Rotherham"},
        BadCase{"NoNeighbours", "--authority Cumbria children", "no statistical neighbours"},
        BadCase{"NoQuery", "--authority Rutland", "give a query"},
        BadCase{"BlankQuery", "--authority Rutland ' '", "needs a query"},
        BadCase{"NoAuthority", "children", "give --authority"},
        BadCase{"TwoAuthorities", "--authority Rutland --authority Rotherham children",
                "one --authority"},
        BadCase{"NeighboursOf", "--authority Rutland --neighbours-of Rutland children",
                "neighbours"}),
    [](const auto& info) { return std::string(info.param.name); });

// The real ILACS reports: an authority with reports of its own and of some neighbours.
TEST(CompareCliRealReports, RowsAgreeWithSearchOnTheRealIlacsReports) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  TempDir dir;
  std::string index = " --index " + (dir / "index").string() + " ";
  auto built =
      run_ofsearch("index --quiet -j 2" + index + sh_quote(*testing::real_reports_dir() / "ilacs"));
  ASSERT_EQ(built.status, 0) << built.err;
  // The authority of the real set with the most neighbours indexed.
  auto reports = testing::reports_json(dir / "index");
  std::set<std::string> present;
  for (const auto& r : reports)
    if (r["authority"].is_string()) present.insert(r["authority"]);
  std::string best;
  std::size_t most = 0;
  for (const auto& name : present) {
    const Authority* a = reference_data().authorities.find(name);
    if (!a || a->neighbours.empty()) continue;
    std::size_t n = 0;
    for (const auto& code : a->neighbours) {
      const Authority* b = reference_data().authorities.find_by_la_code(code);
      n += b && present.count(b->name);
    }
    if (n > most) most = n, best = name;
  }
  ASSERT_FALSE(best.empty());
  auto r = run_ofsearch("compare --format json --authority " + sh_quote(best) + index +
                        "'\"missing from care\"'");
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  std::cout << best << ": " << most << " neighbours indexed; rank " << j["rank"] << " of "
            << j["ranked"] << "\n";
  expect_rows_agree_with_search(j, index, "\"missing from care\"", "");
}

}  // namespace
}  // namespace ofsearch
