// Domain acronyms and synonyms (LAC ~ looked after children, LADO ~ designated
// officer) and irregular forms the stemmer misses (children ~ child), loaded from
// stemming/synonyms.tsv. Each group is a concept: the indexer adds the concept's
// term (<prefix><id>, the schema's XS) to every paragraph that writes any member, and stores Xapian
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
  // `concept_prefix`: the term prefix of concept terms (the index schema's, passed in
  // so analysis does not depend on the schema).
  static SynonymTable load(const std::filesystem::path& tsv, const Analyzer& analyzer,
                           std::string concept_prefix);
  const std::vector<SynonymGroup>& groups() const { return groups_; }

  // The concept terms (<prefix><id>) for a paragraph's text.
  std::vector<std::string> concept_terms(std::string_view text) const;
  // The same with how often the paragraph writes a member of each (the term's wdf,
  // so a paragraph that keeps writing "criminal exploitation" ranks for CCE).
  std::vector<std::pair<std::string, int>> concept_term_counts(std::string_view text) const;

  // Identifies the table's content, so a database can tell its synonyms are stale.
  std::string fingerprint() const;

  // Replaces the synonyms stored in `db` with this table's member -> concept links.
  void write_to(Xapian::WritableDatabase& db) const;

 private:
  SynonymTable(const Analyzer& analyzer, std::string concept_prefix)
      : analyzer_(&analyzer), concept_prefix_(std::move(concept_prefix)), matcher_(analyzer) {}
  const Analyzer* analyzer_;
  std::string concept_prefix_;
  std::vector<SynonymGroup> groups_;
  PhraseMatcher matcher_;
};

}  // namespace ofsearch
