#include "query/query_builder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "query/positional_query.h"
#include "query/query_syntax.h"
#include "query/spelling_correction.h"
#include "schema/schema.h"
#include "stemming/strings.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

// Rejects `name:` for names that are not fields, outside quotes, so a typo such
// as "autority:rutland" is an error rather than a silent search for the words.
void check_fields(const std::string& query) {
  bool quoted = false;
  std::string word;
  for (char c : query + " ") {
    if (c == '"') quoted = !quoted;
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      word += c;
      continue;
    }
    if (c == ':' && !quoted && !word.empty()) {
      const auto& fields = FieldFilters::fields();
      std::string lower = word;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](unsigned char ch) { return std::tolower(ch); });
      if (std::find(fields.begin(), fields.end(), lower) == fields.end()) {
        throw UnknownValueError("unknown field '" + word + ":' (fields: " + join(fields, ", ") +
                                ")");
      }
    }
    word.clear();
  }
}

// The first `field:` with nothing after it ("theme:" at the end, before a space or
// a bracket), outside quotes; "" when there is none.
std::string field_without_value(const std::string& query) {
  bool quoted = false;
  std::string word;
  for (std::size_t i = 0; i < query.size(); ++i) {
    char c = query[i];
    if (c == '"') quoted = !quoted;
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      word += c;
      continue;
    }
    bool empty =
        i + 1 == query.size() || query[i + 1] == ' ' || query[i + 1] == '\t' || query[i + 1] == ')';
    if (c == ':' && !quoted && !word.empty() && empty) return word;
    word.clear();
  }
  return "";
}

// The queries PositionalBuilder made, by placeholder value ("p0", "n1").
class Placeholders : public Xapian::FieldProcessor {
 public:
  std::map<std::string, Xapian::Query> queries;
  Xapian::Query operator()(const std::string& value) override {
    auto it = queries.find(value);
    return it == queries.end() ? Xapian::Query::MatchNothing : it->second;
  }
};

// Xapian retries a query it cannot parse with its operators read as words, which
// finds nothing, silently. rewrite_query catches the cases known; this catches the
// rest: an operator left in `text` whose lower-case word is now a search term.
void check_no_operator_became_a_word(const Xapian::Query& query, const std::string& text) {
  std::set<std::string> typed_operators, typed_words;
  for (const auto& token : tokenise_query(text)) {
    if (token.kind == TokenKind::kBoolean) typed_operators.insert(token.text);
    if (token.kind == TokenKind::kWord) typed_words.insert(token.text);
  }
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
    std::string word = (*t)[0] == 'Z' ? (*t).substr(1) : *t;
    std::string upper = word;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return std::toupper(c); });
    if (typed_operators.count(upper) && !typed_words.count(word)) {
      throw QuerySyntaxError("could not apply '" + upper +
                             "' here: check the brackets and what stands on each side of it");
    }
  }
}

// A synonym group's concept term (XS<id>) already counts every member the paragraph
// writes, the typed word included; ranked beside it, the typed word was counted twice,
// so paragraphs that used the typed form outranked those about the concept in other
// words. Each SYNONYM node that holds a concept term keeps its other members for
// matching (weight 0: the set matched is unchanged) and ranks by the concept alone.
// Operators whose parameters Xapian 1.4 does not expose are kept as they are.
Xapian::Query rank_synonyms_by_concept(const Xapian::Query& q) {
  using Q = Xapian::Query;
  auto op = q.get_type();
  std::vector<Q> subs;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) subs.push_back(q.get_subquery(i));
  if (op == Q::OP_SYNONYM) {
    std::vector<Q> concepts, others;
    for (const auto& sub : subs) {
      bool concept_leaf = sub.get_type() == Q::LEAF_TERM &&
                          std::string(*sub.get_terms_begin()).rfind(schema::kConcept, 0) == 0;
      (concept_leaf ? concepts : others).push_back(sub);
    }
    if (concepts.empty() || others.empty()) return q;
    Q concept_query =
        concepts.size() == 1 ? concepts[0] : Q(Q::OP_SYNONYM, concepts.begin(), concepts.end());
    Q members(Q::OP_OR, others.begin(), others.end());
    return Q(Q::OP_OR, concept_query, Q(Q::OP_SCALE_WEIGHT, members, 0.0));
  }
  switch (op) {
    case Q::OP_AND:
    case Q::OP_OR:
    case Q::OP_AND_NOT:
    case Q::OP_XOR:
    case Q::OP_AND_MAYBE:
    case Q::OP_FILTER:
    case Q::OP_MAX:
      for (auto& sub : subs) sub = rank_synonyms_by_concept(sub);
      return Q(op, subs.begin(), subs.end());
    default:
      return q;
  }
}

}  // namespace

std::string prepare_query_string(std::string_view user_query) {
  if (user_query.size() > kMaxQueryBytes) {
    throw UnknownValueError("the query is too long (" + std::to_string(user_query.size()) +
                            " bytes; the limit is " + std::to_string(kMaxQueryBytes) + ")");
  }
  std::string normal = normalise_for_index(user_query);
  check_fields(normal);
  std::string out, word;
  auto flush = [&] {
    if (!is_operator_word(word)) {
      std::transform(word.begin(), word.end(), word.begin(),
                     [](unsigned char c) { return std::tolower(c); });
    }
    out += word;
    word.clear();
  };
  for (char c : normal) {
    if (c == ' ' || c == '\t' || c == '(' || c == ')' || c == '"') {
      flush();
      out += c;
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, const ReferenceData& reference)
    : db_(db), reference_(reference), filters_(reference) {}

Xapian::Query QueryBuilder::parse(const std::string& text, bool exact,
                                  std::optional<std::string>* corrected,
                                  std::vector<std::string>* plain_words) const {
  unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                   Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                   Xapian::QueryParser::FLAG_PURE_NOT;
  if (!exact) flags |= Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
  std::string typed = prepare_query_string(text);
  // check_fields has passed, so this is a known field: its message lists the values.
  if (std::string field = field_without_value(typed); !field.empty())
    filters_.value_query(field, "");
  RewrittenQuery rewritten = rewrite_query(tokenise_query(typed));
  if (plain_words) *plain_words = rewritten.plain_words;
  // Built before parsing: the parser does not survive an exception thrown from a
  // field processor (field_filters.h), and building may throw QuerySyntaxError.
  PositionalBuilder positional(db_, analyzer_, exact);
  auto placeholders = std::make_unique<Placeholders>();
  for (std::size_t i = 0; i < rewritten.phrases.size(); ++i)
    placeholders->queries["p" + std::to_string(i)] = positional.phrase(rewritten.phrases[i]);
  for (std::size_t i = 0; i < rewritten.runs.size(); ++i)
    placeholders->queries["n" + std::to_string(i)] = positional.run(rewritten.runs[i]);

  std::string field_error;
  Xapian::QueryParser parser = make_parser(&field_error);
  parser.add_prefix(kPlaceholderField, placeholders.release()->release());
  Xapian::Query query = parser.parse_query(rewritten.text, flags);
  if (!field_error.empty()) throw UnknownValueError(field_error);
  check_no_operator_became_a_word(query, rewritten.text);
  if (!exact) query = rank_synonyms_by_concept(query);
  // The spelling pass looks up every word's neighbours (about 5% of a query's
  // time), so it runs only when a word is unknown, on the string as typed.
  if (corrected && has_unknown_word(typed, db_)) {
    std::string ignored;
    Xapian::QueryParser speller = make_parser(&ignored);
    speller.parse_query(typed, flags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
    std::string c = speller.get_corrected_query_string();
    if (!c.empty()) *corrected = correct_unknown_words(typed, c, db_);
  }
  return query;
}

Xapian::QueryParser QueryBuilder::make_parser(std::string* field_error) const {
  Xapian::QueryParser parser;
  analyzer_.configure(parser);
  parser.set_database(db_);
  parser.set_default_op(Xapian::Query::OP_AND);
  filters_.install(parser, field_error);
  return parser;
}

Xapian::Query QueryBuilder::filters_only(const SearchRequest& request) const {
  std::vector<Xapian::Query> filters;
  for (const auto& [field, values] : request.filters) {
    std::vector<Xapian::Query> alternatives;
    for (const auto& v : values) alternatives.push_back(filters_.value_query(field, v));
    filters.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }
  if (request.from || request.to) {
    filters.push_back(filters_.date_range(request.from.value_or(""), request.to.value_or("")));
  }
  if (filters.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end());
}

BuiltQuery QueryBuilder::build(const SearchRequest& request) const {
  BuiltQuery built;
  bool has_text = request.query.find_first_not_of(" \t") != std::string::npos;
  if (has_text)
    built.text_query = parse(request.query, request.exact, &built.corrected, &built.plain_words);
  Xapian::Query filters = filters_only(request);
  if (built.text_query.empty() && filters.empty() && !request.match_all) {
    throw UnknownValueError("give a query or at least one filter");
  }
  Xapian::Query query = built.text_query.empty() ? Xapian::Query::MatchAll : built.text_query;
  if (!filters.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filters);
  if (!request.include_boilerplate) {
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(schema::kBoilerplate));
  }
  built.query = query;
  return built;
}

}  // namespace ofsearch
