#include "indexer/segment/line_classifier.h"

#include <array>
#include <vector>

#include "stemming/text_normaliser.h"

namespace ofsearch::seg {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_lower(c) || is_upper(c); }

// Bullet glyphs as printed by word processors and PDF fonts (Wingdings code points too).
constexpr std::array<std::string_view, 16> kBullets = {"-",
                                                       "*",
                                                       "\xE2\x80\xA2",
                                                       "\xE2\x96\xA0",
                                                       "\xE2\x97\xBC",
                                                       "\xE2\x96\xAA",
                                                       "\xE2\x97\x8F",
                                                       "\xE2\x97\xA6",
                                                       "\xEF\x82\xA7",
                                                       "\xEF\x82\xB7",
                                                       "\xE2\x80\x93",
                                                       "\xE2\x80\x94",
                                                       "\xE2\x81\x83",
                                                       "\xE2\x9E\xA2",
                                                       "\xE2\x96\xB6",
                                                       "\xE2\x88\x99"};

// Length of a bullet glyph followed by a space at the start of s, else 0.
std::size_t bullet_length(std::string_view s) {
  for (auto b : kBullets) {
    if (s.size() > b.size() && s.compare(0, b.size(), b) == 0 && is_space(s[b.size()])) {
      return b.size();
    }
  }
  // "o Text": Word's second-level bullet, only before a capital.
  if (s.size() > 2 && s[0] == 'o' && s[1] == ' ' && is_upper(s[2])) return 1;
  return 0;
}

bool is_roman(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (char c : s) {
    if (c != 'i' && c != 'v' && c != 'x') return false;
  }
  return true;
}

// "ii)", "(a)", "(3)", "a)" at the start of s: number and length consumed.
std::size_t bracket_number(std::string_view s, std::string* number) {
  std::size_t i = s.size() > 0 && s[0] == '(' ? 1 : 0;
  std::size_t b = i;
  while (i < s.size() && i - b < 5 && (is_alpha(s[i]) || is_digit(s[i]))) ++i;
  if (i == b || i >= s.size() || s[i] != ')') return 0;
  std::string_view id = s.substr(b, i - b);
  bool digits = true;
  for (char c : id) digits = digits && is_digit(c);
  bool letter = id.size() == 1 && is_alpha(id[0]);
  if (!digits && !letter && !is_roman(id)) return 0;
  if (digits && id.size() > 3) return 0;
  *number = std::string(id);
  return i + 1;
}

// "84." / "3.7" / "3.7." / "1.2.3" at the start of s: number and length consumed.
// A single component needs its dot; components have at most 3 digits.
std::size_t dotted_number(std::string_view s, std::string* number) {
  std::size_t i = 0;
  int parts = 0;
  bool trailing_dot = false;
  while (true) {
    std::size_t b = i;
    while (i < s.size() && is_digit(s[i]) && i - b < 4) ++i;
    if (i == b || i - b > 3) return 0;
    ++parts;
    trailing_dot = false;
    if (i < s.size() && s[i] == '.') {
      trailing_dot = true;
      ++i;
      if (i < s.size() && is_digit(s[i])) continue;
    }
    break;
  }
  if (parts == 1 && !trailing_dot) return 0;
  std::string_view id = s.substr(0, trailing_dot ? i - 1 : i);
  *number = std::string(id);
  return i;
}

}  // namespace

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size() && is_space(s[b])) ++b;
  std::size_t e = s.size();
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string collapse_spaces(std::string_view s) {
  s = trim(s);
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string strip_markdown(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == '[') {
      // [text](url) -> text; the closing bracket must come before the next '['.
      std::size_t close = s.find(']', i + 1);
      std::size_t next_open = s.find('[', i + 1);
      if (close != std::string_view::npos && close < next_open && close + 1 < s.size() &&
          s[close + 1] == '(') {
        std::size_t paren = s.find(')', close + 2);
        std::size_t space = s.find(' ', close + 2);
        if (paren != std::string_view::npos && paren < space) {
          out.append(s.substr(i + 1, close - i - 1));
          i = paren;
          continue;
        }
      }
    }
    if (c == '<' && s.compare(i + 1, 4, "http") == 0) {
      std::size_t close = s.find('>', i + 1);
      std::size_t space = s.find(' ', i + 1);
      if (close != std::string_view::npos && close < space) {
        out.append(s.substr(i + 1, close - i - 1));
        i = close;
        continue;
      }
    }
    out += c;
  }
  return out;
}

int markdown_heading_level(std::string_view t, std::string_view* rest) {
  std::size_t n = 0;
  while (n < t.size() && t[n] == '#') ++n;
  if (n == 0 || n > 6 || n >= t.size() || t[n] != ' ') return 0;
  std::string_view r = trim(t.substr(n));
  while (!r.empty() && r.back() == '#') r.remove_suffix(1);
  *rest = trim(r);
  return rest->empty() ? 0 : static_cast<int>(n);
}

bool is_bold_only(std::string_view t, std::string_view* inner) {
  if (t.size() < 5 || t.compare(0, 2, "**") != 0 || t.compare(t.size() - 2, 2, "**") != 0) {
    return false;
  }
  std::string_view in = t.substr(2, t.size() - 4);
  if (in.find("**") != std::string_view::npos) return false;
  *inner = trim(in);
  return !inner->empty();
}

bool split_glued_bold(std::string_view t, std::string_view* head, std::string_view* tail) {
  if (t.size() < 6 || t.compare(t.size() - 2, 2, "**") != 0) return false;
  std::size_t open = t.rfind("**", t.size() - 3);
  if (open == std::string_view::npos || open == 0) return false;
  *head = trim(t.substr(0, open));
  *tail = trim(t.substr(open + 2, t.size() - open - 4));
  return !head->empty() && !tail->empty() && head->find("**") == std::string_view::npos;
}

std::optional<ItemStart> item_start(std::string_view text) {
  ItemStart item;
  std::string_view s = trim(text);
  if (std::size_t b = bullet_length(s)) {
    item.bullet = true;
    s = trim(s.substr(b));
  }
  std::string number;
  std::size_t used = bracket_number(s, &number);
  if (used == 0) used = dotted_number(s, &number);
  if (used > 0 && (used == s.size() || is_space(s[used]))) {
    item.number = number;
    s = trim(s.substr(used));
  } else if (!item.bullet) {
    return std::nullopt;
  }
  item.rest = s;
  if (item.rest.empty()) return std::nullopt;
  return item;
}

bool bare_paragraph_number(std::string_view text, std::string* number) {
  std::string_view s = trim(text);
  std::size_t used = dotted_number(s, number);
  if (used == 0) {
    // "12" alone is ambiguous with a page number; only "12." counts.
    return false;
  }
  return used == s.size();
}

namespace {

// "3.7" -> {3, 7}; empty when not all digits and dots.
std::vector<int> number_parts(std::string_view s) {
  std::vector<int> parts;
  int value = 0;
  bool digits = false;
  for (char c : s) {
    if (is_digit(c)) {
      value = value * 10 + (c - '0');
      digits = true;
      if (value > 9999) return {};
    } else if (c == '.' && digits) {
      parts.push_back(value);
      value = 0;
      digits = false;
    } else {
      return {};
    }
  }
  if (!digits) return {};
  parts.push_back(value);
  return parts;
}

}  // namespace

bool follows_in_sequence(std::string_view last, std::string_view next) {
  std::vector<int> b = number_parts(next);
  if (b.empty()) return false;
  std::vector<int> a = number_parts(last);
  if (a.empty()) return b.size() == 1 && b[0] == 1;
  if (a.size() != b.size()) return b.size() == 2 && a.size() == 1 && b[0] == a[0] && b[1] == 1;
  for (std::size_t k = 0; k + 1 < a.size(); ++k) {
    if (a[k] != b[k]) return k + 2 == a.size() && b[k] == a[k] + 1 && b.back() == 1;
  }
  return b.back() == a.back() + 1;
}

std::string strip_footnote_mark(std::string_view text) {
  std::size_t e = text.size();
  while (e > 0 && e + 2 >= text.size() && is_digit(text[e - 1])) --e;
  if (e == text.size() || e == 0 || text.size() - e > 2) return std::string(text);
  char c = text[e - 1];
  return is_lower(c) || c == '?' || c == ')' ? std::string(text.substr(0, e)) : std::string(text);
}

std::optional<Grade> whole_grade(const GradeScale& grades, std::string_view text,
                                 std::size_t max_chars) {
  if (text.empty() || text.size() > max_chars || count_words(text, 12) > 10) return std::nullopt;
  return grades.parse_any_number(text);
}

bool numbered_title(std::string_view text, std::string_view* title, int* depth) {
  std::size_t i = 0;
  int parts = 0;
  while (true) {
    std::size_t b = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == b || i - b > 2) return false;
    ++parts;
    if (i + 1 < text.size() && text[i] == '.' && is_digit(text[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  if (i >= text.size() || text[i] != ' ') return false;
  *title = trim(text.substr(i));
  *depth = parts;
  return !title->empty() && is_upper((*title)[0]);
}

bool is_page_number(std::string_view text) {
  std::string_view s = trim(text);
  if (s.size() >= 2 && s.front() == '-' && s.back() == '-') s = trim(s.substr(1, s.size() - 2));
  if (s.size() > 5 && (s.compare(0, 5, "Page ") == 0 || s.compare(0, 5, "page ") == 0)) {
    s = s.substr(5);
  }
  std::size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == 0 || i > 4) return false;
  if (i == s.size()) return true;
  std::string_view rest = s.substr(i);
  if (rest.compare(0, 4, " of ") != 0) return false;
  rest = rest.substr(4);
  for (char c : rest) {
    if (!is_digit(c)) return false;
  }
  return !rest.empty();
}

bool starts_lower(std::string_view text) {
  for (char c : text) {
    if (c == '\'' || c == '"' || c == '(' || c == '[' || is_space(c)) continue;
    return is_lower(c);
  }
  return false;
}

bool starts_upper(std::string_view text) {
  for (char c : text) {
    if (c == '\'' || c == '"' || c == '(' || c == '[' || is_space(c)) continue;
    return is_upper(c);
  }
  return false;
}

bool ends_sentence(std::string_view text) {
  std::string_view s = trim(text);
  // "... in the Next Steps service. (Enabler two)": a note after the full stop.
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind('(');
    if (open != std::string_view::npos && open > 0 && s.size() - open < 60) {
      std::string_view before = trim(s.substr(0, open));
      char c = before.empty() ? ' ' : before.back();
      if (c == '.' || c == '!' || c == '?') return true;
    }
  }
  while (!s.empty() && (s.back() == '\'' || s.back() == '"' || s.back() == ')' || s.back() == ']' ||
                        s.back() == '*')) {
    s.remove_suffix(1);
  }
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') return true;
  return s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\xA6") == 0;  // ellipsis
}

bool ends_with_punctuation(std::string_view text) {
  std::string_view s = trim(text);
  return ends_sentence(s) || (!s.empty() && s.back() == ',');
}

bool is_all_caps(std::string_view text) {
  int letters = 0;
  int run = 0;
  int longest = 0;
  for (char c : text) {
    if (is_lower(c)) return false;
    run = is_upper(c) ? run + 1 : 0;
    if (run > 0) ++letters;
    if (run > longest) longest = run;
  }
  return letters >= 4 && longest >= 3;
}

int count_words(std::string_view text, int cap) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words >= cap) return words;
    }
  }
  return words;
}

std::string last_word_lower(std::string_view text) {
  std::size_t e = text.size();
  while (e > 0 && !is_alpha(text[e - 1]) && !is_digit(text[e - 1])) --e;
  std::size_t b = e;
  while (b > 0 && (is_alpha(text[b - 1]) || is_digit(text[b - 1]))) --b;
  std::string w(text.substr(b, e - b));
  for (char& c : w) {
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return w;
}

bool mostly_digits(std::string_view text) {
  int digits = 0;
  int visible = 0;
  for (char c : text) {
    if (is_space(c)) continue;
    ++visible;
    if (is_digit(c)) ++digits;
  }
  return visible > 0 && digits * 10 >= visible * 3;
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return fold_key(text);
    if (c == '&') {
      if (!out.empty()) out += ' ';
      out += "and";
      pending_space = true;
    } else if (c == '\'' || c == '`') {
      // joins, as fold_key does: "children's" -> "childrens"
    } else if (is_alpha(ch) || is_digit(ch)) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += is_upper(ch) ? static_cast<char>(ch - 'A' + 'a') : ch;
    } else {
      pending_space = true;
    }
  }
  return out;
}

bool open_quote(std::string_view text) {
  std::size_t from = text.size() > 300 ? text.size() - 300 : 0;
  bool open = false;
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] != '\'' && text[i] != '"') continue;
    bool letter_before = i > 0 && (is_alpha(text[i - 1]) || is_digit(text[i - 1]));
    bool letter_after = i + 1 < text.size() && (is_alpha(text[i + 1]) || is_digit(text[i + 1]));
    if (!letter_before && letter_after)
      open = true;  // opening quote
    else if (!letter_after && (letter_before || open))
      open = false;  // closing quote
  }
  return open;
}

}  // namespace ofsearch::seg
