// The search flags the commands that search share (search, similar, trend): the
// filters and date bounds, read through query/request_params.h as the HTTP API's
// query string is, so a flag means the same everywhere.
#pragma once

#include <boost/program_options.hpp>

#include "query/request_params.h"
#include "query/search_request.h"

namespace ofsearch::cli {

// --include-boilerplate, --from, --to, --neighbours-of and one flag per filter field.
void add_filter_options(boost::program_options::options_description& options);

// The request the parsed flags describe (limit, offset, sort, grouping, match, exact,
// filters, dates); a bad value is a UsageError naming the flag.
SearchRequest request_from(const boost::program_options::variables_map& vm);

// The same flags as the named parameters request_from reads (`watch add` stores them).
RequestParams params_from(const boost::program_options::variables_map& vm);

}  // namespace ofsearch::cli
