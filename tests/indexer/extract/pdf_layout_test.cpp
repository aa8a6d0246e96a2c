#include "indexer/extract/pdf_layout.h"

#include <gtest/gtest.h>

#include "indexer/extract/pdf_hyphenation.h"
#include "support/case_name.h"

namespace ofsearch::pdf {
namespace {

struct HyphenCase {
  const char* document;  // running text the resolver learns from
  const char* before;    // line ending (hyphen removed)
  const char* after;     // next line
  bool keep;
};

class HyphenRule : public ::testing::TestWithParam<HyphenCase> {};

TEST_P(HyphenRule, DecidesCompoundOrWordBreak) {
  HyphenResolver r;
  r.learn(GetParam().document);
  EXPECT_EQ(r.keep_hyphen(GetParam().before, GetParam().after), GetParam().keep)
      << GetParam().before << "-|" << GetParam().after;
}

INSTANTIATE_TEST_SUITE_P(
    Table, HyphenRule,
    ::testing::Values(
        HyphenCase{"", "homeless 16- and 17", "year-olds are", true},  // digit before
        HyphenCase{"", "non", "English speaking", true},               // capital after
        HyphenCase{"a clear rationale for decision-making.", "inform decision", "making. This",
                   true},
        HyphenCase{"the quality of assessments is good", "timely assess", "ments are", false},
        HyphenCase{"", "the assess", "ment of risk", false},  // bare suffix
        HyphenCase{"", "improved permanence plann", "ing for children", false},
        HyphenCase{"", "holding well", "attended strategy meetings", true},      // default: keep
        HyphenCase{"coordinated support", "well-co", "ordinated plans", false},  // joined word seen
        HyphenCase{"well-co-ordinated plans", "a well-co", "ordinated approach", true},
        HyphenCase{"", "the ", "ment", true}),  // no word before
    [](const auto& info) {
      return ofsearch::testing::case_name(std::string(info.param.before) + "-" + info.param.after,
                                          info.index);
    });

// Builds a page of single-line words; each line is (text, top, left, size).
struct L {
  std::string text;
  double top, left = 72, size = 11;
};

Page page_of(const std::vector<L>& lines) {
  Page p;
  p.width = 595;
  p.height = 842;
  for (const auto& l : lines) {
    double x = l.left;
    std::size_t start = 0;
    while (start < l.text.size()) {
      auto end = l.text.find(' ', start);
      if (end == std::string::npos) end = l.text.size();
      Word w;
      w.text = l.text.substr(start, end - start);
      w.left = x;
      w.right = x + 5.5 * static_cast<double>(w.text.size());
      w.top = l.top;
      w.bottom = l.top + l.size * 1.2;
      w.font_size = l.size;
      w.space_after = end < l.text.size();
      p.words.push_back(w);
      x = w.right + 3;
      start = end + 1;
    }
  }
  return p;
}

TEST(PdfLayout, JoinsAParagraphAcrossAPageBreakAndDropsRunningLines) {
  Page one = page_of({{"Focused visit to Anytown", 40, 72, 8},
                      {"Children are seen regularly by social workers who know", 100},
                      {"them well. Social workers have received relevant training and", 113.2},
                      {"3", 800, 290, 8}});
  Page two = page_of({{"Focused visit to Anytown", 40, 72, 8},
                      {"all children are living in appropriate accommodation.", 100},
                      {"Managers track the progress of agreed actions.", 130},
                      {"4", 800, 290, 8}});
  auto text = layout_text({one, two});
  EXPECT_EQ(text,
            "Children are seen regularly by social workers who know them well. Social workers have "
            "received "
            "relevant training and all children are living in appropriate accommodation.\n\f"
            "Managers track the progress of agreed actions.\n");
}

TEST(PdfLayout, AFormFeedPerPageEndedStandsForTheBlankLineBetweenPages) {
  Page blank = page_of({});
  Page one = page_of({{"Headline findings", 100}, {"Children are seen regularly.", 130}});
  Page two = page_of({{"Managers track the progress of agreed actions.", 100}});
  EXPECT_EQ(layout_text({blank, one, blank, two}),
            "\fHeadline findings\n\nChildren are seen regularly.\n\f\f"
            "Managers track the progress of agreed actions.\n");
}

TEST(PdfLayout, LabelsWideGapsAndSplitNumbers) {
  Page p = page_of({{"\xEF\x81\xAE Wingdings square bullet", 100},
                    {"Judgement Grade", 130},
                    {"23 . Robust processes are in place", 160}});
  // Widen the gap inside the second line to make two cells, and glue "23" and ".".
  for (auto& w : p.words) {
    if (w.text == "Grade") w.left += 200, w.right += 200;
    if (w.text == "23") w.space_after = false;
    if (w.text == ".") w.left -= 3, w.right -= 3;
  }
  auto lines = build_lines(p);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "\xE2\x80\xA2 Wingdings square bullet");
  EXPECT_TRUE(lines[0].label);
  EXPECT_EQ(lines[1].text, "Judgement\tGrade");
  EXPECT_EQ(lines[2].text, "23. Robust processes are in place");
  EXPECT_TRUE(lines[2].label);
}

TEST(PdfLayout, NumberWrappedToALineStartMidSentenceIsNoLabel) {
  Page p = page_of({{"31. Care leavers are allocated personal advisers at the age of", 100},
                    {"16. This affords them time to build relationships.", 113.2, 93},
                    {"32. Pathway plans are reviewed.", 126.4}});
  EXPECT_EQ(layout_text({p}),
            "31. Care leavers are allocated personal advisers at the age of 16. This affords them "
            "time to build "
            "relationships.\n\n32. Pathway plans are reviewed.\n");
}

TEST(PdfLayout, FootnoteAtPageFootDoesNotBlockTheContinuation) {
  Page one = page_of({{"The areas for improvement show a lack of", 100},
                      {"1 See the national framework.", 760, 72, 8}});
  Page two = page_of({{"coordination of activity.", 100}});
  EXPECT_EQ(layout_text({one, two}),
            "The areas for improvement show a lack of coordination of activity.\n\n1 See the "
            "national framework.\n");
}

}  // namespace
}  // namespace ofsearch::pdf
