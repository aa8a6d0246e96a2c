#include "indexer/metadata/metadata_checks.h"

#include <algorithm>
#include <ctime>

namespace ofsearch {

std::vector<std::string> date_warnings(const ReportDates& d, bool reports_visit,
                                       const std::string& today) {
  std::vector<std::string> out;
  const auto& start = d.inspection_start;
  const auto& end = d.inspection_end;
  if (start && end && *end < *start)
    out.push_back("the inspection ends (" + *end + ") before it starts (" + *start + ")");
  // A report is written after the visit's last day: an earlier date is a typo on one side.
  if (reports_visit && d.date && end && *d.date < *end) {
    std::string visit = start && *start != *end ? *start + " to " + *end : *end;
    out.push_back("dated " + *d.date + ", before the visit it reports (" + visit + ")");
  }
  if (d.date && *d.date > today) out.push_back("dated " + *d.date + ", which is in the future");
  if (end && *end > today && (!d.date || *d.date != *end))
    out.push_back("the inspection ends " + *end + ", which is in the future");
  return out;
}

bool reports_own_inspection(const std::string& report_type, const MetadataCues& cues) {
  return report_type != "other" &&
         std::find(cues.container_types.begin(), cues.container_types.end(), report_type) ==
             cues.container_types.end();
}

std::string today_iso() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &utc);
  return buf;
}

}  // namespace ofsearch
