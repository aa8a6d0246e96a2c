#include "cli/cli_common.h"

#include <unistd.h>
#include <iostream>

#include <cstdlib>

#include "index/database_set.h"

namespace ofsearch::cli {

namespace po = boost::program_options;

Format parse_format(const std::string& name, bool csv_allowed) {
  if (name == "text") return Format::kText;
  if (name == "json") return Format::kJson;
  if (name == "csv" && csv_allowed) return Format::kCsv;
  throw UsageError("--format must be text, json" + std::string(csv_allowed ? " or csv" : "") +
                   ", not '" + name + "'");
}

std::filesystem::path writable_index_dir(const po::variables_map& vm) {
  auto index = index_dir(vm);
  if (!is_single_folder(index)) {
    throw UsageError("--index: writing needs one index folder, not a stub file or several --index");
  }
  return index;
}

void add_index_option(po::options_description& options) {
  options.add_options()("index", po::value<std::vector<std::string>>(),
                        "index folder or Xapian stub file; repeat to search several "
                        "(default: $OFSEARCH_INDEX or ~/.local/share/ofsearch/index)");
}

std::filesystem::path index_dir(const po::variables_map& vm) {
  if (vm.count("index")) return join_index_paths(vm["index"].as<std::vector<std::string>>());
  if (const char* env = std::getenv("OFSEARCH_INDEX"); env && *env) return env;
  if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data) {
    return std::filesystem::path(data) / "ofsearch" / "index";
  }
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "ofsearch" /
         "index";
}

po::variables_map parse(const std::vector<std::string>& args,
                        const po::options_description& options,
                        const po::positional_options_description& positional) {
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
  return vm;
}

std::size_t whole_number(const po::variables_map& vm, const std::string& name, std::size_t min,
                         std::size_t max) {
  const std::string text = vm[name].as<std::string>();
  std::size_t value = 0;
  bool ok = !text.empty() && text.size() <= 19;  // fits in 64 bits before the bounds check
  for (char c : text) {
    ok = ok && c >= '0' && c <= '9';
    if (ok) value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  if (!ok || value < min || value > max) {
    throw UsageError("--" + name + " must be a whole number from " + std::to_string(min) + " to " +
                     std::to_string(max) + ", not '" + text + "'");
  }
  return value;
}

bool printed_help(const po::variables_map& vm, const po::options_description& options) {
  if (!vm.count("help")) return false;
  std::cout << options;
  return true;
}

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

}  // namespace ofsearch::cli
