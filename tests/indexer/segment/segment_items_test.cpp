#include "indexer/segment/segment_items.h"

#include <gtest/gtest.h>

#include "indexer/segment/segment_scanner.h"
#include "reference/reference_data.h"

namespace ofsearch {
namespace {

// What the passes after the scanner rely on when an item leaves a field unset.
TEST(SegmentItems, AnItemIsAPlainContentParagraphOnPageOneUntilSaidOtherwise) {
  SegItem item;
  EXPECT_EQ(item.kind, SegItem::Kind::paragraph);
  EXPECT_EQ(item.style, SegItem::Style::plain);
  EXPECT_EQ(item.level, 0);  // 0: the section pass infers the level
  EXPECT_EQ(item.page, 1);
  EXPECT_FALSE(item.number || item.grade);
  EXPECT_FALSE(item.boilerplate || item.transparent || item.key || item.list_item);
  EXPECT_EQ(item.boilerplate_kind, BoilerplateKind::none);
  ScanResult result;
  EXPECT_TRUE(result.items.empty() && result.table_judgements.empty() &&
              result.table_parts.empty());
  EXPECT_FALSE(result.overall_statement);
}

// The scanner fills the stream as the header describes: a heading's grade, a grade
// line, a printed number, a list item, page furniture and the page of each item.
TEST(SegmentItems, TheScannerFillsEveryFieldItSees) {
  ScanResult r = SegmentScanner(reference_data().grades, SegmenterCues::defaults())
                     .scan(
                         "The experiences and progress of children in care: good\n\n"
                         "1. Children in care live in stable homes.\n\n"
                         "\xE2\x80\xA2 Their plans are reviewed.\n\n"
                         "12\n\f"
                         "Adoption performance\n\nGrade 2 (Good)\n\n"
                         "Children are matched quickly.\n");
  ASSERT_GE(r.items.size(), 6u);
  const SegItem& heading = r.items[0];
  EXPECT_EQ(heading.kind, SegItem::Kind::heading);
  EXPECT_EQ(heading.style, SegItem::Style::graded_area);
  ASSERT_TRUE(heading.grade);
  EXPECT_EQ(heading.grade->word, "good");
  EXPECT_EQ(r.items[1].number, "1");
  EXPECT_TRUE(r.items[2].list_item);
  EXPECT_TRUE(r.items[3].transparent);
  EXPECT_EQ(r.items[3].boilerplate_kind, BoilerplateKind::page_furniture);
  bool grade_line = false;
  for (const auto& item : r.items) {
    if (item.kind != SegItem::Kind::grade) continue;
    grade_line = true;
    EXPECT_EQ(item.page, 2);
    ASSERT_TRUE(item.grade);
    EXPECT_EQ(item.grade->word, "good");
  }
  EXPECT_TRUE(grade_line);
  EXPECT_EQ(r.items.back().page, 2);
}

}  // namespace
}  // namespace ofsearch
