// Decides a report's type (an id from corpus/report_types.tsv) from its cue phrases,
// weighing where each occurs: the title beats the opening lines, which beat the body.
// Container types (a committee report, a news article) describe the document's form
// and win over the Ofsted report they discuss when their cues are strong enough. A
// document whose own title opens with a type ("Focused visit to ...", "Re-inspection of
// services for children in need ...") is that type, whatever its body mentions: a
// letter always; another document unless a container's cue comes before its title.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/metadata/metadata_cues.h"
#include "reference/report_types.h"

namespace ofsearch {

struct TypeEvidence {
  std::string_view title;    // the title block, "" if none
  std::string_view head;     // opening lines up to the end of the title block
  std::string_view opening;  // the first few dozen lines
  std::string_view text;     // the whole text
  bool title_opens = false;  // the title is the document's own (ReportOpening::title_opens)
  bool letter = false;       // a letter: its salutation comes before the title
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
  // The report type whose cue comes first in the title (the longer at the same place);
  // nullptr when there is none or the cue is the whole title.
  const ReportType* title_type(std::string_view title) const;
  const ReportTypes& types_;
  const MetadataCues& cues_;
};

}  // namespace ofsearch
