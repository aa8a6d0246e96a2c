#include "indexer/segment/boilerplate_detector.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ofsearch {
namespace {

SegItem paragraph(const std::string& text) {
  SegItem item;
  item.text = text;
  return item;
}

SegItem heading(const std::string& text) {
  SegItem item = paragraph(text);
  item.kind = SegItem::Kind::heading;
  return item;
}

// "-" for content, else the boilerplate kind; "H" for a heading left a heading.
std::vector<std::string> flags(std::vector<SegItem> items) {
  BoilerplateDetector(SegmenterCues::defaults()).flag(items);
  std::vector<std::string> out;
  for (const auto& item : items) {
    if (item.kind == SegItem::Kind::heading) {
      out.push_back("H");
    } else {
      out.push_back(item.boilerplate ? std::string(name_of(item.boilerplate_kind)) : "-");
    }
  }
  return out;
}

using Flags = std::vector<std::string>;

TEST(BoilerplateDetector, FlagsParagraphsByThePhraseRules) {
  EXPECT_EQ(flags({paragraph("Inspection dates: 2 to 13 December 2024"),
                   paragraph("Children in BCP receive good help and protection."),
                   paragraph("\xC2\xA9 Crown copyright 2024"), paragraph("Yours sincerely")}),
            (Flags{"title_page", "-", "copyright", "signoff"}));
}

TEST(BoilerplateDetector, LeavesHeadingsAndFlaggedParagraphsAlone) {
  SegItem letterhead = paragraph("Yours sincerely");
  letterhead.boilerplate = true;
  letterhead.boilerplate_kind = BoilerplateKind::letterhead;
  EXPECT_EQ(flags({heading("Yours sincerely"), letterhead}), (Flags{"H", "letterhead"}));
}

// A news page: the article, then teasers and links after it. The tail's heading
// becomes a flagged paragraph; a line a rule flagged keeps its kind ("website": contact).
TEST(BoilerplateDetector, FlagsTheWebFurnitureAfterAnArticleHeadingsIncluded) {
  EXPECT_EQ(flags({paragraph("Ofsted has rated the council's children's services good."),
                   paragraph("Inspectors found that children are safe."),
                   paragraph("Leaders were praised for their work with care leavers."),
                   paragraph("The council welcomed the report."),
                   paragraph("Council budget set for next year [...]"), heading("Latest news"),
                   paragraph("New school opens in the town [...]"),
                   paragraph("Website design by Example Ltd")}),
            (Flags{"-", "-", "-", "-", "furniture", "furniture", "furniture", "contact"}));
}

TEST(BoilerplateDetector, OneTeaserOrOneEarlyInAPageIsNoTail) {
  EXPECT_EQ(flags({paragraph("Ofsted has rated the council's services good."),
                   paragraph("Inspectors found that children are safe."),
                   paragraph("Leaders were praised [...]"),
                   paragraph("The council welcomed the report.")}),
            (Flags{"-", "-", "furniture", "-"}));
  EXPECT_EQ(flags({paragraph("Read more [...]"), paragraph("Latest news [...]"),
                   paragraph("Ofsted has rated the council's services good."),
                   paragraph("Inspectors found that children are safe."),
                   paragraph("Leaders were praised for their work."),
                   paragraph("The council welcomed the report.")}),
            (Flags{"furniture", "furniture", "-", "-", "-", "-"}));
}

}  // namespace
}  // namespace ofsearch
