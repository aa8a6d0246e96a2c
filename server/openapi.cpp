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

}  // namespace

const nlohmann::json& openapi_document() {
  static const nlohmann::json kDocument = [] {
    nlohmann::json csv = errors({"400", "503"});
    csv["200"] = {{"description", "header, then one row per hit"},
                  {"content", {{"text/csv", {{"schema", {{"type", "string"}}}}}}}};
    nlohmann::json similar_params = search_params();
    similar_params.push_back(path_param("id", "paragraph id, REPORT_ID/N"));
    return nlohmann::json{
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
                 r["201"] = json_response("the report record: what was recognised");
                 r.erase("200");
                 return r;
               }()}}}}},
          {"/api/reports/{id}", get("one report: record and paragraphs in order",
                                    {path_param("id", "report id")}, errors({"404", "503"}))},
          {"/api/paragraphs/{id}/similar",
           get("the top paragraphs in other reports that say something similar, ranked on the "
               "paragraph's own meaningful words (JSON: similar_to, words, top, hits; no total)",
               similar_params, errors({"400", "404", "503"}))},
          {"/api/health", get("the index's paragraph and report counts", nlohmann::json::array(),
                              errors({"503"}))},
          {"/api/openapi.json", get("this document", nlohmann::json::array(), errors({}))}}}};
  }();
  return kDocument;
}

}  // namespace ofsearch
