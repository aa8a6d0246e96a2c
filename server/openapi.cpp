#include "server/openapi.h"

#include <string>

#include "query/request_params.h"

namespace ofsearch {
namespace {

nlohmann::json query_param(const std::string& name, const std::string& type,
                           const std::string& description, bool repeatable = false) {
  nlohmann::json schema = {{"type", type}};
  if (repeatable) schema = {{"type", "array"}, {"items", {{"type", type}}}};
  return {{"name", name},     {"in", "query"},  {"required", false}, {"description", description},
          {"schema", schema}, {"explode", true}};
}

nlohmann::json search_params() {
  nlohmann::json params = nlohmann::json::array(
      {query_param("q", "string", "query in ofsearch's query language (README: Query language)"),
       query_param("limit", "integer", "hits (or groups) to return, 0 to 1000; default 10"),
       query_param("offset", "integer", "hits to skip"),
       query_param("sort", "string", "relevance (default), date or -date"),
       query_param("per_report", "boolean", "best paragraph per report"),
       query_param("group_by", "string", "authority, report or year"),
       query_param("exact", "boolean", "no synonym or acronym expansion"),
       query_param("include_boilerplate", "boolean", "also search letterheads, sign-offs..."),
       query_param("from", "string", "report date on or after (YYYY-MM-DD)"),
       query_param("to", "string", "report date on or before (YYYY-MM-DD)")});
  params.push_back(query_param("neighbours_of", "string",
                               "an authority: its ten statistical neighbours; repeat to OR", true));
  for (const auto& field : filter_fields())
    params.push_back(
        query_param(field, "string", "filter; repeat to OR values within the field", true));
  return params;
}

nlohmann::json json_response(const std::string& description) {
  return {{"description", description},
          {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}};
}

nlohmann::json errors(std::initializer_list<const char*> statuses) {
  nlohmann::json out = {{"200", json_response("the answer")}};
  for (const char* status : statuses)
    out[status] = json_response("{\"error\": message naming what was wrong}");
  return out;
}

nlohmann::json get(const std::string& summary, nlohmann::json params, nlohmann::json responses) {
  return {{"get", {{"summary", summary}, {"parameters", params}, {"responses", responses}}}};
}

nlohmann::json path_param(const std::string& name, const std::string& description) {
  return {{"name", name},
          {"in", "path"},
          {"required", true},
          {"description", description},
          {"schema", {{"type", "string"}}}};
}

// GET /api/trend and /api/compare: the search parameters (paging, sorting and grouping
// do not apply) plus `by` or the one `authority` compared.
nlohmann::json instrument_params(const nlohmann::json& extra) {
  nlohmann::json params = nlohmann::json::array();
  params.push_back(extra);
  for (const auto& p : search_params()) {
    std::string name = p["name"];
    if (name == "limit" || name == "offset" || name == "sort" || name == "per_report" ||
        name == "group_by" || name == extra["name"])
      continue;
    params.push_back(p);
  }
  return params;
}

nlohmann::json instrument_paths() {
  nlohmann::json by =
      query_param("by", "string", "year (default), region, type, grade or authority");
  nlohmann::json authority =
      query_param("authority", "string", "the authority compared (name, alias or slug)");
  authority["required"] = true;
  return {{"/api/trend",
           get("per bucket of `by`: matching and searched paragraphs, rate per 1,000 (marked "
               "under 100 searched), matching reports and reports; as `ofsearch trend --format "
               "json`",
               instrument_params(by), errors({"400", "503"}))},
          {"/api/compare",
           get("the authority's rate beside its ten statistical neighbours, its region and "
               "England, with counts, latest overall judgement and rank; as `ofsearch compare "
               "--format json`",
               instrument_params(authority), errors({"400", "503"}))}};
}

// GET /api/watch/{name}.atom: Atom 1.0, not JSON.
nlohmann::json watch_feed() {
  nlohmann::json responses = errors({"404", "503"});
  responses["200"] = {
      {"description",
       "Atom 1.0 feed of the saved search's matching paragraphs (at most 100), newest report "
       "first: one entry per paragraph, its text as content, linked to /api/reports/{id}"},
      {"content", {{"application/atom+xml", {{"schema", {{"type", "string"}}}}}}}};
  return get("a saved search as an Atom feed (add one with `ofsearch watch add`)",
             {path_param("name", "the saved search's name")}, responses);
}

}  // namespace

const nlohmann::json& openapi_document() {
  static const nlohmann::json kDocument = [] {
    nlohmann::json csv = errors({"400", "503"});
    csv["200"] = {{"description", "header, then one row per hit"},
                  {"content", {{"text/csv", {{"schema", {{"type", "string"}}}}}}}};
    nlohmann::json similar_params = search_params();
    similar_params.push_back(path_param("id", "paragraph id, REPORT_ID/N"));
    nlohmann::json document{
        {"openapi", "3.0.3"},
        {"info",
         {{"title", "ofsearch"},
          {"version", "1"},
          {"description",
           "Full-text search over Ofsted's reports on local authorities' children's "
           "services. Same semantics and JSON shapes as `ofsearch search --format json`."}}},
        {"components",
         {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}},
        {"paths",
         {{"/api/search", get("paragraphs matching a query, exact total and facet counts",
                              search_params(), errors({"400", "503"}))},
          {"/api/search.csv",
           {{"get",
             {{"summary", "the same search as CSV"},
              {"parameters", search_params()},
              {"responses", csv}}}}},
          {"/api/facets", get("every value of every field with its exact count (filters apply)",
                              search_params(), errors({"400", "503"}))},
          {"/api/reports",
           {{"get", get("every report record", nlohmann::json::array(), errors({"503"}))["get"]},
            {"post",
             {{"summary", "add a report (serve --allow-upload --token FILE)"},
              {"security", {{{"bearer", nlohmann::json::array()}}}},
              {"requestBody",
               {{"required", true},
                {"content",
                 {{"multipart/form-data",
                   {{"schema",
                     {{"type", "object"},
                      {"properties",
                       {{"file", {{"type", "string"}, {"format", "binary"}}}}}}}}}}}}},
              {"responses",
               [] {
                 nlohmann::json r = errors({"400", "401", "403", "413", "503"});
                 r["201"] = json_response(
                     "the report record: what was recognised; watches: the saved searches "
                     "it matches, as `ofsearch index --format json` lists them");
                 r.erase("200");
                 return r;
               }()}}}}},
          {"/api/reports/{id}", get("one report: record and paragraphs in order",
                                    {path_param("id", "report id")}, errors({"404", "503"}))},
          // Saved searches (issue 14 item 4; `ofsearch watch`).
          {"/api/watch", get("saved searches: name, query, params ([name, value] pairs as "
                             "search's parameters), created, feed (the Atom feed's path)",
                             nlohmann::json::array(), errors({"503"}))},
          {"/api/watch/{name}.atom", watch_feed()},
          // Recurrence of improvement points (issue 14 item 5; `ofsearch recurrence`).
          {"/api/recurrence",
           get("each improvement point of the authority's reports with the closest paragraphs of "
               "its later reports and a label (raised again, discussed later, not found): "
               "MACHINE SUGGESTIONS to read, as `ofsearch recurrence --format json`",
               {[] {
                  nlohmann::json a = query_param("authority", "string",
                                                 "the local authority (name, alias or slug)");
                  a["required"] = true;
                  return a;
                }(),
                query_param("matches", "integer",
                            "later paragraphs listed per point (0-20, default 3)")},
               errors({"400", "503"}))},
          {"/api/paragraphs/{id}/similar",
           get("the top paragraphs in other reports that say something similar, ranked on the "
               "paragraph's own meaningful words (JSON: similar_to, words, top, hits; no total)",
               similar_params, errors({"400", "404", "503"}))},
          {"/api/health", get("the index's paragraph and report counts", nlohmann::json::array(),
                              errors({"503"}))},
          {"/api/openapi.json", get("this document", nlohmann::json::array(), errors({}))}}}};
    const nlohmann::json instruments = instrument_paths();
    for (const auto& [path, item] : instruments.items()) document["paths"][path] = item;
    return document;
  }();

  return kDocument;
}

}  // namespace ofsearch
