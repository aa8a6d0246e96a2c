// Small string helpers shared by every library above stemming/: join, the one way the
// code base writes "a, b, c". A separator goes between parts only, so no part is
// dropped and none is added: {"a", "", "b"} joined by ", " is "a, , b".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ofsearch {

// The parts with `separator` between each two.
inline std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

}  // namespace ofsearch
