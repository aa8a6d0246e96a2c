#include "indexer/segment/section_tracker.h"

#include <algorithm>

#include "indexer/segment/line_classifier.h"

namespace ofsearch {
namespace {

using Style = SegItem::Style;
enum class Kind { explicit_level, part, group, leaf };

struct Open {
  std::string text;
  int level = 1;
  Kind kind = Kind::leaf;
  std::optional<Grade> grade;
  bool key = false;
};

class Tracker {
 public:
  Tracker(const std::vector<SegItem>& items, const SegmenterCues& cues,
          const std::vector<std::string>& table_parts)
      : items_(items), cues_(cues) {
    for (const auto& p : table_parts) table_parts_.push_back(seg::fold(p));
  }

  Sections run() {
    out_.items.resize(items_.size());
    for (std::size_t k = 0; k < items_.size(); ++k) {
      const SegItem& item = items_[k];
      if (item.kind == SegItem::Kind::heading) {
        open_heading(k);
      } else if (item.kind == SegItem::Kind::grade) {
        grade_line(*item.grade);
      } else {
        if (!item.transparent) paragraph_since_heading_ = true;
      }
      describe(k);
    }
    return std::move(out_);
  }

 private:
  // The next item that is not a grade line or page furniture.
  const SegItem* next_item(std::size_t k) const {
    for (std::size_t j = k + 1; j < items_.size(); ++j) {
      if (items_[j].kind == SegItem::Kind::grade || items_[j].transparent) continue;
      return &items_[j];
    }
    return nullptr;
  }

  bool is_part(std::size_t k) const {
    std::string folded = seg::fold(items_[k].text);
    if (cues_.starts_with("part_child", folded)) return false;
    // "Section 2: The effectiveness of the LSCB", "The local authority": a part the
    // report names as such; a grade key describes each part under such a name.
    if (cues_.starts_with("part_prefix", folded) ||
        (cues_.equals("part_heading", folded) && !in_key())) {
      return true;
    }
    if (std::find(table_parts_.begin(), table_parts_.end(), folded) != table_parts_.end()) {
      return true;
    }
    const SegItem* next = next_item(k);
    return next && next->kind == SegItem::Kind::heading &&
           cues_.starts_with("part_child", seg::fold(next->text));
  }

  // Whether heading k has a grade, on the heading or on the line after it.
  bool graded_heading(std::size_t k) const {
    if (items_[k].grade) return true;
    for (std::size_t j = k + 1; j < items_.size(); ++j) {
      if (items_[j].transparent) continue;
      return items_[j].kind == SegItem::Kind::grade;
    }
    return false;
  }

  // SLAC reports print "Areas for improvement" under "Capacity for improvement: good":
  // there it belongs to the graded section above it (see the sibling rule below).
  bool under_graded_leaf() const {
    return !stack_.empty() && stack_.back().kind == Kind::leaf && stack_.back().grade;
  }

  bool in_graded_part() const {
    return !stack_.empty() && stack_.front().kind == Kind::part && stack_.front().grade;
  }

  bool in_key() const {
    for (const auto& o : stack_)
      if (o.key) return true;
    return false;
  }

  int part_level() const {
    for (const auto& o : stack_) {
      if (o.kind == Kind::part) return o.level;
    }
    return 0;
  }

  void open_heading(std::size_t k) {
    const SegItem& h = items_[k];
    Open o{h.text, 1, Kind::leaf, h.grade, h.key};
    const SegItem* next = next_item(k);
    std::string folded = seg::fold(h.text);
    if (h.style == Style::markdown || (h.style == Style::numbered && h.level > 0)) {
      o.kind = Kind::explicit_level;
      o.level = h.level;
    } else if (is_part(k)) {
      o.kind = Kind::part;
    } else if (h.key) {
      o.kind = Kind::group;
    } else if (cues_.equals("top_heading", folded) || cues_.equals("known_heading", folded) ||
               (cues_.starts_with("summary_part", folded) && !under_graded_leaf())) {
      // Summary, recommendations and information parts sit beside the judgement
      // sections of their part of the report, never inside one; a part that is one
      // judgement (the LSCB review) ends at the report's general information.
      o.kind = Kind::group;
      bool leaves_part = cues_.equals("top_heading", folded) && in_graded_part();
      o.level = leaves_part ? 1 : part_level() + 1;
    } else if (h.style == Style::title || h.style == Style::caps || h.style == Style::cue) {
      o.kind = Kind::leaf;
    } else if (h.style == Style::graded_area || (next && next->kind == SegItem::Kind::heading)) {
      o.kind = Kind::group;
      o.level = part_level() + 1;
    } else if (!stack_.empty()) {
      // Siblings share a level, but an ungraded heading right after a graded
      // section ("Capacity for improvement" > "Areas for improvement") belongs to it.
      const Open& top = stack_.back();
      bool sibling = top.kind == Kind::leaf && !(top.grade && !graded_heading(k));
      o.level = sibling ? top.level : top.level + 1;
    }
    // "The Local Safeguarding Children Board (LSCB)" / "The Local Safeguarding Children
    // Board requires improvement": a judgement of its own stated right under a part
    // heading judges the whole part, its summary and recommendations included.
    if (o.grade && !o.key && !stack_.empty() && stack_.back().kind == Kind::part &&
        !stack_.back().grade && !paragraph_since_heading_ &&
        cues_.value_in("own_judgement", folded)) {
      stack_.back().grade = o.grade;
      out_.graded.push_back({o.text, *o.grade, current_part()});
      return;
    }
    while (!stack_.empty() && stack_.back().level >= o.level) stack_.pop_back();
    stack_.push_back(o);
    paragraph_since_heading_ = false;
    if (o.grade && !o.key) record_grade();
  }

  void grade_line(const Grade& g) {
    if (stack_.empty() || paragraph_since_heading_ || stack_.back().grade || stack_.back().key) {
      return;
    }
    stack_.back().grade = g;
    record_grade();
  }

  void record_grade() {
    const Open& top = stack_.back();
    out_.graded.push_back({top.text, *top.grade, current_part()});
  }

  std::string current_part() const {
    return !stack_.empty() && stack_.front().kind == Kind::part ? stack_.front().text : "";
  }

  void describe(std::size_t k) {
    SectionedItem& s = out_.items[k];
    for (const auto& o : stack_) s.path.push_back(o.text);
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (it->grade && !it->key) {
        s.grade = it->grade;
        break;
      }
    }
    s.part = current_part();
  }

  const std::vector<SegItem>& items_;
  const SegmenterCues& cues_;
  std::vector<std::string> table_parts_;
  std::vector<Open> stack_;
  bool paragraph_since_heading_ = false;
  Sections out_;
};

}  // namespace

Sections assign_sections(const std::vector<SegItem>& items, const SegmenterCues& cues,
                         const std::vector<std::string>& table_parts) {
  return Tracker(items, cues, table_parts).run();
}

}  // namespace ofsearch
