// Report-level metadata from a report's text and segmentation: title, authority
// (the one the report is about, not other bodies it names), region, report type,
// issue date (and whether it is printed), inspection dates, a focused visit's focus and
// its focus areas, a JTAI letter's theme, a joint inspection's agencies, an Area SEND
// inspection's outcome (joint_inspection.h), and warnings where the dates do not cross-check.
// Data-driven through ReferenceData and corpus/metadata_cues.tsv; no document-specific rules. Never
// invents a value: a field the text does not support stays empty.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/metadata/metadata_cues.h"
#include "indexer/segment/paragraph_segmenter.h"
#include "reference/date_extractor.h"
#include "reference/reference_data.h"

namespace ofsearch {

struct ReportMetadata {
  std::string title;
  std::optional<std::string> authority;  // canonical name
  std::optional<std::string> region;
  std::string report_type = "other";
  std::optional<std::string> date;
  std::optional<std::string> inspection_start;
  std::optional<std::string> inspection_end;
  std::optional<std::string> focus;       // "Inspectors looked at ..." sentence
  std::vector<std::string> focus_themes;  // themes of that sentence
  std::vector<std::string> focus_areas;   // corpus/focus_areas.tsv areas it names; a JTAI theme
  std::optional<std::string> outcome;     // an Area SEND inspection's (corpus/send_outcomes.tsv)
  std::vector<std::string> agencies;      // a joint inspection's inspectorates
  std::string date_source;              // "printed", "last inspection day" or "" (schema/report.h)
  std::vector<std::string> inspectors;  // lead first (indexer/metadata/inspector_names.h)
  std::vector<std::string> warnings;    // dates that do not cross-check (metadata_checks.h)
};

class MetadataExtractor {
 public:
  // Uses the shared metadata_cues() from the default data folder.
  explicit MetadataExtractor(const ReferenceData& reference);
  MetadataExtractor(const ReferenceData& reference, const MetadataCues& cues)
      : reference_(reference), cues_(cues) {}

  ReportMetadata extract(std::string_view text, const SegmentedText& segmented) const;

 private:
  const ReferenceData& reference_;
  const MetadataCues& cues_;
};

// The visit dates a sentence states ("the focused visit to Rutland children's services
// on 19 and 20 January 2022"): the first range printed in the same sentence as one
// of the visit phrases.
std::optional<DateRange> visit_dates(std::string_view text, const MetadataCues& cues);

// The sentence stating a visit's focus ("Inspectors looked at the local authority's
// arrangements for children in care."), with any bullet list it introduces, on one line.
std::optional<std::string> focus_sentence(std::string_view text, const MetadataCues& cues);

}  // namespace ofsearch
