#include "query/query_builder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "query/spelling_correction.h"
#include "schema/schema.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

bool is_operator(const std::string& word) {
  static const std::set<std::string> kOperators = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
  auto slash = word.find('/');
  return kOperators.count(word.substr(0, slash)) > 0;
}

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
        std::string known;
        for (const auto& f : fields) known += (known.empty() ? "" : ", ") + f;
        throw UnknownValueError("unknown field '" + word + ":' (fields: " + known + ")");
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
    if (!is_operator(word)) {
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
                                  std::optional<std::string>* corrected) const {
  Xapian::QueryParser parser;
  analyzer_.configure(parser);
  parser.set_database(db_);
  parser.set_default_op(Xapian::Query::OP_AND);
  std::string field_error;
  filters_.install(parser, &field_error);
  unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                   Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                   Xapian::QueryParser::FLAG_PURE_NOT;
  if (!exact) flags |= Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
  std::string typed = prepare_query_string(text);
  // check_fields has passed, so this is a known field: its message lists the values.
  if (std::string field = field_without_value(typed); !field.empty())
    filters_.value_query(field, "");
  // The spelling pass looks up every word's neighbours (about 5% of a query's time).
  bool correct = corrected && has_unknown_word(typed, db_);
  if (correct) flags |= Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
  Xapian::Query query = parser.parse_query(typed, flags);
  if (!field_error.empty()) throw UnknownValueError(field_error);
  if (correct) {
    std::string c = parser.get_corrected_query_string();
    if (!c.empty()) *corrected = correct_unknown_words(typed, c, db_);
  }
  return query;
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
  if (has_text) built.text_query = parse(request.query, request.exact, &built.corrected);
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
