// Turns a file into the clean UTF-8 text the segmenter expects, choosing the
// reader by content as well as extension: PDF (poppler-cpp), HTML (main content
// only), plain text and markdown. Throws IngestError naming the reason.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace ofsearch {

class IngestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SourceText {
  std::string text;          // clean UTF-8, paragraphs separated by blank lines
  std::string format;        // "pdf", "html", "text"
  std::string content_hash;  // hex digest of the file's bytes
};

// Largest file accepted; larger files are refused before reading (not truncated).
inline constexpr std::uintmax_t kMaxSourceBytes = 64u << 20;

SourceText read_document(const std::filesystem::path& file);

}  // namespace ofsearch
