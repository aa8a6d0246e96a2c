// build_report: the report's dates are cross-checked on the values that stand after
// overrides (command line, sidecar), not only on what the text printed.
#include "indexer/write/report_builder.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "reference/reference_data.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

// A letter dated before its visit (a typo in a real letter).
const char kTypoLetter[] =
    "21 January 2019\n\nDear Ms Smith\n\nFocused visit to Rutland children's services\n\nThis "
    "letter summarises the findings of the focused visit to Rutland children's services on 18 "
    "and 19 December 2019.\n";

Report build(const Overrides& overrides) {
  SourceText source{clean_text(kTypoLetter), "text", "hash"};
  return build_report(source, "letter", overrides, reference_data());
}

std::optional<std::string> value(const char* s) {
  return s ? std::optional<std::string>(s) : std::nullopt;
}

struct OverrideCase {
  const char* name;
  const char* date;  // overrides; nullptr: not overridden
  const char* inspection_start;
  const char* inspection_end;
  const char* warning;  // a warning must contain this; nullptr: none at all
};

class OverriddenDatesTest : public ::testing::TestWithParam<OverrideCase> {};

TEST_P(OverriddenDatesTest, AreCheckedAgain) {
  const OverrideCase& c = GetParam();
  Overrides overrides;
  overrides.date = value(c.date);
  overrides.inspection_start = value(c.inspection_start);
  overrides.inspection_end = value(c.inspection_end);
  Report report = build(overrides);
  std::string all;
  for (const auto& w : report.warnings) all += w + "\n";
  if (!c.warning) {
    EXPECT_TRUE(report.warnings.empty()) << all;
  } else {
    EXPECT_NE(all.find(c.warning), std::string::npos) << all;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Overrides, OverriddenDatesTest,
    ::testing::Values(OverrideCase{"AsPrinted", nullptr, nullptr, nullptr,
                                   "dated 2019-01-21, before the visit it reports"},
                      OverrideCase{"DateCorrected", "21 January 2020", nullptr, nullptr, nullptr},
                      OverrideCase{
                          "InspectionEndBeforeStart", "21 January 2020", "2019-12-18", "2019-12-01",
                          "the inspection ends (2019-12-01) before it starts (2019-12-18)"}),
    [](const ::testing::TestParamInfo<OverrideCase>& info) {
      return std::string(info.param.name);
    });

}  // namespace
}  // namespace ofsearch
