#include "indexer/judgement_table.h"

#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

constexpr std::size_t kMaxCellChars = 200;
constexpr int kMaxAreaWords = 25;

std::size_t next_nonblank(const std::vector<seg::Line>& lines, std::size_t i, std::size_t limit) {
  while (i < limit && lines[i].text.empty()) ++i;
  return i;
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

// "1. Children who need help" -> "Children who need help".
std::string strip_number(const std::string& area) {
  auto item = seg::item_start(area);
  if (item && !item->number.empty() && !item->bullet) return std::string(item->rest);
  return area;
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
  if (text.empty() || text.size() > kMaxCellChars || seg::count_words(text, 12) > 10) {
    return std::nullopt;
  }
  return grades_.parse(text);
}

bool JudgementTableReader::header_words(std::string_view text) const {
  if (text.size() > kMaxCellChars) return false;
  std::string folded = fold_key(text);
  return cues_.equals("table_header", folded) || cues_.equals("table_start", folded);
}

bool JudgementTableReader::is_header_only(const seg::Line& line) const {
  if (line.text.size() > kMaxCellChars) return false;
  std::string folded = fold_key(line.text);
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
  std::string folded = fold_key(text);
  if (cues_.equals("table_start", folded)) {
    *body = i + 1;
    return true;
  }
  // Non-layout text prints the column headers on separate lines: "Judgement" then "Grade".
  if (!cues_.equals("table_header", folded)) return false;
  std::size_t j = next_nonblank(lines, i + 1, lines.size());
  if (j >= lines.size() || j - i > 3 || lines[j].text.size() > kMaxCellChars) return false;
  std::string both = folded + " " + fold_key(lines[j].text);
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

TableRead JudgementTableReader::read(const std::vector<seg::Line>& lines, std::size_t from,
                                     std::size_t limit) const {
  std::vector<Row> rows;
  std::string pending;  // area text waiting for its grade
  std::size_t end = from;
  bool after_row = false;  // the last thing read was a graded row
  std::size_t graded = 0;  // rows.size() at the last graded row
  auto add_row = [&](std::string area, Grade g, std::size_t next) {
    rows.push_back({strip_number(area), g});
    graded = rows.size();
    end = next;
    after_row = true;
    pending.clear();
  };
  for (std::size_t i = from; i < limit; ++i) {
    const seg::Line& line = lines[i];
    if (line.text.empty() || seg::is_page_number(line.text)) continue;
    if (line.text.size() > 2 * kMaxCellChars) break;
    if (header_words(line.text) || is_header_only(line)) continue;
    bool trailing_empty = false;
    auto cells = split_cells(line.raw, &trailing_empty);
    if (cells.size() >= 2 && !whole_grade(cells.front())) {
      if (auto g = whole_grade(cells.back())) {
        std::string area = pending;
        append(&area, join_cells(cells, cells.size() - 1));
        add_row(area, *g, i + 1);
        continue;
      }
    }
    if (trailing_empty && cells.size() == 1 && !prose(cells[0])) {  // "Safeguarding services<TAB>"
      if (!pending.empty()) rows.push_back({strip_number(pending), std::nullopt});
      rows.push_back({strip_number(cells[0]), std::nullopt});
      pending.clear();
      after_row = false;
      continue;
    }
    const std::string& text = line.text;
    if (auto g = whole_grade(text)) {
      std::size_t j = next_nonblank(lines, i + 1, limit);
      std::size_t last = i;
      if (j < limit) {
        if (auto longer = whole_grade(text + " " + lines[j].text)) {
          g = longer;
          last = j;
        }
      }
      if (!pending.empty()) add_row(pending, *g, last + 1);
      i = last;
      continue;
    }
    std::size_t area_line = limit, last = i;
    if (auto g = split_grade(lines, i, limit, &area_line, &last)) {
      if (area_line < limit) append(&pending, lines[area_line].text);
      if (!pending.empty()) add_row(pending, *g, last + 1);
      i = last;
      continue;
    }
    if (prose(text)) break;
    if (after_row && pending.empty() && seg::starts_lower(text) && rows.size() == graded) {
      append(&rows.back().area, text);  // -layout prints the grade beside the area's first line
      end = i + 1;
      continue;
    }
    std::string rest;
    if (auto g = grades_.parse_suffix(text, &rest); g && !rest.empty() && seg::starts_upper(text)) {
      std::string area = pending;
      append(&area, rest);
      add_row(area, *g, i + 1);
      continue;
    }
    after_row = false;
    if (!pending.empty() && !seg::starts_lower(text)) {
      rows.push_back({strip_number(pending), std::nullopt});  // a part or group row
      pending.clear();
    }
    append(&pending, text);
    if (seg::count_words(pending, kMaxAreaWords + 1) > kMaxAreaWords) break;
  }
  rows.resize(graded);  // rows after the last grade are not part of the table
  TableRead out = to_judgements(rows);
  out.end = graded == 0 ? from : end;
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
          cues_.starts_with("overall_area", fold_key(rows[k + 1].area))) {
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
