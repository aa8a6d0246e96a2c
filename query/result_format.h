// Renders a SearchResult for people and programs: text (terminal: bold
// highlights; piped: **markers**), JSON ({"query","total","exact","hits",
// "facets","suggestion","match","near_misses",...}) and CSV (header + one row per
// hit or group; near misses are left out, so every row is a hit).
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "query/search_request.h"

namespace ofsearch {

struct FormatOptions {
  bool terminal = false;     // bold highlights instead of ** markers
  bool show_facets = false;  // text mode prints facet counts
  bool full_text = false;    // whole paragraphs instead of snippets
};

nlohmann::json result_json(const SearchResult& result, const SearchRequest& request);
void write_text(std::ostream& out, const SearchResult& result, const SearchRequest& request,
                const FormatOptions& options);
void write_csv(std::ostream& out, const SearchResult& result);

}  // namespace ofsearch
