// The subcommands of the ofsearch CLI. Each takes the arguments after its name,
// prints to stdout, and returns an exit code; errors are thrown to main().
#pragma once

#include <string>
#include <vector>

namespace ofsearch::cli {

using Args = std::vector<std::string>;

int run_index(const Args& args);
int run_remove(const Args& args);
int run_reports(const Args& args);
int run_show(const Args& args);
int run_search(const Args& args);
int run_similar(const Args& args);
int run_serve(const Args& args);
int run_trend(const Args& args);
int run_compare(const Args& args);
int run_recurrence(const Args& args);
// Saved searches (cli/watch_command.cpp).
int run_watch(const Args& args);

}  // namespace ofsearch::cli
