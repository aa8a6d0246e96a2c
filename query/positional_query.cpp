#include "query/positional_query.h"

#include <algorithm>

namespace ofsearch {
namespace {

// Words this short (of, in, at) do not inflect, and their prefix is everything.
constexpr std::size_t kShortestInflected = 4;
// A prefix shared by more words than this is scanned no further (bounds the cost
// of a phrase word; real stems share a prefix with a few dozen words at most).
constexpr std::size_t kMostWordsScanned = 5000;

std::string common_prefix(const std::string& a, const std::string& b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return a.substr(0, n);
}

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
  if (queries.size() == 1) return queries.front();
  return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

}  // namespace

std::vector<std::string> PositionalBuilder::terms(const std::string& text) const {
  Xapian::TermGenerator generator;  // no stemmer: the unstemmed, positional terms only
  Xapian::Document doc;
  generator.set_document(doc);
  generator.index_text(text);
  std::vector<std::pair<Xapian::termpos, std::string>> at;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) at.emplace_back(*p, *t);
  }
  std::sort(at.begin(), at.end());
  std::vector<std::string> out;
  for (auto& [pos, term] : at) out.push_back(std::move(term));
  return out;
}

Xapian::Query PositionalBuilder::forms(const std::string& term) const {
  if (exact_ || term.size() < kShortestInflected) return Xapian::Query(term);
  if (auto cached = forms_.find(term); cached != forms_.end()) return cached->second;
  const Xapian::Stem& stemmer = analyzer_.stemmer();
  std::string stem = stemmer(term);
  // Forms of a stem share its start ("interview", "interviews", "interviewing";
  // "happy", "happiness" share "happ").
  std::string prefix = common_prefix(term, stem);
  if (prefix.size() < kShortestInflected - 1) prefix = stem;
  std::vector<std::string> found{term};
  if (prefix.size() >= kShortestInflected - 1) {
    std::size_t scanned = 0;
    for (auto it = db_.allterms_begin(prefix);
         it != db_.allterms_end(prefix) && scanned < kMostWordsScanned; ++it, ++scanned) {
      if (*it != term && stemmer(*it) == stem) found.push_back(*it);
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<Xapian::Query> alternatives(found.begin(), found.end());
  return forms_[term] = any_of(alternatives);
}

Xapian::Query PositionalBuilder::phrase(const std::string& text) const {
  std::vector<std::string> words = terms(text);
  if (words.empty()) return Xapian::Query::MatchNothing;
  std::vector<Xapian::Query> parts;
  for (const auto& w : words) parts.push_back(forms(w));
  if (parts.size() == 1) return parts.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(), parts.size());
}

Xapian::Query PositionalBuilder::run(const ProximityRun& run) const {
  std::vector<Xapian::Query> positional, phrases;
  const char* op = run.ordered ? "ADJ" : "NEAR";
  for (std::size_t k = 0; k < run.operands.size(); ++k) {
    const auto& alternatives = run.operands[k];
    if (alternatives.size() == 1) {
      // A word or a phrase; a hyphenated word ("life-story") is a phrase too.
      std::vector<std::string> words = terms(alternatives.front());
      if (words.empty())
        throw QuerySyntaxError(std::string("'") + op + "' needs words: '" + alternatives.front() +
                               "' has none");
      for (const auto& w : words) positional.push_back(forms(w));
      if (words.size() > 1) phrases.push_back(phrase(alternatives.front()));
      continue;
    }
    std::vector<Xapian::Query> any;
    for (const auto& alternative : alternatives) {
      std::vector<std::string> words = terms(alternative);
      if (words.size() != 1)
        throw QuerySyntaxError(std::string("'") + op +
                               "' can take a bracket only of single words: '" + alternative +
                               "' is " + std::to_string(words.size()) + " words");
      any.push_back(forms(words.front()));
    }
    positional.push_back(any_of(any));
  }
  // Xapian's reading of NEAR/n: every word within n positions of the next, so the
  // window is n plus one for each further word.
  Xapian::termcount window =
      std::max<Xapian::termcount>(run.window + positional.size() - 1, positional.size());
  Xapian::Query query(run.ordered ? Xapian::Query::OP_PHRASE : Xapian::Query::OP_NEAR,
                      positional.begin(), positional.end(), window);
  // A phrase cannot sit inside NEAR (Xapian 1.4): its words are in the window
  // above, and the phrase itself must occur (no weight of its own).
  for (const auto& p : phrases) query = Xapian::Query(Xapian::Query::OP_FILTER, query, p);
  return query;
}

}  // namespace ofsearch
