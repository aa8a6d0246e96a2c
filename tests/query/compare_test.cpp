// compare (query/compare.h) on the bundled index: the rows are the authority, exactly its
// ten neighbours from corpus/la_codes.tsv, its region and England; every row's counts
// equal searches filtered to it; judgements come from the report records; bad input
// (unknown authority, no neighbours, empty query) is refused.
#include "query/compare.h"

#include <gtest/gtest.h>

#include "index/report_catalog.h"
#include "query/field_filters.h"
#include "query/searcher.h"
#include "reference/reference_data.h"
#include "support/bundled_index.h"

namespace ofsearch {
namespace {

using testing::bundled_index;

SearchResult exact(SearchRequest r, const std::string& field, const std::string& value) {
  r.match_all = r.query.empty();
  if (!field.empty()) r.filters[field] = {value};
  r.per_report = true;
  r.limit = 0;
  return Searcher(bundled_index()).search(r);
}

void expect_counts_equal_searches(const Comparison& c, const SearchRequest& request) {
  SearchRequest filters_only = request;
  filters_only.query.clear();
  for (const auto& row : c.rows) {
    SCOPED_TRACE(row.name);
    std::string field = row.role == CompareRow::Role::kRegion    ? "region"
                        : row.role == CompareRow::Role::kEngland ? ""
                                                                 : "authority";
    auto found = exact(request, field, row.name);
    auto all = exact(filters_only, field, row.name);
    EXPECT_EQ(row.counts.matching, found.total);
    EXPECT_EQ(row.counts.matching_reports, found.reports);
    EXPECT_EQ(row.counts.searched, all.total);
    EXPECT_EQ(row.counts.reports, all.reports);
  }
}

TEST(Compare, RowsAreTheAuthorityItsTenNeighboursInOrderItsRegionAndEngland) {
  SearchRequest request;
  request.query = "children";
  Comparison c = compute_comparison(bundled_index(), request, "rutland");
  const Authority* rutland = reference_data().authorities.find("Rutland");
  ASSERT_NE(rutland, nullptr);
  ASSERT_EQ(rutland->neighbours.size(), 10u);
  ASSERT_EQ(c.rows.size(), 13u);
  EXPECT_EQ(c.rows[0].name, "Rutland");
  EXPECT_EQ(c.rows[0].role, CompareRow::Role::kAuthority);
  EXPECT_EQ(c.rows[0].la_code, rutland->la_code);
  for (int i = 0; i < 10; ++i) {
    const Authority* n = reference_data().authorities.find_by_la_code(rutland->neighbours[i]);
    ASSERT_NE(n, nullptr) << rutland->neighbours[i];
    EXPECT_EQ(c.rows[i + 1].name, n->name);
    EXPECT_EQ(c.rows[i + 1].la_code, rutland->neighbours[i]);
    EXPECT_EQ(c.rows[i + 1].neighbour_order, i + 1);
    EXPECT_EQ(c.rows[i + 1].role, CompareRow::Role::kNeighbour);
  }
  EXPECT_EQ(c.rows[11].role, CompareRow::Role::kRegion);
  EXPECT_EQ(c.rows[11].name, rutland->region);
  EXPECT_EQ(c.rows[12].role, CompareRow::Role::kEngland);
}

TEST(Compare, EveryRowsCountsEqualASearchFilteredToIt) {
  SearchRequest request;
  request.query = "children";
  expect_counts_equal_searches(compute_comparison(bundled_index(), request, "Rutland"), request);
}

TEST(Compare, TheSearchFiltersApplyToEveryRow) {
  SearchRequest request;
  request.query = "children OR care";
  request.filters["type"] = {"focused-visit"};
  request.filters["authority"] = {"Rotherham"};  // the compared authority replaces it
  Comparison c = compute_comparison(bundled_index(), request, "Rutland");
  EXPECT_EQ(c.rows[0].name, "Rutland");
  EXPECT_GT(c.rows[0].counts.searched, 0u);
  request.filters.erase("authority");
  expect_counts_equal_searches(c, request);
}

TEST(Compare, AnAuthorityWithoutParagraphsIsNotRankedAndItsJudgementIsNoneIndexed) {
  SearchRequest request;
  request.query = "children";
  Comparison c = compute_comparison(bundled_index(), request, "Rutland");
  std::size_t ranked = 0;
  for (const auto& row : c.rows) {
    if (row.role != CompareRow::Role::kAuthority && row.role != CompareRow::Role::kNeighbour)
      continue;
    EXPECT_EQ(row.rank.has_value(), row.counts.searched > 0) << row.name;
    if (row.rank) ++ranked;
    if (row.counts.searched == 0) {
      EXPECT_EQ(row.judgement.reports, 0u) << row.name;
    }
  }
  EXPECT_EQ(c.ranked, ranked);
  ASSERT_TRUE(c.rank.has_value());  // Rutland is in the bundled corpus
  EXPECT_EQ(*c.rank, 1u);           // and none of its neighbours is
}

TEST(Compare, TheLatestOverallJudgementIsTheNewestJudgedReportsOverallGrade) {
  SearchRequest request;
  request.query = "children";
  Comparison c = compute_comparison(bundled_index(), request, "Rutland");
  const LatestJudgement& j = c.rows[0].judgement;
  // What the report records say: Rutland's reports, the newest with an overall
  // effectiveness, its first (the bundled one is judged in two parts).
  std::string grade, part, date, id;
  Xapian::doccount reports = 0;
  for (const auto& r : list_reports(open_index(bundled_index()))) {
    if (r["authority"] != "Rutland") continue;
    ++reports;
    for (const auto& judgement : r["judgements"]) {
      std::string d = r["date"].is_string() ? r["date"].get<std::string>() : "";
      if (judgement["area"] == "Overall effectiveness" && (grade.empty() || d > date)) {
        grade = judgement["grade"];
        part = judgement["part"].is_string() ? judgement["part"].get<std::string>() : "";
        date = d;
        id = r["report_id"];
      }
    }
  }
  ASSERT_FALSE(grade.empty()) << "the bundled corpus holds a graded Rutland report";
  EXPECT_EQ(j.reports, reports);
  EXPECT_EQ(j.grade, grade);
  EXPECT_EQ(j.part, part);
  EXPECT_EQ(j.date, date);
  EXPECT_EQ(j.report_id, id);
  EXPECT_GE(j.latest_report_date, j.date);
}

TEST(Compare, TheJsonCarriesEveryRowWithItsCountsAndTheRank) {
  SearchRequest request;
  request.query = "children";
  Comparison c = compute_comparison(bundled_index(), request, "Rutland");
  nlohmann::json j = comparison_json(c);
  EXPECT_EQ(j["authority"], "Rutland");
  EXPECT_EQ(j["rank"], 1);
  ASSERT_EQ(j["rows"].size(), 13u);
  EXPECT_EQ(j["rows"][0]["role"], "authority");
  EXPECT_EQ(j["rows"][0]["matching"], c.rows[0].counts.matching);
  EXPECT_EQ(j["rows"][12]["role"], "england");
  EXPECT_FALSE(j["rows"][12].contains("latest_judgement"));
  EXPECT_TRUE(j["rows"][1]["latest_judgement"].is_null());
}

struct BadCase {
  const char* name;
  const char* query;
  const char* authority;
  const char* message;  // part of what()
};

class CompareBadInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(CompareBadInput, IsRefusedWithAMessageSayingWhy) {
  SearchRequest request;
  request.query = GetParam().query;
  try {
    compute_comparison(bundled_index(), request, GetParam().authority);
    FAIL() << "no error";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find(GetParam().message), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CompareBadInput,
    ::testing::Values(
        BadCase{"UnknownAuthority", "children", "Rotherhm", "closest: Rotherham"},
        BadCase{"Cumbria", "children", "Cumbria", "no statistical neighbours"},
        BadCase{"Bournemouth", "children", "Bournemouth", "no statistical neighbours"},
        BadCase{"Poole", "children", "Poole", "no statistical neighbours"},
        BadCase{"Northamptonshire", "children", "Northamptonshire", "no statistical neighbours"},
        BadCase{"EmptyQuery", "  ", "Rutland", "needs a query"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace ofsearch
