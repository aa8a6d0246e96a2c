#include "indexer/metadata/overrides.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace ofsearch {
namespace {

void take(std::optional<std::string>& field, const std::optional<std::string>& over) {
  if (over) field = over;
}

std::optional<std::string> string_field(const nlohmann::json& j, const char* key,
                                        const std::filesystem::path& file) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    throw std::runtime_error(file.string() + ": \"" + key + "\" must be a string");
  }
  return it->get<std::string>();
}

}  // namespace

Overrides Overrides::merged_with(const Overrides& over) const {
  Overrides out = *this;
  take(out.authority, over.authority);
  take(out.date, over.date);
  take(out.report_type, over.report_type);
  take(out.title, over.title);
  take(out.inspection_start, over.inspection_start);
  take(out.inspection_end, over.inspection_end);
  return out;
}

Overrides read_sidecar(const std::filesystem::path& file) {
  std::filesystem::path candidates[] = {
      file.string() + ".meta.json",
      file.parent_path() / (file.stem().string() + ".meta.json"),
  };
  for (const auto& sidecar : candidates) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(sidecar, ec)) continue;
    std::ifstream in(sidecar);
    std::stringstream buffer;
    buffer << in.rdbuf();
    nlohmann::json j = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      throw std::runtime_error(sidecar.string() + ": not a JSON object");
    }
    Overrides o;
    o.authority = string_field(j, "authority", sidecar);
    o.date = string_field(j, "date", sidecar);
    o.report_type = string_field(j, "report_type", sidecar);
    if (!o.report_type) o.report_type = string_field(j, "type", sidecar);
    o.title = string_field(j, "title", sidecar);
    o.inspection_start = string_field(j, "inspection_start", sidecar);
    o.inspection_end = string_field(j, "inspection_end", sidecar);
    return o;
  }
  return {};
}

}  // namespace ofsearch
