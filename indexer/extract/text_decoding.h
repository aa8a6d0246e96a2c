// Byte-level helpers for text sources: encoding detection and repair, binary
// sniffing, and the clean-up of plain text and markdown files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ofsearch {

// UTF-8 (BOM dropped), UTF-16 with a BOM, or a legacy single-byte file (read as
// Windows-1252 when it holds no valid multi-byte UTF-8 at all) -> valid UTF-8.
// Other invalid sequences become U+FFFD.
std::string decode_to_utf8(std::string_view bytes);

// Appends code point `c` as UTF-8; a surrogate or a value past U+10FFFF becomes U+FFFD.
void append_utf8(std::string& out, std::uint32_t c);

// True when the bytes are not text: many NUL or control bytes (UTF-16 with a BOM is text).
bool looks_binary(std::string_view bytes);

// A text or markdown file as clean text: decoded, line endings and form feeds made
// '\n', trailing spaces trimmed, clean_text applied.
std::string plain_text(std::string_view bytes);

}  // namespace ofsearch
