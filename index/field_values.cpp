#include "index/field_values.h"

#include <optional>

#include "reference/date_extractor.h"
#include "reference/reference_data.h"
#include "schema/schema.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

// The gazetteer's slug, which the query side filters on (names it does not know:
// a slug made the same way).
std::string authority_slug(const std::string& name) {
  const Authority* authority = reference_data().authorities.find(name);
  return authority ? authority->slug : slugify(name);
}

// A complete report date as yyyymmdd, or "".
std::string report_ymd(const Report& report) {
  return report.date && report.date->size() == 10 ? compact_date(*report.date) : "";
}

// One value written as prefix + term form, shown (slot) as `shown`.
FieldValues one(const FieldSpec& spec, const std::string& term_form, const std::string& shown) {
  return {{spec.term_prefix + term_form}, shown};
}

FieldValues grade_values(const FieldSpec& spec, const std::optional<Grade>& grade) {
  if (!grade) return {};
  return {{spec.term_prefix + grade->word, spec.level_prefix + std::to_string(grade->level)},
          grade->word};
}

FieldValues list_values(const FieldSpec& spec, const std::vector<std::string>& ids) {
  FieldValues out;
  for (const auto& id : ids) {
    out.terms.push_back(spec.term_prefix + id);
    out.slot_value += (out.slot_value.empty() ? "" : "\n") + id;
  }
  return out;
}

}  // namespace

FieldValues field_values(const FieldSpec& spec, const Report& report, const Paragraph& p) {
  switch (spec.field) {
    case Field::kAuthority:
      if (!report.authority) return {};
      return one(spec, authority_slug(*report.authority), *report.authority);
    case Field::kRegion:
      if (!report.region) return {};
      return one(spec, slugify(*report.region), *report.region);
    case Field::kGrade:
      return grade_values(spec, p.grade);
    case Field::kOverall:
      return grade_values(spec, p.overall_grade);
    case Field::kOutcome:  // the report's judgement, on every paragraph
      if (!report.outcome) return {};
      return one(spec, *report.outcome, *report.outcome);
    case Field::kTheme:
      return list_values(spec, p.themes);
    case Field::kFocus:  // the report's focus, on every paragraph, so `focus:` filters any search
      return list_values(spec, report.focus_areas);
    case Field::kType:
      return one(spec, report.report_type, report.report_type);
    case Field::kYear: {
      std::string ymd = report_ymd(report);
      if (ymd.empty()) return {};
      return one(spec, ymd.substr(0, 4), ymd.substr(0, 4));
    }
    case Field::kInspector:  // the lead, on every paragraph of the report
      if (report.inspectors.empty()) return {};
      return one(spec, slugify(report.inspectors.front()), report.inspectors.front());
    case Field::kDate: {  // the day, and its month for month-sized ranges
      std::string ymd = report_ymd(report);
      if (ymd.empty()) return {};
      return {{spec.term_prefix + ymd, schema::kMonth + ymd.substr(0, 6)}, ymd};
    }
  }
  return {};
}

void write_fields(Xapian::Document& doc, const Report& report, const Paragraph& paragraph) {
  for (const auto& spec : field_registry()) {
    FieldValues values = field_values(spec, report, paragraph);
    for (const auto& term : values.terms) doc.add_boolean_term(term);
    if (!values.slot_value.empty()) doc.add_value(spec.slot, values.slot_value);
  }
}

}  // namespace ofsearch
