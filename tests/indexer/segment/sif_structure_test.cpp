// SIF report layouts seen in real reports (2013-2018), pinned: every paragraph of a
// judgement section carries that section's grade, the LSCB review is a judgement of
// its own, and summary and information parts sit beside the judgement sections.
// Each case is text as the PDF reader gives it, cut down to the layout's shape.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "indexer/segment/paragraph_segmenter.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

const char* const kFiller =
    " Managers review plans regularly and the quality of work with families is checked "
    "through audits that social workers find useful.";

struct LayoutCase {
  const char* name;
  std::string text;
  const char* paragraph;       // a phrase of the paragraph to check
  const char* grade;           // its section grade ("" = none)
  const char* judgement_area;  // a report judgement that must be read ("" = none)
  const char* judgement_grade;
  const char* not_under;  // a heading that must not be on its path ("" = none)
};

std::ostream& operator<<(std::ostream& out, const LayoutCase& c) { return out << c.name; }

std::string para(const std::string& text) { return text + kFiller + "\n\n"; }

std::vector<LayoutCase> layout_cases() {
  return {
      {"GradeInVerbFormSetApartFromNumberedParagraphs",
       "Inspection judgements about the local authority\n\n"
       "The experiences and progress of children who need help and protection require "
       "improvement\n\n" +
           para("26. When children and their families need help before a crisis occurs, "
                "early help makes a difference.") +
           para("27. Partners speak powerfully about the support."),
       "Partners speak powerfully", "requires-improvement", "", "", ""},
      {"GradePrintedBeforeTheHeadingsSecondLine",
       "The experiences and progress of\n\nGood children who need help and protection\n\n"
       "Summary\n\n" +
           para("Children and families who need help receive it quickly.") +
           "Inspection findings\n\n" + para("9. Children benefit from consistently strong work."),
       "consistently strong work", "good", "", "", ""},
      {"LscbPartWithItsJudgementRightUnderIt",
       "Leadership, management and governance\n\nGood\n\n" +
           para("88. The local authority is a committed corporate parent.") +
           "The Local Safeguarding Children Board (LSCB)\n\n"
           "The Local Safeguarding Children Board requires improvement to be good\n\n"
           "Executive summary\n\n" +
           para("The board is on a journey of improvement.") + "Recommendations\n\n" +
           para("Review partners' contribution to the board.") + "Inspection findings\n\n" +
           para("89. The board meets its statutory responsibilities."),
       "Review partners' contribution", "requires-improvement", "Local Safeguarding Children Board",
       "requires-improvement", "Leadership, management and governance"},
      {"NumberedSectionPartWithSentenceJudgement",
       "Leadership, management and governance\n\nGood\n\n" +
           para("117. Leaders know their services well.") +
           "Section 2: The effectiveness of the local safeguarding children board\n\n"
           "The effectiveness of the LSCB is good\n\n"
           "Areas for improvement\n\n" +
           para("118. Implement routine oversight of arrangements for private fostering."),
       "routine oversight", "good", "Local Safeguarding Children Board", "good",
       "Leadership, management and governance"},
      {"LscbJudgementAsAFullSentenceSetApart",
       "Leadership, management and governance\n\nInadequate\n\n" +
           para("135. Leaders have not acted on what they knew.") +
           "The Local Safeguarding Children Board (LSCB)\n\n"
           "The Local Safeguarding Children Board is good.\n\n" +
           para("The arrangements in place to evaluate the effectiveness of the board work."),
       "arrangements in place to evaluate", "good", "Local Safeguarding Children Board", "good",
       ""},
      {"LscbPartNamedWithoutItsAcronym",
       "Leadership, management and governance\n\nRequires improvement\n\n" +
           para("104. The Prevent team has been in place since 2012.") +
           "The Local Safeguarding Children Board\n\n"
           "The Local Safeguarding Children Board requires improvement\n\n"
           "Executive summary\n\n" +
           para("Performance reporting is a particular weakness of the board."),
       "Performance reporting is a particular weakness", "requires-improvement",
       "Local Safeguarding Children Board", "requires-improvement",
       "Leadership, management and governance"},
      {"FootnoteWithASourceIsNoSectionHeading",
       "Leadership, management and governance\n\nInadequate\n\n" +
           para("31. Children from minority ethnic groups account for 12% of the population.") +
           "5 Source: DfE Schools, pupils and their characteristics\n\n" +
           para("32. Leaders have not acted on what they knew about the quality of practice."),
       "Leaders have not acted", "inadequate", "", "",
       "5 Source: DfE Schools, pupils and their characteristics"},
      {"KeyJudgementRowWithTheGradeInsideTheAreaWords",
       "The experiences and progress of children who need help and protection\n\n"
       "Key Judgement\tJudgement Grade\n\n"
       "The experiences and progress of children who Requires Improvement need help and "
       "protection\n\n" +
           para("52. The Common Assessment Framework is embedded as a process for early help."),
       "Common Assessment Framework", "requires-improvement", "", "", ""},
      {"RecommendationsBesideInformationAboutTheArea",
       "The local authority\n\nInformation about this local authority area\n\n"
       "Children living in this area\n\n" +
           para("Approximately 61,507 children and young people live in the area.") +
           "Recommendations\n\n" + para("1. Ensure that caseloads are at a reasonable level."),
       "caseloads are at a reasonable level", "", "", "",
       "Information about this local authority area"},
      {"InformationAboutTheInspectionLeavesAGradedPart",
       "The Local Safeguarding Children Board (LSCB)\n\n"
       "The Local Safeguarding Children Board requires improvement to be good\n\n" +
           para("107. The most recent annual report identifies the work of the board.") +
           "Information about this inspection\n\n" +
           para("Inspectors have looked closely at the experiences of children."),
       "Inspectors have looked closely", "", "", "",
       "The Local Safeguarding Children Board (LSCB)"},
  };
}

class SifLayout : public ::testing::TestWithParam<LayoutCase> {
 protected:
  static void SetUpTestSuite() {
    grades_ = new GradeScale(GradeScale::load(OFSEARCH_SOURCE_DIR "/corpus/grades.tsv"));
    cues_ = new SegmenterCues(SegmenterCues::load(OFSEARCH_SOURCE_DIR "/corpus"));
  }
  static void TearDownTestSuite() {
    delete grades_;
    delete cues_;
  }
  static GradeScale* grades_;
  static SegmenterCues* cues_;
};
GradeScale* SifLayout::grades_ = nullptr;
SegmenterCues* SifLayout::cues_ = nullptr;

TEST_P(SifLayout, ParagraphCarriesItsSectionsGrade) {
  const LayoutCase& c = GetParam();
  // SIF reports open with the overall judgement, as a sentence.
  SegmentedText s =
      ParagraphSegmenter(*grades_, *cues_)
          .segment(clean_text("Children's services in Stockport are good\n\n" + c.text));
  const Paragraph* found = nullptr;
  for (const auto& p : s.paragraphs)
    if (p.text.find(c.paragraph) != std::string::npos) found = &p;
  ASSERT_NE(found, nullptr) << "no paragraph contains: " << c.paragraph;
  std::string path;
  for (const auto& h : found->section) path += h + " > ";
  EXPECT_EQ(found->grade ? found->grade->word : "", c.grade) << path;
  if (*c.not_under) {
    for (const auto& h : found->section) EXPECT_NE(h, c.not_under) << path;
  }
  if (*c.judgement_area) {
    bool read = false;
    for (const auto& j : s.judgements)
      read = read || (j.area == c.judgement_area && j.grade.word == c.judgement_grade);
    EXPECT_TRUE(read) << c.judgement_area << ": " << c.judgement_grade;
  }
}

INSTANTIATE_TEST_SUITE_P(RealLayouts, SifLayout, ::testing::ValuesIn(layout_cases()),
                         [](const ::testing::TestParamInfo<LayoutCase>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace ofsearch
