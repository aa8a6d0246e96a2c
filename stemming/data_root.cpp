#include "stemming/data_root.h"

#include <cstdlib>
#include <system_error>

#ifndef OFSEARCH_SOURCE_DIR
#define OFSEARCH_SOURCE_DIR "."
#endif
// The data folder relative to the binary's folder, as `cmake --install` lays them out.
#ifndef OFSEARCH_DATA_FROM_BIN
#define OFSEARCH_DATA_FROM_BIN "../share/ofsearch"
#endif

namespace ofsearch {

// The environment first (tests, scripts, a data folder of one's own); then the data installed
// beside the binary, so an installed or relocated binary (a .deb, `cmake --install --prefix`,
// a copied prefix) needs no source tree; last the source tree, so build/ofsearch keeps working.
std::filesystem::path data_root() {
  if (const char* env = std::getenv("OFSEARCH_DATA"); env && *env) return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = (exe.parent_path() / OFSEARCH_DATA_FROM_BIN).lexically_normal();
    if (std::filesystem::is_regular_file(installed / "corpus" / "authorities.tsv", ec)) {
      return installed;
    }
  }
  return OFSEARCH_SOURCE_DIR;
}

}  // namespace ofsearch
