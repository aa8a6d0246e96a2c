// Domain acronyms and synonyms (LAC ~ looked after children, LADO ~ designated
// officer) and irregular forms the stemmer misses (children ~ child), loaded from
// stemming/synonyms.tsv and written into the index as Xapian synonyms, so the
// QueryParser expands free-text terms (never quoted phrases) with them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

namespace ofsearch {

class Analyzer;

// One line of the file: every term in a group is a synonym of every other.
struct SynonymGroup {
  std::vector<std::string> terms;  // single words or multi-word phrases, normalised lower case
};

class SynonymTable {
 public:
  static SynonymTable load(const std::filesystem::path& tsv);
  const std::vector<SynonymGroup>& groups() const { return groups_; }

  // Replaces the synonyms stored in `db` with this table, keyed as the
  // QueryParser looks them up (stemmed keys for stemmed terms).
  void write_to(Xapian::WritableDatabase& db, const Analyzer& analyzer) const;

 private:
  std::vector<SynonymGroup> groups_;
};

}  // namespace ofsearch
