// Near misses on the bundled index (issue 17 item 3): real counts, exact against
// searches run separately, outside the total unless --match most, and only for
// queries of plain words.
#include "query/near_misses.h"

#include <gtest/gtest.h>

#include <set>

#include "query/query_syntax.h"
#include "query/searcher.h"
#include "support/bundled_index.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

using testing::bundled_index;

Searcher& searcher() {
  static Searcher s(bundled_index());
  return s;
}

SearchResult search(const std::string& query, MatchMode match = MatchMode::kAll) {
  SearchRequest request;
  request.query = query;
  request.limit = 10000;
  request.match = match;
  return searcher().search(request);
}

std::set<Xapian::docid> ids(const SearchResult& result) {
  std::set<Xapian::docid> out;
  for (const auto& hit : result.hits) out.insert(hit.docid);
  return out;
}

struct NearMissCase {
  const char* query;
  Xapian::doccount total;
  std::vector<NearMiss> near_misses;
};

class NearMissTest : public ::testing::TestWithParam<NearMissCase> {};

TEST_P(NearMissTest, CountsParagraphsLackingOneWordPerWord) {
  const auto& row = GetParam();
  SearchResult result = search(row.query);
  EXPECT_EQ(result.total, row.total);
  ASSERT_EQ(result.near_misses.size(), row.near_misses.size());
  for (std::size_t i = 0; i < row.near_misses.size(); ++i) {
    EXPECT_EQ(result.near_misses[i].missing, row.near_misses[i].missing);
    EXPECT_EQ(result.near_misses[i].paragraphs, row.near_misses[i].paragraphs);
  }
}

// The same figures from plain searches: the query without the word, less what
// also has the word. --match most finds the query's matches and every near miss.
TEST_P(NearMissTest, AgreesWithSearchesWithoutEachWordAndWithMatchMost) {
  const auto& row = GetParam();
  SearchResult all = search(row.query);
  std::set<Xapian::docid> most_expected = ids(all);
  Xapian::doccount near_total = 0;
  for (const auto& near : all.near_misses) {
    std::string rest;
    for (const auto& word : rewrite_query(tokenise_query(row.query)).plain_words)
      if (word != near.missing) rest += (rest.empty() ? "" : " ") + word;
    std::set<Xapian::docid> lacking = ids(search(rest));
    for (Xapian::docid id : ids(search(rest + " " + near.missing))) lacking.erase(id);
    EXPECT_EQ(lacking.size(), near.paragraphs) << near.missing;
    most_expected.insert(lacking.begin(), lacking.end());
    near_total += near.paragraphs;
  }
  SearchResult most = search(row.query, MatchMode::kMost);
  EXPECT_EQ(most.total, all.total + near_total);
  EXPECT_EQ(ids(most), most_expected);
}

INSTANTIATE_TEST_SUITE_P(
    Queries, NearMissTest,
    ::testing::Values(NearMissCase{"children missing care", 3, {{"missing", 67}, {"care", 6}}},
                      NearMissCase{
                          "social workers visits children", 4, {{"visits", 34}, {"children", 2}}},
                      NearMissCase{"care leavers support", 11, {{"leavers", 23}, {"support", 5}}}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.query, info.index); });

TEST(NearMissesTest, AreOnlyForSeveralPlainWords) {
  for (const char* query :
       {"children", "children OR care", "\"care leavers\" support", "care leavers NEAR support",
        "care -leavers", "care grade:good", "care leaver*", "a b c d e f g h i"}) {
    EXPECT_TRUE(search(query).near_misses.empty()) << query;
    SearchResult most = search(query, MatchMode::kMost);
    EXPECT_EQ(most.total, search(query).total) << query;
    EXPECT_EQ(most.match, MatchMode::kAll) << query;  // said so in the output
  }
}

}  // namespace
}  // namespace ofsearch
