#include "indexer/extract/document_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <system_error>

#include "indexer/extract/html_text_extractor.h"
#include "indexer/extract/pdf_text_extractor.h"
#include "indexer/extract/text_decoding.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

// Extensions of formats we know and do not read: a clearer message than "not text".
constexpr std::array<std::string_view, 16> kForeignExtensions = {
    ".doc",  ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt",
    ".pptx", ".zip",  ".gz",  ".png", ".jpg", ".jpeg", ".gif", ".tif"};

// Magic numbers of binary containers people save reports as.
constexpr std::array<std::string_view, 7> kForeignMagic = {
    "PK\x03\x04", "\x89PNG", "\xFF\xD8\xFF", "GIF8", "\xD0\xCF\x11\xE0", "\x1F\x8B", "{\\rtf"};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

std::string_view skip_bom_and_space(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

bool looks_like_pdf(std::string_view bytes) {
  // The spec allows junk before the header within the first kilobyte.
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

bool looks_like_html(std::string_view bytes) {
  auto s = skip_bom_and_space(bytes);
  if (starts_with_nocase(s, "<!doctype html") || starts_with_nocase(s, "<html")) return true;
  // An XML declaration or a comment may come first.
  if (!starts_with_nocase(s, "<?xml") && !starts_with_nocase(s, "<!--")) return false;
  return lower(std::string(s.substr(0, 2048))).find("<html") != std::string::npos;
}

bool has_foreign_magic(std::string_view bytes) {
  for (auto magic : kForeignMagic)
    if (bytes.substr(0, magic.size()) == magic) return true;
  return false;
}

std::string read_all(const fs::path& file, std::uintmax_t size) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw IngestError("cannot open file");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (bytes.empty()) throw IngestError("empty file");
  return bytes;
}

std::uintmax_t checked_size(const fs::path& file) {
  std::error_code ec;
  auto status = fs::status(file, ec);
  if (ec || !fs::exists(status)) throw IngestError("no such file");
  if (fs::is_directory(status)) throw IngestError("is a directory, not a file");
  if (!fs::is_regular_file(status)) throw IngestError("not a regular file");
  auto size = fs::file_size(file, ec);
  if (ec) throw IngestError("cannot read file size");
  if (size == 0) throw IngestError("empty file");
  if (size > kMaxSourceBytes) {
    throw IngestError("file too large (" + std::to_string((size + (1u << 20) - 1) >> 20) +
                      " MB; limit " + std::to_string(kMaxSourceBytes >> 20) + " MB)");
  }
  return size;
}

bool blank(std::string_view s) {
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

std::string content_hash(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

SourceText read_document(const std::filesystem::path& file) {
  const auto size = checked_size(file);
  const std::string bytes = read_all(file, size);
  const std::string ext = lower(file.extension().string());

  SourceText out;
  out.content_hash = content_hash(bytes);
  if (looks_like_pdf(bytes)) {
    out.format = "pdf";
    out.text = extract_pdf_text(bytes);
  } else if (looks_like_html(bytes)) {
    out.format = "html";
    out.text = extract_html_text(decode_to_utf8(bytes));
  } else if (ext == ".pdf") {
    throw IngestError("corrupt or unreadable PDF");
  } else if (has_foreign_magic(bytes) ||
             std::find(kForeignExtensions.begin(), kForeignExtensions.end(), ext) !=
                 kForeignExtensions.end()) {
    throw IngestError("unknown format");
  } else {
    if (looks_binary(bytes)) throw IngestError("not text: binary content");
    out.format = ext == ".html" || ext == ".htm" ? "html" : "text";
    out.text = out.format == "html" ? extract_html_text(decode_to_utf8(bytes)) : plain_text(bytes);
  }
  if (blank(out.text)) throw IngestError("no text content");
  if (out.text.size() > kMaxTextBytes) {
    throw IngestError("too much text for one report (" +
                      std::to_string((out.text.size() + (1u << 20) - 1) >> 20) + " MB; limit " +
                      std::to_string(kMaxTextBytes >> 20) + " MB): split it into reports");
  }
  return out;
}

}  // namespace ofsearch
