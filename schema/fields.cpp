#include "schema/fields.h"

#include <stdexcept>

#include "schema/schema.h"

namespace ofsearch {

const std::vector<FieldSpec>& field_registry() {
  using F = Field;
  namespace s = schema;
  static const std::vector<FieldSpec> kRows = {
      {F::kAuthority, "authority", "authority", s::kAuthority, "", s::kSlotAuthority, false, true},
      {F::kRegion, "region", "region", s::kRegion, "", s::kSlotRegion, false, true},
      {F::kGrade, "grade", "grade", s::kGrade, s::kGradeLevel, s::kSlotGrade, false, true},
      {F::kOverall, "overall", "overall_grade", s::kOverall, s::kOverallLevel, s::kSlotOverall,
       false, true},
      {F::kOutcome, "outcome", "outcome", s::kOutcome, "", s::kSlotOutcome, false, true},
      {F::kTheme, "theme", "themes", s::kTheme, "", s::kSlotThemes, true, true},
      {F::kFocus, "focus", "focus_areas", s::kFocusArea, "", s::kSlotFocusAreas, true, true},
      {F::kType, "type", "report_type", s::kReportType, "", s::kSlotReportType, false, true},
      {F::kYear, "year", "date", s::kYear, "", s::kSlotYear, false, true},
      {F::kDate, "date", "date", s::kDate, "", s::kSlotDate, false, false},
      {F::kInspector, "inspector", "inspectors", s::kInspector, "", s::kSlotInspector, false, true},
  };
  return kRows;
}

const FieldSpec& field_spec(Field field) {
  for (const auto& row : field_registry())
    if (row.field == field) return row;
  throw std::logic_error("field missing from the registry");
}

const FieldSpec* find_field(std::string_view name) {
  for (const auto& row : field_registry())
    if (name == row.name) return &row;
  return nullptr;
}

}  // namespace ofsearch
