#include "indexer/segment/judgement_table.h"

#include <algorithm>
#include <cctype>

#include "indexer/segment/line_classifier.h"

namespace ofsearch {
namespace {

constexpr std::size_t kMaxCellChars = 200;
constexpr int kMaxAreaWords = 25;

constexpr std::size_t kMaxBlankRun = 12;  // a longer gap ends a table

// "|---|---|" rules between table rows carry no text.
bool has_alnum(std::string_view text) {
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// The next non-blank line from i, or `limit` when there is none within the gap.
std::size_t next_nonblank(const std::vector<seg::Line>& lines, std::size_t i, std::size_t limit) {
  std::size_t stop = std::min(limit, i + kMaxBlankRun);
  while (i < stop && lines[i].text.empty()) ++i;
  return i < stop ? i : limit;
}

// Cells of a table line: tab separated, '|' separated, or (pdftotext -layout)
// separated by runs of two or more spaces. *trailing_empty: "area<TAB>" with no grade.
std::vector<std::string> split_cells(std::string_view raw, bool* trailing_empty) {
  std::string_view r = raw;
  while (!r.empty() && (r.back() == ' ' || r.back() == '\r')) r.remove_suffix(1);
  bool ends_with_tab = !r.empty() && r.back() == '\t';
  std::string s = seg::strip_markdown(seg::trim(raw));
  if (ends_with_tab) s += '\t';
  std::vector<std::string> cells;
  *trailing_empty = false;
  auto push = [&](std::string_view cell) {
    std::string c = seg::collapse_spaces(cell);
    if (!c.empty()) cells.push_back(c);
  };
  if (s.find('\t') != std::string::npos || (!s.empty() && s[0] == '|')) {
    char sep = s.find('\t') != std::string::npos ? '\t' : '|';
    std::size_t start = 0;
    for (std::size_t at = s.find(sep); at != std::string::npos; at = s.find(sep, start)) {
      push(std::string_view(s).substr(start, at - start));
      start = at + 1;
    }
    std::string_view last = seg::trim(std::string_view(s).substr(start));
    push(last);
    *trailing_empty = sep == '\t' && last.empty();
    return cells;
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == ' ' && s[i + 1] == ' ') {
      push(std::string_view(s).substr(start, i - start));
      while (i < s.size() && s[i] == ' ') ++i;
      start = i;
    }
  }
  push(std::string_view(s).substr(start));
  return cells;
}

// "1. Children who need help" -> "Children who need help"; "The effectiveness of
// the LSCB is" (grade on the next line) -> "The effectiveness of the LSCB".
std::string strip_number(const std::string& area) {
  std::string out = area;
  auto item = seg::item_start(area);
  if (item && !item->number.empty() && !item->bullet) out = std::string(item->rest);
  for (std::string_view verb : {" is", " are"}) {
    if (out.size() > verb.size() && out.compare(out.size() - verb.size(), verb.size(), verb) == 0) {
      out.resize(out.size() - verb.size());
    }
  }
  return out;
}

std::string join_cells(const std::vector<std::string>& cells, std::size_t n) {
  std::string out;
  for (std::size_t k = 0; k < n; ++k) out += (out.empty() ? "" : " ") + cells[k];
  return out;
}

void append(std::string* to, std::string_view text) {
  if (!to->empty()) *to += ' ';
  *to += text;
}

}  // namespace

std::optional<Grade> JudgementTableReader::whole_grade(std::string_view text) const {
  return seg::whole_grade(grades_, text, kMaxCellChars);  // "Require improvement" in a cell
}

bool JudgementTableReader::area_before_grade(const std::vector<seg::Line>& lines,
                                             std::size_t i) const {
  const std::string& text = lines[i].text;
  if (text.size() > 120 || seg::ends_sentence(text)) return false;
  std::size_t j = i + 1;
  while (j < lines.size() && j < i + 3 && lines[j].text.empty()) ++j;
  return j < lines.size() && !lines[j].text.empty() && whole_grade(lines[j].text) &&
         seg::fold(lines[j].text).find("grade") == std::string::npos;
}

bool JudgementTableReader::header_words(std::string_view text) const {
  if (text.size() > kMaxCellChars) return false;
  std::string folded = seg::fold(text);
  return cues_.equals("table_header", folded) || cues_.equals("table_start", folded);
}

bool JudgementTableReader::is_header_only(const seg::Line& line) const {
  if (line.text.size() > kMaxCellChars) return false;
  std::string folded = seg::fold(line.text);
  if (cues_.equals("table_header", folded)) return true;
  // "Judgement Grade": every word a header word.
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t sp = folded.find(' ', start);
    std::string word = folded.substr(start, sp == std::string::npos ? sp : sp - start);
    if (!cues_.equals("table_header", word)) return false;
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  return !folded.empty();
}

bool JudgementTableReader::is_table_start(const std::vector<seg::Line>& lines, std::size_t i,
                                          std::size_t* body) const {
  const std::string& text = lines[i].text;
  if (text.empty() || text.size() > kMaxCellChars) return false;
  std::string folded = seg::fold(text);
  if (cues_.equals("table_start", folded)) {
    *body = i + 1;
    return true;
  }
  // Non-layout text prints the column headers on separate lines: "Judgement" then "Grade".
  if (!cues_.equals("table_header", folded)) return false;
  std::size_t j = next_nonblank(lines, i + 1, lines.size());
  if (j >= lines.size() || j - i > 3 || lines[j].text.size() > kMaxCellChars) return false;
  std::string both = folded + " " + seg::fold(lines[j].text);
  if (!cues_.equals("table_start", both)) return false;
  *body = j + 1;
  return true;
}

bool JudgementTableReader::is_row(const seg::Line& line) const {
  if (line.raw.size() > 2 * kMaxCellChars) return false;
  bool trailing_empty = false;
  auto cells = split_cells(line.raw, &trailing_empty);
  if (cells.size() < 2) return false;
  return whole_grade(cells.back()) && !whole_grade(cells.front()) &&
         seg::count_words(cells.front(), kMaxAreaWords + 1) <= kMaxAreaWords;
}

// Prose ends a table: a sentence end, a sentence boundary inside, or a long line.
bool JudgementTableReader::prose(std::string_view text) const {
  if (text.size() > 110 || seg::count_words(text, 21) > 20) return true;
  if (seg::ends_sentence(text) && text.back() != ':' && text.back() != '?') return true;
  if (auto item = seg::item_start(text); item && !item->number.empty()) text = item->rest;
  std::size_t dot = text.find(". ");
  return dot != std::string_view::npos && dot + 2 < text.size() &&
         seg::starts_upper(text.substr(dot + 2));
}

// "Requires" ... "Improvement": a grade split over two lines, maybe around an area line.
std::optional<Grade> JudgementTableReader::split_grade(const std::vector<seg::Line>& lines,
                                                       std::size_t i, std::size_t limit,
                                                       std::size_t* area_line,
                                                       std::size_t* last) const {
  const std::string& head = lines[i].text;
  if (seg::count_words(head, 4) > 3) return std::nullopt;
  std::size_t j = next_nonblank(lines, i + 1, limit);
  if (j >= limit) return std::nullopt;
  if (auto g = whole_grade(head + " " + lines[j].text)) {
    *area_line = limit;
    *last = j;
    return g;
  }
  std::size_t k = next_nonblank(lines, j + 1, limit);
  if (k >= limit) return std::nullopt;
  if (auto g = whole_grade(head + " " + lines[k].text)) {
    *area_line = j;
    *last = k;
    return g;
  }
  return std::nullopt;
}

// "2. Children looked after and achieving permanence Requires" / "Improvement".
std::optional<Grade> JudgementTableReader::grade_completed(const std::vector<seg::Line>& lines,
                                                           std::size_t i, std::size_t limit,
                                                           std::size_t* last) const {
  std::size_t j = next_nonblank(lines, i + 1, limit);
  if (j >= limit || seg::count_words(lines[j].text, 4) > 3 || whole_grade(lines[j].text)) {
    return std::nullopt;
  }
  std::string rest;
  auto g = grades_.parse_suffix(lines[i].text + " " + lines[j].text, &rest);
  if (!g || rest.empty() || seg::ends_with_punctuation(rest)) return std::nullopt;
  // The grade must start on line i: "Requires" + "Improvement", not area + "Good".
  if (rest.size() >= lines[i].text.size()) return std::nullopt;
  *last = j;
  return g;
}

// One pass over a table's lines; each method reads one shape of row and returns
// whether it used line i (moving i past any lines it took with it).
struct JudgementTableReader::Cursor {
  const JudgementTableReader& reader;
  const std::vector<seg::Line>& lines;
  std::size_t limit;
  std::vector<Row> rows;
  std::string pending;     // area text waiting for its grade
  std::size_t end = 0;     // first line after the last graded row
  bool after_row = false;  // the last thing read was a graded row
  std::size_t graded = 0;  // rows.size() at the last graded row

  std::size_t next(std::size_t i) const { return next_nonblank(lines, i + 1, limit); }

  void add_row(const std::string& area, Grade g, std::size_t* i, std::size_t last) {
    rows.push_back({strip_number(area), g});
    graded = rows.size();
    end = last + 1;
    *i = last;
    after_row = true;
    pending.clear();
  }

  // Pending area text followed by a new area was a row without a grade: a part
  // ("Safeguarding services") or a group of areas.
  void close_group() {
    if (pending.empty()) return;
    rows.push_back({strip_number(pending), std::nullopt});
    pending.clear();
  }

  std::vector<std::string> cells_of(std::size_t i, bool* trailing_empty) const {
    return split_cells(lines[i].raw, trailing_empty);
  }

  // "area<TAB>grade", "area   grade" (-layout), with the grade maybe wrapped onto the
  // next line's second column ("Requires improvement to" / "be good") or alone on it.
  bool two_columns(std::size_t* i) {
    bool trailing_empty = false;
    auto cells = cells_of(*i, &trailing_empty);
    if (trailing_empty && cells.size() == 1 && !reader.prose(cells[0])) {  // "Part<TAB>"
      if (!pending.empty()) rows.push_back({strip_number(pending), std::nullopt});
      rows.push_back({strip_number(cells[0]), std::nullopt});
      pending.clear();
      after_row = false;
      return true;
    }
    if (cells.size() < 2 || reader.whole_grade(cells.front())) return false;
    if (!seg::starts_lower(cells.front())) close_group();
    std::string area = pending;
    append(&area, join_cells(cells, cells.size() - 1));
    std::string grade_text = cells.back();
    std::size_t last = *i;
    auto g = reader.whole_grade(grade_text);
    std::size_t j = next(*i);
    if (j < limit) {
      bool te = false;
      auto below = cells_of(j, &te);
      std::optional<Grade> longer;
      if (below.size() >= 2 && (longer = reader.whole_grade(grade_text + " " + below.back()))) {
        append(&area, join_cells(below, below.size() - 1));
        g = longer;
        last = j;
      } else if (!g && (longer = reader.whole_grade(grade_text + " " + lines[j].text))) {
        g = longer;
        last = j;
      }
    }
    if (!g) return false;
    add_row(area, *g, i, last);
    return true;
  }

  // A grade alone on its line, closing the pending area; when nothing is pending the
  // grade may stand above its area ("Requires improvement" / area / "to be good").
  bool grade_alone(std::size_t* i) {
    const std::string& text = lines[*i].text;
    auto g = reader.whole_grade(text);
    if (!g) return false;
    std::size_t j = next(*i);
    std::size_t last = *i;
    if (j < limit) {
      if (auto longer = reader.whole_grade(text + " " + lines[j].text)) {
        g = longer;
        last = j;
      }
    }
    if (!pending.empty()) {
      add_row(pending, *g, i, last);
      return true;
    }
    std::size_t k = j < limit ? next(j) : limit;
    if (last == *i && k < limit && !reader.prose(lines[j].text)) {
      if (auto longer = reader.whole_grade(text + " " + lines[k].text)) {
        add_row(lines[j].text, *longer, i, k);
        return true;
      }
    }
    *i = last;
    return true;
  }

  // "Requires" / area / "Improvement" and "area Requires" / "Improvement".
  bool split_grade(std::size_t* i) {
    std::size_t area_line = limit, last = *i;
    if (auto g = reader.split_grade(lines, *i, limit, &area_line, &last)) {
      if (area_line < limit) append(&pending, lines[area_line].text);
      if (!pending.empty()) {
        add_row(pending, *g, i, last);
      } else {
        *i = last;
      }
      return true;
    }
    const std::string& text = lines[*i].text;
    auto g = reader.grade_completed(lines, *i, limit, &last);
    if (!g || reader.prose(text)) return false;
    std::string rest;
    reader.grades_.parse_suffix(text + " " + lines[last].text, &rest);
    append(&pending, rest);
    add_row(pending, *g, i, last);
    return true;
  }

  // Area text; false when the line is prose, which ends the table.
  bool area_text(std::size_t* i) {
    const std::string& text = lines[*i].text;
    if (reader.prose(text)) return false;
    if (after_row && pending.empty() && seg::starts_lower(text) && rows.size() == graded) {
      append(&rows.back().area, text);  // -layout prints the grade beside the area's first line
      end = *i + 1;
      return true;
    }
    std::string rest;
    if (auto g = reader.grades_.parse_suffix(text, &rest); g && !rest.empty() &&
                                                           !seg::ends_with_punctuation(rest) &&
                                                           seg::starts_upper(strip_number(rest))) {
      close_group();
      std::string area = pending;
      append(&area, rest);
      add_row(area, *g, i, *i);
      return true;
    }
    after_row = false;
    if (!seg::starts_lower(text)) close_group();
    append(&pending, text);
    return seg::count_words(pending, kMaxAreaWords + 1) <= kMaxAreaWords;
  }
};

TableRead JudgementTableReader::read(const std::vector<seg::Line>& lines, std::size_t from,
                                     std::size_t limit) const {
  Cursor c{*this, lines, limit, {}, {}, from, false, 0};
  for (std::size_t i = from; i < limit; ++i) {
    const seg::Line& line = lines[i];
    if (line.text.empty() || seg::is_page_number(line.text)) {
      if (i - c.end > kMaxBlankRun && i - from > kMaxBlankRun) break;
      continue;
    }
    if (line.text.size() > 2 * kMaxCellChars) break;
    if (header_words(line.text) || is_header_only(line) || !has_alnum(line.text)) continue;
    if (c.two_columns(&i) || c.grade_alone(&i) || c.split_grade(&i)) continue;
    if (!c.area_text(&i)) break;
  }
  c.rows.resize(c.graded);  // rows after the last grade are not part of the table
  TableRead out = to_judgements(c.rows);
  out.end = c.graded == 0 ? from : c.end;
  return out;
}

// A gradeless row followed by an overall-effectiveness row names a part of the
// report; other gradeless rows only group areas within the part.
TableRead JudgementTableReader::to_judgements(const std::vector<Row>& rows) const {
  TableRead out;
  std::string part;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const Row& row = rows[k];
    if (!row.grade) {
      if (k + 1 < rows.size() && rows[k + 1].grade &&
          cues_.starts_with("overall_area", seg::fold(rows[k + 1].area))) {
        part = row.area;
        out.parts.push_back(part);
      }
      continue;
    }
    out.judgements.push_back({row.area, *row.grade, part});
  }
  return out;
}

}  // namespace ofsearch
