// The Atom 1.0 feed of a saved search (GET /api/watch/NAME.atom, issue 14 item 4):
// its matching paragraphs, newest report first, one entry per paragraph with the
// whole paragraph as text content. Everything written into the XML is escaped, and
// characters XML 1.0 cannot carry (control characters) are left out.
#pragma once

#include <string>
#include <string_view>

#include "index/saved_searches.h"
#include "query/search_request.h"

namespace ofsearch {

// Most entries a feed carries (the newest paragraphs).
inline constexpr std::size_t kFeedEntries = 100;

// &, <, >, " and ' as entities; bytes below 0x20 other than tab, LF and CR dropped.
std::string xml_escape(std::string_view text);

// `base_url`: "http://host:port", what entry links and ids start with. `result`: the
// saved search run newest first (query/watch_matcher.h watch_since_request).
std::string atom_feed(const SavedSearch& search, const SearchResult& result,
                      const std::string& base_url);

}  // namespace ofsearch
