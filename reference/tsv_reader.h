// Reads the project's tab-separated data files: '#' comments and blank lines
// skipped, a header row naming the columns, cells trimmed. Errors name file and line.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

struct TsvRow {
  int line = 0;
  std::vector<std::string> cells;
  // The cell under `column` (from the header), "" when the row is short.
  const std::string& get(const std::vector<std::string>& header, std::string_view column) const;
};

struct TsvTable {
  std::vector<std::string> header;
  std::vector<TsvRow> rows;
  const std::string& cell(const TsvRow& row, std::string_view column) const {
    return row.get(header, column);
  }
};

// Throws std::runtime_error("FILE: cannot read") when the file cannot be opened.
TsvTable read_tsv(const std::filesystem::path& file);

// Splits a cell on '|' (the separator of multi-valued cells such as aliases), trimmed.
std::vector<std::string> split_list(std::string_view cell);

}  // namespace ofsearch
