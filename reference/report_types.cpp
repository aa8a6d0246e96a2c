#include "reference/report_types.h"

#include <stdexcept>

#include "reference/tsv_reader.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {

ReportTypes ReportTypes::load(const std::filesystem::path& tsv) {
  TsvTable table = read_tsv(tsv);
  ReportTypes types;
  for (const auto& row : table.rows) {
    ReportType type{table.cell(row, "id"), table.cell(row, "label"),
                    split_list(table.cell(row, "cues"))};
    if (type.id.empty()) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(row.line) + ": missing id");
    }
    types.types_.push_back(type);
  }
  return types;
}

const ReportType* ReportTypes::find(std::string_view id_or_label) const {
  std::string key = fold_key(id_or_label);
  for (const auto& t : types_) {
    if (fold_key(t.id) == key || fold_key(t.label) == key) return &t;
  }
  return nullptr;
}

}  // namespace ofsearch
