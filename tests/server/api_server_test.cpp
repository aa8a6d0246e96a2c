// The HTTP API against a server on a loopback port over the bundled index: every
// endpoint, every error status, and /api/search equal to `ofsearch search --format
// json` (the binary, run as a user would) on the same queries.
#include "server/api_server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <sstream>
#include <thread>

#include "cli/cli_harness.h"
#include "support/bundled_index.h"

namespace ofsearch {
namespace {

using testing::bundled_index;

class ApiServerTest : public ::testing::Test {
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
  static httplib::Result get(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    client.set_url_encode(false);  // send the query string as a browser writes it
    return client.Get(path.c_str());
  }
  static nlohmann::json get_json(const std::string& path, int status = 200) {
    auto res = get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return nullptr;
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos);
    return nlohmann::json::parse(res->body);
  }
  static ApiServer* server_;
  static std::thread* thread_;
  static int port_;
};
ApiServer* ApiServerTest::server_ = nullptr;
std::thread* ApiServerTest::thread_ = nullptr;
int ApiServerTest::port_ = 0;

TEST_F(ApiServerTest, HealthCountsTheIndex) {
  auto body = get_json("/api/health");
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["reports"], 5);
  EXPECT_GT(body["paragraphs"].get<int>(), 300);
}

struct SameAsCli {
  const char* api;  // query string of /api/search
  const char* cli;  // the same search as CLI arguments (shell-quoted)
};

class ApiEqualsCli : public ApiServerTest, public ::testing::WithParamInterface<SameAsCli> {};

TEST_P(ApiEqualsCli, SearchAnswersAsTheCliDoes) {
  auto api = get_json(std::string("/api/search?") + GetParam().api);
  auto cli = testing::run_ofsearch("search --format json --index " +
                                   testing::sh_quote(bundled_index()) + " " + GetParam().cli);
  ASSERT_EQ(cli.status, 0) << cli.err;
  auto expected = nlohmann::json::parse(cli.out);
  EXPECT_EQ(api, expected);
  EXPECT_GT(api["total"].get<int>(), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Queries, ApiEqualsCli,
    ::testing::Values(
        SameAsCli{"q=%22missing+from+care%22", "'\"missing from care\"'"},
        SameAsCli{"q=exploitation&grade=good&per_report=1",
                  "exploitation --grade good --per-report"},
        SameAsCli{"q=assessments&group_by=authority", "assessments --group-by authority"},
        SameAsCli{"q=care&authority=Rutland&authority=Rotherham&limit=3&offset=2",
                  "care --authority Rutland --authority Rotherham --limit 3 --offset 2"},
        SameAsCli{"q=LADO&exact=1", "LADO --exact"},
        SameAsCli{"q=children%27s+services%2Bcare", "\"children's services+care\""},
        SameAsCli{"q=care&sort=-date&year=2019", "care --sort=-date --year 2019"},
        SameAsCli{"type=focused-visit&from=2019-01-01", "--type focused-visit --from 2019-01-01"}),
    [](const ::testing::TestParamInfo<SameAsCli>& info) {
      return "query_" + std::to_string(info.index);
    });

TEST_F(ApiServerTest, CsvHasTheHeaderAndOneRowPerHit) {
  auto res = get("/api/search.csv?q=LADO&limit=50");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/csv"), std::string::npos);
  auto total = get_json("/api/search?q=LADO")["total"].get<int>();
  std::istringstream in(res->body);
  std::string header;
  std::getline(in, header);
  EXPECT_EQ(header.rfind("id,report_id,paragraph,", 0), 0u) << header;
  int rows = 0;
  for (std::string line; std::getline(in, line);)
    if (line.find("/") != std::string::npos && std::isdigit(static_cast<unsigned char>(line[0])))
      ++rows;
  EXPECT_EQ(rows, total);
}

TEST_F(ApiServerTest, FacetsCountEveryParagraphWithoutAQuery) {
  auto all = get_json("/api/facets");
  auto health = get_json("/api/health");
  int in_types = 0;
  for (const auto& [type, n] : all["facets"]["type"].items()) in_types += n.get<int>();
  EXPECT_EQ(all["total"].get<int>(), in_types);
  EXPECT_LE(all["total"].get<int>(), health["paragraphs"].get<int>());  // boilerplate excluded
  EXPECT_EQ(all["facets"]["authority"].size(), 2u);
  auto narrowed = get_json("/api/facets?authority=Rotherham");
  EXPECT_LT(narrowed["total"].get<int>(), all["total"].get<int>());
}

TEST_F(ApiServerTest, ReportsAndAReportWithItsParagraphs) {
  auto reports = get_json("/api/reports");
  ASSERT_EQ(reports.size(), 5u);
  std::string id = reports[0]["report_id"];
  auto one = get_json("/api/reports/" + id);
  EXPECT_EQ(one["report"]["report_id"], id);
  EXPECT_EQ(one["paragraphs"].size(), reports[0]["paragraphs"].get<std::size_t>());
}

TEST_F(ApiServerTest, SimilarFindsParagraphsInOtherReports) {
  auto body = get_json("/api/paragraphs/000_ca7f3efedd020b83/22/similar?limit=5");
  ASSERT_FALSE(body["hits"].empty());
  for (const auto& hit : body["hits"]) EXPECT_NE(hit["report_id"], "000_ca7f3efedd020b83");
}

struct ErrorCase {
  const char* path;
  int status;
  const char* names;  // the error message must contain this
};

class ApiErrors : public ApiServerTest, public ::testing::WithParamInterface<ErrorCase> {};

TEST_P(ApiErrors, AnswerJsonWithAStatusThatFits) {
  auto body = get_json(GetParam().path, GetParam().status);
  ASSERT_TRUE(body.contains("error")) << body;
  EXPECT_NE(body["error"].get<std::string>().find(GetParam().names), std::string::npos) << body;
}

INSTANTIATE_TEST_SUITE_P(
    Statuses, ApiErrors,
    ::testing::Values(ErrorCase{"/api/search?q=care&limit=-3", 400, "limit"},
                      ErrorCase{"/api/search?q=care&limit=5000", 400, "limit"},
                      ErrorCase{"/api/search?q=care&sort=sideways", 400, "sort"},
                      ErrorCase{"/api/search?q=care&colour=red", 400, "colour"},
                      ErrorCase{"/api/search?q=care&per_report=maybe", 400, "per-report"},
                      ErrorCase{"/api/search?q=care&authority=Rutlund", 400, "Rutland"},
                      ErrorCase{"/api/search?q=theme%3A", 400, "theme"},
                      ErrorCase{"/api/search", 400, "query"},
                      ErrorCase{"/api/reports/no-such-report", 404, "no-such-report"},
                      ErrorCase{"/api/paragraphs/no_such/3/similar", 404, "no_such/3"},
                      ErrorCase{"/api/nothing-here", 404, "/api/nothing-here"}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) {
      return "case_" + std::to_string(info.index);
    });

TEST_F(ApiServerTest, AQueryOverTheCapIsRefusedWith400) {
  auto body = get_json("/api/search?q=" + std::string(5000, 'a'), 400);
  EXPECT_NE(body["error"].get<std::string>().find("too long"), std::string::npos);
}

TEST_F(ApiServerTest, ABodyOverTheCapIsRefusedWith413) {
  httplib::Client client("127.0.0.1", port_);
  auto res = client.Post("/api/search", std::string(1 << 20, 'x'), "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
}

TEST_F(ApiServerTest, ThePageIsServedFromTheBinaryWithAContentSecurityPolicy) {
  for (const char* path : {"/", "/app.js", "/app.css"}) {
    auto res = get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_FALSE(res->body.empty());
    EXPECT_NE(res->get_header_value("Content-Security-Policy").find("script-src 'self'"),
              std::string::npos);
  }
  EXPECT_NE(get("/")->body.find("<script src=\"/app.js\""), std::string::npos);
}

TEST_F(ApiServerTest, OpenApiDescribesEveryEndpoint) {
  auto doc = get_json("/api/openapi.json");
  EXPECT_EQ(doc["openapi"], "3.0.3");
  for (const char* path : {"/api/search", "/api/search.csv", "/api/facets", "/api/reports",
                           "/api/reports/{id}", "/api/paragraphs/{id}/similar", "/api/health"})
    EXPECT_TRUE(doc["paths"].contains(path)) << path;
}

}  // namespace
}  // namespace ofsearch
