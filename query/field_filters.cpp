#include "query/field_filters.h"

#include <algorithm>

#include "reference/date_extractor.h"
#include "schema/fields.h"
#include "schema/schema.h"
#include "stemming/strings.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

[[noreturn]] void unknown(const std::string& field, const std::string& value,
                          const std::vector<std::string>& closest) {
  throw UnknownValueError("unknown " + field + " '" + value + "'" +
                          (closest.empty() ? "" : " (closest: " + join(closest, ", ") + ")"));
}

bool is_year(const std::string& s) {
  return s.size() == 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Lets the QueryParser hand `field:value` to FieldFilters; never throws into it.
class FieldProcessorAdapter : public Xapian::FieldProcessor {
 public:
  FieldProcessorAdapter(const FieldFilters& filters, std::string field, std::string* error)
      : filters_(filters), field_(std::move(field)), error_(error) {}
  Xapian::Query operator()(const std::string& value) override {
    try {
      return filters_.value_query(field_, value);
    } catch (const std::exception& e) {
      if (error_->empty()) *error_ = e.what();
      return Xapian::Query::MatchNothing;
    }
  }

 private:
  const FieldFilters& filters_;
  std::string field_;
  std::string* error_;
};

}  // namespace

std::pair<std::string, std::string> split_range(const std::string& value) {
  auto dots = value.find("..");
  if (dots == std::string::npos) return {value, value};
  return {value.substr(0, dots), value.substr(dots + 2)};
}

const std::vector<std::string>& FieldFilters::fields() {
  static const std::vector<std::string> kFields = [] {
    std::vector<std::string> names;
    for (const auto& spec : field_registry()) names.push_back(spec.name);
    names.push_back(kNeighboursField);  // derived from authority: not a stored field
    return names;
  }();
  return kFields;
}

std::string FieldFilters::valid_values(const std::string& field) const {
  std::vector<std::string> values;
  if (field == "authority") {
    const auto& all = reference_.authorities.all();
    return "a local authority's name, alias or slug" +
           (all.empty() ? std::string() : ", such as " + all.front().slug);
  }
  if (field == "region") values = reference_.authorities.regions();
  if (field == "grade" || field == "overall") {
    values = {"1", "2", "3", "4"};
    for (const auto& g : reference_.grades.all()) values.push_back(g.word);
  }
  if (field == "theme")
    for (const auto& t : reference_.themes.all()) values.push_back(t.id);
  if (field == "type")
    for (const auto& t : reference_.report_types.all()) values.push_back(t.id);
  if (field == "focus")
    for (const FocusAreas* vocabulary : {&reference_.focus_areas, &reference_.jtai_themes})
      for (const auto& area : vocabulary->all()) values.push_back(area.id);
  if (field == "outcome")
    for (const auto& o : reference_.send_outcomes.all()) values.push_back(o.id);
  if (field == "year") return "YYYY or YYYY..YYYY";
  if (field == kNeighboursField) return "a local authority: its ten statistical neighbours";
  if (field == "date") return "YYYY-MM-DD or a range FROM..TO";
  if (field == "inspector") return "a lead inspector's name as reports print it";
  return "one of " + join(values, ", ");
}

Xapian::Query FieldFilters::value_query(const std::string& field, const std::string& value) const {
  if (value.find_first_not_of(" \t") == std::string::npos &&
      std::find(fields().begin(), fields().end(), field) != fields().end()) {
    throw UnknownValueError(field + ": needs a value: " + valid_values(field));
  }
  if (field == kNeighboursField) return neighbours(value);
  if (const FieldSpec* spec = find_field(field)) {
    switch (spec->field) {
      case Field::kAuthority:
        return authority(value);
      case Field::kRegion:
        return region(value);
      case Field::kGrade:
      case Field::kOverall:
        return grade(value, spec->term_prefix, spec->level_prefix);
      case Field::kTheme:
        return theme(value);
      case Field::kFocus:
        return focus(value);
      case Field::kOutcome:
        return outcome(value);
      case Field::kType:
        return type(value);
      case Field::kYear:
        return year(value);
      case Field::kDate:
        return date(value);
      case Field::kInspector:  // any spelling slugify folds alike: "o'brien", "O’Brien"
        return Xapian::Query(schema::kInspector + slugify(value));
    }
  }
  throw UnknownValueError("unknown field '" + field + "' (fields: " + join(fields(), ", ") + ")");
}

Xapian::Query FieldFilters::authority(const std::string& value) const {
  const Authority* a = reference_.authorities.find(value);
  if (!a) unknown("authority", value, reference_.authorities.closest(value, 3));
  return Xapian::Query(schema::kAuthority + a->slug);
}

Xapian::Query FieldFilters::neighbours(const std::string& value) const {
  const Authority* a = reference_.authorities.find(value);
  if (!a) unknown("authority", value, reference_.authorities.closest(value, 3));
  std::vector<Xapian::Query> terms;
  for (const auto& code : a->neighbours) {
    if (const Authority* n = reference_.authorities.find_by_la_code(code))
      terms.emplace_back(schema::kAuthority + n->slug);
  }
  if (terms.empty()) {
    throw UnknownValueError("neighbours: no statistical neighbours are listed for " + a->name +
                            " (corpus/la_codes.tsv)");
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query FieldFilters::region(const std::string& value) const {
  std::vector<std::string> regions = reference_.authorities.regions();
  for (const auto& r : regions) {
    if (fold_key(r) == fold_key(value)) return Xapian::Query(schema::kRegion + slugify(r));
  }
  unknown("region", value, regions);
}

Xapian::Query FieldFilters::grade(const std::string& value, const char* word_prefix,
                                  const char* level_prefix) const {
  if (value.size() == 1 && value[0] >= '1' && value[0] <= '4') {
    return Xapian::Query(level_prefix + value);
  }
  auto g = reference_.grades.by_word(value);
  if (!g) {
    std::vector<std::string> words;
    for (const auto& known : reference_.grades.all()) words.push_back(known.word);
    unknown("grade", value, words);
  }
  return Xapian::Query(word_prefix + g->word);
}

Xapian::Query FieldFilters::theme(const std::string& value) const {
  const Theme* t = reference_.themes.find(value);
  if (!t) unknown("theme", value, reference_.themes.closest(value, 3));
  return Xapian::Query(schema::kTheme + t->id);
}

// A focused visit's area or a JTAI letter's theme: one field, as both say what the
// inspection looked at.
Xapian::Query FieldFilters::focus(const std::string& value) const {
  const FocusArea* area = reference_.focus_areas.find(value);
  if (!area) area = reference_.jtai_themes.find(value);
  if (!area) {
    std::vector<std::string> ids;
    for (const FocusAreas* vocabulary : {&reference_.focus_areas, &reference_.jtai_themes})
      for (const auto& known : vocabulary->all()) ids.push_back(known.id);
    unknown("focus area", value, ids);
  }
  return Xapian::Query(schema::kFocusArea + area->id);
}

Xapian::Query FieldFilters::outcome(const std::string& value) const {
  const FocusArea* found = reference_.send_outcomes.find(value);
  if (!found) {
    std::vector<std::string> ids;
    for (const auto& known : reference_.send_outcomes.all()) ids.push_back(known.id);
    unknown("outcome", value, ids);
  }
  return Xapian::Query(schema::kOutcome + found->id);
}

Xapian::Query FieldFilters::type(const std::string& value) const {
  const ReportType* t = reference_.report_types.find(value);
  if (!t) {
    std::vector<std::string> ids;
    for (const auto& known : reference_.report_types.all()) ids.push_back(known.id);
    unknown("report type", value, ids);
  }
  return Xapian::Query(schema::kReportType + t->id);
}

Xapian::Query FieldFilters::year(const std::string& value) const {
  auto [from, to] = split_range(value);
  if ((!from.empty() && !is_year(from)) || (!to.empty() && !is_year(to)) ||
      (from.empty() && to.empty())) {
    throw UnknownValueError("year must be YYYY or YYYY..YYYY, not '" + value + "'");
  }
  // Open or very wide ranges ("year:2190..8386" from the fuzzer) compare the year
  // value instead of OR-ing thousands of year terms.
  if (from.empty() || to.empty() || std::stoi(to) - std::stoi(from) > 60) {
    if (!from.empty() && !to.empty()) {
      return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotYear, from, to);
    }
    return from.empty() ? Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotYear, to)
                        : Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotYear, from);
  }
  // Closed ranges as boolean year terms: cheaper than a value range scan.
  std::vector<Xapian::Query> years;
  for (int y = std::stoi(from); y <= std::stoi(to); ++y) {
    years.emplace_back(schema::kYear + std::to_string(y));
  }
  return Xapian::Query(Xapian::Query::OP_OR, years.begin(), years.end());
}

Xapian::Query FieldFilters::date(const std::string& value) const {
  auto [from, to] = split_range(value);
  return date_range(from, to);
}

Xapian::Query FieldFilters::date_range(const std::string& from, const std::string& to) const {
  auto bound = [](const std::string& text) -> std::string {
    if (text.empty()) return {};
    auto iso = parse_date(text);
    if (!iso) throw UnknownValueError("cannot read the date '" + text + "' (use YYYY-MM-DD)");
    return compact_date(*iso);
  };
  std::string lo = bound(from), hi = bound(to);
  if (lo.empty() && hi.empty()) throw UnknownValueError("a date range needs a start or an end");
  if (hi.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, lo);
  // Undated paragraphs hold no date value, so every range leaves them out.
  if (lo.empty()) lo = "00000001";
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, lo, hi);
}

void FieldFilters::install(Xapian::QueryParser& parser, std::string* error) const {
  for (const auto& field : fields()) {
    parser.add_boolean_prefix(field, (new FieldProcessorAdapter(*this, field, error))->release());
  }
}

}  // namespace ofsearch
