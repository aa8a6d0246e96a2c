// query string + flags -> Xapian query, through Xapian's QueryParser configured
// with the indexer's analysis (stemming/analyzer.h): bare words AND-ed, AND/OR/NOT/+/-,
// prefix*, field:value filters, synonym expansion (not inside phrases, off with
// exact), boilerplate excluded by default. Quoted phrases (across word forms unless
// exact) and NEAR/ADJ runs anywhere in the query are cut out first and built by
// query/positional_query.h; an operator that cannot apply throws QuerySyntaxError.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "query/field_filters.h"
#include "query/search_request.h"
#include "reference/reference_data.h"
#include "stemming/analyzer.h"

namespace ofsearch {

// Longest query string accepted, in bytes. Real queries are a few words, or a list of
// names ORed together; a 250 kB query took 45 s to parse and run, and 4 kB already
// holds several hundred words.
inline constexpr std::size_t kMaxQueryBytes = 4096;

struct BuiltQuery {
  Xapian::Query query;                   // what to run
  Xapian::Query text_query;              // the free-text part alone (for suggestions); may be empty
  std::optional<std::string> corrected;  // QueryParser's spelling correction of the string
  // The words when the query is nothing but plain words ANDed (query_syntax.h), else empty.
  std::vector<std::string> plain_words;
};

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, const ReferenceData& reference);
  BuiltQuery build(const SearchRequest& request) const;

  // The request's field filters and date bounds alone, ANDed (OR within a field),
  // its query string ignored; an empty query when it has none. `similar` filters by it.
  Xapian::Query filters_only(const SearchRequest& request) const;

 private:
  Xapian::Query parse(const std::string& text, bool exact, std::optional<std::string>* corrected,
                      std::vector<std::string>* plain_words) const;
  Xapian::QueryParser make_parser(std::string* field_error) const;

  Xapian::Database db_;
  const ReferenceData& reference_;
  Analyzer analyzer_;
  FieldFilters filters_;
};

// The query string as the parser should see it: normalised like indexed text,
// words lower-cased so capitals stem as the text did, operators (AND OR NOT XOR
// NEAR ADJ) kept. Throws UnknownValueError for an unknown `field:` and for a query
// longer than kMaxQueryBytes.
std::string prepare_query_string(std::string_view user_query);

}  // namespace ofsearch
