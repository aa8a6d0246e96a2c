// The text analysis both sides share: one English stemmer, one normaliser, one
// stemming strategy (STEM_SOME: unstemmed positional terms for phrases, Z-prefixed
// stems for free text). Configures Xapian's TermGenerator and QueryParser alike.
//
// The stemmer is Snowball's English one with the field's exceptions
// (stemming/stem_exceptions.tsv): words it gets wrong for children's social care,
// such as "timely", which it stems to "time" (1,800 paragraphs say "time") and never
// to the stem of "timeliness". Exceptions apply wherever the stemmer does: index
// terms, query terms, synonym and concept matching, snippet highlighting.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include <xapian.h>

namespace ofsearch {

// word (lower case) -> the stem to give it.
using StemExceptions = std::map<std::string, std::string>;

// Reads word<TAB>stem lines ('#' comments, blank lines skipped); throws on a bad line.
StemExceptions load_stem_exceptions(const std::filesystem::path& tsv);

// The exceptions of the data folder (data_root(), stemming/data_root.h), read once.
const StemExceptions& default_stem_exceptions();

class Analyzer {
 public:
  Analyzer();  // English with default_stem_exceptions()
  explicit Analyzer(const StemExceptions& exceptions);

  const Xapian::Stem& stemmer() const { return stemmer_; }
  void configure(Xapian::TermGenerator& generator) const;
  void configure(Xapian::QueryParser& parser) const;

  // The stemmed form of one word, after normalisation and lower-casing.
  std::string stem(std::string_view word) const;

  // Identifies the exceptions in force, so an index can tell its stems are stale.
  std::string fingerprint() const { return fingerprint_; }

 private:
  Xapian::Stem stemmer_;
  std::string fingerprint_;
};

}  // namespace ofsearch
