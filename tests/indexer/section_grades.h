// Measures whether paragraphs sit under the judgement they were written for: for
// each report with judgements, which paragraphs each judgement section holds and
// whether they carry that section's grade, and which paragraphs are left ungraded
// outside the summary and information parts. Used by the SectionGrades test (which
// asserts the targets) and by scripts/section_grades.sh (which prints the table).
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "schema/report.h"

namespace ofsearch::testing {

struct SectionCount {
  std::string area;           // the judgement as the report states it
  std::string grade;          // its grade word
  int paragraphs = 0;         // content paragraphs in the section
  int carrying = 0;           // of those, carrying the section's grade
  int under_information = 0;  // of those, filed under an "Information about ..." heading
};

struct ReportSectionGrades {
  std::string file;
  std::string report_type;
  std::vector<SectionCount> sections;  // one per stated judgement with a heading of its own
  int content = 0;                     // non-boilerplate paragraphs
  int graded = 0;                      // of those, carrying any grade
  int in_sections = 0;                 // in a judgement section
  int carrying = 0;                    // of those, carrying that section's grade
  int ungraded_outside = 0;            // ungraded, outside the summary/information parts
                                       // (the total counts reports with grades only)
  int under_information = 0;           // in a judgement section but under "Information about ..."
  bool lscb_stated = false;            // the text states an LSCB judgement ("The LSCB is good")
  bool lscb_read = false;              // a report judgement for the LSCB was read
};

// The section figures of one built report.
ReportSectionGrades section_grades(const Report& report, const std::string& file);

// Every inspection report listed in ilacs-judgements.csv under `dir`.
std::vector<ReportSectionGrades> measure_section_grades(const std::filesystem::path& dir);

// Per report and in total; with `detail`, each section's paragraph ordinals too.
void print_section_grades(std::ostream& out, const std::vector<ReportSectionGrades>& reports);

}  // namespace ofsearch::testing
