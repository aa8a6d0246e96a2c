// The paragraph segmenter on report structure: section paths, the grades of
// judgement sections and parts, judgement tables as extractors print them, overall
// statements and grade keys (paragraph_segmenter_test.cpp: paragraphs and boilerplate).
#include "indexer/segment/paragraph_segmenter.h"

#include <gtest/gtest.h>

#include <string>

#include "indexer/segment/segmenter_test_fixture.h"

namespace ofsearch {
namespace {

using testing::kSlac;
using testing::read_seed;
using testing::SegmenterTest;

struct GradeRange {
  int first, last;
  const char* grade;    // of the paragraph's judgement section
  const char* overall;  // overall effectiveness of its part
};

TEST_F(SegmenterTest, SlacNumberedParagraphsCarryTheirSectionAndPartGrades) {
  const GradeRange ranges[] = {
      {1, 10, "(none)", "(none)"},  // About this inspection, Service information
      {11, 13, "adequate", "adequate"}, {14, 15, "adequate", "adequate"},
      {16, 16, "adequate", "adequate"},  // Areas for improvement, under Capacity for improvement
      {17, 24, "good", "adequate"},     {25, 33, "adequate", "adequate"},
      {34, 39, "good", "adequate"},     {40, 43, "good", "adequate"},
      {44, 47, "adequate", "adequate"}, {48, 53, "adequate", "adequate"},
      {54, 58, "good", "adequate"},     {59, 63, "good", "good"},
      {64, 64, "good", "good"},         {65, 70, "outstanding", "good"},
      {71, 74, "outstanding", "good"},  {75, 79, "good", "good"},
      {80, 83, "adequate", "good"},     {84, 88, "outstanding", "good"},
      {89, 102, "good", "good"},        {103, 106, "adequate", "good"},
  };
  SegmentedText s = seed(kSlac);
  for (const auto& r : ranges) {
    for (int n = r.first; n <= r.last; ++n) {
      const Paragraph* p = numbered(s, std::to_string(n));
      if (!p) continue;
      EXPECT_EQ(grade_of(p->grade), r.grade) << "paragraph " << n;
      EXPECT_EQ(grade_of(p->overall_grade), r.overall) << "paragraph " << n;
      EXPECT_FALSE(p->boilerplate) << "paragraph " << n;
    }
  }
}

TEST_F(SegmenterTest, SlacSectionPathsStartWithTheReportPart) {
  SegmentedText s = seed(kSlac);
  using Path = std::vector<std::string>;
  EXPECT_EQ(numbered(s, "11")->section, (Path{"Safeguarding services", "Overall effectiveness"}));
  EXPECT_EQ(numbered(s, "17")->section,
            (Path{"Safeguarding services", "Safeguarding outcomes for children and young people",
                  "Children and young people are safe and feel safe"}));
  EXPECT_EQ(
      numbered(s, "65")->section,
      (Path{"Services for looked after children",
            "How good are outcomes for looked after children and care leavers?", "Being healthy"}));
  EXPECT_EQ(numbered(s, "4")->section, (Path{"Service information"}));
  EXPECT_EQ(numbered(s, "103")->section.back(), "Performance management and quality assurance");
}

struct TableRow {
  const char* part;
  const char* area;
  const char* grade;
};

TEST_F(SegmenterTest, SlacRecordOfMainFindingsGivesJudgementsWithParts) {
  const TableRow rows[] = {
      {"Safeguarding services", "Overall effectiveness", "adequate"},
      {"Safeguarding services", "Children and young people are safe and feel safe", "good"},
      {"Safeguarding services", "Partnership working", "good"},
      {"Services for looked after children", "Overall effectiveness", "good"},
      {"Services for looked after children", "Being healthy", "outstanding"},
      {"Services for looked after children", "Economic well-being", "outstanding"},
      {"Services for looked after children", "Performance management and quality assurance",
       "adequate"},
  };
  SegmentedText s = seed(kSlac);
  EXPECT_EQ(s.judgements.size(), 22u);
  for (const auto& r : rows) {
    bool found = false;
    for (const auto& j : s.judgements) {
      if (j.part == r.part && j.area == r.area) {
        found = true;
        EXPECT_EQ(j.grade.word, r.grade) << r.part << " / " << r.area;
      }
    }
    EXPECT_TRUE(found) << r.part << " / " << r.area;
  }
}

TEST_F(SegmenterTest, PartRowsWithoutTrailingTabStillNameTheirPart) {
  SegmentedText s = segment(
      "Record of main findings:\n\nSafeguarding services\nOverall effectiveness\tAdequate\n"
      "Safeguarding outcomes for children and young people\n"
      "Children and young people are safe and feel safe\tGood\n"
      "Services for looked after children\nOverall effectiveness\tGood\n"
      "How good are outcomes for looked after children and care leavers?\n"
      "Being healthy\tOutstanding\n");
  ASSERT_EQ(s.judgements.size(), 4u);
  EXPECT_EQ(s.judgements[0].area, "Overall effectiveness");
  EXPECT_EQ(s.judgements[0].part, "Safeguarding services");
  EXPECT_EQ(s.judgements[1].part, "Safeguarding services");
  EXPECT_EQ(s.judgements[1].area, "Children and young people are safe and feel safe");
  EXPECT_EQ(s.judgements[3].part, "Services for looked after children");
  EXPECT_EQ(s.judgements[3].area, "Being healthy");
  EXPECT_EQ(s.judgements[3].grade.word, "outstanding");
}

TEST_F(SegmenterTest, SlacGradeKeyAndContentsAreNotJudgementsOrHeadings) {
  SegmentedText s = seed(kSlac);
  const Paragraph* key =
      containing(s, "Outstanding (Grade 1) A service that significantly exceeds");
  ASSERT_TRUE(key);
  EXPECT_FALSE(key->grade);
  for (const auto& j : s.judgements)
    EXPECT_NE(j.area, "A service that significantly exceeds minimum requirements");
  for (const char* line : {"Contents", "Being healthy 22", "Record of main findings 33"}) {
    const Paragraph* p = containing(s, line);
    ASSERT_TRUE(p) << line;
    EXPECT_TRUE(p->boilerplate) << line;
  }
  for (const char* line :
       {"Crown copyright", "This document may be reproduced", "Age group: All"}) {
    const Paragraph* p = containing(s, line);
    ASSERT_TRUE(p) << line;
    EXPECT_TRUE(p->boilerplate) << line;
  }
}

struct HeadingCase {
  const char* name;
  const char* text;
  const char* paragraph;  // start of a paragraph under the graded heading
  const char* grade;
  const char* heading;
};

TEST_F(SegmenterTest, IlacsHeadingGradesAttachToTheirSection) {
  const HeadingCase cases[] = {
      {"colon",
       "The experiences and progress of children in care: requires improvement to be good\n\n"
       "19. When children come into care, decisions are appropriate.\n",
       "When children come", "requires-improvement",
       "The experiences and progress of children in care"},
      {"wrapped",
       "What needs to improve\n\nThe experiences and progress of children who need help and\n"
       "protection: good\n1.\n\nChildren in Solihull benefit from much-strengthened\n"
       "community-based early help. When targeted support is required, skilled\n"
       "practitioners complete detailed assessments.\n",
       "Children in Solihull", "good",
       "The experiences and progress of children who need help and protection"},
      {"grade split over lines",
       "The experiences and progress of children in care: requires\nimprovement to be good\n"
       "19. When children come into care, decisions are appropriate, overseen by senior\n"
       "managers and clearly recorded.\n",
       "When children come", "requires-improvement",
       "The experiences and progress of children in care"},
      {"glued bold",
       "Being healthy**Grade 1 (Outstanding)**\n\n65. The health of looked after children is "
       "outstanding.\n",
       "The health of", "outstanding", "Being healthy"},
      {"grade line", "Staying safe\n\nGrade 2 (Good)\n\n71. Arrangements are good.\n",
       "Arrangements", "good", "Staying safe"},
      {"markdown", "## Leaders: inadequate\n\nLeaders do not know their services.\n",
       "Leaders do not", "inadequate", "Leaders"},
      {"verb",
       "The experiences and progress of children who need help and\nprotection is good\n1.\n\n"
       "An increasing number of children and families access support.\n",
       "An increasing number", "good",
       "The experiences and progress of children who need help and protection"},
      {"bare grade before numbered paragraph",
       "The experiences and progress of children who need help and protection requires improvement "
       "to be good\n\n1. Senior leaders have now introduced a revised framework.\n",
       "Senior leaders", "requires-improvement",
       "The experiences and progress of children who need help and protection"},
      {"grade on its own line (SIF)",
       "Inspection judgements about the local authority\n"
       "The experiences and progress of children who need help and protection\nrequire "
       "improvement\n"
       "26. When children and their families need help before a crisis occurs, good\n"
       "work by a range of services makes a positive difference in their lives.\n",
       "When children and their families", "requires-improvement",
       "The experiences and progress of children who need help and protection"},
      {"after a note closing the last bullet",
       "What needs to improve?\n\xE2\x97\xBC The workloads of PAs in the Next Steps service. "
       "(Enabler two)\n"
       "The experiences and progress of children who need help and protection:\noutstanding\n1.\n\n"
       "Children benefit from effective early help.\n",
       "Children benefit", "outstanding",
       "The experiences and progress of children who need help and protection"},
      {"one-row table, header lost",
       "99. All young people spoken to were very positive.\n\n"
       "Leadership, management and governance\tRequires improvement\n\nSummary\n\n"
       "The DCS and senior managers are visible and well-respected leaders.\n",
       "The DCS", "requires-improvement", "Summary"},
  };
  for (const auto& c : cases) {
    SegmentedText s = segment(c.text);
    const Paragraph* p = containing(s, c.paragraph);
    ASSERT_TRUE(p) << c.name;
    EXPECT_EQ(grade_of(p->grade), c.grade) << c.name;
    ASSERT_FALSE(p->section.empty()) << c.name;
    EXPECT_EQ(p->section.back(), c.heading) << c.name;
  }
}

TEST_F(SegmenterTest, OverallEffectivenessLineGradesTheWholeReport) {
  SegmentedText s = segment(
      "Overall effectiveness: requires improvement to be good\n\nLeaders have a clear plan.\n\n"
      "The impact of leaders on social work practice with children and families: good\n\n"
      "1. Leaders know their services well.\n");
  EXPECT_EQ(judgement(s, "overall effectiveness"), "requires-improvement");
  EXPECT_EQ(judgement(s, "impact of leaders"), "good");
  for (const auto& p : s.paragraphs) EXPECT_EQ(grade_of(p.overall_grade), "requires-improvement");
  EXPECT_EQ(grade_of(numbered(s, "1")->grade), "good");
}

// The ILACS judgement table of a 2018 report as three extractors print it.
struct TableCase {
  const char* name;
  const char* text;
};

TEST_F(SegmenterTest, IlacsJudgementTableReadInEveryExtractionLayout) {
  const TableCase cases[] = {
      {"tab separated",
       "Judgement\tGrade\n"
       "The impact of leaders on social work practice with children and families\tGood\n"
       "The experiences and progress of children who need help and protection\tInadequate\n"
       "The experiences and progress of children in care and care leavers\tRequires improvement to "
       "be good\n"
       "Overall effectiveness\tRequires improvement to be good\n\n"
       "Services for children have improved since the single inspection in 2014.\n"},
      {"pdftotext",
       "Judgement\n\nGrade\n\n"
       "The impact of leaders on social work practice with children\nand families\n\nGood\n\n"
       "The experiences and progress of children who need help and\nprotection\n\nInadequate\n\n"
       "The experiences and progress of children in care and care\nleavers\n\n"
       "Requires improvement to be good\n\nOverall effectiveness\n\n"
       "Requires improvement to be good\n\n"
       "Services for children in the Isle of Wight have improved since the single inspection\n"
       "in 2014, when they required improvement to be good. The strategic partnership\n"},
      {"markdown table",
       "| Judgement | Grade |\n|---|---|\n"
       "| The impact of leaders on social work practice with children and families | Good |\n"
       "| The experiences and progress of children who need help and protection | Inadequate |\n"
       "| The experiences and progress of children in care and care leavers | Requires improvement "
       "to be good |\n| Overall effectiveness | Requires improvement to be good |\n\n"
       "Services for children have improved since the single inspection in 2014.\n"},
      {"pdftotext -layout",
       " Judgement                                                     Grade\n\n"
       " The impact of leaders on social work practice with children\n"
       "                                                               Good\n"
       " and families\n\n"
       " The experiences and progress of children who need help     Inadequate\n"
       " and protection\n\n"
       " The experiences and progress of children in care and       Requires improvement to\n"
       " care leavers                                               be good\n\n"
       "                                                            Requires improvement\n"
       " Overall effectiveness\n"
       "                                                            to be good\n\n"
       " Services for children in the Isle of Wight have improved since the single inspection\n"
       " in 2014, when they required improvement to be good. The strategic partnership\n"},
  };
  for (const auto& c : cases) {
    SegmentedText s = segment(c.text);
    EXPECT_EQ(s.judgements.size(), 4u) << c.name;
    EXPECT_EQ(judgement(s, "impact of leaders on social work practice with children and families"),
              "good")
        << c.name;
    EXPECT_EQ(judgement(s, "who need help and protection"), "inadequate") << c.name;
    EXPECT_EQ(judgement(s, "children in care and care leavers"), "requires-improvement") << c.name;
    EXPECT_EQ(judgement(s, "overall effectiveness"), "requires-improvement") << c.name;
    const Paragraph* summary = containing(s, "Services for children");
    ASSERT_TRUE(summary) << c.name;
    EXPECT_EQ(grade_of(summary->overall_grade), "requires-improvement") << c.name;
    for (const auto& p : s.paragraphs) EXPECT_EQ(p.text.find("Grade"), std::string::npos) << c.name;
  }
}

TEST_F(SegmenterTest, SifOverallStatementAndHeaderlessTable) {
  SegmentedText s = segment(
      "Milton Keynes Council\n\n"
      "Children's services in Milton Keynes require improvement to be\ngood\n"
      "1. Children who need help and protection\n\nRequires improvement\n\n"
      "2. Children looked after and achieving\npermanence\n\nGood\n\n"
      "2.1 Adoption performance\n\nRequires\nImprovement\n\n"
      "3. Leadership, management and governance\n\nInadequate\n\n"
      "Executive summary\n\nMilton Keynes children's services require improvement to be good. "
      "The vast majority of the recommendations have been met.\n");
  EXPECT_EQ(judgement(s, "overall effectiveness"), "requires-improvement");
  EXPECT_EQ(judgement(s, "children who need help and protection"), "requires-improvement");
  EXPECT_EQ(judgement(s, "children looked after and achieving permanence"), "good");
  EXPECT_EQ(judgement(s, "adoption performance"), "requires-improvement");
  EXPECT_EQ(judgement(s, "leadership management and governance"), "inadequate");
  const Paragraph* summary = containing(s, "The vast majority");
  ASSERT_TRUE(summary);
  EXPECT_EQ(grade_of(summary->overall_grade), "requires-improvement");
}

TEST_F(SegmenterTest, SifKeyJudgementTableNamesTheSectionThatFollows) {
  SegmentedText s = segment(
      "Key judgement                              Judgement grade\n\n"
      "The experiences and progress of children\n"
      "                                           Requires improvement\n"
      "who need help and protection\n\n"
      "Summary\n"
      "Agencies work well together to offer support to families when help is first needed.\n");
  const Paragraph* p = containing(s, "Agencies work well");
  ASSERT_TRUE(p);
  EXPECT_EQ(grade_of(p->grade), "requires-improvement");
  EXPECT_EQ(p->section, (std::vector<std::string>{
                            "The experiences and progress of children who need help and protection",
                            "Summary"}));
}

TEST_F(SegmenterTest, GradeKeyPagesAreNotJudgements) {
  SegmentedText s = segment(
      "The inspection judgements and what they mean\n\n"
      "Outstanding (Grade 1)\tA service that significantly exceeds minimum requirements\n"
      "Good (Grade 2)\tA service that exceeds minimum requirements\n\n"
      "What the inspection judgements mean\n\nOutstanding\n\n"
      "An outstanding local authority leads highly effective services.\n");
  EXPECT_TRUE(s.judgements.empty());
  for (const auto& p : s.paragraphs) EXPECT_FALSE(p.grade) << p.text;
}

}  // namespace
}  // namespace ofsearch
