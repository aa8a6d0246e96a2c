// Helpers shared by the ingest tests: fixture paths, file reading, and paragraph
// comparison after whitespace normalisation.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "stemming/text_normaliser.h"

namespace ofsearch::testing {

inline std::filesystem::path ingest_fixture(const std::string& name) {
  return std::filesystem::path(OFSEARCH_SOURCE_DIR) / "tests" / "data" / "ingest" / name;
}

inline std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::string collapse_spaces(const std::string& s) {
  std::istringstream words(s);
  std::string out, w;
  while (words >> w) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Blocks separated by blank lines (or PDF page marks: "\n\f"), each with its white
// space collapsed.
inline std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::string block;
  std::string lines = text;
  for (char& c : lines) c = c == '\f' ? '\n' : c;
  std::istringstream in(lines);
  std::string line;
  auto flush = [&] {
    auto p = collapse_spaces(block);
    if (!p.empty()) out.push_back(p);
    block.clear();
  };
  while (std::getline(in, line)) {
    if (collapse_spaces(line).empty()) {
      flush();
    } else {
      block += line + "\n";
    }
  }
  flush();
  return out;
}

// A seed text's paragraphs comparable with extracted ones: markdown markers and
// bullets stripped, clean_text applied, and the seed's own page-break splits (a
// paragraph ending mid-sentence, the next starting in lower case) rejoined.
inline std::vector<std::string> comparable_paragraphs(const std::string& text, bool markdown) {
  std::string t = clean_text(text);
  if (markdown) {
    t = std::regex_replace(t, std::regex(R"(\[([^\]]*)\]\([^)]*\))"), "$1");
    t = std::regex_replace(t, std::regex(R"(\*\*)"), "");
    t = std::regex_replace(t, std::regex(R"((^|\n)#+ *)"), "$1");
  }
  t = std::regex_replace(t, std::regex("(^|\n) *(-|\xE2\x80\xA2) +"), "$1");
  std::vector<std::string> out;
  for (auto& p : paragraphs(t)) {
    bool open = !out.empty() && !std::regex_search(out.back(), std::regex("[.!?:]$"));
    if (open && std::islower(static_cast<unsigned char>(p[0]))) {
      out.back() += " " + p;
    } else {
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace ofsearch::testing
