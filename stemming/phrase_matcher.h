// Finds known phrases in text by their stemmed words, so "referral" and
// "referrals", "Children's" and "children", "life-story" and "life story" all
// match. The synonym table (synonym_table.h) finds its concepts with it; theme
// triggers and authority names are matched by reference/folded_words.h instead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "stemming/analyzer.h"

namespace ofsearch {

// The words of a text as the matcher sees them: normalised, lower case,
// possessive 's dropped, split on anything that is not a letter or digit.
std::vector<std::string> plain_words(std::string_view text);

class PhraseMatcher {
 public:
  explicit PhraseMatcher(const Analyzer& analyzer) : analyzer_(&analyzer) {}

  // Registers `phrase` as a way of writing item `id`.
  void add(std::string_view phrase, std::size_t id);

  // Ids of every registered phrase occurring in `text`, each once, ascending.
  std::vector<std::size_t> match(std::string_view text) const;
  // How often each phrase id occurs in `text` (id -> count, ids ascending): a
  // phrase's occurrences do not overlap, and where phrases of one id overlap
  // ("child sexual exploitation", "sexual exploitation") the longest counts once.
  std::vector<std::pair<std::size_t, int>> count(std::string_view text) const;

 private:
  struct Entry {
    std::vector<std::string> stems;
    std::size_t id;
  };
  const std::string& stem(const std::string& word) const;

  const Analyzer* analyzer_;
  std::unordered_map<std::string, std::vector<Entry>> by_first_stem_;
  // Stemming every word of every paragraph dominated indexing; a report's
  // vocabulary repeats, so remember stems (not thread-safe, like Xapian's objects).
  mutable std::unordered_map<std::string, std::string> stems_;
};

}  // namespace ofsearch
