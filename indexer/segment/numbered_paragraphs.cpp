#include "indexer/segment/numbered_paragraphs.h"

#include <cctype>
#include <string_view>

#include "indexer/segment/line_classifier.h"

namespace ofsearch::seg {
namespace {

// Finished prose: not a footnote ("1 The areas for improvement...") or a heading-like
// statement, and not a lead-in to a list.
bool prose_paragraph(const std::string& text) {
  if (text.empty() || !starts_upper(text) || !ends_sentence(text)) return false;
  std::string_view t = trim(text);
  return t.back() != ':' && t.back() != ';';
}

// "1 The areas for improvement have been cross-referenced ...": a page's footnote.
bool footnote(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && i < 3 && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  return i > 0 && i < 3 && i + 1 < text.size() && text[i] == ' ' &&
         starts_upper(std::string_view(text).substr(i + 1));
}

}  // namespace

void merge_into_numbered(std::vector<SegItem>& items,
                         const std::function<bool(const std::string&)>& states_grade) {
  std::vector<SegItem> out;
  out.reserve(items.size());
  int numbered = -1;              // index in `out` of the last numbered paragraph
  std::vector<std::size_t> held;  // plain paragraphs since it, indexes into `items`
  auto flush = [&]() {
    for (std::size_t k : held) out.push_back(std::move(items[k]));
    held.clear();
  };
  for (std::size_t k = 0; k < items.size(); ++k) {
    SegItem& item = items[k];
    bool paragraph = item.kind == SegItem::Kind::paragraph;
    bool plain = paragraph && !item.list_item && !item.boilerplate && !item.number &&
                 prose_paragraph(item.text) && !states_grade(item.text);
    if (plain && numbered >= 0) {
      held.push_back(k);
      continue;
    }
    if (paragraph && (item.transparent || (!item.number && footnote(item.text)))) {
      out.push_back(std::move(item));
      continue;
    }
    if (paragraph && item.number && numbered >= 0 && !held.empty() &&
        follows_in_sequence(*out[numbered].number, *item.number)) {
      for (std::size_t h : held) out[numbered].text += " " + items[h].text;
      held.clear();
    }
    flush();
    out.push_back(std::move(item));
    numbered = paragraph && out.back().number ? static_cast<int>(out.size()) - 1 : -1;
  }
  flush();
  items = std::move(out);
}

}  // namespace ofsearch::seg
