#include "indexer/segment/section_tracker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reference/reference_data.h"

namespace ofsearch {
namespace {

using Style = SegItem::Style;

SegItem heading(const std::string& text, Style style = Style::short_line, int level = 0,
                const char* grade = nullptr) {
  SegItem item;
  item.kind = SegItem::Kind::heading;
  item.style = style;
  item.text = text;
  item.level = level;
  if (grade) item.grade = reference_data().grades.by_word(grade);
  return item;
}

SegItem paragraph(const std::string& text) {
  SegItem item;
  item.text = text;
  return item;
}

SegItem grade_line(const char* word) {
  SegItem item;
  item.kind = SegItem::Kind::grade;
  item.text = word;
  item.grade = reference_data().grades.by_word(word);
  return item;
}

Sections sections(const std::vector<SegItem>& items,
                  const std::vector<std::string>& table_parts = {}) {
  return assign_sections(items, SegmenterCues::defaults(), table_parts);
}

using Path = std::vector<std::string>;

TEST(SectionTracker, MarkdownLevelsAreUsedAsPrinted) {
  Sections s = sections({heading("Focused visit to Rotherham", Style::markdown, 1),
                         heading("Findings", Style::markdown, 2), paragraph("Plans are good."),
                         heading("Next steps", Style::markdown, 2), paragraph("Review plans.")});
  ASSERT_EQ(s.items.size(), 5u);
  EXPECT_EQ(s.items[2].path, (Path{"Focused visit to Rotherham", "Findings"}));
  EXPECT_EQ(s.items[4].path, (Path{"Focused visit to Rotherham", "Next steps"}));
}

// ILACS, December 2024 (BCP): graded judgement headings over numbered paragraphs.
TEST(SectionTracker, AGradedHeadingGivesItsParagraphsItsGrade) {
  Sections s =
      sections({heading("The experiences and progress of children who need help and protection",
                        Style::graded_area, 0, "good"),
                paragraph("1. Children in BCP receive good help and protection when it is needed."),
                heading("The experiences and progress of care leavers", Style::graded_area, 0,
                        "requires-improvement"),
                paragraph("40. Care leavers are supported by personal advisers.")});
  EXPECT_EQ(s.items[1].path,
            (Path{"The experiences and progress of children who need help and protection"}));
  ASSERT_TRUE(s.items[1].grade);
  EXPECT_EQ(s.items[1].grade->word, "good");
  EXPECT_EQ(s.items[3].path, (Path{"The experiences and progress of care leavers"}));
  ASSERT_TRUE(s.items[3].grade);
  EXPECT_EQ(s.items[3].grade->word, "requires-improvement");
  ASSERT_EQ(s.graded.size(), 2u);
  EXPECT_EQ(s.graded[0].area,
            "The experiences and progress of children who need help and protection");
  EXPECT_EQ(s.graded[1].grade.word, "requires-improvement");
}

// SIF: a grade printed on the line under its heading grades that section.
TEST(SectionTracker, AGradeLineRightUnderAHeadingGradesItsSection) {
  Sections s = sections({heading("Adoption performance"), grade_line("good"),
                         paragraph("Children are matched with adopters quickly."),
                         grade_line("inadequate")});  // after a paragraph: no longer the heading's
  ASSERT_TRUE(s.items[2].grade);
  EXPECT_EQ(s.items[2].grade->word, "good");
  ASSERT_EQ(s.graded.size(), 1u);
  EXPECT_EQ(s.graded[0].area, "Adoption performance");
}

TEST(SectionTracker, AHeadingDirectlyOverAnotherGroupsWhatFollows) {
  Sections s = sections({heading("Summary of findings"), heading("Quality of practice"),
                         paragraph("Practice is not yet consistently good."),
                         heading("Systems and processes"), paragraph("Systems are sound.")});
  EXPECT_EQ(s.items[2].path, (Path{"Summary of findings", "Quality of practice"}));
  EXPECT_EQ(s.items[4].path, (Path{"Summary of findings", "Systems and processes"}));
  EXPECT_FALSE(s.items[4].grade);
}

TEST(SectionTracker, PartRowsOfATableMakeTheirHeadingsParts) {
  Sections s =
      sections({heading("Safeguarding services"), heading("Overall effectiveness"),
                grade_line("adequate"), paragraph("Children are safe."),
                heading("Services for looked after children"), heading("Overall effectiveness"),
                grade_line("good"), paragraph("Children in care do well.")},
               {"Safeguarding services", "Services for looked after children"});
  EXPECT_EQ(s.items[3].part, "Safeguarding services");
  EXPECT_EQ(s.items[3].path, (Path{"Safeguarding services", "Overall effectiveness"}));
  EXPECT_EQ(s.items[7].part, "Services for looked after children");
  EXPECT_EQ(s.items[7].path, (Path{"Services for looked after children", "Overall effectiveness"}));
  ASSERT_EQ(s.graded.size(), 2u);
  EXPECT_EQ(s.graded[0].part, "Safeguarding services");
  EXPECT_EQ(s.graded[1].part, "Services for looked after children");
  EXPECT_EQ(s.graded[1].grade.word, "good");
}

TEST(SectionTracker, ParagraphsBeforeAnyHeadingHaveNoPath) {
  Sections s = sections({paragraph("Dear Ms Moore"), heading("Headline findings"),
                         paragraph("Leaders know their services.")});
  EXPECT_TRUE(s.items[0].path.empty());
  EXPECT_EQ(s.items[0].part, "");
  EXPECT_EQ(s.items[2].path, (Path{"Headline findings"}));
  EXPECT_TRUE(s.graded.empty());
}

}  // namespace
}  // namespace ofsearch
