// Trend counts (query/trend.h) on the bundled index agree with separate exact searches:
// per bucket, the matching paragraphs and reports are what a search filtered to that
// bucket finds, and the paragraphs searched are what the filters alone find.
#include "query/trend.h"

#include <gtest/gtest.h>

#include "query/searcher.h"
#include "support/bundled_index.h"

namespace ofsearch {
namespace {

using testing::bundled_index;

SearchResult exact(const std::string& query, const std::string& field, const std::string& value) {
  SearchRequest r;
  r.query = query;
  r.match_all = query.empty();
  r.filters[field] = {value};
  r.per_report = true;
  return Searcher(bundled_index()).search(r);
}

class TrendTest : public ::testing::TestWithParam<const char*> {};

TEST_P(TrendTest, EachBucketAgreesWithAnExactSearchFilteredToIt) {
  SearchRequest request;
  request.query = "children";
  Trend trend = compute_trend(bundled_index(), request, GetParam());
  ASSERT_FALSE(trend.rows.empty());
  Xapian::doccount matching = 0;
  for (const auto& row : trend.rows) {
    SCOPED_TRACE(row.bucket);
    auto found = exact("children", GetParam(), row.bucket);
    auto all = exact("", GetParam(), row.bucket);
    EXPECT_EQ(row.searched, all.total);
    EXPECT_EQ(row.reports, all.reports);
    EXPECT_EQ(row.matching, found.total);
    EXPECT_EQ(row.matching_reports, found.reports);
    EXPECT_LE(row.matching, row.searched);
    matching += row.matching;
  }
  EXPECT_LE(matching, trend.all.matching);
  EXPECT_GT(trend.all.searched, trend.all.matching);
}

INSTANTIATE_TEST_SUITE_P(Fields, TrendTest,
                         ::testing::Values("year", "region", "type", "grade", "authority",
                                           "inspector"));

TEST(Trend, AnUnknownFieldIsRefused) {
  SearchRequest request;
  request.query = "children";
  EXPECT_THROW(compute_trend(bundled_index(), request, "colour"), std::invalid_argument);
}

}  // namespace
}  // namespace ofsearch
