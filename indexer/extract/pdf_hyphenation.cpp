#include "indexer/extract/pdf_hyphenation.h"

#include <array>
#include <cctype>
#include <vector>

namespace ofsearch::pdf {
namespace {

// Endings a typesetter leaves alone on the next line when it breaks a word.
constexpr std::array<std::string_view, 28> kSuffixes = {
    "ment", "ments", "tion",  "tions", "sion", "sions", "ing",  "ings",  "ed", "er",
    "ers",  "ness",  "ity",   "ities", "ance", "ances", "ence", "ences", "ly", "ous",
    "able", "ible",  "ively", "ive",   "ally", "ful",   "ise",  "ize"};

bool is_word_char(unsigned char c) { return std::isalnum(c) || c == '-' || c == '\'' || c >= 0x80; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Trims punctuation (but not inner hyphens or apostrophes) from both ends.
std::string_view trim_word(std::string_view w) {
  while (!w.empty() && !is_word_char(static_cast<unsigned char>(w.front()))) w.remove_prefix(1);
  while (!w.empty() && (!is_word_char(static_cast<unsigned char>(w.back())) || w.back() == '-' ||
                        w.back() == '\''))
    w.remove_suffix(1);
  return w;
}

std::string_view last_token(std::string_view s) {
  auto pos = s.find_last_of(" \t");
  return pos == std::string_view::npos ? s : s.substr(pos + 1);
}

std::string_view first_token(std::string_view s) {
  auto pos = s.find_first_of(" \t");
  return pos == std::string_view::npos ? s : s.substr(0, pos);
}

}  // namespace

bool ends_with_word_hyphen(std::string_view text) {
  if (text.size() < 2 || text.back() != '-') return false;
  return std::isalnum(static_cast<unsigned char>(text[text.size() - 2])) != 0;
}

void HyphenResolver::learn(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto end = text.find_first_of(" \t", i);
    if (end == std::string_view::npos) end = text.size();
    auto word = trim_word(text.substr(i, end - i));
    if (!word.empty()) {
      words_.insert(lower(word));
      // Also each adjacent pair of a longer compound: "well-co-ordinated" -> "co-ordinated".
      std::vector<std::string_view> pieces;
      for (std::size_t start = 0;;) {
        auto h = word.find('-', start);
        pieces.push_back(word.substr(start, h == std::string_view::npos ? word.npos : h - start));
        if (h == std::string_view::npos) break;
        start = h + 1;
      }
      for (std::size_t k = 0; pieces.size() > 2 && k + 1 < pieces.size(); ++k)
        words_.insert(lower(pieces[k]) + "-" + lower(pieces[k + 1]));
    }
    i = end + 1;
  }
}

bool HyphenResolver::keep_hyphen(std::string_view before, std::string_view after) const {
  // The last hyphen-separated piece before the break: "well-co" -> "co".
  auto head_token = trim_word(last_token(before));
  auto dash = head_token.rfind('-');
  auto head = dash == std::string_view::npos ? head_token : head_token.substr(dash + 1);
  auto tail_token = trim_word(first_token(after));
  auto tail = tail_token.substr(0, tail_token.find('-'));
  if (head.empty() || tail.empty()) return true;
  if (std::isdigit(static_cast<unsigned char>(head.back()))) return true;
  if (!std::islower(static_cast<unsigned char>(tail.front()))) return true;
  std::string head_l = lower(head), tail_l = lower(tail);
  if (words_.count(head_l + "-" + tail_l)) return true;
  if (words_.count(head_l + tail_l)) return false;
  for (auto suffix : kSuffixes)
    if (tail_l == suffix) return false;
  return true;
}

}  // namespace ofsearch::pdf
