// Recognises headings in report text: markdown '#', whole-line bold, a heading with
// its grade glued on ("Being healthy**Grade 1 (Outstanding)**"), ILACS judgement
// headings ("The experiences and progress of children in care: good", wrapped over
// up to three lines), numbered section titles ("3 OUTCOME OF FOCUSED VISIT"), ALL
// CAPS lines, the headings a report type prints as written (segmenter_cues.tsv
// known_heading, e.g. Area SEND reports' questions), and short unpunctuated lines
// standing at a paragraph start; also the
// graded area of a SIF key-judgement row whose grade the extractor set inside its
// words ("... children who Requires Improvement need help and protection").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "indexer/segment/line_classifier.h"
#include "indexer/segment/segment_items.h"
#include "indexer/segment/segmenter_cues.h"
#include "reference/grade_scale.h"
#include "schema/report.h"

namespace ofsearch {

struct HeadingMatch {
  std::string text;
  std::optional<Grade> grade;
  SegItem::Style style = SegItem::Style::plain;
  int level = 0;              // markdown level or section-number depth, 0 when none
  std::size_t last_line = 0;  // last line the heading takes up
};

class HeadingDetector {
 public:
  HeadingDetector(const GradeScale& grades, const SegmenterCues& cues, double wrap_width)
      : grades_(grades), cues_(cues), wrap_width_(wrap_width) {}

  // The unambiguous forms. Markdown and bold headings are found anywhere; the
  // others only where a paragraph may start (at_start).
  std::optional<HeadingMatch> strong(const std::vector<seg::Line>& lines, std::size_t i,
                                     bool at_start) const;
  // A short line without closing punctuation at a paragraph start, not continued
  // by a lower-case line (wrapped text) and not a date.
  bool short_line(const std::vector<seg::Line>& lines, std::size_t i) const;
  // "Area: grade" or "Area is grade" -> grade, *area = "Area" (the area must look
  // like a heading); with `bare`, also "Area requires improvement to be good".
  std::optional<Grade> colon_grade(std::string_view text, std::string* area,
                                   bool bare = false) const;
  // The grade when the whole short text is a grade phrase (seg::whole_grade, a heading's length).
  std::optional<Grade> whole_grade(std::string_view text) const;
  // "The experiences and progress of children who Requires Improvement need help and
  // protection": a one-row table whose grade cell came out inside the area's words,
  // told from them by its capitals (a capitalised grade of up to four words, followed
  // by a lower-case word). The area is the line without the grade's words.
  std::optional<Judgement> grade_inside(std::string_view line) const;
  // "Area: grade" / "Area is grade" starting at line i, wrapped over up to three lines.
  std::optional<HeadingMatch> graded_lines(const std::vector<seg::Line>& lines,
                                           std::size_t i) const;

 private:
  std::optional<HeadingMatch> markup(std::string_view trimmed, std::size_t i) const;
  std::optional<HeadingMatch> known_heading(const std::vector<seg::Line>& lines,
                                            std::size_t i) const;
  bool first_word_is_month(std::string_view text) const;
  std::string plain_area(std::string_view heading) const;
  bool numbered_next(const std::vector<seg::Line>& lines, std::size_t k) const;
  bool stands_alone(const std::vector<seg::Line>& lines, std::size_t first, std::size_t last) const;
  bool next_continues(const std::vector<seg::Line>& lines, std::size_t i) const;

  const GradeScale& grades_;
  const SegmenterCues& cues_;
  double wrap_width_;  // typical line length of hard-wrapped text, 0 when not wrapped
};

}  // namespace ofsearch
