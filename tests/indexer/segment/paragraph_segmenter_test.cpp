// The paragraph segmenter on paragraphs: lines joined and split, printed numbers,
// fragments broken at page ends rejoined, pages, and boilerplate (letterheads,
// sign-offs, contents, web furniture) flagged; linear on huge inputs. Report
// structure and grades: paragraph_segmenter_sections_test.cpp.
#include "indexer/segment/paragraph_segmenter.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "indexer/segment/segmenter_test_fixture.h"

namespace ofsearch {
namespace {

using testing::kSlac;
using testing::read_seed;
using testing::SegmenterTest;

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
