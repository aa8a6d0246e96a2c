// Domain acronyms and synonyms (LAC ~ looked after children, LADO ~ designated
// officer) and irregular forms the stemmer misses (children ~ child), loaded from
// stemming/synonyms.tsv. Each group is a concept: the indexer adds the concept's
// term (XS<id>) to every paragraph that writes any member, and stores Xapian
// synonyms from each member's query form to that term, so the QueryParser's
// automatic synonym expansion (never inside quoted phrases) finds every wording.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "stemming/analyzer.h"
#include "stemming/phrase_matcher.h"

namespace ofsearch {

struct SynonymGroup {
  std::string id;                  // concept id, e.g. "looked-after-children"
  std::vector<std::string> terms;  // every way of writing it
};

class SynonymTable {
 public:
  static SynonymTable load(const std::filesystem::path& tsv, const Analyzer& analyzer);
  const std::vector<SynonymGroup>& groups() const { return groups_; }

  // The concept terms (XS<id>) for a paragraph's text.
  std::vector<std::string> concept_terms(std::string_view text) const;
  // The same with how often the paragraph writes a member of each (the term's wdf,
  // so a paragraph that keeps writing "criminal exploitation" ranks for CCE).
  std::vector<std::pair<std::string, int>> concept_term_counts(std::string_view text) const;

  // Identifies the table's content, so a database can tell its synonyms are stale.
  std::string fingerprint() const;

  // Replaces the synonyms stored in `db` with this table's member -> concept links.
  void write_to(Xapian::WritableDatabase& db) const;

 private:
  explicit SynonymTable(const Analyzer& analyzer) : analyzer_(&analyzer), matcher_(analyzer) {}
  const Analyzer* analyzer_;
  std::vector<SynonymGroup> groups_;
  PhraseMatcher matcher_;
};

}  // namespace ofsearch
