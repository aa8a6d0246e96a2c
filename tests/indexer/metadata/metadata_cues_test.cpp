#include "indexer/metadata/metadata_cues.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <string>

#include "support/case_name.h"

namespace ofsearch {
namespace {

bool has(const std::vector<std::string>& list, const std::string& phrase) {
  return std::find(list.begin(), list.end(), phrase) != list.end();
}

TEST(MetadataCues, LoadsEveryKindFromTheCorpusFile) {
  MetadataCues cues = MetadataCues::load(OFSEARCH_SOURCE_DIR "/corpus/metadata_cues.tsv");
  EXPECT_TRUE(has(cues.issue_date_labels, "report published"));
  EXPECT_TRUE(has(cues.inspection_date_labels, "inspection dates"));
  EXPECT_TRUE(has(cues.visit_phrases, "focused visit"));
  EXPECT_TRUE(has(cues.focus_phrases, "inspectors looked at"));
  EXPECT_TRUE(has(cues.salutations, "dear"));
  EXPECT_TRUE(has(cues.title_labels, "report title"));
  EXPECT_EQ(cues.container_types, (std::vector<std::string>{"committee-report", "news"}));
  EXPECT_TRUE(has(cues.focus_types, "focused-visit"));
  EXPECT_FALSE(has(cues.focus_types, "ilacs-inspection"));
}

TEST(MetadataCues, TheSharedInstanceIsTheCorpusFile) {
  EXPECT_EQ(metadata_cues().salutations,
            MetadataCues::load(OFSEARCH_SOURCE_DIR "/corpus/metadata_cues.tsv").salutations);
}

TEST(MetadataCues, AnUnknownKindIsAnErrorNamingFileAndLine) {
  std::filesystem::path file = std::filesystem::path(::testing::TempDir()) /
                               ("metadata-cues-" + std::to_string(::getpid()) + ".tsv");
  std::ofstream(file) << "kind\tphrases\nsalutation\tdear\nfarewell\tyours\n";
  try {
    MetadataCues::load(file);
    ADD_FAILURE() << "no error for an unknown kind";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), file.string() + ":3: unknown kind 'farewell'");
  }
  std::filesystem::remove(file);
}

struct FindCase {
  const char* label;
  const char* text;
  const char* phrase;
  const char* found;  // the original text matched; nullptr: no match
};

class CueTextFindTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(CueTextFindTest, FindsPhrasesAtWordBoundariesAcrossLineBreaks) {
  const FindCase& c = GetParam();
  std::string text = c.text;
  auto m = CueText(text).find(c.phrase);
  if (!c.found) {
    EXPECT_FALSE(m) << text.substr(m->offset, m->length);
    return;
  }
  ASSERT_TRUE(m) << c.phrase;
  EXPECT_EQ(text.substr(m->offset, m->length), c.found);
}

INSTANTIATE_TEST_SUITE_P(
    Phrases, CueTextFindTest,
    ::testing::Values(
        FindCase{"any case", "Focused visit to Rotherham", "focused visit to", "Focused visit to"},
        FindCase{"across a line break",
                 "This letter summarises the findings of the\nfocused\n  visit", "focused visit",
                 "focused\n  visit"},
        FindCase{"not inside a word", "unpublished draft", "published", nullptr},
        FindCase{"not a word's start", "Date published: 3 May", "date", "Date"},
        FindCase{"wildcard over the authority's name",
                 "Inspection of Bournemouth, Christchurch and Poole local authority children's "
                 "services",
                 "inspection of * local authority children's services",
                 "Inspection of Bournemouth, Christchurch and Poole local authority children's "
                 "services"},
        FindCase{"wildcard spans at most sixty characters",
                 "Inspection of a council whose name is far longer than any English authority's "
                 "name local authority children's services",
                 "inspection of * local authority children's services", nullptr},
        FindCase{"phrase whitespace flattened too", "Inspection dates: 3 October",
                 "inspection   dates", "Inspection dates"},
        FindCase{"absent", "Dear Ms Moore", "yours sincerely", nullptr}),
    [](const auto& info) { return testing::case_name(info.param.label, info.index); });

TEST(CueText, FindStartsAtAnOffsetInTheOriginalText) {
  std::string text = "Published: 1 May\n\nPublished: 2 June";
  CueText cues(text);
  auto first = cues.find("published");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->offset, 0u);
  auto second = cues.find("published", first->offset + 1);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->offset, text.rfind("Published"));
  EXPECT_FALSE(cues.find("published", second->offset + 1));
}

TEST(CueText, FindAnyTakesTheEarliestAndTheLongestAtOnePlace) {
  CueText cues("Report of the Director of Children's Services: report to cabinet");
  auto m = cues.find_any({"report to cabinet", "report of the director", "report of the"});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->offset, 0u);
  EXPECT_EQ(m->length, std::string("Report of the Director").size());
  EXPECT_FALSE(cues.find_any({"scrutiny panel", "agenda item"}));
}

TEST(CueText, CountsEveryOccurrence) {
  CueText cues("The visit looked at... the VISIT; revisit; visits; visit");
  EXPECT_EQ(cues.count("visit"), 3u);
  EXPECT_EQ(cues.count("monitoring visit"), 0u);
}

TEST(CueText, StartsWithOnlyAtTheVeryStart) {
  EXPECT_TRUE(CueText("  \n Dear Ms Moore").starts_with("dear"));
  EXPECT_FALSE(CueText("Oh dear").starts_with("dear"));
  EXPECT_FALSE(CueText("Dearest").starts_with("dear"));
}

}  // namespace
}  // namespace ofsearch
