#include "indexer/segment/paragraph_segmenter.h"

#include <map>

#include "indexer/segment/boilerplate_detector.h"
#include "indexer/segment/line_classifier.h"
#include "indexer/segment/section_tracker.h"
#include "indexer/segment/segment_scanner.h"

namespace ofsearch {
namespace {

bool same_area(const Judgement& a, const Judgement& b) {
  if (!(a.grade == b.grade) || seg::fold(a.part) != seg::fold(b.part)) return false;
  std::string x = seg::fold(a.area), y = seg::fold(b.area);
  return x == y || x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

void add_unique(std::vector<Judgement>* to, const Judgement& j) {
  for (const auto& have : *to) {
    if (same_area(have, j)) return;
  }
  to->push_back(j);
}

// A judgement that stands on its own (the LSCB review's) under its canonical area.
std::optional<Judgement> own_judgement(const Judgement& j, const SegmenterCues& cues) {
  auto area = cues.value_in("own_judgement", seg::fold(j.area));
  if (!area) return std::nullopt;
  return Judgement{*area, j.grade, ""};
}

// The report's judgements: its tables when it has any, else its graded headings;
// plus a stated overall judgement the table lacks, and judgements of their own
// (the LSCB review) wherever they are stated.
std::vector<Judgement> judgements_of(const ScanResult& scan, const Sections& sections,
                                     const SegmenterCues& cues) {
  std::vector<Judgement> out;
  for (const auto& j : scan.table_judgements) add_unique(&out, own_judgement(j, cues).value_or(j));
  if (out.empty()) {
    for (const auto& j : sections.graded) add_unique(&out, own_judgement(j, cues).value_or(j));
  }
  for (const auto& j : sections.graded)
    if (auto own = own_judgement(j, cues)) add_unique(&out, *own);
  if (scan.overall_statement) {
    bool have = false;
    std::string area = seg::fold(scan.overall_statement->area);
    for (const auto& j : out) {
      std::string folded = seg::fold(j.area);
      bool overall = cues.starts_with("overall_area", folded);
      have = have || (j.part.empty() &&
                      (folded == area || (overall && cues.starts_with("overall_area", area))));
    }
    if (!have)
      out.insert(out.begin(),
                 own_judgement(*scan.overall_statement, cues).value_or(*scan.overall_statement));
  }
  return out;
}

// Overall effectiveness of each part ("" = the whole report).
std::optional<Grade> overall_of(const std::vector<Judgement>& judgements,
                                const std::vector<Judgement>& graded, const std::string& part,
                                const SegmenterCues& cues) {
  std::string want = seg::fold(part);
  for (const auto* list : {&judgements, &graded}) {
    for (const auto& j : *list) {
      if (seg::fold(j.part) == want && cues.starts_with("overall_area", seg::fold(j.area))) {
        return j.grade;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

ParagraphSegmenter::ParagraphSegmenter(const GradeScale& grades)
    : ParagraphSegmenter(grades, SegmenterCues::defaults()) {}

SegmentedText ParagraphSegmenter::segment(std::string_view text) const {
  ScanResult scan = SegmentScanner(grades_, cues_).scan(text);
  BoilerplateDetector(cues_).flag(scan.items);
  Sections sections = assign_sections(scan.items, cues_, scan.table_parts);

  SegmentedText out;
  out.judgements = judgements_of(scan, sections, cues_);
  std::optional<Grade> report_overall = overall_of(out.judgements, sections.graded, "", cues_);
  std::map<std::string, std::optional<Grade>> part_overall;
  for (std::size_t k = 0; k < scan.items.size(); ++k) {
    SegItem& item = scan.items[k];
    if (item.kind == SegItem::Kind::heading) out.headings.push_back(item.text);
    if (item.kind != SegItem::Kind::paragraph) continue;
    SectionedItem& where = sections.items[k];
    Paragraph p;
    p.ordinal = static_cast<int>(out.paragraphs.size()) + 1;
    p.number = std::move(item.number);
    p.page = item.page;
    p.section = std::move(where.path);
    p.text = std::move(item.text);
    p.grade = where.grade;
    p.boilerplate = item.boilerplate;
    std::optional<Grade> overall;
    if (!where.part.empty()) {
      auto it = part_overall.find(where.part);
      if (it == part_overall.end()) {
        it =
            part_overall
                .emplace(where.part, overall_of(out.judgements, sections.graded, where.part, cues_))
                .first;
      }
      overall = it->second;
    }
    p.overall_grade = overall ? overall : report_overall;
    out.paragraphs.push_back(std::move(p));
  }
  return out;
}

}  // namespace ofsearch
