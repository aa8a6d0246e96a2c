// The field registry: one row per field a user filters or counts paragraphs by, with
// every name it goes by and where the index keeps it. The writer (index/field_values.h),
// the filters (query/field_filters.h), the facet column and counts, the JSON and CSV
// output, the CLI's filter flags, the HTTP API (its parameters, OpenAPI description and
// the page's facet lists) and the benchmark's raw-Xapian floor all read it; adding a
// field is one row here plus its extraction (index/field_values.cpp) and its parsing
// (query/field_filters.cpp). tests/query/field_registry_test.cpp walks every row.
#pragma once

#include <string_view>
#include <vector>

#include <xapian.h>

namespace ofsearch {

enum class Field {
  kAuthority,
  kRegion,
  kGrade,
  kOverall,
  kOutcome,
  kTheme,
  kFocus,
  kType,
  kYear,
  kDate,
  kInspector,  // the report's lead inspector (the record lists every inspector, lead first)
};

struct FieldSpec {
  Field field;
  const char* name;          // `name:value` in a query, --name, ?name= and the facet's key
  const char* json_key;      // the paragraph record's key holding the value(s)
  const char* term_prefix;   // boolean term: prefix + the value's term form (schema.h)
  const char* level_prefix;  // grades also write their level (1-4) under this; else ""
  Xapian::valueno slot;      // value slot (facets read it; multi: values joined by '\n')
  bool multi;                // a paragraph may have several values
  bool facet;                // counted in facets and offered as a filter flag / API parameter
                             // (date is filtered by from/to and `date:` instead)
};

// Every field, in the order help, facet lists and CSV columns show them.
const std::vector<FieldSpec>& field_registry();
const FieldSpec& field_spec(Field field);
// The row named `name` ("authority", "theme" ...); nullptr for an unknown name.
const FieldSpec* find_field(std::string_view name);

}  // namespace ofsearch
