// The text analysis both sides share: one English stemmer, one normaliser, one
// stemming strategy (STEM_SOME: unstemmed positional terms for phrases, Z-prefixed
// stems for free text). Configures Xapian's TermGenerator and QueryParser alike.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace ofsearch {

class Analyzer {
 public:
  Analyzer();

  const Xapian::Stem& stemmer() const { return stemmer_; }
  void configure(Xapian::TermGenerator& generator) const;
  void configure(Xapian::QueryParser& parser) const;

  // The stemmed form of one word, after normalisation and lower-casing.
  std::string stem(std::string_view word) const;

 private:
  Xapian::Stem stemmer_;
};

}  // namespace ofsearch
