// The fixed query mix (bench/queries.tsv) and what each class asks every engine to
// answer, so ofsearch, FTS5 and raw Xapian answer the same questions:
//   one_term, three_terms  exact total + top 10 ids (ranked)
//   phrase                 exact total + top 10 with snippets
//   phrase_filtered        phrase + grade/type/date filters: exact total + top 10 ids
//   phrase_count           exact total only
//   facets                 exact total + facet counts (authority, grade, theme, year) of every
//   match prefix                 word* : exact total + top 10 ids per_report             best
//   paragraph per report: distinct reports + total + top 10 top10_snippets         free text: exact
//   total + top 10 with snippets
// Boilerplate paragraphs are left out everywhere (ofsearch's default).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

namespace ofsearch::bench {

struct BenchQuery {
  std::string cls;                  // class name (above)
  std::string text;                 // as the user types it to ofsearch
  std::vector<std::string> words;   // AND-ed bare words
  std::vector<std::string> phrase;  // words of the one quoted phrase (empty when none)
  std::string prefix;               // word before '*' (empty when none)
  std::string grade, type;          // filter values ("" = none): grade word, report type id
  std::string from, to;             // report date bounds, ISO ("" = open)
  bool snippets = false, facets = false, per_report = false, count_only = false;
  std::size_t limit = 10;
};

using Facets = std::map<std::string, std::map<std::string, std::size_t>>;

// What an engine answered; compared across engines.
struct Answer {
  std::size_t total = 0;         // matching paragraphs, exactly
  std::size_t reports = 0;       // distinct reports (per_report only)
  std::vector<std::string> ids;  // top hits as "report_id/ordinal"
  std::size_t snippet_bytes = 0;
  Facets facets;  // authority, grade, theme, year
};

// The classes in report order.
const std::vector<std::string>& query_classes();

std::vector<BenchQuery> load_query_mix(const std::filesystem::path& tsv);

// Splits multi-valued theme keys ("a\nb") of a facet into one count per theme.
void split_theme_counts(Facets& facets);

}  // namespace ofsearch::bench
