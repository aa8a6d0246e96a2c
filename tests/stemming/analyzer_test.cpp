#include "stemming/analyzer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "stemming/phrase_matcher.h"
#include "stemming/synonym_table.h"

namespace ofsearch {
namespace {

TEST(AnalyzerTest, StemsAfterNormalisingCaseAndAccents) {
  Analyzer analyzer;
  EXPECT_EQ(analyzer.stem("Referrals"), analyzer.stem("referral"));
  EXPECT_EQ(analyzer.stem("exploited"), analyzer.stem("exploit"));
}

TEST(PlainWordsTest, SplitsHyphensAndDropsPossessives) {
  EXPECT_EQ(plain_words("Children\xE2\x80\x99s life-story work"),
            (std::vector<std::string>{"children", "life", "story", "work"}));
}

TEST(PhraseMatcherTest, MatchesStemmedMultiWordPhrasesOnly) {
  Analyzer analyzer;
  PhraseMatcher matcher(analyzer);
  matcher.add("missing from care", 0);
  matcher.add("return home interview", 1);
  EXPECT_EQ(matcher.match("Children who go Missing from Care and return home interviews."),
            (std::vector<std::size_t>{0, 1}));
  EXPECT_TRUE(matcher.match("missing data about care").empty());
}

TEST(SynonymTableTest, TagsEveryWordingOfAConcept) {
  Analyzer analyzer;
  auto table = SynonymTable::load(OFSEARCH_SOURCE_DIR "/stemming/synonyms.tsv", analyzer, "XS");
  auto lac = table.concept_terms("Outcomes for looked after children are good.");
  auto cla = table.concept_terms("The CLA team is stable.");
  ASSERT_FALSE(lac.empty());
  EXPECT_NE(std::find(cla.begin(), cla.end(), lac.front()), cla.end());
  auto iro = table.concept_terms("independent reviewing officers (IROs) visit children");
  EXPECT_NE(std::find(iro.begin(), iro.end(), "XSindependent-reviewing-officer"), iro.end());
}

TEST(SynonymTableTest, RejectsAGroupWithOneTerm) {
  Analyzer analyzer;
  std::string path = ::testing::TempDir() + "/bad_synonyms-" + std::to_string(::getpid()) + ".tsv";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("lonely\tonly-one\n", f);
  std::fclose(f);
  EXPECT_THROW(SynonymTable::load(path, analyzer, "XS"), std::runtime_error);
}

}  // namespace
}  // namespace ofsearch
