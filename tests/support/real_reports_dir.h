// Test support: where the real Ofsted reports are, the one place the path is spelled.
// They sit beside the repository in ../shared/corpus/real (ilacs/, focused-visits/ and
// the published judgement tables) and are absent on most machines, so every test that
// reads them skips without them and says where it looked:
//   OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();  // GTEST_SKIP() << real_reports_missing()
// A gtest skip shows in ctest's summary as "Skipped", with the reason in the test's output.
// The macro needs <gtest/gtest.h>; the functions do not (section_grades uses them).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <system_error>

namespace ofsearch::testing {

// Where the real reports are looked for: ../shared/corpus/real from the source tree.
inline std::filesystem::path real_reports_path() {
  return std::filesystem::path(OFSEARCH_SOURCE_DIR) / ".." / "shared" / "corpus" / "real";
}

// The folder (canonical) when it holds the reports' judgement table, else nullopt.
inline std::optional<std::filesystem::path> real_reports_dir() {
  std::error_code ec;
  std::filesystem::path dir = real_reports_path();
  if (!std::filesystem::is_regular_file(dir / "ilacs-judgements.csv", ec)) return std::nullopt;
  auto canonical = std::filesystem::canonical(dir, ec);
  if (ec) return std::nullopt;
  return canonical;
}

// The reason a test gives when it skips for want of the real reports.
inline std::string real_reports_missing() {
  return "no real reports at " + real_reports_path().lexically_normal().string() +
         " (the shared corpus of real Ofsted PDFs is not on this machine)";
}

}  // namespace ofsearch::testing

#define OFSEARCH_SKIP_WITHOUT_REAL_REPORTS()    \
  if (!::ofsearch::testing::real_reports_dir()) \
  GTEST_SKIP() << ::ofsearch::testing::real_reports_missing()
