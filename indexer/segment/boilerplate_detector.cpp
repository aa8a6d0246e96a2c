#include "indexer/segment/boilerplate_detector.h"

#include "indexer/segment/line_classifier.h"

namespace ofsearch {
namespace {

constexpr std::size_t kMaxRuleChars = 2000;
constexpr int kMinFurnitureMarks = 2;

bool is_paragraph(const SegItem& item) { return item.kind == SegItem::Kind::paragraph; }

}  // namespace

void BoilerplateDetector::flag(std::vector<SegItem>& items) const {
  flag_by_rules(items);
  flag_furniture_tail(items);
}

void BoilerplateDetector::flag_by_rules(std::vector<SegItem>& items) const {
  for (auto& item : items) {
    if (!is_paragraph(item) || item.boilerplate || item.text.size() > kMaxRuleChars) continue;
    int words = seg::count_words(item.text, 400);
    if (auto kind = cues_.boilerplate_kind(item.text, seg::fold(item.text), words)) {
      item.boilerplate = true;
      item.boilerplate_kind = *kind;
    }
  }
}

// The tail must start after the first third of the paragraphs, hold at least two
// furniture marks and be at most half of the page.
void BoilerplateDetector::flag_furniture_tail(std::vector<SegItem>& items) const {
  std::vector<std::size_t> paragraphs;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (is_paragraph(items[k])) paragraphs.push_back(k);
  }
  std::size_t n = paragraphs.size();
  std::vector<int> marks_after(n + 1, 0);  // furniture marks from paragraph p on
  for (std::size_t p = n; p-- > 0;) {
    marks_after[p] = marks_after[p + 1] +
                     (items[paragraphs[p]].boilerplate_kind == BoilerplateKind::furniture ? 1 : 0);
  }
  for (std::size_t p = n / 3; p < n; ++p) {
    if (items[paragraphs[p]].boilerplate_kind != BoilerplateKind::furniture) continue;
    if (marks_after[p] < kMinFurnitureMarks || (n - p) * 2 > n) continue;
    for (std::size_t k = paragraphs[p]; k < items.size(); ++k) {
      if (items[k].kind == SegItem::Kind::heading) {
        items[k].kind = SegItem::Kind::paragraph;
        items[k].grade.reset();
      }
      if (!is_paragraph(items[k])) continue;
      items[k].boilerplate = true;
      if (items[k].boilerplate_kind == BoilerplateKind::none) {
        items[k].boilerplate_kind = BoilerplateKind::furniture;
      }
    }
    return;
  }
}

}  // namespace ofsearch
