// Turns a field value as a user writes it (authority:"Rotherham MBC", grade:3,
// theme:exploitation, focus:front-door, year:2019..2022, date:2019-04-01..2020-03-31) into the
// boolean query over the index's filter terms and values (schema/schema.h).
// Used for `field:value` in query strings and for the --authority... flags alike.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

#include "reference/reference_data.h"

namespace ofsearch {

// A field or value the index does not know; the message names the closest known values.
class UnknownValueError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `neighbours:NAME` (and --neighbours-of NAME): paragraphs of the authority's ten
// statistical neighbours (corpus/la_codes.tsv), not the authority itself.
inline constexpr const char kNeighboursField[] = "neighbours";

class FieldFilters {
 public:
  explicit FieldFilters(const ReferenceData& reference) : reference_(reference) {}

  // The registry's fields (schema/fields.h: authority, region, grade, overall, outcome,
  // theme, focus, type, year, date, inspector) and neighbours.
  static const std::vector<std::string>& fields();

  // An empty value ("theme:" alone) throws UnknownValueError listing what the field takes.
  Xapian::Query value_query(const std::string& field, const std::string& value) const;

  // What a field takes, for messages: its values where they are few, else their form.
  std::string valid_values(const std::string& field) const;

  // A date range on the report date; either bound may be empty. Undated paragraphs never match.
  Xapian::Query date_range(const std::string& from, const std::string& to) const;

  // Registers every field as a boolean prefix whose values go through value_query.
  // Xapian's QueryParser does not survive exceptions thrown from a FieldProcessor
  // (1.4.22 frees a pointer it never allocated), so an unknown value matches
  // nothing and its message goes to *error; the caller throws it after parsing.
  void install(Xapian::QueryParser& parser, std::string* error) const;

 private:
  Xapian::Query authority(const std::string& value) const;
  Xapian::Query region(const std::string& value) const;
  Xapian::Query neighbours(const std::string& value) const;
  Xapian::Query grade(const std::string& value, const char* word_prefix,
                      const char* level_prefix) const;
  Xapian::Query theme(const std::string& value) const;
  Xapian::Query focus(const std::string& value) const;
  Xapian::Query outcome(const std::string& value) const;
  Xapian::Query type(const std::string& value) const;
  Xapian::Query year(const std::string& value) const;
  Xapian::Query date(const std::string& value) const;

  const ReferenceData& reference_;
};

// "a..b" -> {a, b}; "a" -> {a, a}; "a.." -> {a, ""}.
std::pair<std::string, std::string> split_range(const std::string& value);

}  // namespace ofsearch
