// Metadata the user asserts over extraction: a sidecar NAME.meta.json beside the
// file, then --authority/--date/--type on the command line (the command line wins).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace ofsearch {

struct Overrides {
  std::optional<std::string> authority;  // any name/alias/slug the gazetteer knows
  std::optional<std::string> date;       // any form parse_date accepts
  std::optional<std::string> report_type;
  std::optional<std::string> title;
  std::optional<std::string> inspection_start;
  std::optional<std::string> inspection_end;

  // Fields set in `over` replace ours.
  Overrides merged_with(const Overrides& over) const;
};

// The sidecar for `file` (file.meta.json or stem.meta.json), or empty overrides.
// Throws std::runtime_error naming the sidecar when it is not valid JSON.
Overrides read_sidecar(const std::filesystem::path& file);

}  // namespace ofsearch
