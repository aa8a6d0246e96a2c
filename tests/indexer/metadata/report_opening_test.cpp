#include "indexer/metadata/report_opening.h"

#include <gtest/gtest.h>

#include <string>

#include "indexer/metadata/report_type_classifier.h"
#include "reference/reference_data.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

ReportOpening opening(const std::string& text) {
  static const std::vector<std::string> title_cues =
      ReportTypeClassifier(reference_data().report_types, metadata_cues()).title_cues();
  return read_opening(text, title_cues, metadata_cues(), reference_data().authorities);
}

struct OpeningCase {
  const char* label;
  const char* text;  // the first lines as the PDF extractor prints the real reports
  const char* title;
  bool title_opens;
  bool letter;
  const char* issue_date;        // "" when none
  const char* inspection_start;  // "" when none
  const char* inspection_end;
  const char* addressee;  // '\n'-joined
};

class ReportOpeningTest : public ::testing::TestWithParam<OpeningCase> {};

TEST_P(ReportOpeningTest, ReadsTitleDatesAndAddressee) {
  const OpeningCase& c = GetParam();
  ReportOpening o = opening(c.text);
  EXPECT_EQ(o.title, c.title);
  EXPECT_EQ(o.title_opens, c.title_opens);
  EXPECT_EQ(o.letter, c.letter);
  EXPECT_EQ(o.issue_date.value_or(""), c.issue_date);
  EXPECT_EQ(o.labelled_inspection ? o.labelled_inspection->start : "", c.inspection_start);
  EXPECT_EQ(o.labelled_inspection ? o.labelled_inspection->end : "", c.inspection_end);
  EXPECT_EQ(o.addressee, c.addressee);
}

INSTANTIATE_TEST_SUITE_P(
    RealReports, ReportOpeningTest,
    ::testing::Values(
        // ILACS, December 2024 (BCP).
        OpeningCase{"ilacs",
                    "Inspection of Bournemouth, Christchurch and Poole local authority children's "
                    "services\n\n"
                    "Inspection dates: 2 to 13 December 2024\n\n"
                    "Lead inspector: John Roughton, His Majesty's Inspector\n\n"
                    "Judgement\tGrade\n"
                    "Overall effectiveness\tGood\n",
                    "Inspection of Bournemouth, Christchurch and Poole local authority children's "
                    "services",
                    true, false, "", "2024-12-02", "2024-12-13", ""},
        // SIF, November 2014 (Isle of Wight): the authority above the title, a published date.
        OpeningCase{"sif",
                    "Isle of Wight Council\n\n"
                    "Inspection of services for children in need of help and protection, "
                    "children looked after and care leavers\n\n"
                    "and\n\n"
                    "Review of the effectiveness of the local safeguarding children board\n\n"
                    "Inspection date: 16 September 2014 - 8 October 2014\n\n"
                    "Report published: 19 November 2014\n\n"
                    "The overall judgement is that children's services require improvement\n",
                    "Isle of Wight Council Inspection of services for children in need of help "
                    "and protection, children looked after and care leavers and Review of the "
                    "effectiveness of the local safeguarding children board",
                    true, false, "2014-11-19", "2014-09-16", "2014-10-08", ""},
        // Focused visit letter, June 2023 (Leicestershire).
        OpeningCase{"focused visit letter",
                    "Ofsted Piccadilly Gate Store Street Manchester M1 2WD\n\n"
                    "T 0300 123 1231 Textphone 0161 618 8524 enquiries@ofsted.gov.uk "
                    "www.gov.uk/ofsted\n\n"
                    "16 June 2023\n\n"
                    "Jane Moore Children and Family Services Director County Hall Glenfield "
                    "Leicester LE3 8RA\n\n"
                    "Dear Ms Moore\n\n"
                    "Focused visit to Leicestershire children's services\n\n"
                    "This letter summarises the findings of the focused visit to Leicestershire "
                    "children's services on 11 and 12 May 2023.\n",
                    "Focused visit to Leicestershire children's services", true, true, "2023-06-16",
                    "", "",
                    "Jane Moore Children and Family Services Director County Hall Glenfield "
                    "Leicester LE3 8RA\n"},
        // A council paper about a visit: the title is a labelled field.
        OpeningCase{"committee report with a labelled title",
                    "Report to: Children's Scrutiny Committee\n"
                    "Date of meeting: 12 March 2020\n"
                    "Report title: Ofsted focused visit\n\n"
                    "Purpose of the report\n",
                    "Ofsted focused visit", false, false, "2020-03-12", "", "", ""},
        OpeningCase{"no title",
                    "Children and young people told inspectors that they feel safe. Leaders "
                    "listen to them.\n",
                    "", false, false, "", "", "", ""}),
    [](const auto& info) { return testing::case_name(info.param.label, info.index); });

TEST(ReportOpening, TitleLinesAndHeadMarkTheBlock) {
  ReportOpening o = opening(
      "Isle of Wight Council\n\n"
      "Inspection of services for children in need of help and protection, children looked "
      "after and care leavers\n\n"
      "Inspection date: 16 September 2014 - 8 October 2014\n");
  ASSERT_TRUE(o.title_line);
  EXPECT_EQ(*o.title_line, 0u);  // the authority line above the title belongs to it
  EXPECT_EQ(o.title_last, 1u);
  EXPECT_EQ(o.head,
            "Isle of Wight Council\nInspection of services for children in need of help and "
            "protection, children looked after and care leavers\n");
}

TEST(ReportOpening, FirstLinesSkipBlanksStripMarkupAndKeepOffsets) {
  std::string text = "\n### **Focused visit to Rutland**\n\n  Dear Ms Godfrey\nthird\nfourth\n";
  auto lines = first_lines(text, 3, 1000);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "Focused visit to Rutland");
  EXPECT_EQ(lines[0].offset, text.find("Focused"));
  EXPECT_EQ(lines[1].text, "Dear Ms Godfrey");
  EXPECT_EQ(lines[1].offset, text.find("Dear"));
  EXPECT_EQ(lines[2].text, "third");
  EXPECT_EQ(first_lines(text, 40, 10).size(), 1u);  // stops once max_chars are read
}

}  // namespace
}  // namespace ofsearch
