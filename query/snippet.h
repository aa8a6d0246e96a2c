// Snippets with the matched terms highlighted, built by Xapian's MSet::snippet
// with the same stemmer as the query (so stemmed matches light up); adjacent
// highlighted words (a matched phrase) are merged into one highlighted unit.
#pragma once

#include <cstddef>
#include <string>

#include <xapian.h>

namespace ofsearch {

// Highlights are delimited by kHighlightOpen / kHighlightClose (search_request.h).
// `stemmer` must be the query's; each thread passes its own (Xapian objects are not thread-safe).
std::string make_snippet(const Xapian::MSet& mset, const std::string& text, std::size_t length,
                         const Xapian::Stem& stemmer);

// Replaces the delimiters with `open`/`close` (e.g. ANSI bold, "**", or nothing).
std::string render_highlights(const std::string& snippet, const std::string& open,
                              const std::string& close);

}  // namespace ofsearch
