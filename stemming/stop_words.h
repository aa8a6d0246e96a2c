// The stop words (stemming/stop_words.tsv): "the", "of", "and" and the like, words that
// carry no paragraph's meaning. One list for every use, read once: the words as written
// and the stems the analyzer gives them, so a stemmed ("Z") term can be recognised as a
// stop word too. `similar` (query/similar_query.h) neither ranks nor highlights on them.
// The index keeps every word: phrases such as "missing from care" match as written.
#pragma once

#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>

#include "stemming/analyzer.h"

namespace ofsearch {

class StopWords {
 public:
  // One word a line ('#' comments, blank lines skipped), stemmed by `analyzer`. Throws
  // std::runtime_error naming the file when it cannot be read or a line holds two words.
  static StopWords load(const std::filesystem::path& tsv, const Analyzer& analyzer);

  // The word in any case ("The"), apostrophes dropped as the index drops them ("don't").
  bool is_stop_word(std::string_view word) const;
  // A stem (unprefixed) that only stop words stem to, such as "the" or "ani" ("any").
  bool is_stop_stem(const std::string& stem) const { return stems_.count(stem) > 0; }
  std::size_t size() const { return words_.size(); }

 private:
  std::set<std::string> words_;
  std::set<std::string> stems_;
};

// The stop words of the data folder (data_root(), stemming/data_root.h) stemmed by the
// default Analyzer, read once.
const StopWords& default_stop_words();

}  // namespace ofsearch
