#include "indexer/segment/text_layout.h"

#include <gtest/gtest.h>

#include <string>

#include "support/case_name.h"

namespace ofsearch {
namespace {

const SegmenterCues& cues() { return SegmenterCues::defaults(); }

TEST(TextLayout, SplitsLinesAtBreaksAndFormFeedsCountingPages) {
  TextLayout l = analyse_layout("First line\r\n**Second** line\n\fThird\fFourth\n", cues());
  ASSERT_EQ(l.lines.size(), 5u);
  EXPECT_EQ(l.lines[0].raw, "First line");  // the "\r" of a CRLF line dropped
  EXPECT_EQ(l.lines[1].text, "Second line");
  EXPECT_EQ(l.lines[1].raw, "**Second** line");
  EXPECT_FALSE(l.lines[1].page_break);
  EXPECT_EQ(l.lines[2].text, "");  // between the line break and the form feed
  EXPECT_EQ(l.lines[2].page, 1);
  EXPECT_EQ(l.lines[3].text, "Third");
  EXPECT_TRUE(l.lines[3].page_break);
  EXPECT_EQ(l.lines[3].page, 2);
  EXPECT_EQ(l.lines[4].text, "Fourth");
  EXPECT_TRUE(l.lines[4].page_break);
  EXPECT_EQ(l.lines[4].page, 3);
}

TEST(TextLayout, HardWrappedTextHasAWrapWidthAndLongLinesHaveNone) {
  std::string wrapped;
  for (int i = 0; i < 10; ++i) wrapped += "Children and families have good access to early help\n";
  EXPECT_GT(analyse_layout(wrapped, cues()).wrap_width, 40.0);
  EXPECT_LT(analyse_layout(wrapped, cues()).wrap_width, 60.0);
  std::string paragraphs;
  for (int i = 0; i < 10; ++i) {
    paragraphs +=
        "Children in BCP receive good help and protection when it is needed, with significant "
        "improvements in social work practice since the last inspection.\n\n";
  }
  EXPECT_EQ(analyse_layout(paragraphs, cues()).wrap_width, 0.0);
  EXPECT_EQ(analyse_layout("Too few\nlines\n", cues()).wrap_width, 0.0);
}

TEST(TextLayout, ALineOnManyPagesIsARunningHeader) {
  std::string text;
  for (int page = 1; page <= 6; ++page) {
    text += "Inspection of Rutland County Council children's services\n\n";
    text += "Paragraph " + std::to_string(page) + " says something different.\n\f";
  }
  TextLayout l = analyse_layout(text, cues());
  EXPECT_EQ(l.running_lines.count("Inspection of Rutland County Council children's services"), 1u);
  EXPECT_EQ(l.running_lines.size(), 1u);
}

TEST(TextLayout, FindsALettersSalutationAndSignOff) {
  // Focused visit letter, June 2023 (Leicestershire), as the PDF extractor prints it.
  TextLayout l = analyse_layout(
      "Ofsted Piccadilly Gate Store Street Manchester M1 2WD\n\n"
      "16 June 2023\n\n"
      "Jane Moore Children and Family Services Director County Hall Glenfield Leicester LE3 "
      "8RA\n\n"
      "Dear Ms Moore\n\n"
      "Focused visit to Leicestershire children's services\n\n"
      "This letter summarises the findings of the focused visit.\n\n"
      "Yours sincerely\n\n"
      "Rachel Griffiths\n",
      cues());
  EXPECT_EQ(l.salutation, 6u);
  EXPECT_EQ(l.signoff, 12u);
}

TEST(TextLayout, AnAddressGluedToTheSalutationIsTheSalutation) {
  TextLayout l = analyse_layout(
      "16 June 2023\nCounty Hall Glenfield Leicester LE3 8RA Dear Ms Moore\n"
      "Focused visit to Leicestershire children's services\n",
      cues());
  EXPECT_EQ(l.salutation, 1u);
}

TEST(TextLayout, AReportWithoutALetterHasNoSalutationOrSignOff) {
  TextLayout l = analyse_layout(
      "Inspection of Bournemouth, Christchurch and Poole local authority children's services\n\n"
      "Inspection dates: 2 to 13 December 2024\n",
      cues());
  EXPECT_EQ(l.salutation, TextLayout::npos);
  EXPECT_EQ(l.signoff, TextLayout::npos);
}

// SIF, November 2014 (Isle of Wight): the contents page as the PDF extractor prints it.
const char* const kContents =
    "Contents\n\n"
    "The local authority\t3\n"
    "Summary of findings\t3\n"
    "What does the local authority need to improve?\t4\n"
    "Information about this local authority area\t9\n"
    "\n"
    "The Local Safeguarding Children Board (LSCB)\n"
    "\n"
    "Summary of findings\t35\n"
    "What the inspection judgements mean\t42\n"
    "\n"
    "Information about this inspection\n"
    "\fThe local authority\n";

TEST(TextLayout, AContentsPageRunsOverItsEntriesAndTitlesOfGroups) {
  auto lines = analyse_layout(kContents, cues()).lines;
  ASSERT_TRUE(is_contents_heading(lines[0], cues()));
  std::size_t end = contents_end(lines, 0);
  EXPECT_EQ(lines[end - 1].text, "What the inspection judgements mean 42");
  EXPECT_FALSE(is_contents_heading(lines[2], cues()));
}

TEST(TextLayout, AContentsHeadingGluedToItsFirstEntry) {
  auto lines = analyse_layout("Contents Section 1: the local authority\t3\n", cues()).lines;
  EXPECT_TRUE(is_contents_heading(lines[0], cues()));
  auto prose = analyse_layout("Contents of the case files were reviewed.\n", cues()).lines;
  EXPECT_FALSE(is_contents_heading(prose[0], cues()));
}

struct BoilerplateCase {
  const char* line;
  const char* kind;  // nullptr: not boilerplate
};

class LineBoilerplateTest : public ::testing::TestWithParam<BoilerplateCase> {};

TEST_P(LineBoilerplateTest, KnowsTheKindOfALineByThePhraseRules) {
  auto lines = analyse_layout(GetParam().line, cues()).lines;
  auto kind = line_boilerplate(lines[0], cues());
  if (!GetParam().kind) {
    EXPECT_FALSE(kind) << name_of(*kind);
    return;
  }
  ASSERT_TRUE(kind) << GetParam().line;
  EXPECT_EQ(name_of(*kind), GetParam().kind);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, LineBoilerplateTest,
    ::testing::Values(BoilerplateCase{"Dear Ms Moore", "salutation"},
                      BoilerplateCase{"Yours sincerely", "signoff"},
                      BoilerplateCase{"Ofsted Piccadilly Gate Store Street Manchester M1 2WD",
                                      "letterhead"},
                      BoilerplateCase{"Children in care are seen regularly by their social "
                                      "workers.",
                                      nullptr},
                      BoilerplateCase{"Inspection dates: 2 to 13 December 2024", "title_page"},
                      BoilerplateCase{"\xC2\xA9 Crown copyright 2024", "copyright"},
                      BoilerplateCase{"", nullptr}),
    [](const auto& info) { return testing::case_name(info.param.line, info.index); });

}  // namespace
}  // namespace ofsearch
