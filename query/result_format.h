// Renders a SearchResult for people and programs: text (terminal: bold
// highlights; piped: **markers**), JSON ({"query","total","exact","hits",
// "facets","suggestion","match","near_misses",...}) and CSV (header + one row per
// hit or group; near misses are left out, so every row is a hit). A `similar` result
// is a top list: "Top N paragraphs similar to ID" and the words it rests on in text,
// {"query","similar_to","words","offset","top","hits"} in JSON, never a total.
#pragma once

#include <ostream>
#include <string>
#include <vector>

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
// write_csv's columns: the paragraph's place, every registry field by its JSON key
// (schema/fields.h), then la_code, ons_code, title, source, score, snippet, text.
const std::vector<std::string>& csv_columns();
// One CSV cell: quoted (quotes doubled) when it holds a comma, quote or line break.
std::string csv_cell(const std::string& s);

}  // namespace ofsearch
