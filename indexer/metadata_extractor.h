// Report-level metadata from a report's text and segmentation: title, authority
// (the one the report is about, not other bodies it names), region, report type,
// issue date, inspection dates and a focused visit's focus. Data-driven through
// ReferenceData; no document-specific rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/paragraph_segmenter.h"
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
};

class MetadataExtractor {
 public:
  explicit MetadataExtractor(const ReferenceData& reference) : reference_(reference) {}
  ReportMetadata extract(std::string_view text, const SegmentedText& segmented) const;

 private:
  const ReferenceData& reference_;
};

}  // namespace ofsearch
