#include "indexer/segment/paragraph_segmenter.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "stemming/text_normaliser.h"
#include "support/seed_text.h"

namespace ofsearch {
namespace {

using testing::read_seed;

class SegmenterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    grades_ = new GradeScale(GradeScale::load(OFSEARCH_SOURCE_DIR "/corpus/grades.tsv"));
    cues_ = new SegmenterCues(SegmenterCues::load(OFSEARCH_SOURCE_DIR "/corpus"));
  }
  static void TearDownTestSuite() {
    delete grades_;
    delete cues_;
  }
  static SegmentedText segment(const std::string& raw) {
    return ParagraphSegmenter(*grades_, *cues_).segment(clean_text(raw));
  }
  static SegmentedText seed(const std::string& name) { return segment(read_seed(name)); }

  // The one paragraph with this printed number (fails the test when not exactly one).
  static const Paragraph* numbered(const SegmentedText& s, const std::string& number) {
    const Paragraph* found = nullptr;
    int count = 0;
    for (const auto& p : s.paragraphs) {
      if (p.number == number) {
        found = &p;
        ++count;
      }
    }
    EXPECT_EQ(count, 1) << "paragraph " << number;
    return count == 1 ? found : nullptr;
  }
  // The first paragraph whose whole text is `text`.
  static const Paragraph* exactly(const SegmentedText& s, const std::string& text) {
    for (const auto& p : s.paragraphs) {
      if (p.text == text) return &p;
    }
    ADD_FAILURE() << "no paragraph is: " << text;
    return nullptr;
  }
  // The first paragraph whose text contains the phrase.
  static const Paragraph* containing(const SegmentedText& s, const std::string& phrase) {
    for (const auto& p : s.paragraphs) {
      if (p.text.find(phrase) != std::string::npos) return &p;
    }
    ADD_FAILURE() << "no paragraph contains: " << phrase;
    return nullptr;
  }
  static std::string grade_of(const std::optional<Grade>& g) { return g ? g->word : "(none)"; }
  static std::string judgement(const SegmentedText& s, const std::string& area_words) {
    for (const auto& j : s.judgements) {
      if (fold_key(j.area).find(area_words) != std::string::npos) return j.grade.word;
    }
    return "(none)";
  }

  static GradeScale* grades_;
  static SegmenterCues* cues_;
};

GradeScale* SegmenterTest::grades_ = nullptr;
SegmenterCues* SegmenterTest::cues_ = nullptr;

const char* const kSlac = "002_e52ea3f525227045.txt";

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

TEST_F(SegmenterTest, SlacParagraphsBrokenAtPageEndsAreJoined) {
  SegmentedText s = seed(kSlac);
  EXPECT_NE(
      numbered(s, "9")->text.find("four children's centres, two of which are satellite centres"),
      std::string::npos);
  EXPECT_NE(numbered(s, "21")->text.find(
                "unannounced inspection of contact, referral and assessment arrangements"),
            std::string::npos);
  EXPECT_NE(numbered(s, "13")->text.find("workforce strategy and there is evidence"),
            std::string::npos);
  // Inside a quotation: "delivered on 'Care" + "Planning and Review Arrangements', ..."
  EXPECT_NE(numbered(s, "101")->text.find("'Care Planning and Review Arrangements'"),
            std::string::npos);
  for (const auto& p : s.paragraphs) {
    EXPECT_FALSE(p.text.rfind("centres, two of which", 0) == 0) << "fragment left alone";
  }
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

TEST_F(SegmenterTest, LetterheadAddressSalutationAndSignOffAreFlagged) {
  SegmentedText s = seed("000_ca7f3efedd020b83.txt");
  const char* flagged[] = {"Ofsted",
                           "Piccadilly Gate",
                           "T 0300 123 1231",
                           "Textphone 0161 618 8524",
                           "enquiries@ofsted.gov.uk",
                           "23 February 2022",
                           "Dawn Godfrey",
                           "LE15 6HP",
                           "Dear Ms Godfrey",
                           "Yours sincerely",
                           "Rebecca Quested",
                           "Her Majesty's Inspector"};
  for (const char* text : flagged) {
    const Paragraph* p = exactly(s, text);
    ASSERT_TRUE(p) << text;
    EXPECT_TRUE(p->boilerplate) << text;
    EXPECT_TRUE(p->section.empty() || p->section.front() == "Main findings") << text;
  }
  bool signed_off = false;
  for (const auto& p : s.paragraphs) {
    signed_off = signed_off || p.text == "Yours sincerely";
    bool letter_body = !p.section.empty() && !signed_off;
    EXPECT_EQ(p.boilerplate, !letter_body) << p.text;
  }
  const Paragraph* summary = containing(s, "This letter summarises the findings");
  ASSERT_TRUE(summary);
  EXPECT_FALSE(summary->boilerplate);
}

TEST_F(SegmenterTest, MarkdownLetterBulletAndHeadingsBecomeParagraphsAndPaths) {
  SegmentedText s = seed("000_ca7f3efedd020b83.txt");
  const Paragraph* bullet = containing(s, "The accuracy of performance management data");
  ASSERT_TRUE(bullet);
  EXPECT_EQ(bullet->section, std::vector<std::string>{
                                 "What needs to improve in this area of social work practice?"});
  EXPECT_EQ(bullet->text.rfind("The accuracy", 0), 0u) << "bullet glyph kept";
  EXPECT_EQ(s.headings,
            (std::vector<std::string>{
                "Focused visit to Rutland children's services", "Headline findings",
                "What needs to improve in this area of social work practice?", "Main findings"}));
  EXPECT_TRUE(containing(s, "received relevant training and all children are living"));
}

TEST_F(SegmenterTest, PdfLetterSignOffFlaggedAndPageBrokenParagraphsJoined) {
  SegmentedText s = seed("004_5afff43e7ce7bb93.txt");
  for (const char* text :
       {"Yours sincerely", "Ian Young Her Majesty's Inspector", "Dear Jon", "Riverside House"}) {
    const Paragraph* p = containing(s, text);
    ASSERT_TRUE(p) << text;
    EXPECT_TRUE(p->boilerplate) << text;
  }
  EXPECT_TRUE(containing(s, "good-quality social work. Social workers can articulate their plans"));
  EXPECT_TRUE(
      containing(s, "out of authority visits more frequently to build and maintain relationships"));
  const Paragraph* reviews = containing(s, "Reviews of children's plans are well attended");
  ASSERT_TRUE(reviews);
  EXPECT_EQ(reviews->section.back(), "Findings");
  EXPECT_FALSE(reviews->boilerplate);
}

TEST_F(SegmenterTest, CommitteeReportNumbersTitlesAndFormFields) {
  SegmentedText s = seed("003_c1979d4b7c0b285a.txt");
  const Paragraph* p37 = numbered(s, "3.7");
  ASSERT_TRUE(p37);
  EXPECT_EQ(p37->text.rfind("Ofsted recognised the priority", 0), 0u);
  EXPECT_EQ(p37->section, std::vector<std::string>{"3 OUTCOME OF FOCUSED VISIT"});
  const Paragraph* ii = numbered(s, "ii");
  ASSERT_TRUE(ii);
  EXPECT_EQ(ii->text, "The consistency and quality of plans.");
  for (const char* n : {"1.1", "2.4", "3.10", "i", "v", "15.2"}) EXPECT_TRUE(numbered(s, n)) << n;
  EXPECT_NE(numbered(s, "3.6")->text.find("statutory timescale of 45 days, but this is too long"),
            std::string::npos);
  EXPECT_NE(numbered(s, "4.2")->text.find("enrolled on the 'Firstline' management training"),
            std::string::npos);
  for (const char* field : {"Exempt Information No", "Strategic Aim", "Contact Officer",
                            "A Large Print or Braille Version"}) {
    const Paragraph* p = containing(s, field);
    ASSERT_TRUE(p) << field;
    EXPECT_TRUE(p->boilerplate) << field;
  }
}

TEST_F(SegmenterTest, NewsArticleWebFurnitureFlaggedArticleKept) {
  SegmentedText s = seed("001_671f85181b680613.txt");
  bool furniture = false;
  int flagged = 0;
  for (const auto& p : s.paragraphs) {
    if (p.text.rfind("A look back at 2022", 0) == 0) furniture = true;
    EXPECT_EQ(p.boilerplate, furniture) << p.text;
    flagged += p.boilerplate;
  }
  EXPECT_TRUE(furniture);
  EXPECT_EQ(flagged, 9);
  const Paragraph* bullet = containing(s, "Child protection investigations are timely");
  ASSERT_TRUE(bullet);
  EXPECT_EQ(bullet->text.rfind("Child protection", 0), 0u);
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

TEST_F(SegmenterTest, ParagraphNumbersPrintedApartGoToTheParagraphsInOrder) {
  SegmentedText s = segment(
      "15. Children in care and care leavers receive a good service in Salford.\n16.\n\n17.\n\n"
      "When children are unable to remain with their families and cases progress to\n"
      "court, the quality of social work evidence is of a good standard. This supports\n"
      "timely permanence planning for children, with most care proceedings concluding\n"
      "in an average of 27 weeks and report positive relationships with senior leaders.\n"
      "Children in care benefit from good quality assessments. This leads to care\n"
      "plans for children that are fully informed by a detailed assessment of need.\n"
      "18. Since the last inspection, an effective team has been established.\n");
  EXPECT_EQ(numbered(s, "16")->text.rfind("When children are unable", 0), 0u);
  EXPECT_EQ(numbered(s, "17")->text.rfind("Children in care benefit", 0), 0u);
  EXPECT_EQ(numbered(s, "18")->text.rfind("Since the last inspection", 0), 0u);
}

TEST_F(SegmenterTest, NumbersOutOfSequenceOrAfterNotesAreReadByContext) {
  SegmentedText s = segment(
      "30. Personal advisers are tenacious in keeping in touch with care leavers.\n\n"
      "31. Care leavers benefit from the allocation of personal advisers (PAs) at the age of\n\n"
      "16. This affords them opportunities and time to develop positive relationships.\n\n"
      "32. Some children experience delay in accessing services. Senior leaders\n"
      "recognise that practice still needs further improvement. (Recommendation)\n"
      "33. Multi-Agency Public Protection Arrangements identify risks to children\n"
      "effectively.\n");
  EXPECT_NE(numbered(s, "31")->text.find("at the age of 16. This affords them"), std::string::npos);
  for (const auto& p : s.paragraphs) EXPECT_NE(p.number, "16");
  EXPECT_EQ(numbered(s, "33")->text.rfind("Multi-Agency Public Protection", 0), 0u);
  EXPECT_NE(numbered(s, "32")->text.find("(Recommendation)"), std::string::npos);
}

TEST_F(SegmenterTest, PlainParagraphBetweenNumberedOnesIsTheFirstCarriedOverAPage) {
  SegmentedText s = segment(
      "53. Staff enjoy working in Barnsley. They feel heard.\n\n"
      "Operational policies are frequently updated and provide clarity and direction.\n\n"
      "1 The areas for improvement have been cross-referenced with the national framework.\n\n"
      "54. Managers provide valuable support.\n\n"
      "55. Leaders know their services well.\n\n"
      "The graded judgement for adoption performance is that it requires improvement.\n\n"
      "56. Adopters are well prepared.\n");
  EXPECT_EQ(numbered(s, "53")->text,
            "Staff enjoy working in Barnsley. They feel heard. Operational policies are frequently "
            "updated and provide clarity and direction.");
  EXPECT_TRUE(exactly(s,
                      "1 The areas for improvement have been cross-referenced with the national "
                      "framework."));
  EXPECT_EQ(numbered(s, "55")->text, "Leaders know their services well.");
  EXPECT_TRUE(exactly(s,
                      "The graded judgement for adoption performance is that it requires "
                      "improvement."));
}

TEST_F(SegmenterTest, FootnoteMarksNotesAndClosingAddressAreNoHeadings) {
  SegmentedText s = segment(
      "What needs to improve?1\n"
      "\xE2\x97\xBC The tracking of permanency planning for children in care, including the\n"
      "recognition of decisions about children's long-term care.\n"
      "(Outcome 4, national framework)\n\n"
      "Interested in our work? You can subscribe to our monthly newsletter.\n\n"
      "Piccadilly Gate\nStore Street\nManchester\nM1 2WD\n");
  EXPECT_EQ(s.headings, std::vector<std::string>{"What needs to improve?"});
  for (const char* line : {"Piccadilly Gate", "Store Street", "Manchester", "M1 2WD"}) {
    const Paragraph* p = exactly(s, line);
    ASSERT_TRUE(p) << line;
    EXPECT_TRUE(p->boilerplate) << line;
  }
  EXPECT_TRUE(containing(s, "long-term care. (Outcome 4, national framework)"));
}

TEST_F(SegmenterTest, ContentsEntriesAsExtractorsPrintThemAreFlagged) {
  SegmentedText s = segment(
      "Contents Section 1: the local authority\t3\nSummary of key findings\t3\n\n"
      "What does the local authority need to improve?4\n\nThe local authority's strengths 6\n\n"
      "The Local Safeguarding Children Board (LSCB) 42\n\nSummary of key findings\n\n"
      "1. Social workers do not regularly hold strategy discussions with the police.\n");
  EXPECT_EQ(s.headings, std::vector<std::string>{"Summary of key findings"});
  ASSERT_EQ(s.paragraphs.size(), 6u);
  for (std::size_t k = 0; k < 5; ++k)
    EXPECT_TRUE(s.paragraphs[k].boilerplate) << s.paragraphs[k].text;
  EXPECT_EQ(s.paragraphs[5].number, "1");
  EXPECT_FALSE(s.paragraphs[5].boilerplate);
}

TEST_F(SegmenterTest, AddressGluedToTheSalutationIsLetterhead) {
  SegmentedText s = segment(
      "Ofsted Piccadilly Gate Store Street Manchester M1 2WD\n\n"
      "T 0300 123 1231 Textphone 0161 618 8524 enquiries@ofsted.gov.uk www.gov.uk/ofsted\n\n"
      "27 February 2024\n\n"
      "Rachel Smith Interim Director of Children and Families Church Square House 30-40 High "
      "Street Scunthorpe North Lincolnshire DN15 6NL Dear Ms Smith\n\n"
      "Focused visit to North Lincolnshire children's services\n\n"
      "This letter summarises the findings of the focused visit.\n\n"
      "Your sincerely\n\nJo Bloggs\nHis Majesty's Inspector\n");
  ASSERT_EQ(s.paragraphs.size(), 8u);
  for (int k : {0, 1, 2, 3, 5, 6, 7})
    EXPECT_TRUE(s.paragraphs[k].boilerplate) << s.paragraphs[k].text;
  EXPECT_FALSE(s.paragraphs[4].boilerplate);
  EXPECT_EQ(s.headings,
            std::vector<std::string>{"Focused visit to North Lincolnshire children's services"});
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

TEST_F(SegmenterTest, HardWrappedTextJoinsLinesAndSplitsParagraphs) {
  SegmentedText s = segment(
      "Children in need of help and protection receive a good service, but the council has\n"
      "more to do to in a small number of areas to achieve greater consistency of\n"
      "practice.\n"
      "Children in care benefit from reliably good care and support, with a strong focus\n"
      "on early permanence. Care leavers are well supported, although, for a small\n"
      "number, their choice to remain on the island limits their accommodation.\n"
      "What needs to improve\n"
      "\xE2\x80\xA2 The quality and oversight of children subject to pre-proceedings plans and "
      "the\n"
      "accessibility and clarity of letters before proceedings.\n"
      "\xE2\x80\xA2 The response to 16- and 17-year-olds who are homeless.\n");
  ASSERT_EQ(s.paragraphs.size(), 4u);
  const std::string end = "greater consistency of practice.";
  EXPECT_EQ(s.paragraphs[0].text.substr(s.paragraphs[0].text.size() - end.size()), end);
  EXPECT_EQ(s.paragraphs[2].text.rfind("The quality and oversight", 0), 0u);
  EXPECT_NE(s.paragraphs[2].text.find("plans and the accessibility"), std::string::npos);
  EXPECT_EQ(s.paragraphs[3].section, std::vector<std::string>{"What needs to improve"});
  for (const auto& p : s.paragraphs) EXPECT_EQ(p.ordinal, &p - &s.paragraphs[0] + 1);
}

TEST_F(SegmenterTest, PageBreakFragmentAfterPageNumberJoinsAndPageNumberIsFlagged) {
  SegmentedText s = segment(
      "Multi-disciplinary teams are a particular strength, adding value, capacity\n\n"
      "\f1\n\nand expertise to the support that social workers provide to families.\n\n"
      "Children in care benefit from reliably good care.\n");
  const Paragraph* p = containing(s, "adding value, capacity and expertise to the support");
  ASSERT_TRUE(p);
  const Paragraph* number = nullptr;
  for (const auto& q : s.paragraphs) {
    if (q.text == "1") number = &q;
  }
  ASSERT_TRUE(number);
  EXPECT_TRUE(number->boilerplate);
}

TEST_F(SegmenterTest, AParagraphIsOnThePageItStartsOnCountingFormFeeds) {
  // As pdf::layout_text writes pages: "\n\f" between blocks, one form feed per page
  // ended (an empty page gives two); a paragraph carried over a page stays on its first.
  SegmentedText s = segment(
      "Children are seen regularly by social workers who know them well.\n\n"
      "Managers track the progress of agreed actions, and the\n\f"
      "review of plans is timely.\n\f\f"
      "Care leavers are well supported.\n");
  ASSERT_EQ(s.paragraphs.size(), 3u);
  EXPECT_EQ(s.paragraphs[0].page, 1);
  EXPECT_EQ(s.paragraphs[1].text,
            "Managers track the progress of agreed actions, and the review of plans is timely.");
  EXPECT_EQ(s.paragraphs[1].page, 1);
  EXPECT_EQ(s.paragraphs[2].page, 4);
}

TEST_F(SegmenterTest, HugeInputsStayLinear) {
  std::string slac = read_seed(kSlac);
  std::string big;
  while (big.size() < (8u << 20)) big += slac;
  std::string one_line(4u << 20, 'a');
  for (std::size_t i = 7; i < one_line.size(); i += 8) one_line[i] = ' ';
  one_line[0] = 'A';
  one_line.back() = '.';
  auto start = std::chrono::steady_clock::now();
  SegmentedText a = segment(big);
  SegmentedText b = segment(one_line + "\n\n" + one_line);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(a.paragraphs.size(), 10000u);
  EXPECT_EQ(b.paragraphs.size(), 2u);
  EXPECT_LT(seconds, 30.0) << "16 MB should take a few seconds";
}

}  // namespace
}  // namespace ofsearch
