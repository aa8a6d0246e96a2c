// `ofsearch serve` as a user starts and stops it: one-line errors for bad options,
// the URL printed on start, a clean exit on SIGTERM.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "cli/cli_harness.h"
#include "support/bundled_index.h"

namespace ofsearch::testing {
namespace {

struct ServeError {
  const char* args;
  const char* message;  // the one line must contain this
};

class ServeErrors : public ::testing::TestWithParam<ServeError> {};

TEST_P(ServeErrors, AreOneLineWithExitTwo) {
  auto r = run_ofsearch(std::string("serve ") + GetParam().args);
  EXPECT_EQ(r.status, 2) << r.err;
  ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_NE(r.err.find(GetParam().message), std::string::npos) << r.err;
}

INSTANTIATE_TEST_SUITE_P(Options, ServeErrors,
                         ::testing::Values(ServeError{"--port 70000", "--port"},
                                           ServeError{"--port -1", "--port"},
                                           ServeError{"--threads 0", "--threads"},
                                           ServeError{"--allow-upload", "--token"},
                                           ServeError{"--token /dev/null", "--allow-upload"}),
                         [](const ::testing::TestParamInfo<ServeError>& info) {
                           return "case_" + std::to_string(info.index);
                         });

TEST(ServeCli, AMissingIndexIsAOneLineError) {
  TempDir dir;
  auto r = run_ofsearch("serve --port 0 --index " + sh_quote(dir.path() / "none"));
  EXPECT_NE(r.status, 0);
  ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_NE(r.err.find("none"), std::string::npos) << r.err;
}

TEST(ServeCli, PrintsItsLoopbackUrlAndStopsCleanlyOnSigterm) {
  Background serve(ofsearch_command() + " serve --port 0 --index " + sh_quote(bundled_index()));
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (serve.out().find("http://127.0.0.1:") == std::string::npos &&
         std::chrono::steady_clock::now() < deadline && serve.running())
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_NE(serve.out().find("http://127.0.0.1:"), std::string::npos)
      << "stdout: " << serve.out() << "\nstderr: " << serve.err();
  ::kill(serve.pid(), SIGTERM);
  EXPECT_EQ(serve.wait(30), 0) << serve.err();
  EXPECT_NE(serve.out().find("stopped"), std::string::npos) << serve.out();
}

}  // namespace
}  // namespace ofsearch::testing
