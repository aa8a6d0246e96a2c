#include "indexer/segment/line_classifier.h"

#include <gtest/gtest.h>

#include <string>

#include "reference/reference_data.h"
#include "stemming/text_normaliser.h"
#include "support/case_name.h"

namespace ofsearch::seg {
namespace {

using ofsearch::testing::case_name;

// --- bullets and printed numbers -------------------------------------------------

struct ItemCase {
  const char* line;
  bool item;  // false: not a list item or numbered paragraph
  bool bullet;
  const char* number;
  const char* rest;
};

class ItemStartTest : public ::testing::TestWithParam<ItemCase> {};

TEST_P(ItemStartTest, SplitsTheMarkerFromTheText) {
  const ItemCase& c = GetParam();
  auto item = item_start(c.line);
  ASSERT_EQ(item.has_value(), c.item) << c.line;
  if (!item) return;
  EXPECT_EQ(item->bullet, c.bullet);
  EXPECT_EQ(item->number, c.number);
  EXPECT_EQ(item->rest, c.rest);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, ItemStartTest,
    ::testing::Values(
        ItemCase{"1. Children in BCP receive good help and protection when it is needed.", true,
                 false, "1", "Children in BCP receive good help and protection when it is needed."},
        ItemCase{"84. Leaders know their services well.", true, false, "84",
                 "Leaders know their services well."},
        ItemCase{"2.1 Adoption performance\tRequire improvement", true, false, "2.1",
                 "Adoption performance\tRequire improvement"},
        ItemCase{"\xE2\x80\xA2 Consistency in responding to the needs of children at risk of "
                 "exploitation.",
                 true, true, "",
                 "Consistency in responding to the needs of children at risk of exploitation."},
        ItemCase{"- the pre-proceedings process in the Public Law Outline (PLO)", true, true, "",
                 "the pre-proceedings process in the Public Law Outline (PLO)"},
        ItemCase{"\xE2\x96\xA0 Managers oversee plans.", true, true, "", "Managers oversee plans."},
        ItemCase{"- 3.7 Plans are reviewed.", true, true, "3.7", "Plans are reviewed."},
        ItemCase{"ii) timeliness of assessments", true, false, "ii", "timeliness of assessments"},
        ItemCase{"(a) the quality of plans", true, false, "a", "the quality of plans"},
        ItemCase{"o The quality of supervision", true, true, "", "The quality of supervision"},
        ItemCase{"2.5 million children live in poverty", true, false, "2.5",
                 "million children live in poverty"},
        ItemCase{"2018 was a year of change.", false, false, "", ""},
        ItemCase{"12.", false, false, "", ""},  // a number alone opens nothing yet
        ItemCase{"Overall effectiveness\tGood", false, false, "", ""},
        ItemCase{"-3 degrees", false, false, "", ""},
        ItemCase{"(Outcome 4, national framework)", false, false, "", ""}),
    [](const auto& info) { return case_name(info.param.line, info.index); });

struct BareNumberCase {
  const char* line;
  const char* number;  // nullptr: not a bare paragraph number
};

class BareParagraphNumberTest : public ::testing::TestWithParam<BareNumberCase> {};

TEST_P(BareParagraphNumberTest, TakesANumberWithADotAloneOnItsLine) {
  std::string number;
  bool bare = bare_paragraph_number(GetParam().line, &number);
  EXPECT_EQ(bare, GetParam().number != nullptr) << GetParam().line;
  if (bare) {
    EXPECT_EQ(number, GetParam().number);
  }
}

INSTANTIATE_TEST_SUITE_P(Lines, BareParagraphNumberTest,
                         ::testing::Values(BareNumberCase{"16.", "16"},
                                           BareNumberCase{" 3.7 ", "3.7"},
                                           BareNumberCase{"12", nullptr},  // a page number
                                           BareNumberCase{"16. Children", nullptr},
                                           BareNumberCase{"Page 3", nullptr}),
                         [](const auto& info) { return case_name(info.param.line, info.index); });

struct SequenceCase {
  const char* last;
  const char* next;
  bool follows;
};

class FollowsInSequenceTest : public ::testing::TestWithParam<SequenceCase> {};

TEST_P(FollowsInSequenceTest, KnowsTheNextPrintedNumber) {
  EXPECT_EQ(follows_in_sequence(GetParam().last, GetParam().next), GetParam().follows)
      << GetParam().last << " -> " << GetParam().next;
}

INSTANTIATE_TEST_SUITE_P(
    Numbers, FollowsInSequenceTest,
    ::testing::Values(SequenceCase{"16", "17", true}, SequenceCase{"16", "18", false},
                      SequenceCase{"17", "16", false}, SequenceCase{"3.7", "3.8", true},
                      SequenceCase{"3.10", "4.1", true}, SequenceCase{"3.10", "4.2", false},
                      SequenceCase{"2", "2.1", true}, SequenceCase{"2", "3.1", false},
                      SequenceCase{"", "1", true}, SequenceCase{"", "2", false},
                      SequenceCase{"ii", "iii", false}, SequenceCase{"4", "", false}),
    [](const auto& info) {
      return case_name(std::string(info.param.last) + " to " + info.param.next, info.index);
    });

// --- page furniture, headings, grades --------------------------------------------

struct FlagCase {
  const char* line;
  bool yes;
};

class PageNumberTest : public ::testing::TestWithParam<FlagCase> {};

TEST_P(PageNumberTest, KnowsPrintedPageNumbers) {
  EXPECT_EQ(is_page_number(GetParam().line), GetParam().yes) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(Lines, PageNumberTest,
                         ::testing::Values(FlagCase{"12", true}, FlagCase{"Page 3", true},
                                           FlagCase{"Page 3 of 12", true}, FlagCase{"- 3 -", true},
                                           FlagCase{"3 of 12", true}, FlagCase{"12345", false},
                                           FlagCase{"Page three", false},
                                           FlagCase{"3 of the children", false},
                                           FlagCase{"2 to 13 December 2024", false},
                                           FlagCase{"", false}),
                         [](const auto& info) { return case_name(info.param.line, info.index); });

struct RewriteCase {
  const char* in;
  const char* out;
};

class StripFootnoteMarkTest : public ::testing::TestWithParam<RewriteCase> {};

TEST_P(StripFootnoteMarkTest, DropsADigitGluedToAHeadingsEnd) {
  EXPECT_EQ(strip_footnote_mark(GetParam().in), GetParam().out);
}

INSTANTIATE_TEST_SUITE_P(
    Headings, StripFootnoteMarkTest,
    ::testing::Values(RewriteCase{"What needs to improve?1", "What needs to improve?"},
                      RewriteCase{"Information about this inspection12",
                                  "Information about this inspection"},
                      RewriteCase{"Review of the LSCB (2014)3", "Review of the LSCB (2014)"},
                      RewriteCase{"Children Act 1989", "Children Act 1989"},
                      RewriteCase{"Outcome 123", "Outcome 123"},
                      RewriteCase{"Section 4A2", "Section 4A2"}, RewriteCase{"42", "42"}),
    [](const auto& info) { return case_name(info.param.in, info.index); });

struct WholeGradeCase {
  const char* text;
  std::size_t max_chars;
  const char* word;  // nullptr: no grade
};

class WholeGradeTest : public ::testing::TestWithParam<WholeGradeCase> {};

TEST_P(WholeGradeTest, ReadsAShortLineThatIsAGrade) {
  auto g = whole_grade(reference_data().grades, GetParam().text, GetParam().max_chars);
  if (!GetParam().word) {
    EXPECT_FALSE(g) << GetParam().text;
    return;
  }
  ASSERT_TRUE(g) << GetParam().text;
  EXPECT_EQ(g->word, GetParam().word);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, WholeGradeTest,
    ::testing::Values(WholeGradeCase{"Good", 160, "good"},
                      WholeGradeCase{"Require improvement", 160, "requires-improvement"},
                      WholeGradeCase{"Requires improvement to be good", 200,
                                     "requires-improvement"},
                      WholeGradeCase{"Grade 3 (Adequate)", 160, "adequate"},
                      WholeGradeCase{"Requires improvement to be good", 20, nullptr},  // too long
                      WholeGradeCase{"Children in care: good", 160, nullptr},
                      WholeGradeCase{"", 160, nullptr}),
    [](const auto& info) { return case_name(info.param.text, info.index); });

TEST(NumberedTitle, ReadsTheNumberDepthAndTitle) {
  std::string_view title;
  int depth = 0;
  ASSERT_TRUE(numbered_title("3 OUTCOME OF FOCUSED VISIT", &title, &depth));
  EXPECT_EQ(title, "OUTCOME OF FOCUSED VISIT");
  EXPECT_EQ(depth, 1);
  ASSERT_TRUE(numbered_title("3.2 Leadership and management", &title, &depth));
  EXPECT_EQ(title, "Leadership and management");
  EXPECT_EQ(depth, 2);
  EXPECT_FALSE(numbered_title("3 children were seen", &title, &depth));  // lower case
  EXPECT_FALSE(numbered_title("2024 Annual report", &title, &depth));    // a year
  EXPECT_FALSE(numbered_title("3. Leadership", &title, &depth));         // the dot: an item
}

TEST(Markdown, ReadsHeadingsBoldAndGluedBold) {
  std::string_view rest, head, tail;
  EXPECT_EQ(markdown_heading_level("## Main findings", &rest), 2);
  EXPECT_EQ(rest, "Main findings");
  EXPECT_EQ(markdown_heading_level("### Title ###", &rest), 3);
  EXPECT_EQ(rest, "Title");
  EXPECT_EQ(markdown_heading_level("#hashtag", &rest), 0);
  EXPECT_EQ(markdown_heading_level("####### too deep", &rest), 0);
  EXPECT_TRUE(is_bold_only("**Headline findings**", &rest));
  EXPECT_EQ(rest, "Headline findings");
  EXPECT_FALSE(is_bold_only("**Good** and **bad**", &rest));
  ASSERT_TRUE(split_glued_bold("Being healthy**Grade 1 (Outstanding)**", &head, &tail));
  EXPECT_EQ(head, "Being healthy");
  EXPECT_EQ(tail, "Grade 1 (Outstanding)");
  EXPECT_FALSE(split_glued_bold("**Only bold**", &head, &tail));
}

TEST(Markdown, StripsEmphasisAndLinksButNotText) {
  EXPECT_EQ(strip_markdown("**Focused visit** to __Rotherham__"), "Focused visit to Rotherham");
  EXPECT_EQ(strip_markdown("See [the report](https://reports.ofsted.gov.uk/1) now"),
            "See the report now");
  EXPECT_EQ(strip_markdown("<https://www.gov.uk/ofsted>"), "https://www.gov.uk/ofsted");
  EXPECT_EQ(strip_markdown("a [note] (aside) and a < b"), "a [note] (aside) and a < b");
  EXPECT_EQ(collapse_spaces("  Overall\t effectiveness   Good "), "Overall effectiveness Good");
}

// --- sentence shape ----------------------------------------------------------------

class EndsSentenceTest : public ::testing::TestWithParam<FlagCase> {};

TEST_P(EndsSentenceTest, KnowsAFinishedSentence) {
  EXPECT_EQ(ends_sentence(GetParam().line), GetParam().yes) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, EndsSentenceTest,
    ::testing::Values(FlagCase{"Children are safe.", true},
                      FlagCase{"What needs to improve?", true},
                      FlagCase{"The evidence evaluated by inspectors included:", true},
                      FlagCase{"They said 'it helps.'", true},
                      FlagCase{"in the Next Steps service. (Enabler two)", true},
                      FlagCase{"and so on\xE2\x80\xA6", true},
                      FlagCase{"Children who need help and protection", false},
                      FlagCase{"recommending appropriate, necessary", false},
                      FlagCase{"as well as,", false}, FlagCase{"", false}),
    [](const auto& info) { return case_name(info.param.line, info.index); });

TEST(SentenceShape, CommaIsPunctuationButNoSentenceEnd) {
  EXPECT_TRUE(ends_with_punctuation("including,"));
  EXPECT_TRUE(ends_with_punctuation("Children are safe."));
  EXPECT_FALSE(ends_with_punctuation("including the"));
}

TEST(SentenceShape, CapitalsAfterQuotesAndBrackets) {
  EXPECT_TRUE(starts_lower("and families"));
  EXPECT_TRUE(starts_lower("('looked after') children"));
  EXPECT_FALSE(starts_lower("Families"));
  EXPECT_FALSE(starts_lower("16- and 17-year-olds"));
  EXPECT_TRUE(starts_upper("\"Right Child Right Care\""));
  EXPECT_FALSE(starts_upper("2.1 Adoption"));
  EXPECT_TRUE(is_all_caps("OUTCOME OF FOCUSED VISIT"));
  EXPECT_TRUE(is_all_caps("LSCB: 2014"));
  EXPECT_FALSE(is_all_caps("Outcome of focused visit"));
  EXPECT_FALSE(is_all_caps("A B C D"));  // no run of three capitals
  EXPECT_FALSE(is_all_caps("12 3"));
}

TEST(SentenceShape, WordsLastWordAndDigits) {
  EXPECT_EQ(count_words("The experiences and progress of care leavers", 100), 7);
  EXPECT_EQ(count_words("The experiences and progress of care leavers", 3), 3);
  EXPECT_EQ(count_words("  ", 5), 0);
  EXPECT_EQ(last_word_lower("The experiences and progress OF"), "of");
  EXPECT_EQ(last_word_lower("children's services (2019)."), "2019");
  EXPECT_TRUE(mostly_digits("2 to 13 December 2024"));
  EXPECT_TRUE(mostly_digits("Page 3 of 12"));
  EXPECT_FALSE(mostly_digits("Inspection dates: 2 to 13 December"));
  EXPECT_FALSE(mostly_digits(""));
}

TEST(SentenceShape, OpenQuoteTellsQuotesFromApostrophes) {
  EXPECT_TRUE(open_quote("training on 'Care"));
  EXPECT_TRUE(open_quote("the \"Right Child"));
  EXPECT_FALSE(open_quote("children's services"));
  EXPECT_FALSE(open_quote("training on 'Care Planning' was"));
  EXPECT_FALSE(open_quote("the carers' views"));
}

struct FoldCase {
  const char* text;
};

class FoldTest : public ::testing::TestWithParam<FoldCase> {};

TEST_P(FoldTest, AgreesWithFoldKey) {
  EXPECT_EQ(fold(GetParam().text), fold_key(GetParam().text)) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Texts, FoldTest,
                         ::testing::Values(FoldCase{"Children's services"},
                                           FoldCase{"Leadership, management & governance"},
                                           FoldCase{"  WHAT needs to improve?  "},
                                           FoldCase{"Bournemouth, Christchurch"},
                                           FoldCase{"caf\xC3\xA9 \xE2\x80\x98quoted\xE2\x80\x99"},
                                           FoldCase{"2.1 Adoption-performance"}, FoldCase{""}),
                         [](const auto& info) { return case_name(info.param.text, info.index); });

TEST(Fold, LowerCasesAndJoinsApostrophes) {
  EXPECT_EQ(fold("Children's  Services & Care"), "childrens services and care");
}

TEST(SplitLines, TrimDropsSpacesTabsAndCarriageReturns) {
  EXPECT_EQ(trim(" \tOverall effectiveness\r"), "Overall effectiveness");
  EXPECT_EQ(trim("   "), "");
}

}  // namespace
}  // namespace ofsearch::seg
