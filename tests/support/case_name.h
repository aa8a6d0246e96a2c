// Test support: readable names for the rows of a parameterised test, so ctest and
// gtest print "Forms/ParseDateTest.Reads/23_February_2022_0" rather than a byte dump
// of the row. Pass it (through a lambda picking a row's text) as the name generator
// of INSTANTIATE_TEST_SUITE_P.
#pragma once

#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

namespace ofsearch::testing {

// Letters and digits of `text` with every other run of characters as one '_', cut to
// 40 characters, then "_<index>" so two rows with the same words stay apart.
inline std::string case_name(std::string_view text, std::size_t index) {
  constexpr std::size_t kMaxChars = 40;
  std::string name;
  for (char c : text) {
    if (name.size() >= kMaxChars) break;
    if (std::isalnum(static_cast<unsigned char>(c))) {
      name += c;
    } else if (!name.empty() && name.back() != '_') {
      name += '_';
    }
  }
  while (!name.empty() && name.back() == '_') name.pop_back();
  return (name.empty() ? "case" : name) + "_" + std::to_string(index);
}

}  // namespace ofsearch::testing
