#include "cli/watch_report.h"

namespace ofsearch::cli {

void print_watch_matches(std::ostream& out, const nlohmann::json& matches) {
  for (const auto& m : matches) {
    auto text = [&](const char* key) {
      return m[key].is_string() ? m[key].get<std::string>() : std::string("?");
    };
    out << "saved search '" << text("watch") << "' matches " << text("report_id") << " ("
        << text("authority") << ", " << text("date") << "): " << m["paragraphs"].size()
        << (m["paragraphs"].size() == 1 ? " paragraph:" : " paragraphs:");
    for (const auto& id : m["paragraphs"]) out << " " << id.get<std::string>();
    out << "\n";
  }
}

}  // namespace ofsearch::cli
