// Cross-checks of a report's dates, which the extractor reads from different places
// (letter date, visit sentence, labels) and a typo can set against each other: a
// letter dated before the visit it reports, an inspection ending before it starts, a
// date still to come. The printed values are kept; the checks only say what to doubt.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/metadata/metadata_cues.h"

namespace ofsearch {

struct ReportDates {
  std::optional<std::string> date;  // ISO "YYYY-MM-DD", as everywhere
  std::optional<std::string> inspection_start;
  std::optional<std::string> inspection_end;
};

// One line per disagreement, e.g. "dated 2019-01-21, before the visit it reports
// (2019-12-18 to 2019-12-19)". `reports_visit`: the document is the Ofsted report of
// that inspection (a council paper may be dated before a visit it announces).
std::vector<std::string> date_warnings(const ReportDates& dates, bool reports_visit,
                                       const std::string& today);

// Another range of days the text prints that shares a first or last day with the
// inspection's but not both ("Inspection dates: 15 to 19 May 2023" on the cover, "15 to 22
// May 2023" in every page footer): one line per such range, the values read are kept.
std::vector<std::string> inspection_date_conflicts(std::string_view text, const ReportDates& dates);

// Whether a report type is an Ofsted report of its own inspection: not a container
// (committee report, news) and not "other".
bool reports_own_inspection(const std::string& report_type, const MetadataCues& cues);

// Today's date (UTC) as "YYYY-MM-DD".
std::string today_iso();

}  // namespace ofsearch
