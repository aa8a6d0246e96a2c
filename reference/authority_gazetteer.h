// The gazetteer of English local authorities with children's services duties,
// loaded from corpus/authorities.tsv (name, slug, region, aliases, including
// authorities before and after the 2019-2023 reorganisations). Answers: which
// authority does this name/alias/slug mean, and which authorities does a text mention.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

struct Authority {
  std::string name;    // canonical, e.g. "Rotherham"
  std::string slug;    // e.g. "rotherham"
  std::string region;  // e.g. "Yorkshire and the Humber"
  std::vector<std::string> aliases;
};

// A place in a text where an authority name or alias occurs.
struct AuthorityMention {
  const Authority* authority = nullptr;
  std::size_t offset = 0;  // byte offset in the text searched
  std::size_t length = 0;
  // True when the words right after the match make it another body
  // ("Leicestershire Police", "Leicester Partnership NHS Trust").
  bool other_body = false;
};

class AuthorityGazetteer {
 public:
  static AuthorityGazetteer load(const std::filesystem::path& tsv);

  // Exact lookup of a canonical name, slug or alias, ignoring case, accents,
  // punctuation and "&"/"and" differences. nullptr when unknown.
  const Authority* find(std::string_view name) const;

  // Up to n known names closest to an unknown value (for error messages).
  std::vector<std::string> closest(std::string_view name, std::size_t n) const;

  // Every mention in `text`, in text order; the longest alias wins at a position
  // ("North East Lincolnshire" is not also "Lincolnshire").
  std::vector<AuthorityMention> mentions(std::string_view text) const;

  const std::vector<Authority>& all() const { return authorities_; }
  std::vector<std::string> regions() const;

 private:
  std::vector<Authority> authorities_;
  struct Key {
    std::string folded;
    std::size_t index;
  };
  std::vector<Key> keys_;  // every folded name/alias/slug, longest first
};

}  // namespace ofsearch
