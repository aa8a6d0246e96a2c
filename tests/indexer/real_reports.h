// Accuracy of the whole pipeline on the real Ofsted PDFs in ../shared/corpus/real:
// each PDF is built with build_report_from_file and compared, field by field,
// with the published tables (ilacs-judgements.csv, focused-visits.csv). Used by
// the RealReports test (which asserts floors) and scripts/real_accuracy.sh.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "support/real_reports_dir.h"

namespace ofsearch::testing {

struct FieldScore {
  int matches = 0;
  int comparable = 0;  // rows whose table gives a value to compare with
  double percent() const { return comparable ? 100.0 * matches / comparable : 0; }
};

struct Mismatch {
  std::string file;
  std::string field;
  std::string expected;  // as the table says (normalised)
  std::string actual;    // as the pipeline says ("-" when it found nothing)
};

struct Accuracy {
  // field -> score, per set ("ilacs", "focused-visits") and over both ("all").
  std::map<std::string, std::map<std::string, FieldScore>> by_set;
  std::vector<Mismatch> mismatches;
  int files = 0;
  int sif_reports = 0;                   // pre-2018 rows, whose table has no grades
  std::map<std::string, int> sif_found;  // judgement field -> SIF reports where one was found
  double seconds = 0;
  const FieldScore& score(const std::string& field) const;
};

// Builds every PDF listed in the tables and compares. Field names: authority,
// type, date, published, inspection_start, inspection_end, overall, leaders,
// help_and_protection, in_care, care_leavers. `date`: ILACS rows expect the
// publication date when the report prints it, else the inspection's last day (the
// best date such a report gives); focused visits expect the date in the file's
// original name. `published`: the publication date, whether printed or not.
Accuracy measure_real_reports(const std::filesystem::path& dir);

// The per-field table (matches / comparable, per set) and the mismatches.
void print_accuracy(std::ostream& out, const Accuracy& accuracy);

// The fields in table order.
const std::vector<std::string>& accuracy_fields();

}  // namespace ofsearch::testing
