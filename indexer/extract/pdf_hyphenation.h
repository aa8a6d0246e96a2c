// Decides whether a hyphen at a line end is part of a compound ("decision-" +
// "making") or a typesetter's word break ("assess-" + "ment"), using the words the
// document itself uses elsewhere.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace ofsearch::pdf {

// Rule, in order (first that applies wins):
//  1. keep when the part before ends in a digit ("17-" + "year-olds") or the part
//     after does not start with a lower-case letter ("non-" + "English");
//  2. keep when the compound appears unbroken elsewhere in the document;
//  3. join when the joined word appears elsewhere in the document;
//  4. join when the part after is a bare suffix ("ment", "tion", "ing", ...);
//  5. otherwise keep: reports are set without automatic hyphenation, so a line-end
//     hyphen is almost always a real one (checked on 135 real Ofsted PDFs).
class HyphenResolver {
 public:
  // Records the words of one line of running text (tokens not split by a line end).
  void learn(std::string_view text);
  // `before` is the text up to (not including) the line-end hyphen, `after` the next
  // line's text; only their adjoining words are looked at.
  bool keep_hyphen(std::string_view before, std::string_view after) const;

 private:
  std::unordered_set<std::string> words_;  // lower case, edge punctuation trimmed
};

// True when `text` ends with a hyphen that follows a letter or digit.
bool ends_with_word_hyphen(std::string_view text);

}  // namespace ofsearch::pdf
