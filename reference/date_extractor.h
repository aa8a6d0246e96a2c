// Finds dates as reports print them ("23 February 2022", "1st March 2023",
// "February 23, 2022", "23/02/2022", "2022-02-23") and date ranges ("3 - 14 October
// 2011", "19 and 20 January 2022", "28 November to 9 December 2022", "between 29
// September and 1 October 2020", "the 15 and 16 of May 2018"), across line breaks,
// and returns ISO 8601 dates. Only real calendar dates with a printed year count
// (31 February is not a date; "March 2019" is not a complete date). Never invents a
// date and never uses today's date.
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

// A range (or single day) with where it was printed.
struct FoundRange {
  DateRange range;
  std::size_t offset = 0;  // byte offset of its first character
  std::size_t length = 0;  // bytes up to the end of its last date
};

// Every complete date (day, month, year) in the text, in order. Both ends of a
// printed range count: "19 and 20 January 2022" gives 2022-01-19 and 2022-01-20
// (the first completed with the month and year printed after it).
std::vector<FoundDate> find_dates(std::string_view text);

// The first date range (or single day, as start == end) in the text, e.g.
// "Inspection dates: 3 - 14 October 2011". A range's end is never before its start.
std::optional<DateRange> find_date_range(std::string_view text);

// Every range or single date in the text, in order (what find_date_range picks from).
std::vector<FoundRange> find_date_ranges(std::string_view text);

// One date string in any supported form -> ISO, or nullopt. The string (trimmed of
// spaces and surrounding punctuation, optionally after a weekday) must be one date.
std::optional<std::string> parse_date(std::string_view text);

// "2019-05-08" -> "20190508": the form the index's date terms and values hold.
std::string compact_date(std::string_view iso);

// True for a real calendar date (leap years included).
bool is_valid_date(int year, int month, int day);

}  // namespace ofsearch
