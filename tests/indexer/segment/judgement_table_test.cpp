#include "indexer/segment/judgement_table.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "indexer/segment/text_layout.h"
#include "reference/reference_data.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

const JudgementTableReader& reader() {
  static const JudgementTableReader r(reference_data().grades, SegmenterCues::defaults());
  return r;
}

// Lines view the text: it must outlive them (the cases' texts are literals).
std::vector<seg::Line> lines_of(std::string_view text) {
  return analyse_layout(text, SegmenterCues::defaults()).lines;
}

// "area = grade-word", with " [part]" when the row sits under a part row.
std::vector<std::string> rows(const TableRead& read) {
  std::vector<std::string> out;
  for (const auto& j : read.judgements)
    out.push_back(j.area + " = " + j.grade.word + (j.part.empty() ? "" : " [" + j.part + "]"));
  return out;
}

struct TableCase {
  const char* label;
  const char* text;                // the table, as reports print it, and what follows
  std::vector<std::string> rows;   // read from the first line after any header
  std::size_t end;                 // first line after the table
  std::vector<std::string> parts;  // part rows
};

class JudgementTableReadTest : public ::testing::TestWithParam<TableCase> {};

TEST_P(JudgementTableReadTest, ReadsEveryRowAndStopsAtProse) {
  const TableCase& c = GetParam();
  auto lines = lines_of(c.text);
  std::size_t from = 0;
  reader().is_table_start(lines, 0, &from);  // from stays 0 for a table without a header
  TableRead read = reader().read(lines, from, lines.size());
  EXPECT_EQ(rows(read), c.rows);
  EXPECT_EQ(read.end, c.end);
  EXPECT_EQ(read.parts, c.parts);
}

INSTANTIATE_TEST_SUITE_P(
    RealShapes, JudgementTableReadTest,
    ::testing::Values(
        // ILACS, December 2024 (BCP): the table as the PDF extractor gives it.
        TableCase{
            "ilacs tab separated",
            "Judgement\tGrade\n"
            "The impact of leaders on social work practice with children and families\tGood\n"
            "The experiences and progress of children who need help and protection\tGood\n"
            "The experiences and progress of children in care\tGood\n"
            "The experiences and progress of care leavers\tRequires improvement to be good\n"
            "Overall effectiveness\tGood\n"
            "\n"
            "Senior leaders in Bournemouth, Christchurch and Poole (BCP) have made "
            "significant progress since the last inspection.\n",
            {"The impact of leaders on social work practice with children and families = good",
             "The experiences and progress of children who need help and protection = good",
             "The experiences and progress of children in care = good",
             "The experiences and progress of care leavers = requires-improvement",
             "Overall effectiveness = good"},
            6,
            {}},
        // SIF, November 2014 (Isle of Wight): numbered rows, "Require improvement".
        TableCase{"sif numbered rows",
                  "1. Children who need help and protection\tRequire improvement\n"
                  "2. Children looked after and achieving permanence\tRequire improvement\n"
                  "2.1 Adoption performance\tRequire improvement\n"
                  "2.2 Experiences and progress of care leavers\tRequire improvement\n"
                  "3. Leadership, management and governance\tRequire improvement\n"
                  "\n"
                  "1 Ofsted produces this report under its power to combine reports in accordance "
                  "with section 152 of the Education and Inspections Act 2006. This report\n",
                  {"Children who need help and protection = requires-improvement",
                   "Children looked after and achieving permanence = requires-improvement",
                   "Adoption performance = requires-improvement",
                   "Experiences and progress of care leavers = requires-improvement",
                   "Leadership, management and governance = requires-improvement"},
                  5,
                  {}},
        // SIF without a header, pdftotext: the grade on its own line, split in two.
        TableCase{"sif grade split over two lines",
                  "1. Children who need help and protection\n\nRequires improvement\n\n"
                  "2. Children looked after and achieving\npermanence\n\nGood\n\n"
                  "2.1 Adoption performance\n\nRequires\nImprovement\n\n"
                  "3. Leadership, management and governance\n\nInadequate\n\n"
                  "Executive summary\n\nMilton Keynes children's services require improvement to "
                  "be good. The vast majority of the recommendations have been met.\n",
                  {"Children who need help and protection = requires-improvement",
                   "Children looked after and achieving permanence = good",
                   "Adoption performance = requires-improvement",
                   "Leadership, management and governance = inadequate"},
                  17,
                  {}},
        // SLAC "Record of main findings": part rows name the part of the report.
        TableCase{"slac parts",
                  "Record of main findings:\n\nSafeguarding services\t\n"
                  "Overall effectiveness\tAdequate\n"
                  "Capacity for improvement\tGood\n"
                  "Services for looked after children\t\n"
                  "Overall effectiveness\tGood\n"
                  "Being healthy\tOutstanding\n",
                  {"Overall effectiveness = adequate [Safeguarding services]",
                   "Capacity for improvement = good [Safeguarding services]",
                   "Overall effectiveness = good [Services for looked after children]",
                   "Being healthy = outstanding [Services for looked after children]"},
                  8,
                  {"Safeguarding services", "Services for looked after children"}},
        // pdftotext -layout: columns set apart by runs of spaces, the grade wrapped.
        TableCase{
            "layout columns",
            " Judgement                                                     Grade\n\n"
            " The experiences and progress of children who need help     Inadequate\n"
            " and protection\n\n"
            " The experiences and progress of children in care and       Requires "
            "improvement to\n"
            " care leavers                                               be good\n\n"
            " Services for children in the Isle of Wight have improved since the single "
            "inspection\n in 2014, when they required improvement to be good. The strategic\n",
            {"The experiences and progress of children who need help and protection = "
             "inadequate",
             "The experiences and progress of children in care and care leavers = "
             "requires-improvement"},
            7,
            {}},
        TableCase{"prose is no table",
                  "Children in BCP receive good help and protection when it is needed, with "
                  "significant improvements in social work practice since the last inspection.\n",
                  {},
                  0,
                  {}}),
    [](const auto& info) { return testing::case_name(info.param.label, info.index); });

struct StartCase {
  const char* text;
  bool start;
  std::size_t body;  // when start
};

class JudgementTableStartTest : public ::testing::TestWithParam<StartCase> {};

TEST_P(JudgementTableStartTest, KnowsATableHeader) {
  auto lines = lines_of(GetParam().text);
  std::size_t body = 999;
  EXPECT_EQ(reader().is_table_start(lines, 0, &body), GetParam().start);
  if (GetParam().start) {
    EXPECT_EQ(body, GetParam().body);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Headers, JudgementTableStartTest,
    ::testing::Values(StartCase{"Judgement\tGrade\nOverall effectiveness\tGood\n", true, 1},
                      StartCase{"Judgement\n\nGrade\n\nOverall effectiveness\n\nGood\n", true, 3},
                      StartCase{"Record of main findings:\n\nSafeguarding services\t\n", true, 1},
                      StartCase{"Judgements are made using a four point scale.\n", false, 0},
                      StartCase{"Overall effectiveness\tGood\n", false, 0}),
    [](const auto& info) { return testing::case_name(info.param.text, info.index); });

TEST(JudgementTableReader, TellsAHeaderOnlyLineAndARowLine) {
  auto lines = lines_of(
      "Judgement\tGrade\n"
      "Overall effectiveness\tGood\n"
      "Leadership, management and governance   Requires improvement\n"
      "Inspectors looked at the quality of practice.\n");
  EXPECT_TRUE(reader().is_header_only(lines[0]));
  EXPECT_FALSE(reader().is_header_only(lines[1]));
  EXPECT_FALSE(reader().is_row(lines[0]));
  EXPECT_TRUE(reader().is_row(lines[1]));
  EXPECT_TRUE(reader().is_row(lines[2]));
  EXPECT_FALSE(reader().is_row(lines[3]));
}

TEST(JudgementTableReader, AnAreaWithAGradeLineUnderItOpensATableWithoutAHeader) {
  auto lines = lines_of(
      "1. Children who need help and protection\n\nRequires improvement\n\n"
      "Adoption performance\nGrade 3 (Adequate)\n\n"
      "Children are seen regularly.\nGood\n");
  EXPECT_TRUE(reader().area_before_grade(lines, 0));
  EXPECT_FALSE(reader().area_before_grade(lines, 4));  // "Grade 3": the section's own grade
  EXPECT_FALSE(reader().area_before_grade(lines, 7));  // a sentence is no area
  EXPECT_FALSE(reader().area_before_grade(lines, 2));  // nothing graded under it
}

struct GradeCase {
  const char* text;
  const char* word;  // nullptr: not a whole grade
};

class JudgementTableGradeTest : public ::testing::TestWithParam<GradeCase> {};

TEST_P(JudgementTableGradeTest, ReadsAGradeCell) {
  auto g = reader().whole_grade(GetParam().text);
  if (!GetParam().word) {
    EXPECT_FALSE(g) << g->word;
    return;
  }
  ASSERT_TRUE(g) << GetParam().text;
  EXPECT_EQ(g->word, GetParam().word);
}

INSTANTIATE_TEST_SUITE_P(
    Cells, JudgementTableGradeTest,
    ::testing::Values(GradeCase{"Good", "good"},
                      GradeCase{"Requires improvement to be good", "requires-improvement"},
                      GradeCase{"Require improvement", "requires-improvement"},
                      GradeCase{"Grade 3 (Adequate)", "adequate"},
                      GradeCase{"Inadequate", "inadequate"},
                      GradeCase{"Overall effectiveness", nullptr},
                      GradeCase{"The experiences and progress of care leavers: good", nullptr},
                      GradeCase{"", nullptr}),
    [](const auto& info) { return testing::case_name(info.param.text, info.index); });

}  // namespace
}  // namespace ofsearch
