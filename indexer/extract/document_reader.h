// Turns a file into the clean UTF-8 text the segmenter expects, choosing the
// reader by content as well as extension: PDF (poppler-cpp), HTML (main content
// only), plain text and markdown. Throws IngestError naming the reason.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

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

// Most text one report may hold once extracted. The longest real reports hold about
// 150 kB; one report's paragraphs are written in one transaction, and 4 MB of text
// already takes seconds, so more is refused rather than left to run for minutes.
inline constexpr std::size_t kMaxTextBytes = 4u << 20;

// Reader by content first: "%PDF-" in the first KB -> PDF; "<!doctype html"/"<html"
// (after a BOM, white space, an XML declaration or a comment) -> HTML; else text
// (.txt, .md, no extension...). content_hash is FNV-1a 64 of the bytes, 16 hex digits.
// Throws IngestError with one of: "no such file", "is a directory, not a file",
// "empty file", "file too large (N MB; limit 64 MB)", "not text: binary content",
// "unknown format" (zip/docx, images, .doc...), "encrypted PDF", "corrupt or
// unreadable PDF", "no text layer: OCR it first", "no text content".
// Invalid UTF-8 is repaired (U+FFFD; a file with no valid multi-byte UTF-8 at all is
// read as Windows-1252), line endings become '\n'.
SourceText read_document(const std::filesystem::path& file);

// FNV-1a 64 of `bytes` as 16 hex digits: the same on every machine and run (unlike
// std::hash), so a stored hash still says whether a file changed.
std::string content_hash(std::string_view bytes);

}  // namespace ofsearch
