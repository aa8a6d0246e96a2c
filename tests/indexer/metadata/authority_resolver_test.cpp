#include "indexer/metadata/authority_resolver.h"

#include <gtest/gtest.h>

#include <string>

#include "reference/reference_data.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

struct ResolveCase {
  const char* label;
  AuthorityEvidence evidence;
  const char* authority;  // canonical name; nullptr: none
};

class ResolveAuthorityTest : public ::testing::TestWithParam<ResolveCase> {};

TEST_P(ResolveAuthorityTest, PicksTheAuthorityTheReportIsAbout) {
  const Authority* a = resolve_authority(reference_data().authorities, GetParam().evidence);
  if (!GetParam().authority) {
    EXPECT_EQ(a, nullptr) << a->name;
    return;
  }
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, GetParam().authority);
}

// Text as the reports print it; the body names other authorities more often than the
// one the report is about, so only the evidence order decides.
const char* const kBody =
    "Leeds City Council and Leeds partners were consulted. Leeds. Children placed in Leeds "
    "and in Bradford were seen.";

INSTANTIATE_TEST_SUITE_P(
    Evidence, ResolveAuthorityTest,
    ::testing::Values(
        ResolveCase{
            "title first",
            {"Focused visit to Rotherham children's services", "", "Leeds City Council", "", kBody},
            "Rotherham"},
        ResolveCase{"subject when the title names none",
                    {"Focused visit to local authority children's services",
                     "This letter summarises the findings of the focused visit to Rutland County "
                     "Council children's services",
                     "", "", kBody},
                    "Rutland"},
        ResolveCase{"addressee block after title and subject",
                    {"Focused visit", "",
                     "Jane Smith\nDirector of Children's Services\nWakefield "
                     "Council\nCounty Hall",
                     "", kBody},
                    "Wakefield"},
        ResolveCase{"council web domain in the opening",
                    {"Monitoring visit", "", "", "Email: dgodfrey@rutland.gov.uk", kBody},
                    "Rutland"},
        ResolveCase{
            "an unknown domain is passed over", {"", "", "", "www.example.gov.uk", kBody}, "Leeds"},
        ResolveCase{"most mentioned in the text", {"", "", "", "", kBody}, "Leeds"},
        ResolveCase{"other bodies never count",
                    {"Report from Leicestershire Police", "", "", "",
                     "Leicestershire Police and Leicestershire Police again. Rutland."},
                    "Rutland"},
        ResolveCase{"a tie goes to the first mentioned",
                    {"", "", "", "", "Sheffield, then Rotherham; Rotherham, then Sheffield."},
                    "Sheffield"},
        ResolveCase{"no authority anywhere",
                    {"Annual report", "", "", "", "Inspectors met children and carers."},
                    nullptr}),
    [](const auto& info) { return testing::case_name(info.param.label, info.index); });

}  // namespace
}  // namespace ofsearch
