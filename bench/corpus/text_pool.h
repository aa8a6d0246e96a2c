// The real text the benchmark corpus is recombined from: prose paragraphs and
// sentences taken from the bundled reports (corpus/reports/*.txt) and, when given, from
// real Ofsted PDFs (through pdftotext). Authority names in them are replaced by a
// placeholder so each generated report can name its own authority.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "reference/authority_gazetteer.h"

namespace ofsearch::bench {

// Stands for the report's authority name inside pooled text.
inline constexpr char kAuthorityMark[] = "{LA}";

struct TextPool {
  std::vector<std::string> paragraphs;  // whole prose paragraphs, 150-1200 bytes
  std::vector<std::string> sentences;   // single sentences, 40-450 bytes, no repeats
  std::vector<std::string> sources;     // where the text came from (file names)

  // Builds the pool from plain texts (one string per document).
  static TextPool from_texts(const std::vector<std::string>& texts,
                             const std::vector<std::string>& names,
                             const AuthorityGazetteer& authorities);
  void save(const std::filesystem::path& file) const;
  static TextPool load(const std::filesystem::path& file);
};

// Text of every *.txt under `dir` (sorted by name).
std::vector<std::pair<std::string, std::string>> read_text_files(const std::filesystem::path& dir);

// Text of every *.pdf under `dir` (recursively, sorted), extracted with pdftotext on
// `threads` processes at once. Throws when pdftotext is missing or fails.
std::vector<std::pair<std::string, std::string>> read_pdf_files(const std::filesystem::path& dir,
                                                                int threads);

}  // namespace ofsearch::bench
