#include "query/spelling_correction.h"

#include <cctype>
#include <vector>

#include "query/query_syntax.h"

namespace ofsearch {
namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Alternate runs of word and non-word bytes: the parser rewrites words in place,
// so a correction has the same non-word runs as what was typed.
std::vector<std::string> runs(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    bool word = is_word_byte(s[i]);
    std::size_t j = i;
    while (j < s.size() && is_word_byte(s[j]) == word) ++j;
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

bool has_unknown_word(const std::string& typed, const Xapian::Database& db) {
  for (const std::string& run : runs(typed)) {
    if (is_word_byte(run[0]) && !is_operator_word(run) && !db.term_exists(run)) return true;
  }
  return false;
}

std::optional<std::string> correct_unknown_words(const std::string& typed,
                                                 const std::string& corrected,
                                                 const Xapian::Database& db) {
  std::vector<std::string> before = runs(typed), after = runs(corrected);
  if (before.size() != after.size()) return std::nullopt;
  std::string out;
  bool changed = false;
  for (std::size_t i = 0; i < before.size(); ++i) {
    const std::string& was = before[i];
    bool word = !was.empty() && is_word_byte(was[0]);
    if (was == after[i] || (word && db.term_exists(was))) {
      out += was;
      continue;
    }
    if (!word) return std::nullopt;  // not an in-place rewrite of words
    out += after[i];
    changed = true;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace ofsearch
