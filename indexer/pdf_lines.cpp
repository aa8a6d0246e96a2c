// Words -> visual lines, and removal of running headers, footers and page numbers.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "indexer/pdf_layout.h"

namespace ofsearch::pdf {
namespace {

// Glyphs that open a list item (before clean_text maps them all to U+2022).
constexpr std::array<std::string_view, 14> kBullets = {
    "\u2022", "\u25FC", "\u25AA", "\u25A0", "\u25CF", "\u25E6", "\uF0B7",
    "\uF0A7", "\u2023", "\u2043", "\u25B6", "\u27A2", "\u25BA", "\u2219"};

bool is_bullet(std::string_view w) {
  return std::find(kBullets.begin(), kBullets.end(), w) != kBullets.end();
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

bool is_leader(std::string_view w) {  // dot leaders of a contents page
  return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c == '.'; });
}

struct LineBuilder {
  Line line;
  const Word* last = nullptr;
  std::size_t words = 0;
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
    words = 1;
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
    bool wide = gap > 2.0 * size;
    if (words == 1 && (is_bullet(first_word) || is_number_label(first_word, wide) ||
                       ((first_word == "-" || first_word == "\u2013" || first_word == "o") &&
                        gap > 0.6 * size))) {
      line.label = true;
      line.text_left = w.left;
      line.text += ' ';
    } else if (wide || pending_tab) {
      line.text += '\t';
    } else if (last->space_after || gap > 0.2 * size) {
      line.text += ' ';
    }
    line.text += w.text;
    line.right = std::max(line.right, w.right);
    if (w.font_size >= 0.8 * line.font_size) {
      line.top = std::min(line.top, w.top);
      line.bottom = std::max(line.bottom, w.bottom);
    }
    line.font_size = std::max(line.font_size, w.font_size);
    line.bold = line.bold && w.bold;
    last = &w;
    ++words;
    pending_tab = false;
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

bool in_margin_band(const Line& line, const Page& page) {
  double band = 0.12 * page.height;
  return line.bottom <= band || line.top >= page.height - band;
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
  return lines;
}

void drop_running_lines(std::vector<std::vector<Line>>& pages, const std::vector<Page>& geometry) {
  std::map<std::string, int> pages_with;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::set<std::string> seen;
    for (const Line& line : pages[p])
      if (in_margin_band(line, geometry[p])) seen.insert(running_key(line.text));
    for (const auto& key : seen) ++pages_with[key];
  }
  const int threshold =
      std::max(2, static_cast<int>(std::ceil(0.25 * static_cast<double>(pages.size()))));
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto& lines = pages[p];
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [&](const Line& line) {
                                 if (!in_margin_band(line, geometry[p])) return false;
                                 return is_page_number(line.text) ||
                                        (pages.size() > 1 &&
                                         pages_with[running_key(line.text)] >= threshold);
                               }),
                lines.end());
  }
}

}  // namespace ofsearch::pdf
