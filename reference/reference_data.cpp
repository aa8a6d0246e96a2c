#include "reference/reference_data.h"

#include "stemming/data_root.h"

namespace ofsearch {

ReferenceData ReferenceData::load(const std::filesystem::path& corpus_dir) {
  return ReferenceData{
      AuthorityGazetteer::load(corpus_dir / "authorities.tsv"),
      ThemeVocabulary::load(corpus_dir / "themes.tsv"),
      GradeScale::load(corpus_dir / "grades.tsv"),
      ReportTypes::load(corpus_dir / "report_types.tsv"),
      FocusAreas::load(corpus_dir / "focus_areas.tsv"),
      FocusAreas::load(corpus_dir / "jtai_themes.tsv"),
      FocusAreas::load(corpus_dir / "inspectorates.tsv"),
      FocusAreas::load(corpus_dir / "send_outcomes.tsv"),
  };
}

std::filesystem::path ReferenceData::default_corpus_dir() { return data_root() / "corpus"; }

std::filesystem::path ReferenceData::default_stemming_dir() { return data_root() / "stemming"; }

const ReferenceData& reference_data() {
  static const ReferenceData data = ReferenceData::load(ReferenceData::default_corpus_dir());
  return data;
}

}  // namespace ofsearch
