#include "reference/folded_words.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>
#include <sstream>

#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

enum class Kind { Letter, Apostrophe, Ampersand, Joiner, Separator };

struct Char {
  Kind kind;
  std::size_t length;  // bytes
  std::uint32_t cp;
};

// Decodes one UTF-8 character; invalid bytes come back as a one-byte separator.
std::pair<std::uint32_t, std::size_t> decode(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80           ? 1
                  : (b >> 5) == 0x6  ? 2
                  : (b >> 4) == 0xE  ? 3
                  : (b >> 3) == 0x1E ? 4
                                     : 0;
  if (n == 0 || i + n > s.size()) return {0xFFFD, 1};
  std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c >> 6) != 0x2) return {0xFFFD, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  return {cp, n};
}

// Without a Unicode database at hand, blocks of punctuation and symbols separate
// words and everything else outside ASCII is taken for a letter.
Kind kind_of(std::uint32_t cp) {
  if (cp < 0x80) {
    if (std::isalnum(static_cast<int>(cp))) return Kind::Letter;
    if (cp == '\'' || cp == '`') return Kind::Apostrophe;
    if (cp == '&') return Kind::Ampersand;
    return Kind::Separator;
  }
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032 || cp == 0x00B4) {
    return Kind::Apostrophe;
  }
  if (cp == 0xFF06) return Kind::Ampersand;
  if (cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF ||
      (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x0300 && cp <= 0x036F)) {
    return Kind::Joiner;
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
      (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xE000 && cp <= 0xF8FF) ||
      (cp >= 0xFF00 && cp <= 0xFFFF) || cp >= 0x1F000) {
    return Kind::Separator;
  }
  return Kind::Letter;
}

Char char_at(std::string_view s, std::size_t i) {
  auto [cp, n] = decode(s, i);
  return {kind_of(cp), n, cp};
}

bool upper_letter(std::uint32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

bool lower_letter(std::uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7);
}

// Appends the word spanning [begin, end) (joiners already skipped into `raw`).
void emit(std::vector<FoldedWord>& out, const std::string& raw, std::size_t begin, std::size_t end,
          bool capitalised, int uppers, int lowers, bool trailing_s) {
  bool ascii = std::all_of(raw.begin(), raw.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  bool all_caps = uppers >= 2 && (lowers == 0 || (lowers == 1 && trailing_s && uppers >= 2));
  if (ascii) {
    std::string lower(raw);
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back({lower, begin, end, capitalised, all_caps});
    return;
  }
  // Accents and ligatures: the normaliser folds them; it may split a word in two.
  std::istringstream parts(fold_key(raw));
  for (std::string part; parts >> part;) out.push_back({part, begin, end, capitalised, all_caps});
}

}  // namespace

std::vector<FoldedWord> fold_words(std::string_view text) {
  std::vector<FoldedWord> words;
  std::size_t i = 0;
  while (i < text.size()) {
    Char c = char_at(text, i);
    if (c.kind == Kind::Ampersand) {
      words.push_back({"and", i, i + c.length, false, false});
      i += c.length;
      continue;
    }
    if (c.kind != Kind::Letter) {
      i += c.length;
      continue;
    }
    std::size_t begin = i, end = i;
    std::string raw;
    int uppers = 0, lowers = 0;
    bool capitalised = upper_letter(c.cp), last_lower_s = false;
    while (i < text.size()) {
      Char d = char_at(text, i);
      if (d.kind == Kind::Letter) {
        raw.append(text.substr(i, d.length));
        uppers += upper_letter(d.cp);
        lowers += lower_letter(d.cp);
        last_lower_s = d.cp == 's';
        end = i + d.length;
      } else if (d.kind != Kind::Joiner) {
        break;
      }
      i += d.length;
    }
    emit(words, raw, begin, end, capitalised, uppers, lowers, last_lower_s);
    // A possessive 's after an apostrophe is dropped: "Rutland's" -> "rutland".
    if (i < text.size() && char_at(text, i).kind == Kind::Apostrophe) {
      std::size_t after = i + char_at(text, i).length;
      if (after < text.size() && (text[after] == 's' || text[after] == 'S') &&
          (after + 1 >= text.size() || char_at(text, after + 1).kind != Kind::Letter)) {
        i = after + 1;
      }
    }
  }
  return words;
}

std::string fold_phrase(std::string_view phrase) {
  std::string out;
  for (const auto& w : fold_words(phrase)) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

bool breaks_phrase(std::string_view gap) {
  int newlines = 0;
  for (char c : gap) {
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') return true;
    if (c == '\n' && ++newlines >= 2) return true;
  }
  return false;
}

bool at_sentence_start(std::string_view text, std::size_t pos) {
  int newlines = 0;
  while (pos > 0) {
    char c = text[pos - 1];
    if (c == '\n') {
      if (++newlines >= 2) return true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      auto u = static_cast<unsigned char>(c);
      if (u >= 0x80) {
        std::size_t start = pos - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        std::uint32_t cp = decode(text, start).first;
        Kind k = kind_of(cp);
        return !(k == Kind::Letter || k == Kind::Apostrophe || cp == 0x201D);
      }
      // Mid-sentence: a word, a comma, a closing bracket or quote before the position.
      return !(std::isalnum(u) || c == ',' || c == ')' || c == '\'' || c == '"' || c == '&');
    }
    --pos;
  }
  return true;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

double name_distance(std::string_view query, std::string_view candidate) {
  std::size_t longer = std::max(query.size(), candidate.size());
  if (longer == 0) return 0;
  double distance = static_cast<double>(edit_distance(query, candidate)) / longer;
  std::istringstream qs{std::string(query)}, cs{std::string(candidate)};
  std::set<std::string> qw, cw;
  for (std::string w; qs >> w;) qw.insert(w);
  for (std::string w; cs >> w;) cw.insert(w);
  std::size_t shared = 0;
  for (const auto& w : qw) shared += cw.count(w);
  std::size_t all = qw.size() + cw.size() - shared;
  double jaccard = all ? static_cast<double>(shared) / all : 0;
  return std::max(0.0, distance - 0.5 * jaccard);
}

}  // namespace ofsearch
