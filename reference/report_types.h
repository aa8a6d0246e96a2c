// The report types, loaded from corpus/report_types.tsv: id, label and the cue
// phrases that identify each type in a document's title or opening lines.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

struct ReportType {
  std::string id;                 // e.g. "focused-visit"
  std::string label;              // e.g. "Focused visit"
  std::vector<std::string> cues;  // lower-case phrases, most specific first
};

class ReportTypes {
 public:
  static ReportTypes load(const std::filesystem::path& tsv);
  const ReportType* find(std::string_view id_or_label) const;
  const std::vector<ReportType>& all() const { return types_; }

 private:
  std::vector<ReportType> types_;
};

}  // namespace ofsearch
