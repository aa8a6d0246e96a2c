// What a paragraph writes for each field of the registry (schema/fields.h): its filter
// terms and the value its slot holds. The IndexWriter and the benchmark's raw-Xapian
// floor both write documents through write_fields, so both write the same.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "schema/fields.h"
#include "schema/report.h"

namespace ofsearch {

struct FieldValues {
  std::vector<std::string> terms;  // whole terms, prefix included
  std::string slot_value;          // "" when the paragraph has no value
};

// A paragraph's values of one field: taken from the report (authority, region, type,
// date, focus areas) or the paragraph (grade, overall grade, themes).
FieldValues field_values(const FieldSpec& spec, const Report& report, const Paragraph& paragraph);

// Adds every field's terms (boolean) and slot value to `doc`.
void write_fields(Xapian::Document& doc, const Report& report, const Paragraph& paragraph);

}  // namespace ofsearch
