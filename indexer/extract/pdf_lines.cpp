// Words -> visual lines, and removal of running headers, footers and page numbers.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "indexer/extract/pdf_layout.h"

namespace ofsearch::pdf {
namespace {

// Glyphs that open a list item besides private-use symbol-font glyphs (Wingdings
// squares and dashes); all are written as U+2022.
constexpr std::array<char32_t, 22> kBullets = {
    0x2022, 0x25FC, 0x25FE, 0x25AA, 0x25A0, 0x25CF, 0x25E6, 0x2023, 0x2043, 0x25B6, 0x27A2,
    0x27A4, 0x25BA, 0x2219, 0x25C6, 0x25C7, 0x2756, 0x2713, 0x2714, 0x2500, 0x0336, 0x00B7};

// The code point of a one-character UTF-8 word, or 0.
char32_t single_code_point(std::string_view w) {
  if (w.empty()) return 0;
  auto c = static_cast<unsigned char>(w[0]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || n != w.size()) return 0;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(w[i]) & 0x3F);
  return cp;
}

bool is_bullet(std::string_view w) {
  char32_t cp = single_code_point(w);
  if (cp >= 0xE000 && cp <= 0xF8FF) return true;
  return cp != 0 && std::find(kBullets.begin(), kBullets.end(), cp) != kBullets.end();
}

bool is_roman(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
}

// "1.", "10.", "2.1.", "(a)", "a)", "(iv)"; bare "2.1" only with `wide_gap`.
bool is_number_label(std::string_view w, bool wide_gap) {
  bool paren = !w.empty() && w.front() == '(';
  if (paren) w.remove_prefix(1);
  if (w.empty()) return false;
  char close = w.back();
  bool closed = close == '.' || close == ')';
  if (closed) w.remove_suffix(1);
  if (w.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(w.front()))) {
    std::size_t digits = 0;
    bool dotted = false;
    for (char c : w) {
      if (std::isdigit(static_cast<unsigned char>(c))) {
        if (++digits > 3) return false;
      } else if (c == '.' && digits > 0) {
        digits = 0;
        dotted = true;
      } else {
        return false;
      }
    }
    return digits > 0 && (closed || (dotted && wide_gap));
  }
  bool letters = (w.size() == 1 && std::islower(static_cast<unsigned char>(w[0]))) || is_roman(w);
  return letters && (close == ')' || (paren && closed));
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

bool is_leader(std::string_view w) {  // dot leaders of a contents page
  return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c == '.'; });
}

struct LineBuilder {
  Line line;
  const Word* last = nullptr;
  bool in_first_token = true;
  bool pending_tab = false;
  std::string first_word;

  void start(const Word& w) {
    line = Line{};
    line.text = w.text;
    line.left = line.text_left = w.left;
    line.top = w.top;
    line.right = w.right;
    line.bottom = w.bottom;
    line.font_size = w.font_size;
    line.bold = w.bold;
    first_word = w.text;
    last = &w;
    in_first_token = true;
    pending_tab = false;
  }

  bool continues(const Word& w) const {
    double centre = (w.top + w.bottom) / 2;
    return centre > line.top && centre < line.bottom && w.left >= last->right - 0.3 * w.font_size;
  }

  // Superscript footnote markers ("board1") are dropped.
  bool is_superscript(const Word& w) const {
    if (w.font_size >= 0.8 * line.font_size || w.bottom > line.bottom - 0.2 * line.height())
      return false;
    return std::all_of(w.text.begin(), w.text.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  }

  void add(const Word& w) {
    if (is_superscript(w)) return;
    if (is_leader(w.text)) {
      pending_tab = true;
      return;
    }
    double gap = w.left - last->right;
    double size = std::max(line.font_size, w.font_size);
    bool wide = gap > 1.5 * size;  // wider than justified spacing: a new cell
    bool spaced = wide || pending_tab || last->space_after || gap > 0.2 * size;
    if (in_first_token && !spaced) {
      first_word += w.text;  // "23" + "." set as two boxes
    } else if (in_first_token && is_label(first_word, gap, wide, w)) {
      in_first_token = false;
      line.label = true;
      if (!is_number_label(first_word, wide) && !all_digits(first_word)) line.text = "\u2022";
      line.font_size = w.font_size;  // a bullet glyph is often set larger than its text
      line.bold = w.bold;
      line.text_left = w.left;
      line.text += ' ';
    } else if (wide || pending_tab) {
      if (line.cell_lefts.empty()) line.cell_lefts.push_back(line.left);
      line.cell_lefts.push_back(w.left);
      line.text += '\t';
    } else if (spaced) {
      line.text += ' ';
    }
    in_first_token = in_first_token && !spaced;
    line.text += w.text;
    line.right = std::max(line.right, w.right);
    if (w.font_size >= 0.8 * line.font_size) {
      line.top = std::min(line.top, w.top);
      line.bottom = std::max(line.bottom, w.bottom);
    }
    line.font_size = std::max(line.font_size, w.font_size);
    line.bold = line.bold && w.bold;
    last = &w;
    pending_tab = false;
  }

  bool is_label(const std::string& word, double gap, bool wide, const Word& next) const {
    bool dash = word == "\u2013" || word == "o";
    // A footnote's number is set smaller than its text: "1 Ofsted produces this report".
    bool footnote = line.font_size < 0.85 * next.font_size && all_digits(word);
    // A hyphen-minus then a space opens an item, as in a text source ("- item"): a
    // typewriter-style PDF (enscript, a monospaced font) sets that space at 0.6 em,
    // and typeset prose writes a dash wrapped to a line start as an en dash.
    bool hyphen = word == "-";
    return is_number_label(word, wide) || is_bullet(word) || footnote || hyphen ||
           (dash && gap > 0.6 * line.font_size);
  }
};

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// Lower case, digit runs -> '#', white space collapsed: "Page 3 of 11" ~ "Page 4 of 11".
std::string running_key(std::string_view text) {
  std::string key;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c)) {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (std::isspace(c)) {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += static_cast<char>(std::tolower(c));
    }
  }
  return trim(key);
}

// "7", "Page 7", "7 of 12", "Page 7 of 12", "- 7 -", "vii".
bool is_page_number(std::string_view text) {
  std::string key = running_key(text);
  if (key.rfind("page ", 0) == 0) key = key.substr(5);
  if (key.size() >= 2 && key.front() == '-' && key.back() == '-')
    key = trim(key.substr(1, key.size() - 2));
  return key == "#" || key == "# of #" || key == "# / #" || key == "#/#" || is_roman(key);
}

// A title set large on page 1 is not the running footer that repeats its words.
std::string line_key(const Line& line) {
  return running_key(line.text) + "@" + std::to_string(std::lround(line.font_size));
}

// Lines where running headers and footers live: the top and bottom 12% of the page,
// and the two top-most and bottom-most lines wherever they are.
std::vector<bool> margin_lines(const std::vector<Line>& lines, const Page& page) {
  std::vector<bool> margin(lines.size());
  std::vector<std::size_t> order(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    order[i] = i;
    double band = 0.12 * page.height;
    margin[i] = lines[i].bottom <= band || lines[i].top >= page.height - band;
  }
  std::sort(order.begin(), order.end(),
            [&](auto a, auto b) { return lines[a].top < lines[b].top; });
  for (std::size_t k = 0; k < order.size() && k < 2; ++k) {
    margin[order[k]] = true;
    margin[order[order.size() - 1 - k]] = true;
  }
  return margin;
}

// A footnote marker set before its word in the text layer ends up as a line of its own.
void drop_lone_markers(std::vector<Line>& lines) {
  auto small_number = [&](std::size_t i) {
    const Line& l = lines[i];
    if (l.text.size() > 3 || !std::all_of(l.text.begin(), l.text.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        }))
      return false;
    bool before = i > 0 && l.font_size < 0.8 * lines[i - 1].font_size;
    bool after = i + 1 < lines.size() && l.font_size < 0.8 * lines[i + 1].font_size;
    return before || after;
  };
  std::vector<bool> drop(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) drop[i] = small_number(i);
  std::vector<Line> kept;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(lines[i]));
  lines = std::move(kept);
}

}  // namespace

std::vector<Line> build_lines(const Page& page) {
  std::vector<Line> lines;
  LineBuilder b;
  for (const Word& w : page.words) {
    if (blank(w.text)) continue;
    if (b.last && b.continues(w)) {
      b.add(w);
      continue;
    }
    if (b.last) lines.push_back(std::move(b.line));
    b.start(w);
  }
  if (b.last) lines.push_back(std::move(b.line));
  drop_lone_markers(lines);
  return lines;
}

void drop_running_lines(std::vector<std::vector<Line>>& pages, const std::vector<Page>& geometry) {
  std::vector<std::vector<bool>> margins;
  std::map<std::string, int> pages_with;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    margins.push_back(margin_lines(pages[p], geometry[p]));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < pages[p].size(); ++i)
      if (margins[p][i]) seen.insert(line_key(pages[p][i]));
    for (const auto& key : seen) ++pages_with[key];
  }
  const int threshold =
      std::max(2, static_cast<int>(std::ceil(0.25 * static_cast<double>(pages.size()))));
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<Line> kept;
    for (std::size_t i = 0; i < pages[p].size(); ++i) {
      const Line& line = pages[p][i];
      bool running =
          margins[p][i] && (is_page_number(line.text) ||
                            (pages.size() > 1 && pages_with[line_key(line)] >= threshold));
      if (!running) kept.push_back(line);
    }
    pages[p] = std::move(kept);
  }
}

}  // namespace ofsearch::pdf
