// The one normalisation path shared by indexing and querying, so whatever a user
// types (curly quotes, capitals, hyphens, ligatures, accents) meets the text as
// the indexer saw it. Built on utf8proc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ofsearch {

// Replaces invalid UTF-8 sequences with U+FFFD; never throws.
std::string repair_utf8(std::string_view bytes);

// The last character boundary at or before byte `pos` of valid UTF-8 (the size when
// pos is past the end): where a byte limit may cut without splitting a character.
std::size_t character_start_at_or_before(std::string_view utf8, std::size_t pos);

// Display-preserving clean-up for stored text: NFC, ligatures expanded (ﬁ -> fi),
// curly quotes and primes to ' and ", dashes to -, odd spaces (NBSP, thin, zero
// width, soft hyphen) to a space or nothing. Case and accents are kept.
std::string clean_text(std::string_view utf8);

// What the search engine indexes and parses: clean_text plus accents stripped
// (é -> e). Case is left to Xapian, which lower-cases terms itself.
std::string normalise_for_index(std::string_view utf8);

// For dictionary look-ups (authority names, theme ids, grade words): normalised,
// lower-cased, '&' -> "and", every run of non-alphanumerics -> one space, trimmed.
std::string fold_key(std::string_view utf8);

// fold_key with '-' between words: "East Midlands" -> "east-midlands".
std::string slugify(std::string_view utf8);

}  // namespace ofsearch
