#include "indexer/segment/segment_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reference/reference_data.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

ScanResult scan(const std::string& text) {
  return SegmentScanner(reference_data().grades, SegmenterCues::defaults()).scan(text);
}

const char* style_name(SegItem::Style s) {
  using S = SegItem::Style;
  switch (s) {
    case S::plain:
      return "plain";
    case S::markdown:
      return "markdown";
    case S::bold:
      return "bold";
    case S::numbered:
      return "numbered";
    case S::caps:
      return "caps";
    case S::short_line:
      return "short";
    case S::graded_area:
      return "graded";
    case S::title:
      return "title";
    case S::cue:
      return "cue";
  }
  return "?";
}

// One line per item: "P text" (paragraph), "P16 text" (printed number 16), "L text"
// (bulleted list item), "B:kind text" (boilerplate), "H:style text" (heading), "G text"
// (grade line); " =grade" when the item carries one, " @page" past page 1.
std::vector<std::string> items(const ScanResult& r) {
  std::vector<std::string> out;
  for (const auto& item : r.items) {
    std::string line;
    switch (item.kind) {
      case SegItem::Kind::paragraph:
        if (item.boilerplate) {
          line = "B:" + std::string(name_of(item.boilerplate_kind));
        } else {
          line = item.list_item && !item.number ? "L" : "P";
          if (item.number) line += *item.number;
        }
        break;
      case SegItem::Kind::heading:
        line = std::string("H:") + style_name(item.style);
        break;
      case SegItem::Kind::grade:
        line = "G";
        break;
    }
    line += " " + item.text;
    if (item.grade) line += " =" + item.grade->word;
    if (item.page > 1) line += " @" + std::to_string(item.page);
    out.push_back(line);
  }
  return out;
}

struct ScanCase {
  const char* label;
  const char* text;
  std::vector<std::string> items;
};

class SegmentScannerTest : public ::testing::TestWithParam<ScanCase> {};

TEST_P(SegmentScannerTest, ReadsTheItemStreamAsReportsPrintIt) {
  EXPECT_EQ(items(scan(GetParam().text)), GetParam().items);
}

// Lines as the PDF extractor prints the real reports (../shared/corpus/real): one
// paragraph per line, form feeds at page ends.
INSTANTIATE_TEST_SUITE_P(
    RealShapes, SegmentScannerTest,
    ::testing::Values(
        // Focused visit letter, June 2023 (Leicestershire).
        ScanCase{"focused visit letter opening",
                 "Ofsted Piccadilly Gate Store Street Manchester M1 2WD\n\n"
                 "T 0300 123 1231 Textphone 0161 618 8524 enquiries@ofsted.gov.uk "
                 "www.gov.uk/ofsted\n\n"
                 "16 June 2023\n\n"
                 "Jane Moore Children and Family Services Director County Hall Glenfield "
                 "Leicester LE3 8RA\n\n"
                 "Dear Ms Moore\n\n"
                 "Focused visit to Leicestershire children's services\n\n"
                 "This letter summarises the findings of the focused visit to Leicestershire "
                 "children's services on 11 and 12 May 2023.\n\n"
                 "Headline findings\n\n"
                 "Senior leaders have an accurate understanding of the strengths of their "
                 "services for children in care.\n\n"
                 "Yours sincerely\n\n"
                 "Rachel Griffiths\n"
                 "His Majesty's Inspector\n",
                 {"B:letterhead Ofsted Piccadilly Gate Store Street Manchester M1 2WD",
                  "B:letterhead T 0300 123 1231 Textphone 0161 618 8524 enquiries@ofsted.gov.uk "
                  "www.gov.uk/ofsted",
                  "B:letterhead 16 June 2023",
                  "B:letterhead Jane Moore Children and Family Services Director County Hall "
                  "Glenfield Leicester LE3 8RA",
                  "B:salutation Dear Ms Moore",
                  "H:title Focused visit to Leicestershire children's services",
                  "P This letter summarises the findings of the focused visit to Leicestershire "
                  "children's services on 11 and 12 May 2023.",
                  "H:cue Headline findings",
                  "P Senior leaders have an accurate understanding of the strengths of their "
                  "services for children in care.",
                  "B:signoff Yours sincerely", "B:signoff Rachel Griffiths",
                  "B:signoff His Majesty's Inspector"}},
        // ILACS, December 2024 (BCP): a graded heading, bullets, numbered paragraphs.
        ScanCase{"ilacs graded section",
                 "What needs to improve?\n\n"
                 "\xE2\x80\xA2 Consistency in responding to the needs of children at risk of "
                 "exploitation.\n\n"
                 "\xE2\x80\xA2 The help and support offered to older care leavers.\n\n"
                 "The experiences and progress of children who need help and protection: good\n\n"
                 "1. Children in BCP receive good help and protection when it is needed.\n\n"
                 "2. Families have access to a wide range of early help services.\n"
                 "\f3. The MASH prioritises its response to new contacts and referrals.\n",
                 {"H:cue What needs to improve?",
                  "L Consistency in responding to the needs of children at risk of exploitation.",
                  "L The help and support offered to older care leavers.",
                  "H:graded The experiences and progress of children who need help and "
                  "protection =good",
                  "P1 Children in BCP receive good help and protection when it is needed.",
                  "P2 Families have access to a wide range of early help services.",
                  "P3 The MASH prioritises its response to new contacts and referrals. @2"}},
        // SIF, November 2014 (Isle of Wight): the table after the overall statement.
        ScanCase{"sif overall statement and table",
                 "The overall judgement is that children's services require improvement\n\n"
                 "The judgements on areas of the service that contribute to overall "
                 "effectiveness are:\n\n"
                 "1. Children who need help and protection\tRequire improvement\n"
                 "2. Children looked after and achieving permanence\tGood\n\n"
                 "The local authority\n",
                 {"P The overall judgement is that children's services require improvement",
                  "H:cue The judgements on areas of the service that contribute to overall "
                  "effectiveness are:",
                  "H:short The local authority"}},
        // A paragraph number printed on a line of its own, its text after it.
        ScanCase{"number set apart",
                 "16.\n\nThis affords them the chance to settle.\n\n17.\n\nPlans are reviewed.\n",
                 {"P16 This affords them the chance to settle.", "P17 Plans are reviewed."}},
        // Page furniture between two paragraphs: page numbers are transparent.
        ScanCase{"page number",
                 "Children are seen regularly by their social workers.\n\n12\n\f"
                 "Managers oversee plans.\n",
                 {"P Children are seen regularly by their social workers.", "B:page_furniture 12",
                  "P Managers oversee plans. @2"}}),
    [](const auto& info) { return testing::case_name(info.param.label, info.index); });

TEST(SegmentScanner, KeepsTableJudgementsAndTheOverallStatementApart) {
  ScanResult r = scan(
      "The overall judgement is that children's services require improvement\n\n"
      "1. Children who need help and protection\tRequire improvement\n"
      "2. Children looked after and achieving permanence\tGood\n\n"
      "The local authority\n");
  ASSERT_TRUE(r.overall_statement);
  EXPECT_EQ(r.overall_statement->grade.word, "requires-improvement");
  ASSERT_EQ(r.table_judgements.size(), 2u);
  EXPECT_EQ(r.table_judgements[0].area, "Children who need help and protection");
  EXPECT_EQ(r.table_judgements[0].grade.word, "requires-improvement");
  EXPECT_EQ(r.table_judgements[1].area, "Children looked after and achieving permanence");
  EXPECT_EQ(r.table_judgements[1].grade.word, "good");
  EXPECT_TRUE(r.table_parts.empty());
}

TEST(SegmentScanner, RecordsPartRowsOfATable) {
  ScanResult r = scan(
      "Record of main findings:\n\nSafeguarding services\t\n"
      "Overall effectiveness\tAdequate\n"
      "Services for looked after children\t\n"
      "Overall effectiveness\tGood\n\n"
      "Inspectors looked at the quality of practice.\n");
  EXPECT_EQ(r.table_parts, (std::vector<std::string>{"Safeguarding services",
                                                     "Services for looked after children"}));
  ASSERT_EQ(r.table_judgements.size(), 2u);
  EXPECT_EQ(r.table_judgements[1].part, "Services for looked after children");
}

TEST(SegmentScanner, EmptyTextHasNoItems) {
  ScanResult r = scan("");
  EXPECT_TRUE(r.items.empty());
  EXPECT_TRUE(r.table_judgements.empty());
  EXPECT_FALSE(r.overall_statement);
}

}  // namespace
}  // namespace ofsearch
