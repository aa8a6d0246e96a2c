// `ofsearch search QUERY` and `ofsearch similar ID`.
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/search_options.h"
#include "query/field_filters.h"
#include "query/request_params.h"
#include "query/result_format.h"
#include "query/searcher.h"
#include "schema/paragraph_record.h"
#include "stemming/strings.h"

namespace ofsearch::cli {
namespace po = boost::program_options;
namespace {

// Xapian counts documents in 32 bits: more hits, or a later start, than that means nothing.
constexpr std::size_t kMaxPaging = 4'294'967'295u / 2;

void add_result_options(po::options_description& options) {
  add_index_option(options);
  options.add_options()("help,h", "this help")(
      "limit", po::value<std::string>()->default_value("10"), "hits (or groups) to show")(
      "offset", po::value<std::string>()->default_value("0"), "hits to skip")(
      "sort", po::value<std::string>()->default_value("relevance"), "relevance, date or -date")(
      "per-report", "best paragraph per report")("group-by", po::value<std::string>(),
                                                 "authority, report or year: one row per group")(
      "format", po::value<std::string>()->default_value("text"), "text, json or csv")(
      "facets", "print facet counts (JSON always has them)")(
      "full", "print whole paragraphs, not snippets");
  add_filter_options(options);
}

int print(const SearchResult& result, const SearchRequest& request, const po::variables_map& vm) {
  Format format = parse_format(vm["format"].as<std::string>(), true);
  if (format == Format::kJson) {
    std::cout << json_text(result_json(result, request), 2) << "\n";
  } else if (format == Format::kCsv) {
    write_csv(std::cout, result);
  } else {
    FormatOptions options{stdout_is_terminal(), vm.count("facets") > 0, vm.count("full") > 0};
    write_text(std::cout, result, request, options);
  }
  return kOk;
}

// Library errors about the user's words become usage errors (exit 2).
template <typename Run>
SearchResult as_usage_errors(Run run) {
  try {
    return run();
  } catch (const UnknownValueError& e) {
    throw UsageError(e.what());
  } catch (const Xapian::QueryParserError& e) {
    throw UsageError("cannot understand the query: " + e.get_msg());
  }
}

}  // namespace

// The flags as named parameters, read by the same code as the HTTP API's query string
// (query/request_params.h), so both mean the same; its errors name the flag.
RequestParams params_from(const po::variables_map& vm) {
  RequestParams params;
  for (const char* name : {"limit", "offset", "sort", "group-by", "from", "to", "match"})
    if (vm.count(name)) params.emplace_back(name, vm[name].as<std::string>());
  for (const char* flag : {"per-report", "include-boilerplate", "exact"})
    if (vm.count(flag)) params.emplace_back(flag, "");
  std::vector<std::string> multi = filter_fields();
  multi.push_back("neighbours-of");
  for (const auto& field : multi)
    if (vm.count(field))
      for (const auto& value : vm[field].as<std::vector<std::string>>())
        params.emplace_back(field, value);
  return params;
}

SearchRequest request_from(const po::variables_map& vm) {
  RequestParams params = params_from(vm);
  SearchRequest request;
  try {
    request = request_from_params(params, true, kMaxPaging);
  } catch (const RequestParamError& e) {
    throw UsageError(std::string("--") + e.what());
  }
  request.facets =
      vm.count("facets") > 0 || (vm.count("format") && vm["format"].as<std::string>() == "json");
  return request;
}

void add_filter_options(po::options_description& options) {
  options.add_options()("include-boilerplate",
                        "also search letterheads, sign-offs, contents pages")(
      "from", po::value<std::string>(), "report date on or after (YYYY-MM-DD)")(
      "to", po::value<std::string>(), "report date on or before (YYYY-MM-DD)")(
      "neighbours-of", po::value<std::vector<std::string>>()->composing(),
      "the authority's ten statistical neighbours (not the authority itself)");
  for (const auto& field : filter_fields()) {
    options.add_options()(field.c_str(), po::value<std::vector<std::string>>()->composing(),
                          "filter (repeatable: OR within a field, AND across fields)");
  }
}

int run_search(const Args& args) {
  po::options_description options("ofsearch search [options] QUERY");
  add_result_options(options);
  options.add_options()("exact", "no synonym or acronym expansion; phrases as written")(
      "match", po::value<std::string>()->default_value("all"),
      "all or most: most also finds paragraphs lacking one of several plain words")(
      "query", po::value<std::vector<std::string>>(), "query words");
  po::positional_options_description positional;
  positional.add("query", -1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  SearchRequest request = request_from(vm);
  if (vm.count("query")) request.query = join(vm["query"].as<std::vector<std::string>>(), " ");
  Searcher searcher(index_dir(vm));
  return print(as_usage_errors([&] { return searcher.search(request); }), request, vm);
}

int run_similar(const Args& args) {
  po::options_description options("ofsearch similar [options] PARAGRAPH_ID");
  add_result_options(options);
  options.add_options()("id", po::value<std::string>(), "paragraph id, e.g. REPORT_ID/12");
  po::positional_options_description positional;
  positional.add("id", 1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  if (!vm.count("id")) throw UsageError("similar: give a paragraph id (shown as [REPORT_ID/N])");
  SearchRequest request = request_from(vm);
  Searcher searcher(index_dir(vm));
  return print(
      as_usage_errors([&] { return searcher.similar(vm["id"].as<std::string>(), request); }),
      request, vm);
}

}  // namespace ofsearch::cli
