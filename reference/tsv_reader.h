// Reads the project's tab-separated data files: '#' comments and blank lines
// skipped, a header row naming the columns, cells trimmed. Errors name file and line.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
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

// A cue file of `kind<TAB>phrases` rows ('|'-separated phrases) read into the phrase
// lists of a Cues struct, one member per kind: kinds[i] = {"kind-name", &Cues::list}.
// An unknown kind is an error naming the file and line.
template <typename Cues, std::size_t N>
Cues read_phrase_lists(
    const std::filesystem::path& tsv,
    const std::pair<std::string_view, std::vector<std::string> Cues::*> (&kinds)[N]) {
  TsvTable table = read_tsv(tsv);
  Cues cues;
  for (const auto& row : table.rows) {
    const std::string& kind = table.cell(row, "kind");
    std::vector<std::string> Cues::*list = nullptr;
    for (const auto& [name, member] : kinds)
      if (name == kind) list = member;
    if (!list) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(row.line) + ": unknown kind '" +
                               kind + "'");
    }
    std::vector<std::string>& target = cues.*list;
    for (auto& phrase : split_list(table.cell(row, "phrases"))) target.push_back(std::move(phrase));
  }
  return cues;
}

}  // namespace ofsearch
