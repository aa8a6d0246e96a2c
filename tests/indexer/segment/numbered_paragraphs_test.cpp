#include "indexer/segment/numbered_paragraphs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/case_name.h"

namespace ofsearch::seg {
namespace {

// Items from short codes: "16:text" a paragraph numbered 16, "L:text" a list item,
// "H:text" a heading, "T:text" page furniture, "B:text" boilerplate, else a plain paragraph.
std::vector<SegItem> items_of(const std::vector<std::string>& codes) {
  std::vector<SegItem> items;
  for (const auto& code : codes) {
    SegItem item;
    std::size_t colon = code.find(':');
    std::string tag = colon == std::string::npos ? "" : code.substr(0, colon);
    item.text = colon == std::string::npos ? code : code.substr(colon + 1);
    if (tag == "L") {
      item.list_item = true;
    } else if (tag == "H") {
      item.kind = SegItem::Kind::heading;
    } else if (tag == "T") {
      item.boilerplate = item.transparent = true;
      item.boilerplate_kind = BoilerplateKind::page_furniture;
    } else if (tag == "B") {
      item.boilerplate = true;
      item.boilerplate_kind = BoilerplateKind::title_page;
    } else if (!tag.empty()) {
      item.number = tag;
    }
    items.push_back(item);
  }
  return items;
}

std::vector<std::string> codes_of(const std::vector<SegItem>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) {
    std::string tag = item.kind == SegItem::Kind::heading ? "H:"
                      : item.transparent                  ? "T:"
                      : item.boilerplate                  ? "B:"
                      : item.list_item                    ? "L:"
                      : item.number                       ? *item.number + ":"
                                                          : "";
    out.push_back(tag + item.text);
  }
  return out;
}

struct MergeCase {
  const char* label;
  std::vector<std::string> in;
  std::vector<std::string> out;
};

class MergeIntoNumberedTest : public ::testing::TestWithParam<MergeCase> {};

TEST_P(MergeIntoNumberedTest, JoinsPlainParagraphsBetweenNumbersInSequence) {
  auto items = items_of(GetParam().in);
  merge_into_numbered(items, [](const std::string& text) {
    return text.find("requires improvement") != std::string::npos;
  });
  EXPECT_EQ(codes_of(items), GetParam().out);
}

INSTANTIATE_TEST_SUITE_P(
    Streams, MergeIntoNumberedTest,
    ::testing::Values(
        // ILACS: paragraph 6 split where its page ended with a full stop.
        MergeCase{"carried over a page",
                  {"6:Child protection investigations are comprehensive.",
                   "They are recommending appropriate, necessary actions.",
                   "7:Assessments for children needing statutory help are timely."},
                  {"6:Child protection investigations are comprehensive. They are recommending "
                   "appropriate, necessary actions.",
                   "7:Assessments for children needing statutory help are timely."}},
        MergeCase{"page furniture in between is kept",
                  {"6:Investigations are thorough.", "T:12", "Plans are reviewed.",
                   "7:Assessments are timely."},
                  {"6:Investigations are thorough. Plans are reviewed.", "T:12",
                   "7:Assessments are timely."}},
        MergeCase{"no number after: nothing joins",
                  {"6:Investigations are thorough.", "Plans are reviewed."},
                  {"6:Investigations are thorough.", "Plans are reviewed."}},
        MergeCase{
            "out of sequence: nothing joins",
            {"6:Investigations are thorough.", "Plans are reviewed.", "9:Assessments are timely."},
            {"6:Investigations are thorough.", "Plans are reviewed.", "9:Assessments are timely."}},
        MergeCase{"a heading between ends the run",
                  {"6:Investigations are thorough.", "H:Care leavers", "Plans are reviewed.",
                   "7:Assessments are timely."},
                  {"6:Investigations are thorough.", "H:Care leavers", "Plans are reviewed.",
                   "7:Assessments are timely."}},
        MergeCase{"list items, boilerplate and lead-ins are not carried over",
                  {"2:The evidence evaluated by inspectors included:", "L:case records.",
                   "Inspectors looked at:", "B:Inspection dates: 3 to 14 October 2011.",
                   "3:All judgements are made on a four point scale."},
                  {"2:The evidence evaluated by inspectors included:", "L:case records.",
                   "Inspectors looked at:", "B:Inspection dates: 3 to 14 October 2011.",
                   "3:All judgements are made on a four point scale."}},
        MergeCase{
            "a footnote is passed over and kept",
            {"16:Leaders know their services.",
             "1 The areas for improvement have been cross-referenced.", "Managers oversee plans.",
             "17:Plans are reviewed."},
            {"16:Leaders know their services. Managers oversee plans.",
             "1 The areas for improvement have been cross-referenced.", "17:Plans are reviewed."}},
        MergeCase{"a sentence stating a grade is never joined",
                  {"3.1:Adoption is timely.",
                   "The graded judgement for adoption performance is that it requires "
                   "improvement.",
                   "3.2:Care leavers are supported."},
                  {"3.1:Adoption is timely.",
                   "The graded judgement for adoption performance is that it requires "
                   "improvement.",
                   "3.2:Care leavers are supported."}},
        MergeCase{"empty", {}, {}}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.label, info.index); });

}  // namespace
}  // namespace ofsearch::seg
