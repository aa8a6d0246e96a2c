// Spelling suggestions replace only words the index does not hold: Xapian 1.4
// offered "are" for "care", "about" for "above" and "2011" for "2013".
#include "query/spelling_correction.h"

#include <gtest/gtest.h>

#include "query/searcher.h"
#include "support/bundled_index.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

struct CorrectionCase {
  const char* typed;
  const char* corrected;  // what QueryParser proposed
  const char* expected;   // "" = no suggestion
};

class CorrectUnknownWordsTest : public ::testing::TestWithParam<CorrectionCase> {};

TEST_P(CorrectUnknownWordsTest, KeepsEveryWordTheIndexHolds) {
  Xapian::Database db(testing::bundled_index().string());
  const auto& c = GetParam();
  auto got = correct_unknown_words(c.typed, c.corrected, db);
  EXPECT_EQ(got.value_or(""), c.expected) << c.typed << " -> " << c.corrected;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CorrectUnknownWordsTest,
    ::testing::Values(
        CorrectionCase{"above", "about", ""}, CorrectionCase{"2013", "2011", ""},
        CorrectionCase{"safegaurding", "safeguarding", "safeguarding"},
        CorrectionCase{"above safegaurding", "about safeguarding", "above safeguarding"},
        CorrectionCase{"\"missing from kare\"", "\"missing from care\"", "\"missing from care\""},
        CorrectionCase{"authority:rutland safegaurding", "authority:rutland safeguarding",
                       "authority:rutland safeguarding"},
        CorrectionCase{"safegaurding", "safe guarding", ""}, CorrectionCase{"above", "above", ""},
        // The operator and its window are kept as typed; only the unknown word changes.
        CorrectionCase{"safegaurding NEAR/3 above", "safeguarding NEAR/3 about",
                       "safeguarding NEAR/3 above"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.typed, info.index); });

struct UnknownWordCase {
  const char* typed;
  bool unknown;
};

class HasUnknownWordTest : public ::testing::TestWithParam<UnknownWordCase> {};

TEST_P(HasUnknownWordTest, FindsAWordTheIndexLacksAndIgnoresOperators) {
  Xapian::Database db(testing::bundled_index().string());
  EXPECT_EQ(has_unknown_word(GetParam().typed, db), GetParam().unknown) << GetParam().typed;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HasUnknownWordTest,
    ::testing::Values(
        UnknownWordCase{"above", false}, UnknownWordCase{"care leavers", false},
        UnknownWordCase{"\"missing from care\" AND above", false},
        UnknownWordCase{"care OR NOT above", false}, UnknownWordCase{"above safegaurding", true},
        UnknownWordCase{"\"missing from kare\"", true},
        UnknownWordCase{"authority:rutland kare", true},
        // Proximity operators, with or without a window, are not words to check.
        UnknownWordCase{"care NEAR leavers", false}, UnknownWordCase{"care NEAR/3 leavers", false},
        UnknownWordCase{"care ADJ/2 leavers", false}, UnknownWordCase{"kare NEAR/3 leavers", true}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.typed, info.index); });

SearchRequest query(const std::string& text) {
  SearchRequest r;
  r.query = text;
  return r;
}

TEST(SearcherSpellingTest, AKnownWordIsNotCorrectedToAMoreFrequentNeighbour) {
  Xapian::Database db(testing::bundled_index().string());
  ASSERT_EQ(db.get_spelling_suggestion("above"), "about") << "the premise: Xapian proposes it";
  Searcher searcher(testing::bundled_index());
  for (const char* q : {"above", "2013", "above OR 2013"}) {
    auto result = searcher.search(query(q));
    EXPECT_GT(result.total, 0u) << q;
    EXPECT_FALSE(result.suggestion) << q << " -> " << result.suggestion.value_or("");
  }
  auto typo = searcher.search(query("above OR safegaurding"));
  EXPECT_EQ(typo.suggestion.value_or(""), "above OR safeguarding");
}

}  // namespace
}  // namespace ofsearch
