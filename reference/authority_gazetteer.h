// The gazetteer of English local authorities with children's services duties,
// loaded from corpus/authorities.tsv (name, slug, region, aliases, including
// authorities before and after the 2019-2023 reorganisations), with their DfE and ONS
// codes and statistical neighbours from corpus/la_codes.tsv. Answers: which authority
// does this name/alias/slug (or DfE number) mean, and which authorities does a text mention.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ofsearch {

struct Authority {
  std::string name;    // canonical, e.g. "Rotherham"
  std::string slug;    // e.g. "rotherham"
  std::string region;  // e.g. "Yorkshire and the Humber"
  std::vector<std::string> aliases;
  // From la_codes.tsv; empty for an authority the lookup does not list.
  std::string la_code;                  // DfE LA number, e.g. "372"
  std::string ons_code;                 // e.g. "E08000018"
  std::vector<std::string> neighbours;  // the ten statistical neighbours' LA numbers, closest first
  std::string la_type;                  // e.g. "Metropolitan Borough"
  long population_0_25 = 0;             // ONS; 0 when not given
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

struct FoldedWord;  // reference/folded_words.h

class AuthorityGazetteer {
 public:
  // Reads `tsv` and, when present beside it, other_bodies.tsv (what makes a mention
  // another body), authority_forms.tsv (council designations, the nine regions) and
  // la_codes.tsv (codes and statistical neighbours; a row naming an unknown authority
  // or repeating a code is an error).
  // Throws std::runtime_error naming the file and line of a bad row or duplicate name.
  static AuthorityGazetteer load(const std::filesystem::path& tsv);
  static AuthorityGazetteer load(const std::filesystem::path& tsv,
                                 const std::filesystem::path& other_bodies,
                                 const std::filesystem::path& forms);

  // Exact lookup of a canonical name, slug or alias, ignoring case, accents,
  // punctuation and "&"/"and" differences. nullptr when unknown. Council designations
  // are understood around any name ("Rotherham Metropolitan Borough Council",
  // "London Borough of Camden", "Bristol, City of", "The Royal Borough of Greenwich").
  const Authority* find(std::string_view name) const;
  // The authority with this DfE LA number ("372"); nullptr when none has it.
  const Authority* find_by_la_code(std::string_view la_code) const;

  // Up to n known names closest to an unknown value (for error messages).
  std::vector<std::string> closest(std::string_view name, std::size_t n) const;

  // Every mention in `text`, in text order; the longest alias wins at a position
  // ("North East Lincolnshire" is not also "Lincolnshire"). Names match whole words
  // and need a capital letter; a single word flagged as a common word or personal name
  // needs more (see authorities.tsv). Linear in the text: it is folded once.
  std::vector<AuthorityMention> mentions(std::string_view text) const;

  const std::vector<Authority>& all() const { return authorities_; }
  std::vector<std::string> regions() const;

 private:
  enum class Caution { None, Word, Name };
  struct Entry {
    std::size_t index = 0;      // into authorities_
    bool council_form = false;  // ends in a council designation ("Rutland County Council")
    bool derived = false;       // made from a designation, not listed in the data
  };
  struct TrieNode {
    std::unordered_map<std::string, std::size_t> next;  // word -> node
    bool terminal = false;
    Entry entry;
  };
  struct ContextPhrase {
    std::vector<std::string> words;
    bool other_body = false;  // else the words mean it is not the authority at all
  };
  using Words = std::vector<std::string>;

  void load_forms(const std::filesystem::path& forms);
  void load_other_bodies(const std::filesystem::path& other_bodies);
  void load_authorities(const std::filesystem::path& tsv);
  void load_codes(const std::filesystem::path& codes);
  void add_names(const Authority& a, const std::string& where);
  void add_key(const std::string& folded, Entry entry, const std::string& where);
  void derive_designations();
  void build_trie();
  const Authority* lookup(const Words& words) const;
  bool accept(std::string_view text, const std::vector<FoldedWord>& words, std::size_t i,
              std::size_t j, const Entry& entry, AuthorityMention& mention) const;
  const ContextPhrase* phrase_before(std::string_view text, const std::vector<FoldedWord>& words,
                                     std::size_t i) const;
  const ContextPhrase* phrase_after(std::string_view text, const std::vector<FoldedWord>& words,
                                    std::size_t j, bool other_body) const;

  std::vector<Authority> authorities_;
  std::vector<Caution> cautions_;  // parallel to authorities_
  struct Key {
    std::string folded;
    std::size_t index;
  };
  std::vector<Key> keys_;                          // every folded name/alias/slug, longest first
  std::unordered_map<std::string, Entry> lookup_;  // listed and derived names
  std::unordered_map<std::string, std::string> listed_at_;  // folded name -> "file:line"
  std::vector<TrieNode> trie_;                              // word sequences of lookup_
  std::vector<Words> prefixes_, suffixes_;
  std::vector<std::string> region_names_;
  std::vector<ContextPhrase> before_, after_;
  std::unordered_set<std::string> connectors_;  // lower-case words inside names ("upon")
};

}  // namespace ofsearch
