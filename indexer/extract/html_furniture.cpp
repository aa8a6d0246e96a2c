#include "indexer/extract/html_furniture.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "reference/reference_data.h"
#include "reference/tsv_reader.h"

namespace ofsearch {

HtmlFurniture HtmlFurniture::load(const std::filesystem::path& tsv) {
  TsvTable table = read_tsv(tsv);
  HtmlFurniture furniture;
  for (const auto& row : table.rows) {
    const std::string& kind = table.cell(row, "kind");
    std::string text = table.cell(row, "text");
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto* list = kind == "mark"      ? &furniture.marks_
                 : kind == "main_id" ? &furniture.main_ids_
                                     : nullptr;
    if (!list || text.empty()) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(row.line) +
                               (list ? ": empty text" : ": unknown kind '" + kind + "'"));
    }
    list->push_back(std::move(text));
  }
  return furniture;
}

const HtmlFurniture& HtmlFurniture::defaults() {
  static const HtmlFurniture furniture =
      load(ReferenceData::default_corpus_dir() / "html_furniture.tsv");
  return furniture;
}

bool HtmlFurniture::marks_furniture(std::string_view lower_names) const {
  return std::any_of(marks_.begin(), marks_.end(), [&](const std::string& mark) {
    return lower_names.find(mark) != std::string_view::npos;
  });
}

bool HtmlFurniture::is_main_id(std::string_view lower_id) const {
  return std::find(main_ids_.begin(), main_ids_.end(), lower_id) != main_ids_.end();
}

}  // namespace ofsearch
