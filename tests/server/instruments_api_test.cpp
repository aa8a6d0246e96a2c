// GET /api/trend, /api/compare and /api/recurrence over the bundled index on a loopback
// port: the same JSON as `ofsearch trend|compare|recurrence --format json` (the binary, run as a
// user would), 400 JSON errors naming the parameter, and both documented in the OpenAPI file.
#include <gtest/gtest.h>
#include <httplib.h>

#include <thread>

#include "cli/cli_harness.h"
#include "server/api_server.h"
#include "support/bundled_index.h"

namespace ofsearch {
namespace {

using testing::bundled_index;

class InstrumentsApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ApiServer(bundled_index(), 2);
    port_ = server_->bind("127.0.0.1", 0);
    thread_ = new std::thread([] { server_->listen(); });
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
  }
  static nlohmann::json get_json(const std::string& path, int status = 200) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    client.set_url_encode(false);
    auto res = client.Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return nullptr;
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos);
    return nlohmann::json::parse(res->body);
  }
  static nlohmann::json cli_json(const std::string& args) {
    auto r = testing::run_ofsearch(args + " --format json --index " +
                                   testing::sh_quote(bundled_index()));
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json();
  }
  static ApiServer* server_;
  static std::thread* thread_;
  static int port_;
};
ApiServer* InstrumentsApiTest::server_ = nullptr;
std::thread* InstrumentsApiTest::thread_ = nullptr;
int InstrumentsApiTest::port_ = 0;

struct SameAsCli {
  const char* api;  // path and query string
  const char* cli;  // the same as CLI arguments (shell-quoted)
};

class InstrumentEqualsCli : public InstrumentsApiTest,
                            public ::testing::WithParamInterface<SameAsCli> {};

TEST_P(InstrumentEqualsCli, AnswersAsTheCliDoes) {
  auto api = get_json(GetParam().api);
  auto cli = cli_json(GetParam().cli);
  EXPECT_EQ(api, cli);
  EXPECT_FALSE(api["rows"].empty());
}

INSTANTIATE_TEST_SUITE_P(
    Queries, InstrumentEqualsCli,
    ::testing::Values(SameAsCli{"/api/trend?q=children", "trend children"},
                      SameAsCli{"/api/trend?q=%22missing+from+care%22&by=region",
                                "trend '\"missing from care\"' --by region"},
                      SameAsCli{"/api/trend?q=care&by=authority&type=focused-visit",
                                "trend care --by authority --type focused-visit"},
                      SameAsCli{"/api/compare?q=children&authority=rutland",
                                "compare children --authority rutland"},
                      SameAsCli{"/api/compare?q=care&authority=Rutland&from=2015-01-01&exact=1",
                                "compare care --authority Rutland --from 2015-01-01 --exact"}),
    [](const ::testing::TestParamInfo<SameAsCli>& info) {
      return "query_" + std::to_string(info.index);
    });

struct ErrorCase {
  const char* path;
  const char* names;  // the error message must contain this
};

class InstrumentErrors : public InstrumentsApiTest,
                         public ::testing::WithParamInterface<ErrorCase> {};

TEST_P(InstrumentErrors, Answer400WithJsonNamingTheMistake) {
  auto body = get_json(GetParam().path, 400);
  ASSERT_TRUE(body.contains("error")) << body;
  EXPECT_NE(body["error"].get<std::string>().find(GetParam().names), std::string::npos) << body;
}

INSTANTIATE_TEST_SUITE_P(
    Statuses, InstrumentErrors,
    ::testing::Values(
        ErrorCase{"/api/trend?q=care&by=colour", "by must be"},
        ErrorCase{"/api/trend?by=year", "give a query"},
        ErrorCase{"/api/trend?q=care&colour=red", "colour"},
        ErrorCase{"/api/trend?q=care&year=twenty", "year"},
        ErrorCase{"/api/compare?q=care", "authority"},
        ErrorCase{"/api/compare?q=care&authority=Rotherhm", "closest: Rotherham"},
        ErrorCase{"/api/compare?q=care&authority=Cumbria", "no statistical neighbours"},
        ErrorCase{"/api/compare?authority=Rutland", "needs a query"},
        ErrorCase{"/api/compare?q=care&authority=Rutland&authority=Rotherham", "one authority"},
        ErrorCase{"/api/compare?q=care&authority=Rutland&neighbours_of=Rutland", "neighbours"}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) {
      return "case_" + std::to_string(info.index);
    });

TEST_F(InstrumentsApiTest, RecurrenceAnswersAsTheCliDoesAndRefusesAnUnknownAuthority) {
  auto api = get_json("/api/recurrence?authority=Rutland&matches=2");
  EXPECT_EQ(api, cli_json("recurrence Rutland --matches 2"));
  EXPECT_EQ(api["authority"], "Rutland");
  auto unknown = get_json("/api/recurrence?authority=Rutlnd", 400);
  EXPECT_NE(unknown["error"].get<std::string>().find("closest: Rutland"), std::string::npos);
  auto none = get_json("/api/recurrence", 400);
  EXPECT_NE(none["error"].get<std::string>().find("authority"), std::string::npos);
  get_json("/api/recurrence?authority=Rutland&matches=99", 400);
  auto doc = get_json("/api/openapi.json");
  EXPECT_TRUE(doc["paths"].contains("/api/recurrence"));
}

TEST_F(InstrumentsApiTest, OpenApiDescribesTrendAndCompare) {
  auto doc = get_json("/api/openapi.json");
  for (const char* path : {"/api/trend", "/api/compare"}) {
    ASSERT_TRUE(doc["paths"].contains(path)) << path;
    std::vector<std::string> names;
    for (const auto& p : doc["paths"][path]["get"]["parameters"]) names.push_back(p["name"]);
    EXPECT_NE(std::find(names.begin(), names.end(), "q"), names.end()) << path;
    EXPECT_EQ(std::count(names.begin(), names.end(), "authority"), 1) << path;
    EXPECT_EQ(std::find(names.begin(), names.end(), "limit"), names.end()) << path;
  }
  auto names = doc["paths"]["/api/trend"]["get"]["parameters"][0]["name"];
  EXPECT_EQ(names, "by");
}

}  // namespace
}  // namespace ofsearch
