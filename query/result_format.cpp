#include "query/result_format.h"

#include <algorithm>

#include "query/near_misses.h"
#include "query/snippet.h"
#include "schema/fields.h"
#include "schema/paragraph_record.h"

namespace ofsearch {
namespace {

const char* kBold = "\033[1m";
const char* kReset = "\033[0m";

std::string text_of(const nlohmann::json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  return json_text(v);
}

std::string joined(const nlohmann::json& list, const char* separator) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : separator) + text_of(item);
  return out;
}

nlohmann::json hit_json(const Hit& hit) {
  nlohmann::json j = hit.record;
  j["score"] = hit.score;
  j["snippet"] = render_highlights(hit.snippet, "**", "**");
  return j;
}

std::string group_by_name(GroupBy g) {
  switch (g) {
    case GroupBy::kAuthority:
      return "authority";
    case GroupBy::kReport:
      return "report";
    case GroupBy::kYear:
      return "year";
    case GroupBy::kNone:
      break;
  }
  return "";
}

void write_hit_text(std::ostream& out, std::size_t rank, const Hit& hit, const FormatOptions& o) {
  const auto& r = hit.record;
  out << rank << ". " << (r["authority"].is_null() ? "(no authority)" : text_of(r["authority"]))
      << " | " << (r["date"].is_null() ? "undated" : text_of(r["date"])) << " | "
      << text_of(r["report_type"]);
  if (!r["grade"].is_null()) out << " | grade: " << text_of(r["grade"]);
  std::string section = joined(r["section"], " > ");
  if (!section.empty()) out << " | " << section;
  out << "\n   ";
  if (o.full_text) {
    out << text_of(r["text"]);
  } else {
    out << render_highlights(hit.snippet, o.terminal ? kBold : "**", o.terminal ? kReset : "**");
  }
  out << "\n   [" << text_of(r["id"]) << "]";
  if (r.contains("page") && !r["page"].is_null()) out << " p. " << text_of(r["page"]);
  out << "\n";
}

// "Missing: achieving (28 more paragraphs), in (3)": what matching all but one word
// would add, or with --match most what the total holds beyond the whole query.
void write_near_misses(std::ostream& out, const SearchResult& result) {
  Xapian::doccount more = 0;
  for (const auto& n : result.near_misses) more += n.paragraphs;
  bool most = result.match == MatchMode::kMost;
  out << (most ? "Of which lacking one word: " : "Missing: ");
  for (std::size_t i = 0; i < result.near_misses.size(); ++i) {
    const NearMiss& n = result.near_misses[i];
    out << (i ? ", " : "") << n.missing << " (" << n.paragraphs
        << (i == 0 && !most ? (n.paragraphs == 1 ? " more paragraph" : " more paragraphs") : "")
        << ")";
  }
  if (most) {
    out << "; " << result.total - more << " match every word\n";
  } else {
    out << "; --match most includes these " << more << "\n";
  }
}

nlohmann::json similar_json(const SearchResult& result, const SearchRequest& request) {
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& h : result.hits) hits.push_back(hit_json(h));
  for (const auto& g : result.groups) hits.push_back(hit_json(g.best));
  return {{"query", result.query},
          {"similar_to", *result.similar_to},
          {"words", result.similar_words},
          {"offset", request.offset},
          {"top", hits.size()},
          {"hits", hits}};
}

// "Top 10 paragraphs similar to X in other reports": a ranked list, no total (nearly
// every paragraph shares one of the words).
void write_similar_heading(std::ostream& out, const SearchResult& result) {
  std::size_t shown = result.hits.size() + result.groups.size();
  if (shown == 0) {
    out << "No paragraph in another report shares a word with " << *result.similar_to << "\n";
  } else {
    out << "Top " << shown << (shown == 1 ? " paragraph" : " paragraphs") << " similar to "
        << *result.similar_to << " in other reports\n";
  }
  std::string words;
  for (const auto& w : result.similar_words) words += (words.empty() ? "" : ", ") + w;
  out << "Ranked on: " << words << "\n\n";
}

}  // namespace

nlohmann::json result_json(const SearchResult& result, const SearchRequest& request) {
  if (result.similar_to) return similar_json(result, request);
  nlohmann::json j;
  j["query"] = result.query;
  j["total"] = result.total;
  j["exact"] = true;
  j["offset"] = request.offset;
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& h : result.hits) hits.push_back(hit_json(h));
  j["hits"] = hits;
  if (request.per_report) j["reports"] = result.reports;
  if (request.group_by != GroupBy::kNone) {
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& g : result.groups) {
      groups.push_back({{"key", g.key.empty() ? nlohmann::json(nullptr) : nlohmann::json(g.key)},
                        {"count", g.count},
                        {"best", hit_json(g.best)}});
    }
    j["group_by"] = group_by_name(request.group_by);
    j["groups"] = groups;
  }
  nlohmann::json facets = nlohmann::json::object();
  for (const auto& [field, values] : result.facets) facets[field] = values;
  j["facets"] = facets;
  j["suggestion"] =
      result.suggestion ? nlohmann::json(*result.suggestion) : nlohmann::json(nullptr);
  j["match"] = result.match == MatchMode::kMost ? "most" : "all";
  nlohmann::json near = nlohmann::json::array();
  for (const auto& n : result.near_misses)
    near.push_back({{"missing", n.missing}, {"paragraphs", n.paragraphs}});
  j["near_misses"] = near;
  return j;
}

void write_text(std::ostream& out, const SearchResult& result, const SearchRequest& request,
                const FormatOptions& options) {
  if (result.similar_to) {
    write_similar_heading(out, result);
    std::size_t rank = request.offset;
    for (const auto& hit : result.hits) write_hit_text(out, ++rank, hit, options);
    for (const auto& g : result.groups) write_hit_text(out, ++rank, g.best, options);
    return;
  }
  out << result.total << (result.total == 1 ? " paragraph matches" : " paragraphs match");
  if (request.per_report)
    out << " in " << result.reports << (result.reports == 1 ? " report" : " reports");
  out << "\n";
  if (!result.near_misses.empty()) write_near_misses(out, result);
  if (request.match == MatchMode::kMost && result.match != MatchMode::kMost)
    out << "(--match most applies to 2-" << kMostWordsForNearMisses
        << " plain words; this query matched as written)\n";
  if (result.suggestion) out << "Did you mean: " << *result.suggestion << "\n";
  out << "\n";
  std::size_t rank = request.offset;
  for (const auto& hit : result.hits) write_hit_text(out, ++rank, hit, options);
  for (const auto& g : result.groups) {
    out << (g.key.empty() ? "(none)" : g.key) << ": " << g.count << " paragraphs\n";
    write_hit_text(out, ++rank, g.best, options);
  }
  if (options.show_facets) {
    out << "\nFacets (exact, over all " << result.total << " matches):\n";
    for (const auto& [field, values] : result.facets) {
      if (values.empty()) continue;
      out << "  " << field << ":";
      for (const auto& [value, count] : values) out << "  " << value << " " << count;
      out << "\n";
    }
  }
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// The paragraph's place, then every registry field (schema/fields.h) by its JSON key,
// then what a reader needs beside them.
const std::vector<std::string>& csv_columns() {
  static const std::vector<std::string> kColumns = [] {
    std::vector<std::string> columns = {"id",     "report_id", "paragraph",
                                        "number", "page",      "section"};
    for (const auto& spec : field_registry()) {
      if (std::find(columns.begin(), columns.end(), spec.json_key) == columns.end())
        columns.push_back(spec.json_key);
    }
    for (const char* tail : {"la_code", "ons_code", "title", "source", "score", "snippet", "text"})
      columns.push_back(tail);
    return columns;
  }();
  return kColumns;
}

void write_csv(std::ostream& out, const SearchResult& result) {
  const auto& kColumns = csv_columns();
  bool grouped = !result.groups.empty();
  if (grouped) out << "group,count,";
  for (std::size_t i = 0; i < std::size(kColumns); ++i) out << (i ? "," : "") << kColumns[i];
  out << "\n";
  auto row = [&](const Hit& hit) {
    nlohmann::json j = hit_json(hit);
    for (std::size_t i = 0; i < std::size(kColumns); ++i) {
      const auto v = j.value(kColumns[i], nlohmann::json(nullptr));  // old records lack page
      std::string cell =
          v.is_array() ? joined(v, kColumns[i] == "section" ? " > " : ";") : text_of(v);
      out << (i ? "," : "") << csv_cell(cell);
    }
    out << "\n";
  };
  for (const auto& hit : result.hits) row(hit);
  for (const auto& g : result.groups) {
    out << csv_cell(g.key) << "," << g.count << ",";
    row(g.best);
  }
}

}  // namespace ofsearch
