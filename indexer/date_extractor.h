// Finds dates as reports print them ("23 February 2022", "3 – 14 October 2011",
// "19 and 20 January 2022", "28 November to 9 December 2022", "18/11/2011") and
// returns ISO 8601 dates. Never invents a date (no "today").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

struct FoundDate {
  std::string iso;         // "2022-02-23"
  std::size_t offset = 0;  // byte offset in the text
  std::size_t length = 0;
};

struct DateRange {
  std::string start;  // ISO
  std::string end;    // ISO
};

// Every complete date (day, month, year) in the text, in order.
std::vector<FoundDate> find_dates(std::string_view text);

// The first date range (or single day) in the text, e.g. "Inspection dates: 3 – 14 October 2011".
std::optional<DateRange> find_date_range(std::string_view text);

// One date string in any supported form -> ISO, or nullopt.
std::optional<std::string> parse_date(std::string_view text);

}  // namespace ofsearch
