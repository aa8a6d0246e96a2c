#include "reference/tsv_reader.h"

#include <fstream>
#include <stdexcept>

namespace ofsearch {
namespace {

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    auto tab = line.find('\t', start);
    cells.push_back(trim(std::string_view(line).substr(start, tab - start)));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cells;
}

}  // namespace

const std::string& TsvRow::get(const std::vector<std::string>& header,
                               std::string_view column) const {
  static const std::string empty;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == column) return i < cells.size() ? cells[i] : empty;
  }
  throw std::runtime_error("data file has no column '" + std::string(column) + "'");
}

TsvTable read_tsv(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot read");
  TsvTable table;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string trimmed = trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    if (table.header.empty()) {
      table.header = split_tabs(line);
      continue;
    }
    table.rows.push_back({number, split_tabs(line)});
  }
  if (table.header.empty()) throw std::runtime_error(file.string() + ": no header row");
  return table;
}

std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= cell.size()) {
    auto bar = cell.find('|', start);
    std::string item =
        trim(cell.substr(start, bar == std::string_view::npos ? cell.npos : bar - start));
    if (!item.empty()) items.push_back(item);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return items;
}

}  // namespace ofsearch
