#include "indexer/metadata/metadata_checks.h"

#include <algorithm>
#include <ctime>
#include <set>

#include "reference/date_extractor.h"

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

std::vector<std::string> inspection_date_conflicts(std::string_view text, const ReportDates& d) {
  std::vector<std::string> out;
  if (!d.inspection_start || !d.inspection_end) return out;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& found : find_date_ranges(text)) {
    const DateRange& r = found.range;
    if (r.start == r.end || r.end < r.start) continue;  // a day, not an inspection's span
    bool same_start = r.start == *d.inspection_start, same_end = r.end == *d.inspection_end;
    if (same_start == same_end || !seen.insert({r.start, r.end}).second) continue;
    out.push_back("the report also prints " + r.start + " to " + r.end +
                  " as the inspection's dates (read: " + *d.inspection_start + " to " +
                  *d.inspection_end + ")");
  }
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
