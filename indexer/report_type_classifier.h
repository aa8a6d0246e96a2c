// Decides a report's type (an id from corpus/report_types.tsv) from its cue phrases,
// weighing where each occurs: the title beats the opening lines, which beat the body.
// Container types (a committee report, a news article) describe the document's form
// and win over the Ofsted report they discuss when their cues are strong enough.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/metadata_cues.h"
#include "reference/report_types.h"

namespace ofsearch {

struct TypeEvidence {
  std::string_view title;    // the title block, "" if none
  std::string_view head;     // opening lines up to the end of the title block
  std::string_view opening;  // the first few dozen lines
  std::string_view text;     // the whole text
};

class ReportTypeClassifier {
 public:
  ReportTypeClassifier(const ReportTypes& types, const MetadataCues& cues);

  // Cues of the types that are Ofsted reports (not containers, not "other"): the
  // phrases a report title starts with.
  std::vector<std::string> title_cues() const;

  std::string classify(const TypeEvidence& evidence) const;

 private:
  bool is_container(const ReportType& type) const;
  const ReportTypes& types_;
  const MetadataCues& cues_;
};

}  // namespace ofsearch
