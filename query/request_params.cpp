#include "query/request_params.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include "query/field_filters.h"
#include "schema/fields.h"

namespace ofsearch {
namespace {

// "per_report" -> "per-report": the HTTP API's spelling of the CLI's flag.
std::string canonical_name(std::string name) {
  std::replace(name.begin(), name.end(), '_', '-');
  return name;
}

bool is_flag_on(const std::string& name, const std::string& value) {
  if (value.empty() || value == "1" || value == "true" || value == "yes") return true;
  if (value == "0" || value == "false" || value == "no") return false;
  throw RequestParamError(name + " must be true or false, not '" + value + "'");
}

std::size_t whole_number(const std::string& name, const std::string& value, std::size_t max) {
  bool digits =
      !value.empty() && value.size() <= 10 &&
      std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
  std::size_t n = digits ? std::stoull(value) : 0;
  if (!digits || n > max) {
    throw RequestParamError(name + " must be a whole number from 0 to " + std::to_string(max) +
                            ", not '" + value + "'");
  }
  return n;
}

SortOrder sort_order(const std::string& value) {
  if (value == "relevance") return SortOrder::kRelevance;
  if (value == "date") return SortOrder::kDateAscending;
  if (value == "-date") return SortOrder::kDateDescending;
  throw RequestParamError("sort must be relevance, date or -date, not '" + value + "'");
}

GroupBy group_by(const std::string& value) {
  if (value == "authority") return GroupBy::kAuthority;
  if (value == "report") return GroupBy::kReport;
  if (value == "year") return GroupBy::kYear;
  throw RequestParamError("group-by must be authority, report or year, not '" + value + "'");
}

}  // namespace

const std::vector<std::string>& filter_fields() {
  static const std::vector<std::string> kFields = [] {
    std::vector<std::string> names;
    for (const auto& spec : field_registry())
      if (spec.facet) names.push_back(spec.name);
    return names;
  }();
  return kFields;
}

SearchRequest request_from_params(const RequestParams& params, bool strict, std::size_t max_limit) {
  SearchRequest request;
  // Xapian counts documents in 32 bits: a later start than this means nothing.
  constexpr std::size_t kMaxOffset = std::numeric_limits<std::int32_t>::max();
  const auto& fields = filter_fields();
  for (const auto& [raw_name, value] : params) {
    const std::string name = canonical_name(raw_name);
    if (name == "q" || name == "query") {
      request.query += (request.query.empty() ? "" : " ") + value;
    } else if (name == "limit") {
      request.limit = whole_number(name, value, max_limit);
    } else if (name == "offset") {
      request.offset = whole_number(name, value, kMaxOffset);
    } else if (name == "sort") {
      request.sort = sort_order(value);
    } else if (name == "per-report") {
      request.per_report = is_flag_on(name, value);
    } else if (name == "group-by") {
      if (!value.empty()) request.group_by = group_by(value);
    } else if (name == "exact") {
      request.exact = is_flag_on(name, value);
    } else if (name == "match") {
      if (value != "all" && value != "most")
        throw RequestParamError("match must be all or most, not '" + value + "'");
      request.match = value == "most" ? MatchMode::kMost : MatchMode::kAll;
    } else if (name == "facets") {
      request.facets = is_flag_on(name, value);
    } else if (name == "include-boilerplate") {
      request.include_boilerplate = is_flag_on(name, value);
    } else if (name == "from") {
      if (!value.empty()) request.from = value;
    } else if (name == "to") {
      if (!value.empty()) request.to = value;
    } else if (name == "neighbours-of") {
      request.filters[kNeighboursField].push_back(value);
    } else if (std::find(fields.begin(), fields.end(), name) != fields.end()) {
      request.filters[name].push_back(value);
    } else if (strict) {
      throw RequestParamError("unknown parameter '" + raw_name + "'");
    }
  }
  return request;
}

}  // namespace ofsearch
