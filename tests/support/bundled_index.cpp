#include "support/bundled_index.h"

#include <unistd.h>
#include <algorithm>

#include <cctype>
#include <cstdlib>

#include "index/index_writer.h"
#include "indexer/write/report_builder.h"
#include "index/report_catalog.h"
#include "indexer/write/source_walker.h"
#include "reference/reference_data.h"
#include "stemming/text_normaliser.h"

namespace ofsearch::testing {

const std::filesystem::path& bundled_index() {
  static const std::filesystem::path dir = [] {
    auto path = std::filesystem::temp_directory_path() /
                ("ofsearch-test-index-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path);
    IndexWriter writer(path, false);
    for (const auto& file : collect_sources({OFSEARCH_SOURCE_DIR "/corpus/reports"}).files) {
      writer.add(build_report_from_file(file, {}, reference_data()));
    }
    writer.commit();
    std::atexit([] { std::filesystem::remove_all(bundled_index()); });
    return path;
  }();
  return dir;
}

const std::vector<nlohmann::json>& bundled_paragraphs() {
  static const std::vector<nlohmann::json> paragraphs = [] {
    Xapian::Database db = open_index(bundled_index());
    std::vector<nlohmann::json> all;
    for (const auto& report : list_reports(db)) {
      for (auto& p : report_paragraphs(db, report["report_id"].get<std::string>())) {
        all.push_back(std::move(p));
      }
    }
    return all;
  }();
  return paragraphs;
}

std::string comparable(const std::string& text) {
  std::string out = " ";
  for (char c : normalise_for_index(text)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || c == '\'') {
      out += static_cast<char>(std::tolower(u));
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  // An apostrophe only belongs to a word inside it ("children's", not "leaders' ").
  for (std::size_t at; (at = out.find("' ")) != std::string::npos;) out.erase(at, 1);
  for (std::size_t at; (at = out.find(" '")) != std::string::npos;) out.erase(at + 1, 1);
  return out;
}

}  // namespace ofsearch::testing
