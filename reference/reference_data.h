// All domain reference data, loaded once at start-up from the data folder
// (data_root(): OFSEARCH_DATA, else the installed data beside the binary, else the source tree).
#pragma once

#include <filesystem>

#include "reference/authority_gazetteer.h"
#include "reference/focus_areas.h"
#include "reference/grade_scale.h"
#include "reference/report_types.h"
#include "reference/theme_vocabulary.h"

namespace ofsearch {

struct ReferenceData {
  AuthorityGazetteer authorities;
  ThemeVocabulary themes;
  GradeScale grades;
  ReportTypes report_types;
  FocusAreas focus_areas;
  // The same labelled-cue form serves the joint inspections' vocabularies.
  FocusAreas jtai_themes;    // corpus/jtai_themes.tsv: a JTAI letter's theme
  FocusAreas inspectorates;  // corpus/inspectorates.tsv: who inspected (agencies)
  FocusAreas send_outcomes;  // corpus/send_outcomes.tsv: an Area SEND inspection's outcome

  // Loads corpus/authorities.tsv, themes.tsv, grades.tsv, report_types.tsv,
  // focus_areas.tsv, jtai_themes.tsv, inspectorates.tsv, send_outcomes.tsv.
  static ReferenceData load(const std::filesystem::path& corpus_dir);
  // The folder to load from: data_root()/corpus (stemming/data_root.h).
  static std::filesystem::path default_corpus_dir();
  // The stemming/ data folder (synonyms.tsv), found the same way.
  static std::filesystem::path default_stemming_dir();
};

// One shared instance, loaded on first use (reference data never changes while running).
const ReferenceData& reference_data();

}  // namespace ofsearch
