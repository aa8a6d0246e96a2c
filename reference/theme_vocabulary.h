// The theme vocabulary, loaded from corpus/themes.tsv: each theme an id, a label
// and trigger phrases. Tags a paragraph with every theme whose triggers it contains,
// matching on normalised, stemmed words so "referral" and "referrals" both trigger.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ofsearch {

struct Theme {
  std::string id;     // e.g. "missing-children"
  std::string label;  // e.g. "Missing children"
  std::vector<std::string> triggers;
};

class ThemeVocabulary {
 public:
  // Throws std::runtime_error naming the file and line of a bad row or repeated id.
  static ThemeVocabulary load(const std::filesystem::path& tsv);

  // Theme ids whose triggers occur in `text`, in vocabulary order, no repeats. The text
  // is split and stemmed once; a trigger never spans a sentence end.
  std::vector<std::string> themes_of(std::string_view text) const;

  const Theme* find(std::string_view id) const;  // by id or label, case-insensitive
  std::vector<std::string> closest(std::string_view id, std::size_t n) const;
  const std::vector<Theme>& all() const { return themes_; }

 private:
  std::vector<Theme> themes_;
  // Each trigger as a sequence of stemmed words, with the theme index it belongs to.
  // A word written in capitals in the data ("LAC", "PEP") matches only capitals; a
  // word marked '=' ("=adoption") matches only that folded word, not its stem.
  struct Trigger {
    std::vector<std::string> stems;
    std::size_t theme;
    std::vector<bool> capitals;      // parallel to stems
    std::vector<std::string> exact;  // parallel to stems: the folded word, or "" for any
  };
  std::vector<Trigger> triggers_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_stem_;  // -> triggers_
};

}  // namespace ofsearch
