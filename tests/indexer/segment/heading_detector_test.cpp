#include "indexer/segment/heading_detector.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "indexer/segment/text_layout.h"
#include "reference/reference_data.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

// Lines view the text: it must outlive them (the cases' texts are literals).
std::vector<seg::Line> lines_of(std::string_view text) {
  return analyse_layout(text, SegmenterCues::defaults()).lines;
}

HeadingDetector detector(double wrap_width = 0) {
  return HeadingDetector(reference_data().grades, SegmenterCues::defaults(), wrap_width);
}

struct StrongCase {
  const char* label;
  const char* text;     // the heading at line 0 and what follows it
  const char* heading;  // nullptr: no strong heading
  const char* grade;    // "" when none
  SegItem::Style style;
  int level;
  std::size_t last_line;
};

class HeadingStrongTest : public ::testing::TestWithParam<StrongCase> {};

TEST_P(HeadingStrongTest, RecognisesTheUnambiguousForms) {
  const StrongCase& c = GetParam();
  auto lines = lines_of(c.text);
  auto m = detector().strong(lines, 0, true);
  if (!c.heading) {
    EXPECT_FALSE(m) << m->text;
    return;
  }
  ASSERT_TRUE(m) << c.text;
  EXPECT_EQ(m->text, c.heading);
  EXPECT_EQ(m->grade ? m->grade->word : "", c.grade);
  EXPECT_EQ(m->style, c.style);
  EXPECT_EQ(m->level, c.level);
  EXPECT_EQ(m->last_line, c.last_line);
}

using S = SegItem::Style;

INSTANTIATE_TEST_SUITE_P(
    Headings, HeadingStrongTest,
    ::testing::Values(
        StrongCase{"markdown", "## Main findings\n\nLeaders know their services.\n",
                   "Main findings", "", S::markdown, 2, 0},
        StrongCase{"bold", "**Headline findings**\n", "Headline findings", "", S::bold, 0, 0},
        StrongCase{"bold grade glued on", "Being healthy**Grade 1 (Outstanding)**\n",
                   "Being healthy", "outstanding", S::bold, 0, 0},
        // ILACS, November 2023 (Isle of Wight): the judgement heading over numbered paragraphs.
        StrongCase{"ilacs judgement heading",
                   "The experiences and progress of children who need help and protection: "
                   "requires improvement to be good\n\n"
                   "1. Children and families have good access to a wide variety of early help "
                   "services.\n",
                   "The experiences and progress of children who need help and protection",
                   "requires-improvement", S::graded_area, 0, 0},
        StrongCase{"judgement heading wrapped over two lines",
                   "The experiences and progress of children who need help and\n"
                   "protection: good\n\n1. Children in BCP receive good help.\n",
                   "The experiences and progress of children who need help and protection", "good",
                   S::graded_area, 0, 1},
        StrongCase{"sif grade on the heading's last line",
                   "The experiences and progress of children who need help and protection\n"
                   "Requires improvement\n\nSummary\n",
                   "The experiences and progress of children who need help and protection",
                   "requires-improvement", S::graded_area, 0, 1},
        StrongCase{"numbered section title", "3 OUTCOME OF FOCUSED VISIT\n\nInspectors found.\n",
                   "3 OUTCOME OF FOCUSED VISIT", "", S::numbered, 1, 0},
        StrongCase{"all caps", "SUMMARY OF FINDINGS\n\nChildren are safe.\n", "SUMMARY OF FINDINGS",
                   "", S::caps, 0, 0},
        StrongCase{"a sentence is no heading",
                   "Children in BCP receive good help and protection when it is needed.\n", nullptr,
                   "", S::plain, 0, 0},
        StrongCase{"a bold sentence is no heading",
                   "**Children are seen regularly by their social workers.**\n", nullptr, "",
                   S::plain, 0, 0},
        StrongCase{"a numbered footnote is no heading",
                   "5 Source: DfE Schools, pupils and their characteristics\n", nullptr, "",
                   S::plain, 0, 0}),
    [](const auto& info) { return testing::case_name(info.param.label, info.index); });

TEST(HeadingDetector, OnlyMarkupIsAHeadingAwayFromAParagraphStart) {
  auto lines = lines_of("SUMMARY OF FINDINGS\n## Main findings\n");
  EXPECT_FALSE(detector().strong(lines, 0, false));
  EXPECT_TRUE(detector().strong(lines, 1, false));
}

struct ShortCase {
  const char* text;  // line 0 and what follows it
  bool heading;
};

class HeadingShortLineTest : public ::testing::TestWithParam<ShortCase> {};

TEST_P(HeadingShortLineTest, TakesShortUnpunctuatedLinesThatStandAlone) {
  auto lines = lines_of(GetParam().text);
  EXPECT_EQ(detector().short_line(lines, 0), GetParam().heading) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, HeadingShortLineTest,
    ::testing::Values(ShortCase{"Headline findings\n\nSenior leaders know.\n", true},
                      ShortCase{"What needs to improve?\n\n1. Plans.\n", true},
                      ShortCase{"Information about this local authority area\n", true},
                      ShortCase{"Children are safe.\n", false},
                      ShortCase{"Lead inspector: John Roughton\n", false},
                      ShortCase{"16 June 2023\n", false}, ShortCase{"June 2023 figures\n", false},
                      ShortCase{"(Outcome 4, national framework)\n", false},
                      ShortCase{"The experiences and progress of children who need help\n"
                                "and protection are good.\n",
                                false},
                      ShortCase{"management oversight\n", false}),
    [](const auto& info) { return testing::case_name(info.param.text, info.index); });

TEST(HeadingDetector, InWrappedTextAFullWidthLineBeforeMoreTextIsProse) {
  auto lines = lines_of("Senior leaders and managers know their services\nwell and act.\n");
  EXPECT_FALSE(detector(50).short_line(lines, 0));
  auto alone = lines_of("Senior leaders and managers know their services\n\nMore.\n");
  EXPECT_TRUE(detector(50).short_line(alone, 0));
}

struct ColonCase {
  const char* text;
  bool bare;
  const char* area;  // nullptr: no grade read
  const char* grade;
};

class HeadingColonGradeTest : public ::testing::TestWithParam<ColonCase> {};

TEST_P(HeadingColonGradeTest, ReadsAreaAndGrade) {
  std::string area;
  auto g = detector().colon_grade(GetParam().text, &area, GetParam().bare);
  if (!GetParam().area) {
    EXPECT_FALSE(g) << area;
    return;
  }
  ASSERT_TRUE(g) << GetParam().text;
  EXPECT_EQ(area, GetParam().area);
  EXPECT_EQ(g->word, GetParam().grade);
}

INSTANTIATE_TEST_SUITE_P(
    Texts, HeadingColonGradeTest,
    ::testing::Values(ColonCase{"The experiences and progress of children in care: good", false,
                                "The experiences and progress of children in care", "good"},
                      ColonCase{"The experiences and progress of children in care is good", false,
                                "The experiences and progress of children in care", "good"},
                      ColonCase{"Children who need help and protection require improvement", true,
                                "Children who need help and protection", "requires-improvement"},
                      ColonCase{"Children who need help and protection require improvement", false,
                                nullptr, ""},
                      ColonCase{"Overall effectiveness: inadequate.", false,
                                "Overall effectiveness", "inadequate"},
                      ColonCase{"the experiences of children in care: good", false, nullptr, ""},
                      ColonCase{"Leaders know this. Children in care: good", false, nullptr, ""},
                      ColonCase{"Overall effectiveness", false, nullptr, ""}),
    [](const auto& info) { return testing::case_name(info.param.text, info.index); });

TEST(HeadingDetector, WholeGradeOnlyForAShortGradePhrase) {
  EXPECT_EQ(detector().whole_grade("Requires improvement to be good")->word,
            "requires-improvement");
  EXPECT_EQ(detector().whole_grade("require improvement")->word, "requires-improvement");
  EXPECT_EQ(detector().whole_grade("Grade 2 (Good)")->word, "good");
  EXPECT_FALSE(detector().whole_grade("Children in care: good"));
  EXPECT_FALSE(detector().whole_grade(""));
}

// SIF, a key-judgement table whose grade cell the extractor set inside the area's words.
TEST(HeadingDetector, AGradeInsideTheAreasWordsIsToldByItsCapitals) {
  auto j = detector().grade_inside(
      "The experiences and progress of children who Requires Improvement need help and "
      "protection");
  ASSERT_TRUE(j);
  EXPECT_EQ(j->area, "The experiences and progress of children who need help and protection");
  EXPECT_EQ(j->grade.word, "requires-improvement");
  EXPECT_FALSE(
      detector().grade_inside("Children who need help and protection Good"));    // at the end
  EXPECT_FALSE(detector().grade_inside("Good practice is seen in most teams"));  // at the start
  EXPECT_FALSE(detector().grade_inside("The experiences of children who need help"));
}

}  // namespace
}  // namespace ofsearch
