#include "query/similar_query.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "query/query_builder.h"
#include "reference/reference_data.h"
#include "schema/schema.h"

namespace ofsearch {
namespace {

constexpr char kStemPrefix[] = "Z";  // schema/schema.h: Z<stem>, ranked free text

// Keeps a Z<stem> term unless a stop word stems to it, it is a number (a year, a
// paragraph's number) or no other paragraph has it (it could match nothing): the words
// a paragraph is about that another may share.
class MeaningfulStems : public Xapian::ExpandDecider {
 public:
  MeaningfulStems(const StopWords& stop_words, const Xapian::Database& db)
      : stop_words_(stop_words), db_(db) {}
  bool operator()(const std::string& term) const override {
    if (term.rfind(kStemPrefix, 0) != 0) return false;
    const std::string stem = term.substr(1);
    if (stem.empty() || stop_words_.is_stop_stem(stem)) return false;
    if (std::all_of(stem.begin(), stem.end(), [](unsigned char c) { return std::isdigit(c); }))
      return false;
    return db_.get_termfreq(term) > 1;
  }

 private:
  const StopWords& stop_words_;
  const Xapian::Database& db_;
};

// The paragraph's most frequent word for each of `stems` (its unprefixed, positional
// terms stemmed); the stem itself when no word has it.
std::vector<std::string> words_for(const Xapian::Document& doc,
                                   const std::vector<std::string>& stems,
                                   const Analyzer& analyzer) {
  std::map<std::string, std::pair<Xapian::termcount, std::string>> best;  // stem -> wdf, word
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const std::string word = *it;
    if (word.empty() || !std::islower(static_cast<unsigned char>(word[0]))) continue;
    auto& [wdf, chosen] = best[analyzer.stemmer()(word)];
    if (it.get_wdf() > wdf) std::tie(wdf, chosen) = std::pair(it.get_wdf(), word);
  }
  std::vector<std::string> out;
  for (const auto& stem : stems) {
    auto it = best.find(stem);
    out.push_back(it == best.end() || it->second.second.empty() ? stem : it->second.second);
  }
  return out;
}

}  // namespace

SimilarQuery similar_query(const Xapian::Database& db, const std::string& id,
                           const SearchRequest& request, const StopWords& stop_words,
                           const Analyzer& analyzer) {
  const std::string unique = schema::kUniqueId + id;
  auto posting = db.postlist_begin(unique);
  if (posting == db.postlist_end(unique)) {
    throw std::runtime_error("no paragraph '" + id + "' in the index (ids look like REPORT_ID/7)");
  }
  Xapian::RSet rset;
  rset.add_document(*posting);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(unique));
  MeaningfulStems decider(stop_words, db);
  // Exact term frequencies: over several shards Xapian otherwise estimates them from the
  // shard holding the paragraph, and the words chosen would depend on the sharding.
  Xapian::ESet eset =
      enquire.get_eset(kSimilarWords, rset, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);

  std::vector<Xapian::Query> terms;
  std::vector<std::string> stems;
  for (auto it = eset.begin(); it != eset.end(); ++it) {
    terms.emplace_back(*it);
    stems.push_back((*it).substr(1));
  }
  if (terms.empty()) throw std::runtime_error("paragraph '" + id + "' has no words to compare");

  SimilarQuery out;
  const Xapian::Document doc = db.get_document(*posting);
  out.words = words_for(doc, stems, analyzer);
  const std::string report = doc.get_value(schema::kSlotReportId);
  Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(schema::kReport + report));
  SearchRequest filters_request = request;
  filters_request.query.clear();
  Xapian::Query filters = QueryBuilder(db, reference_data()).filters_only(filters_request);
  if (!filters.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filters);
  if (!request.include_boilerplate) {
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(schema::kBoilerplate));
  }
  out.query = query;
  return out;
}

}  // namespace ofsearch
