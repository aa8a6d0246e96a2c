// MatchCounter: a count split between two threads at any point gives exactly the
// totals, facets and per-report counts of one unsplit pass.
#include "query/match_counter.h"

#include <gtest/gtest.h>

#include <limits>

#include "query/facet_column.h"
#include "query/query_builder.h"
#include "reference/reference_data.h"
#include "schema/schema.h"
#include "support/bundled_index.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

constexpr Xapian::doccount kAlwaysSplit = 0;
constexpr Xapian::doccount kNeverSplit = std::numeric_limits<Xapian::doccount>::max();

class MatchCounterTest : public ::testing::TestWithParam<const char*> {};

TEST_P(MatchCounterTest, ASplitCountEqualsOnePass) {
  const auto& dir = testing::bundled_index();
  Xapian::Database db(dir.string());
  FacetColumn column = FacetColumn::open(dir, db);
  SearchRequest request;
  request.query = GetParam();
  Xapian::Query query = QueryBuilder(db, reference_data()).build(request).query;

  FacetSpy whole(column);
  bool ran = false;
  auto total = MatchCounter(dir, kNeverSplit).count(db, query, &whole, [&] { ran = true; });
  EXPECT_TRUE(ran);
  ASSERT_GT(whole.seen(), 0u) << GetParam();
  EXPECT_EQ(total, whole.seen());

  FacetSpy split(column);
  EXPECT_EQ(MatchCounter(dir, kAlwaysSplit).count(db, query, &split, [] {}), total);
  EXPECT_EQ(MatchCounter(dir, kAlwaysSplit).count(db, query, nullptr, [] {}), total)
      << "without a spy";
  EXPECT_EQ(split.seen(), whole.seen());
  EXPECT_EQ(split.counts(), whole.counts());
  EXPECT_EQ(split.distinct_reports(), whole.distinct_reports());
}

INSTANTIATE_TEST_SUITE_P(Queries, MatchCounterTest,
                         ::testing::Values("children", "\"missing from care\"",
                                           "rotherham OR rutland", "care* NOT adoption",
                                           "theme:exploitation", "year:2019..2022 social"),
                         [](const auto& info) {
                           return ofsearch::testing::case_name(info.param, info.index);
                         });

// The page of a split ranked pass is Xapian's own unsplit page: same documents,
// same order, same weights, at any offset.
class RankAndCountTest : public ::testing::TestWithParam<const char*> {};

TEST_P(RankAndCountTest, ASplitRankedPageEqualsOnePass) {
  const auto& dir = testing::bundled_index();
  Xapian::Database db(dir.string());
  SearchRequest request;
  request.query = GetParam();
  Xapian::Query query = QueryBuilder(db, reference_data()).build(request).query;
  FacetColumn column = FacetColumn::open(dir, db);
  // No collapse, then collapsed by report and by authority (reports straddle the split).
  const std::optional<Xapian::valueno> collapses[] = {std::nullopt, schema::kSlotReportId,
                                                      schema::kSlotAuthority};
  for (auto collapse : collapses) {
    for (Xapian::doccount first : {0u, 1u, 3u, 10u}) {
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      if (collapse) enquire.set_collapse_key(*collapse);
      Xapian::MSet expected = enquire.get_mset(first, 10);
      for (Xapian::doccount split_from : {kAlwaysSplit, kNeverSplit}) {
        MatchCounter counter(dir, split_from);
        FacetSpy ranked_spy(column), counted_spy(column);
        RankedCount got = counter.rank_and_count(db, query, &ranked_spy, first, 10, collapse);
        std::string context = std::string(GetParam()) + " from " + std::to_string(first) +
                              " collapsed on " + (collapse ? std::to_string(*collapse) : "-") +
                              (split_from == kAlwaysSplit ? ", split" : ", one pass");
        EXPECT_EQ(got.total, MatchCounter(dir, split_from).count(db, query, &counted_spy, [] {}));
        EXPECT_GT(got.total, 0u) << context;
        // Phrases rank and count in one weighted pass; the spy must still see every match.
        EXPECT_EQ(ranked_spy.seen(), got.total) << context;
        EXPECT_EQ(ranked_spy.counts(), counted_spy.counts()) << context;
        ASSERT_EQ(got.page.size(), expected.size()) << context;
        std::size_t i = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it, ++i) {
          EXPECT_EQ(*got.page[i].it, *it) << context << ", rank " << first + i;
          EXPECT_DOUBLE_EQ(got.page[i].it.get_weight(), it.get_weight()) << context;
        }
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Queries, RankAndCountTest,
    ::testing::Values("children", "\"missing from care\"", "rotherham OR rutland",
                      "care* NOT adoption", "social workers visits", "theme:exploitation",
                      "year:2019..2022 social", "children OR care OR inadequate",
                      "\"children in care\" year:2019..2022", "social NEAR/3 workers"),
    [](const auto& info) { return ofsearch::testing::case_name(info.param, info.index); });

TEST(MatchCounterOneHalfTest, CountsBothHalvesWhenOneIsEmpty) {
  const auto& dir = testing::bundled_index();
  Xapian::Database db(dir.string());
  FacetColumn column = FacetColumn::open(dir, db);
  Xapian::Query all = Xapian::Query::MatchAll;
  FacetSpy spy(column);
  MatchCounter(dir, kAlwaysSplit).count(db, all, &spy, [] {});
  EXPECT_EQ(spy.seen(), db.get_doccount());
}

// The split decision's estimate: the rarest part of an AND, the sum of an OR.
TEST(DocumentsToVisitTest, FollowsTheRarestPartOfAnAndAndEveryPartOfAnOr) {
  Xapian::Database db(testing::bundled_index().string());
  using Q = Xapian::Query;
  const std::string common = "children", rare = "rutland";
  const std::uint64_t n_common = db.get_termfreq(common), n_rare = db.get_termfreq(rare);
  ASSERT_GT(n_common, n_rare);
  ASSERT_GT(n_rare, 0u);
  const struct {
    const char* what;
    Q query;
    std::uint64_t expected;
  } cases[] = {
      {"term", Q(common), n_common},
      {"and", Q(Q::OP_AND, Q(common), Q(rare)), n_rare},
      {"phrase", Q(Q::OP_PHRASE, Q(rare), Q(common)), n_rare},
      {"filter", Q(Q::OP_FILTER, Q(common), Q(rare)), n_rare},
      {"or", Q(Q::OP_OR, Q(common), Q(rare)), n_common + n_rare},
      {"and not", Q(Q::OP_AND_NOT, Q(rare), Q(common)), n_rare},
      {"wildcard", Q(Q::OP_WILDCARD, "chi"), db.get_doccount()},
      {"match all", Q::MatchAll, db.get_doccount()},
      {"match nothing", Q::MatchNothing, 0},
  };
  for (const auto& c : cases) EXPECT_EQ(documents_to_visit(db, c.query), c.expected) << c.what;
}

}  // namespace
}  // namespace ofsearch
