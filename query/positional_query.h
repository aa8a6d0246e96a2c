// Builds the positional parts of a query that Xapian's QueryParser cannot: quoted
// phrases whose words match their other inflected forms ("return home interview"
// finds "return home interviews"), and NEAR/ADJ runs over words, phrases and
// bracketed ORs (query/query_syntax.h cuts them out of the string).
//
// A word's forms are the unstemmed, positional terms of the index that share its
// stem (Database::allterms over the prefix the word and its stem share), so a
// phrase is OP_PHRASE over an OP_OR of each word's forms: what Xapian 1.4 allows
// inside a phrase. With `exact`, every word is just itself. NEAR and ADJ take
// words the same way. Xapian cannot put a phrase inside NEAR, so `"a b" NEAR c` is
// NEAR(a, b, c) over the phrase's words and c, filtered by the phrase "a b".
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "query/query_syntax.h"
#include "stemming/analyzer.h"

namespace ofsearch {

class PositionalBuilder {
 public:
  PositionalBuilder(const Xapian::Database& db, const Analyzer& analyzer, bool exact)
      : db_(db), analyzer_(analyzer), exact_(exact) {}

  // A quoted phrase (its text without the quotes).
  Xapian::Query phrase(const std::string& text) const;
  // A NEAR or ADJ run. Throws QuerySyntaxError for an alternative in a bracket
  // that is more than one word ("(life-story OR x) NEAR y").
  Xapian::Query run(const ProximityRun& run) const;

  // The positional terms the indexer makes of `text` (its words, unstemmed), in order.
  std::vector<std::string> terms(const std::string& text) const;
  // `term` or any indexed word with the same stem; the term alone when exact.
  Xapian::Query forms(const std::string& term) const;

 private:
  const Xapian::Database& db_;
  const Analyzer& analyzer_;
  bool exact_;
  mutable std::map<std::string, Xapian::Query> forms_;  // a query repeats its words
};

}  // namespace ofsearch
