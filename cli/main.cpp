// ofsearch: the command line. Dispatches to a subcommand and turns every error
// into one line on stderr and an exit code (1 failed, 2 usage, 3 index busy).
#include <iostream>
#include <map>

#include <xapian.h>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "index/index_writer.h"

namespace {

using ofsearch::cli::Args;

const char kUsage[] =
    "usage: ofsearch COMMAND [options]\n"
    "commands:\n"
    "  index PATH...      add reports (PDF, HTML, text, markdown; folders recursively)\n"
    "  search QUERY       search paragraphs (phrases, AND/OR/NOT, NEAR, fields, facets)\n"
    "  similar ID         paragraphs in other reports that say something similar\n"
    "  trend QUERY        how often it is written, per year (region, type, grade, authority)\n"
    "  compare QUERY --authority NAME   its rate beside its ten statistical neighbours\n"
    "  recurrence NAME    did what Ofsted asked an authority to improve come back?\n"
    "  watch ACTION       saved searches: add, list, remove, run (new reports matching)\n"
    "  reports            list indexed reports\n"
    "  show REPORT_ID     a report's paragraphs in order\n"
    "  remove REPORT_ID   delete a report from the index\n"
    "  serve              the search page and JSON API at http://127.0.0.1:8080/\n"
    "run 'ofsearch COMMAND --help' for a command's options\n";

int dispatch(const std::string& command, const Args& args) {
  static const std::map<std::string, int (*)(const Args&)> kCommands = {
      {"index", ofsearch::cli::run_index},
      {"search", ofsearch::cli::run_search},
      {"similar", ofsearch::cli::run_similar},
      {"reports", ofsearch::cli::run_reports},
      {"show", ofsearch::cli::run_show},
      {"remove", ofsearch::cli::run_remove},
      {"serve", ofsearch::cli::run_serve},
      {"trend", ofsearch::cli::run_trend},
      {"recurrence", ofsearch::cli::run_recurrence},
      {"compare", ofsearch::cli::run_compare},
      {"watch", ofsearch::cli::run_watch},
  };
  auto it = kCommands.find(command);
  if (it == kCommands.end()) throw ofsearch::cli::UsageError("unknown command '" + command + "'");
  return it->second(args);
}

}  // namespace

int main(int argc, char** argv) {
  namespace cli = ofsearch::cli;
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    std::cout << kUsage;
    return argc < 2 ? cli::kUsage : cli::kOk;
  }
  try {
    return dispatch(argv[1], Args(argv + 2, argv + argc));
  } catch (const cli::UsageError& e) {
    std::cerr << "ofsearch: " << e.what() << "\n";
    return cli::kUsage;
  } catch (const ofsearch::IndexBusyError& e) {
    std::cerr << "ofsearch: index busy: " << e.what() << "\n";
    return cli::kBusy;
  } catch (const Xapian::DatabaseLockError& e) {
    std::cerr << "ofsearch: index busy: the index is being updated by another process\n";
    return cli::kBusy;
  } catch (const Xapian::QueryParserError& e) {
    std::cerr << "ofsearch: cannot understand the query: " << e.get_msg() << "\n";
    return cli::kUsage;
  } catch (const Xapian::Error& e) {
    std::cerr << "ofsearch: index error: " << e.get_description() << "\n";
    return cli::kFailed;
  } catch (const std::exception& e) {
    std::cerr << "ofsearch: " << e.what() << "\n";
    return cli::kFailed;
  }
}
