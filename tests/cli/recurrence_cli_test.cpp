// `ofsearch recurrence` end to end: it says its labels are machine suggestions, prints
// each point with its label in text and JSON, and refuses an unknown or missing authority
// with one line and exit 2, leaving the index as it was.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/cli_harness.h"

namespace ofsearch {
namespace {

using testing::run_ofsearch;
using testing::TempDir;

class RecurrenceCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = run_ofsearch("index --quiet --index " + (dir_ / "index").string() +
                          " " OFSEARCH_SOURCE_DIR "/corpus/reports");
    ASSERT_EQ(r.status, 0) << r.err;
  }
  std::string index() const { return " --index " + (dir_ / "index").string() + " "; }
  TempDir dir_;
};

TEST_F(RecurrenceCliTest, HelpSaysTheLabelsAreMachineSuggestions) {
  auto r = run_ofsearch("recurrence --help");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("MACHINE SUGGESTIONS"), std::string::npos) << r.out;
}

TEST_F(RecurrenceCliTest, JsonListsEveryPointWithALabel) {
  auto r = run_ofsearch("recurrence --format json" + index() + "Rutland");
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["authority"], "Rutland");
  EXPECT_NE(j["note"].get<std::string>().find("machine suggestions"), std::string::npos);
  for (const auto& p : j["points"]) {
    const std::string label = p["label"];
    EXPECT_TRUE(label == "raised again" || label == "discussed later" || label == "not found");
    EXPECT_TRUE(p["matches"].is_array());
  }
  auto text = run_ofsearch("recurrence" + index() + "Rutland");
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_EQ(text.out.rfind("Recurrence for Rutland: ", 0), 0u) << text.out;
}

TEST_F(RecurrenceCliTest, AnUnknownAuthorityIsOneLineNamingTheClosest) {
  auto r = run_ofsearch("recurrence" + index() + "Rutlnd");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err.rfind("ofsearch: unknown authority 'Rutlnd' (closest: Rutland", 0), 0u) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
  auto none = run_ofsearch("recurrence" + index());
  EXPECT_EQ(none.status, 2);
  EXPECT_EQ(none.err, "ofsearch: recurrence: give a local authority\n");
}

}  // namespace
}  // namespace ofsearch
