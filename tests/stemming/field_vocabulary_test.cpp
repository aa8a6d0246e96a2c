// The field's vocabulary (issue 17 item 2): stemming exceptions (stemming/stem_exceptions.tsv)
// and synonym groups (stemming/synonyms.tsv) as the judged set (bench/judged/) justified them.
// Each row failed before its data line was added.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "stemming/analyzer.h"
#include "stemming/phrase_matcher.h"
#include "stemming/synonym_table.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

struct StemCase {
  const char* a;
  const char* b;
  bool same;  // whether the two words share a stem
};

class FieldStemTest : public ::testing::TestWithParam<StemCase> {};

TEST_P(FieldStemTest, StemsAsTheFieldReadsThem) {
  Analyzer analyzer;
  const auto& c = GetParam();
  if (c.same) {
    EXPECT_EQ(analyzer.stem(c.a), analyzer.stem(c.b)) << c.a << " / " << c.b;
  } else {
    EXPECT_NE(analyzer.stem(c.a), analyzer.stem(c.b)) << c.a << " / " << c.b;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Exceptions, FieldStemTest,
    ::testing::Values(StemCase{"timely", "timeliness", true},  // English: time / timeli
                      StemCase{"Timely", "timeliness", true},  // after lower-casing
                      StemCase{"timely", "time", false},       // English conflates them
                      StemCase{"timely", "times", false}, StemCase{"untimely", "timely", false},
                      StemCase{"time", "times", true},  // the rest of English is unchanged
                      StemCase{"referrals", "referral", true}),
    [](const auto& info) {
      return ofsearch::testing::case_name(std::string(info.param.a) + " " + info.param.b,
                                          info.index);
    });

TEST(StemExceptionsTest, AnExceptionAppliesOnlyToItsWord) {
  Analyzer analyzer(StemExceptions{{"timely", "timeli"}});
  EXPECT_EQ(analyzer.stemmer()("timely"), "timeli");
  EXPECT_EQ(analyzer.stemmer()("timeliness"), "timeli");
  EXPECT_EQ(analyzer.stemmer()("time"), "time");
  EXPECT_NE(Analyzer(StemExceptions{}).fingerprint(), analyzer.fingerprint());
}

TEST(StemExceptionsTest, RejectsALineWithoutAStem) {
  std::string path = ::testing::TempDir() + "/bad_stems-" + std::to_string(::getpid()) + ".tsv";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("# comment\ntimely\n", f);
  std::fclose(f);
  EXPECT_THROW(load_stem_exceptions(path), std::runtime_error);
  std::remove(path.c_str());
}

struct ConceptCase {
  const char* text;
  const char* concept_term;  // the XS term the paragraph must carry
};

class FieldConceptTest : public ::testing::TestWithParam<ConceptCase> {};

TEST_P(FieldConceptTest, TagsTheWordingsReportsUse) {
  Analyzer analyzer;
  auto table = SynonymTable::load(OFSEARCH_SOURCE_DIR "/stemming/synonyms.tsv", analyzer, "XS");
  auto terms = table.concept_terms(GetParam().text);
  EXPECT_NE(std::find(terms.begin(), terms.end(), GetParam().concept_term), terms.end())
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Groups, FieldConceptTest,
    ::testing::Values(
        ConceptCase{"children at risk of criminal exploitation and gangs", "XScce"},
        ConceptCase{"young people who are criminally exploited", "XScce"},
        ConceptCase{"the discovery of several active county lines", "XScce"},
        ConceptCase{"children at risk of sexual exploitation", "XScse"},
        ConceptCase{"all sexually exploited children", "XScse"},
        ConceptCase{"the timeliness of initial health assessments", "XSiha"},
        ConceptCase{"performance in relation to initial health checks", "XSiha"},
        ConceptCase{"unaccompanied minors and asylum seeking families", "XSuasc"},
        ConceptCase{"unaccompanied asylum-seeking young people receive support", "XSuasc"},
        ConceptCase{"unaccompanied asylum seeking care leavers", "XSuasc"},
        ConceptCase{"Unaccompanied asylum-seeking (UAS) children benefit", "XSuasc"},
        ConceptCase{"assessments of young carers are detailed", "XSyoung-carers"},
        ConceptCase{"children with caring responsibilities", "XSyoung-carers"},
        ConceptCase{"domestic abuse notifications are screened", "XSdomestic-abuse-notification"},
        ConceptCase{"domestic abuse referrals are triaged", "XSdomestic-abuse-notification"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.text, info.index); });

// A voice-of-the-child group (voice ~ views ~ wishes and feelings) was tried and left
// out: the judged set gave "children's wishes and feelings" +0.03 nDCG@10 but "voice of
// the child" -0.20, as every paragraph naming the concept then ranks alike.
TEST(SynonymTableTest, VoiceOfTheChildIsNotOneConcept) {
  Analyzer analyzer;
  auto table = SynonymTable::load(OFSEARCH_SOURCE_DIR "/stemming/synonyms.tsv", analyzer, "XS");
  // Only the child ~ children group, as in any paragraph that says "child".
  EXPECT_EQ(table.concept_terms("the voice of the child is evident"),
            (std::vector<std::string>{"XSchild"}));
  EXPECT_TRUE(table.concept_terms("their wishes and feelings are heard").empty());
}

TEST(PhraseMatcherCountTest, CountsOccurrencesLongestFirstWithoutOverlap) {
  Analyzer analyzer;
  PhraseMatcher matcher(analyzer);
  matcher.add("child sexual exploitation", 0);
  matcher.add("sexual exploitation", 0);
  matcher.add("CSE", 0);
  matcher.add("missing from care", 1);
  auto counts = matcher.count(
      "Child sexual exploitation (CSE) is a priority; sexual exploitation and missing from care "
      "are tracked.");
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0], (std::pair<std::size_t, int>{0, 3}));  // not 4: one overlap
  EXPECT_EQ(counts[1], (std::pair<std::size_t, int>{1, 1}));
  EXPECT_TRUE(matcher.count("nothing here").empty());
}

TEST(SynonymTableTest, ConceptTermCountsAreTheWdfOfTheConcept) {
  Analyzer analyzer;
  auto table = SynonymTable::load(OFSEARCH_SOURCE_DIR "/stemming/synonyms.tsv", analyzer, "XS");
  auto counts = table.concept_term_counts(
      "CCE and criminal exploitation: county lines and criminally exploited children.");
  auto it =
      std::find_if(counts.begin(), counts.end(), [](const auto& c) { return c.first == "XScce"; });
  ASSERT_NE(it, counts.end());
  EXPECT_EQ(it->second, 4);
}

}  // namespace
}  // namespace ofsearch
