// `ofsearch search QUERY` and `ofsearch similar ID`.
#include "cli/cli_common.h"
#include "cli/commands.h"

namespace ofsearch::cli {

int run_search(const Args&) { throw std::runtime_error("search: not built yet"); }
int run_similar(const Args&) { throw std::runtime_error("similar: not built yet"); }

}  // namespace ofsearch::cli
