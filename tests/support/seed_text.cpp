#include "support/seed_text.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ofsearch::testing {

std::string read_seed(const std::string& name) {
  std::ifstream in(std::string(OFSEARCH_SOURCE_DIR "/corpus/reports/") + name, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read seed " + name);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace ofsearch::testing
