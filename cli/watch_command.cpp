// `ofsearch watch add|list|remove|run` (issue 14 item 4): saved searches kept in the
// index (index/saved_searches.h) that `ofsearch index` runs against every report it
// adds or changes (cli/index_command.cpp), and that `watch run` and the server's Atom
// feed run on demand (query/watch_matcher.h).
#include <ctime>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/search_options.h"
#include "index/report_catalog.h"
#include "index/saved_searches.h"
#include "query/field_filters.h"
#include "query/result_format.h"
#include "query/searcher.h"
#include "query/watch_matcher.h"
#include "reference/date_extractor.h"
#include "schema/paragraph_record.h"
#include "stemming/strings.h"

namespace ofsearch::cli {
namespace po = boost::program_options;
namespace {

constexpr char kWatchUsage[] =
    "usage: ofsearch watch add NAME [filters] QUERY   save a search that watches new reports\n"
    "       ofsearch watch list                       the saved searches\n"
    "       ofsearch watch remove NAME                delete one\n"
    "       ofsearch watch run NAME [--since DATE]    its paragraphs, newest report first\n"
    "every form takes --index and --format text|json; 'ofsearch watch add --help' for flags\n";

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return out;
}

// "--authority Rotherham --from 2019-01-01": the stored parameters as flags.
std::string flags_text(const SavedSearch& s) {
  std::string out;
  for (const auto& [k, v] : s.params) out += " --" + k + (v.empty() ? "" : " '" + v + "'");
  return out;
}

// Library errors about the user's words become usage errors (exit 2), one line each.
template <typename Run>
auto as_usage(Run run) -> decltype(run()) {
  try {
    return run();
  } catch (const SavedSearchError& e) {
    throw UsageError(std::string("watch: ") + e.what());
  } catch (const RequestParamError& e) {
    throw UsageError(std::string("watch: --") + e.what());
  } catch (const UnknownValueError& e) {
    throw UsageError(std::string("watch: ") + e.what());
  } catch (const Xapian::QueryParserError& e) {
    throw UsageError("watch: cannot understand the query: " + e.get_msg());
  }
}

// The index, which must exist: a saved search is never the first thing in a new index.
Xapian::WritableDatabase open_for_writing(const po::variables_map& vm) {
  open_index(writable_index_dir(vm));  // IndexNotFoundError names the folder
  return Xapian::WritableDatabase(index_dir(vm).string(), Xapian::DB_OPEN);
}

po::options_description common_options(const std::string& usage) {
  po::options_description options(usage);
  add_index_option(options);
  options.add_options()("help,h", "this help")(
      "format", po::value<std::string>()->default_value("text"), "text or json");
  return options;
}

int watch_add(const Args& args) {
  auto options = common_options("ofsearch watch add [options] NAME QUERY");
  options.add_options()("exact", "no synonym or acronym expansion; phrases as written")(
      "match", po::value<std::string>(), "all or most (as search)")(
      "name", po::value<std::string>(), "the saved search's name: letters, digits, - and _")(
      "query", po::value<std::vector<std::string>>(), "query words");
  add_filter_options(options);
  po::positional_options_description positional;
  positional.add("name", 1).add("query", -1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  Format format = parse_format(vm["format"].as<std::string>(), false);
  if (!vm.count("name")) throw UsageError("watch add: give a name and a query");
  SavedSearch search;
  search.name = vm["name"].as<std::string>();
  as_usage([&] { check_saved_search_name(search.name); });
  if (vm.count("query")) search.query = join(vm["query"].as<std::vector<std::string>>(), " ");
  search.params = params_from(vm);
  search.created = now_utc();
  request_from(vm);  // a bad flag value is refused as `search` refuses it
  Xapian::WritableDatabase db = open_for_writing(vm);
  as_usage([&] {
    check_watch(db, search);
    add_saved_search(db, search);
  });
  if (format == Format::kJson) {
    std::cout << json_text(search.to_json(), 2) << "\n";
  } else {
    std::cout << "saved search '" << search.name << "': " << search.query << flags_text(search)
              << "\n";
  }
  return kOk;
}

int watch_list(const Args& args) {
  auto options = common_options("ofsearch watch list [options]");
  po::positional_options_description none;
  auto vm = parse(args, options, none);
  if (printed_help(vm, options)) return kOk;
  Format format = parse_format(vm["format"].as<std::string>(), false);
  auto searches = saved_searches(open_index(index_dir(vm)));
  if (format == Format::kJson) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : searches) out.push_back(s.to_json());
    std::cout << json_text(out, 2) << "\n";
    return kOk;
  }
  if (searches.empty()) std::cout << "no saved searches (add one with 'ofsearch watch add')\n";
  for (const auto& s : searches)
    std::cout << s.name << "\t" << s.query << flags_text(s) << "\t(saved " << s.created << ")\n";
  return kOk;
}

int watch_remove(const Args& args) {
  auto options = common_options("ofsearch watch remove [options] NAME");
  options.add_options()("name", po::value<std::string>(), "the saved search");
  po::positional_options_description positional;
  positional.add("name", 1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  Format format = parse_format(vm["format"].as<std::string>(), false);
  if (!vm.count("name")) throw UsageError("watch remove: give the saved search's name");
  std::string name = vm["name"].as<std::string>();
  as_usage([&] { check_saved_search_name(name); });
  Xapian::WritableDatabase db = open_for_writing(vm);
  as_usage([&] { remove_saved_search(db, name); });
  if (format == Format::kJson) {
    std::cout << json_text({{"removed", name}}, 2) << "\n";
  } else {
    std::cout << "removed saved search '" << name << "'\n";
  }
  return kOk;
}

int watch_run(const Args& args) {
  auto options = common_options("ofsearch watch run [options] NAME");
  options.add_options()("since", po::value<std::string>(),
                        "only reports whose report date is after DATE (YYYY-MM-DD)")(
      "limit", po::value<std::string>()->default_value("20"), "paragraphs to show")(
      "full", "print whole paragraphs, not snippets")("name", po::value<std::string>(),
                                                      "the saved search");
  po::positional_options_description positional;
  positional.add("name", 1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  Format format = parse_format(vm["format"].as<std::string>(), false);
  if (!vm.count("name")) throw UsageError("watch run: give the saved search's name");
  std::string name = vm["name"].as<std::string>();
  as_usage([&] { check_saved_search_name(name); });
  std::string since;
  if (vm.count("since")) {
    auto iso = parse_date(vm["since"].as<std::string>());
    if (!iso)
      throw UsageError("--since: '" + vm["since"].as<std::string>() +
                       "' is not a date (YYYY-MM-DD)");
    since = *iso;
  }
  std::size_t limit = whole_number(vm, "limit", 0, 1'000'000);
  Searcher searcher(index_dir(vm));
  SavedSearch search = as_usage([&] { return saved_search(searcher.database(), name); });
  SearchRequest request = as_usage([&] { return watch_since_request(search, since); });
  request.limit = limit;
  request.facets = format == Format::kJson;
  SearchResult result = as_usage([&] { return searcher.search(request); });
  if (format == Format::kJson) {
    nlohmann::json j = result_json(result, request);
    j["watch"] = search.to_json();
    j["since"] = since.empty() ? nlohmann::json(nullptr) : nlohmann::json(since);
    std::cout << json_text(j, 2) << "\n";
  } else {
    std::cout << "saved search '" << name << "': " << search.query << flags_text(search)
              << (since.empty() ? "" : "; reports dated after " + since) << "\n";
    FormatOptions options{stdout_is_terminal(), false, vm.count("full") > 0};
    write_text(std::cout, result, request, options);
  }
  return kOk;
}

}  // namespace

int run_watch(const Args& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << kWatchUsage;
    return args.empty() ? kUsage : kOk;
  }
  Args rest(args.begin() + 1, args.end());
  if (args[0] == "add") return watch_add(rest);
  if (args[0] == "list") return watch_list(rest);
  if (args[0] == "remove") return watch_remove(rest);
  if (args[0] == "run") return watch_run(rest);
  if (args[0].rfind("-", 0) == 0)
    throw UsageError("watch: give the action first: add, list, remove or run");
  throw UsageError("watch: unknown action '" + args[0] + "' (add, list, remove or run)");
}

}  // namespace ofsearch::cli
