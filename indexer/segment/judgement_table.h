// Reads judgement tables out of report text: the ILACS grade table at the start of
// 2018+ reports ("Judgement / Grade" with area text wrapped over lines, or
// "area<TAB>grade"), SIF summary and key-judgement tables ("Requires" / "Improvement"
// split around the area), and the SLAC "Record of main findings" with part rows.
// Works on pdftotext-style output both with and without -layout.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "indexer/segment/line_classifier.h"
#include "indexer/segment/segmenter_cues.h"
#include "reference/grade_scale.h"
#include "schema/report.h"

namespace ofsearch {

struct TableRead {
  std::vector<Judgement> judgements;  // graded rows; part from part rows ("Safeguarding services")
  std::vector<std::string> parts;     // part rows, as printed
  std::size_t end = 0;                // first line after the table
};

class JudgementTableReader {
 public:
  JudgementTableReader(const GradeScale& grades, const SegmenterCues& cues)
      : grades_(grades), cues_(cues) {}

  // Whether line i heads a judgement table ("Record of main findings", "Judgement
  // Grade", "Judgement" then "Grade"); *body gets the first line after the header.
  bool is_table_start(const std::vector<seg::Line>& lines, std::size_t i, std::size_t* body) const;
  // Whether the line's header words alone ("Judgement Grade") make it: no heading then.
  bool is_header_only(const seg::Line& line) const;
  // Whether the line is a row on its own: "area<TAB>grade" (or two+ spaces, or '|').
  bool is_row(const seg::Line& line) const;
  // Whether line i, a short line without a sentence end with a grade line right
  // after it, may open a table with no header ("1. Children who need help and
  // protection" / "Requires improvement"; not "Grade 3 (Adequate)", a section's grade).
  bool area_before_grade(const std::vector<seg::Line>& lines, std::size_t i) const;
  // Reads rows from line `from` until prose or `limit`; end == from when there are none.
  TableRead read(const std::vector<seg::Line>& lines, std::size_t from, std::size_t limit) const;

  // The grade when the whole (short) text is a grade phrase ("Good", "Grade 3 (Adequate)"):
  // seg::whole_grade with a table cell's length.
  std::optional<Grade> whole_grade(std::string_view text) const;

 private:
  struct Row {
    std::string area;
    std::optional<Grade> grade;
  };
  struct Cursor;
  bool header_words(std::string_view text) const;
  bool prose(std::string_view text) const;
  std::optional<Grade> split_grade(const std::vector<seg::Line>& lines, std::size_t i,
                                   std::size_t limit, std::size_t* area_line,
                                   std::size_t* last) const;
  std::optional<Grade> grade_completed(const std::vector<seg::Line>& lines, std::size_t i,
                                       std::size_t limit, std::size_t* last) const;
  TableRead to_judgements(const std::vector<Row>& rows) const;

  const GradeScale& grades_;
  const SegmenterCues& cues_;
};

}  // namespace ofsearch
