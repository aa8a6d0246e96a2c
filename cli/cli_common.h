// What every CLI command shares: where the index is, output formats, and the
// error type that becomes a one-line message and an exit code at main().
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

namespace ofsearch::cli {

enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2, kBusy = 3 };

// A mistake in how the command was called (bad option, unknown value).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Format { kText, kJson, kCsv };
Format parse_format(const std::string& name, bool csv_allowed);

// --index, else $OFSEARCH_INDEX, else $XDG_DATA_HOME/ofsearch/index
// (~/.local/share/ofsearch/index).
std::filesystem::path index_dir(const boost::program_options::variables_map& vm);
// index_dir(), refused (UsageError naming --index) unless it is one folder: commands
// that write the index cannot write a stub file or several indexes (yet).
std::filesystem::path writable_index_dir(const boost::program_options::variables_map& vm);
void add_index_option(boost::program_options::options_description& options);

// Parses args (after the command name) with the given options and positionals;
// throws UsageError with the parser's message.
boost::program_options::variables_map parse(
    const std::vector<std::string>& args,
    const boost::program_options::options_description& options,
    const boost::program_options::positional_options_description& positional);

// A whole-number option (declared as a string, so "-3" is not wrapped round into a
// huge unsigned value): digits only, from `min` to `max`, else a UsageError naming it.
std::size_t whole_number(const boost::program_options::variables_map& vm, const std::string& name,
                         std::size_t min, std::size_t max);

// With --help: prints the options and returns true (the command then exits 0).
bool printed_help(const boost::program_options::variables_map& vm,
                  const boost::program_options::options_description& options);

// True when stdout is a terminal (colour, bold highlights).
bool stdout_is_terminal();

}  // namespace ofsearch::cli
