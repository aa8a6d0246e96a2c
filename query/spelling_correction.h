// Which of the QueryParser's spelling corrections to offer. Xapian 1.4 proposes a
// more frequent word within one edit even for a word the index holds ("care" ->
// "are", "form" -> "for"); a user who typed a real word meant it. So only words
// that match nothing in the index are replaced.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

namespace ofsearch {

// `typed` is the string given to QueryParser::parse_query, `corrected` its
// get_corrected_query_string(). Returns the correction with every word the index
// holds put back as typed, or nothing when no unknown word was corrected.
std::optional<std::string> correct_unknown_words(const std::string& typed,
                                                 const std::string& corrected,
                                                 const Xapian::Database& db);

// Whether any word of `typed` (a prepared query string) is missing from the index;
// the operators AND OR NOT XOR NEAR ADJ do not count. When none is, no correction
// could be kept, so the parser's costly spelling pass can be skipped.
bool has_unknown_word(const std::string& typed, const Xapian::Database& db);

}  // namespace ofsearch
