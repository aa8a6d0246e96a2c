// A search request from named parameters, the one reading both the CLI's flags and
// the HTTP API's query string go through, so `ofsearch search --grade good x` and
// `/api/search?q=x&grade=good` mean the same. Names are the CLI's flags without the
// dashes ("per-report" and "per_report" alike); a repeated filter is OR within its field.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "query/search_request.h"

namespace ofsearch {

// A parameter's value is wrong; what() names the parameter and what it takes.
class RequestParamError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

using RequestParams = std::vector<std::pair<std::string, std::string>>;

// The filter fields a request takes (authority, region, grade, overall, theme, focus,
// type, year), in the order help and facet lists show them.
const std::vector<std::string>& filter_fields();

// Most hits (or groups) one HTTP request may ask for.
inline constexpr std::size_t kMaxLimit = 1000;

// Reads q/query, limit, offset, sort, per-report, group-by, exact, match (all, most),
// facets, include-boilerplate, from, to, neighbours-of (an authority: its statistical
// neighbours) and the filter fields; a flag is on when
// present with no value, "1", "true" or "yes". Throws RequestParamError for a bad
// value, and for an unknown name when `strict` (a typo must not widen a search
// silently). `max_limit`: the most hits one request may ask for.
SearchRequest request_from_params(const RequestParams& params, bool strict,
                                  std::size_t max_limit = kMaxLimit);

}  // namespace ofsearch
