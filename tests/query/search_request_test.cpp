#include "query/search_request.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "query/snippet.h"

namespace ofsearch {
namespace {

TEST(SearchRequest, TheDefaultRequestIsTheFirstTenByRelevanceMatchingEveryWord) {
  SearchRequest r;
  EXPECT_EQ(r.offset, 0u);
  EXPECT_EQ(r.limit, 10u);
  EXPECT_EQ(r.sort, SortOrder::kRelevance);
  EXPECT_EQ(r.group_by, GroupBy::kNone);
  EXPECT_EQ(r.match, MatchMode::kAll);
  EXPECT_EQ(r.snippet_length, 240u);
  EXPECT_FALSE(r.include_boilerplate || r.exact || r.per_report || r.facets || r.match_all);
}

TEST(SearchRequest, AnEmptyResultHasNothingAndMatchedEveryWord) {
  SearchResult r;
  EXPECT_EQ(r.total, 0u);
  EXPECT_TRUE(r.hits.empty() && r.groups.empty() && r.near_misses.empty() && r.facets.empty());
  EXPECT_FALSE(r.suggestion);
  EXPECT_EQ(r.match, MatchMode::kAll);
  Group g;
  EXPECT_EQ(g.key, "");  // "" stands for "no value" (an undated report's year)
  EXPECT_EQ(g.count, 0u);
}

// The delimiters must never occur in report text (which is normalised and printable)
// and must differ, so render_highlights can turn each into its own marker.
TEST(SearchRequest, HighlightDelimitersAreSingleDistinctControlCharacters) {
  ASSERT_EQ(std::strlen(kHighlightOpen), 1u);
  ASSERT_EQ(std::strlen(kHighlightClose), 1u);
  EXPECT_NE(kHighlightOpen[0], kHighlightClose[0]);
  EXPECT_LT(static_cast<unsigned char>(kHighlightOpen[0]), 0x20);
  EXPECT_LT(static_cast<unsigned char>(kHighlightClose[0]), 0x20);
  for (char c : {'\t', '\n', '\r', '\f'}) {
    EXPECT_NE(kHighlightOpen[0], c);
    EXPECT_NE(kHighlightClose[0], c);
  }
  EXPECT_EQ(render_highlights(std::string(kHighlightOpen) + "care" + kHighlightClose, "<", ">"),
            "<care>");
}

}  // namespace
}  // namespace ofsearch
