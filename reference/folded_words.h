// The one word splitter the gazetteer and the theme vocabulary apply both to their
// data and to the texts they scan, so a name or trigger matches however the text
// cases, accents, hyphenates or punctuates it. Each word keeps its byte span in the
// original text. Also the edit distance behind "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

struct FoldedWord {
  std::string text;       // lower case, accents stripped: "helens", "and" for '&'
  std::size_t begin = 0;  // byte span in the original text
  std::size_t end = 0;
  bool capitalised = false;  // the original starts with a capital letter
  bool all_caps = false;     // two or more letters, all capitals ("BCP", "LACs")
};

// Words are runs of letters and digits. Hyphens, dashes and other punctuation split
// words; '&' is the word "and"; apostrophes (straight or curly) split words and a
// possessive "'s" is dropped ("Rutland's" -> "rutland"); soft hyphens and zero-width
// characters join. Never throws.
std::vector<FoldedWord> fold_words(std::string_view text);

// The folded words of a short phrase joined by single spaces ("St. Helens" -> "st helens").
std::string fold_phrase(std::string_view phrase);

// True when the text between two words ends a phrase: sentence punctuation (. ! ? ; :)
// or a blank line. A name or trigger never spans such a gap.
bool breaks_phrase(std::string_view gap);

// True when `pos` starts a sentence: only whitespace before it, a blank line, or
// sentence punctuation, a bullet or a heading mark before it.
bool at_sentence_start(std::string_view text, std::size_t pos);

// Levenshtein distance in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// How far `query` is from `candidate` (both folded phrases): edit distance over the
// longer length, less a bonus for shared whole words. 0 is identical; above ~0.5 is unrelated.
double name_distance(std::string_view query, std::string_view candidate);

}  // namespace ofsearch
