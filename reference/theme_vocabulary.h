// The theme vocabulary, loaded from corpus/themes.tsv: each theme an id, a label
// and trigger phrases. Tags a paragraph with every theme whose triggers it contains,
// matching on normalised, stemmed words so "referral" and "referrals" both trigger.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

struct Theme {
  std::string id;     // e.g. "missing-children"
  std::string label;  // e.g. "Missing children"
  std::vector<std::string> triggers;
};

class ThemeVocabulary {
 public:
  static ThemeVocabulary load(const std::filesystem::path& tsv);

  // Theme ids whose triggers occur in `text`, in vocabulary order, no repeats.
  std::vector<std::string> themes_of(std::string_view text) const;

  const Theme* find(std::string_view id) const;  // by id or label, case-insensitive
  std::vector<std::string> closest(std::string_view id, std::size_t n) const;
  const std::vector<Theme>& all() const { return themes_; }

 private:
  std::vector<Theme> themes_;
  // Each trigger as a sequence of stemmed words, with the theme index it belongs to.
  struct Trigger {
    std::vector<std::string> stems;
    std::size_t theme;
  };
  std::vector<Trigger> triggers_;
};

}  // namespace ofsearch
