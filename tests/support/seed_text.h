// Test support: the text of a bundled seed report (corpus/reports/NAME), as read
// from disk; throws if it is missing.
#pragma once

#include <string>

namespace ofsearch::testing {

std::string read_seed(const std::string& name);

}  // namespace ofsearch::testing
