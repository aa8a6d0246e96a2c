// The HTTP API against a server on a loopback port over the bundled index: every
// endpoint, every error status, and /api/search equal to `ofsearch search --format
// json` (the binary, run as a user would) on the same queries.
#include "server/api_server.h"
#include "server/upload.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <sstream>
#include <thread>

#include <unistd.h>

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
        SameAsCli{"q=delays+in+achieving+permanence&match=most",
                  "delays in achieving permanence --match most"},
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
  // A top list on the paragraph's own words, not a total of every paragraph sharing one.
  EXPECT_FALSE(body.contains("total")) << body;
  EXPECT_EQ(body["top"], body["hits"].size());
  EXPECT_FALSE(body["words"].empty());
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

namespace ofsearch {
namespace {

// A server with uploads on, over a copy of the bundled index (the shared one stays as built).
class UploadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ofsearch-upload-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    std::filesystem::copy(testing::bundled_index(), dir_ / "index",
                          std::filesystem::copy_options::recursive);
    server_ = std::make_unique<ApiServer>(dir_ / "index", 2, std::string(kToken));
    port_ = server_->bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_->listen(); });
  }
  void TearDown() override {
    server_->stop();
    thread_.join();
    std::filesystem::remove_all(dir_);
  }
  httplib::Result post(const std::string& name, const std::string& bytes, const char* token) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(60, 0);
    httplib::Headers headers;
    if (token) headers.emplace("Authorization", std::string("Bearer ") + token);
    httplib::MultipartFormDataItems items = {{"file", bytes, name, "application/octet-stream"}};
    return client.Post("/api/reports", headers, items);
  }
  nlohmann::json get_json(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    client.set_url_encode(false);
    auto res = client.Get(path.c_str());
    return res ? nlohmann::json::parse(res->body) : nlohmann::json();
  }
  static constexpr const char* kToken = "a-test-token-of-32-characters-xx";
  std::filesystem::path dir_;
  std::unique_ptr<ApiServer> server_;
  std::thread thread_;
  int port_ = 0;
};

TEST_F(UploadTest, ALetterIsIndexedInOneTransactionAndSearchableAtOnce) {
  const auto letter = testing::read_file(std::filesystem::path(OFSEARCH_SOURCE_DIR) /
                                         "tests/data/ingest/rotherham_letter.txt");
  const int before = get_json("/api/health")["paragraphs"];
  // A search first, so the server holds a searcher on the revision before the upload.
  const std::string rotherham_letters =
      "/api/search?type=focused-visit&authority=Rotherham&per_report=1&limit=50";
  const auto earlier = get_json(rotherham_letters);
  ASSERT_GT(earlier["total"].get<int>(), 0);
  auto res = post("../../etc/new letter.txt", letter, kToken);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  auto record = nlohmann::json::parse(res->body)["report"];
  EXPECT_EQ(record["authority"], "Rotherham");
  EXPECT_EQ(record["report_type"], "focused-visit");
  EXPECT_EQ(record["report_id"], "new-letter");  // the name's folder part is dropped
  const int after = get_json("/api/health")["paragraphs"];
  EXPECT_EQ(after, before + record["paragraphs"].get<int>());
  auto found = get_json(rotherham_letters);
  EXPECT_GT(found["total"].get<int>(), earlier["total"].get<int>());
  bool listed = false;
  for (const auto& hit : found["hits"]) listed = listed || hit["report_id"] == "new-letter";
  EXPECT_TRUE(listed) << found.dump().substr(0, 400);
}

TEST_F(UploadTest, ABadFileIsRefusedWithTheCliReasonAndTheIndexIsUnchanged) {
  const int before = get_json("/api/health")["paragraphs"];
  auto res = post("broken.pdf", "%PDF-1.4\nnot really a pdf\n", kToken);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body;
  EXPECT_NE(res->body.find("broken.pdf: corrupt or unreadable PDF"), std::string::npos)
      << res->body;
  EXPECT_EQ(get_json("/api/health")["paragraphs"].get<int>(), before);
}

TEST_F(UploadTest, AWrongOrMissingTokenIs401) {
  for (const char* token :
       {"wrong-token-wrong-token-wrong-tok", static_cast<const char*>(nullptr)}) {
    auto res = post("letter.txt", "Focused visit to Rotherham", token);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401) << res->body;
  }
}

TEST_F(ApiServerTest, UploadsAreOffUnlessTheServerHasAToken) {
  httplib::Client client("127.0.0.1", port_);
  httplib::MultipartFormDataItems items = {{"file", "text", "a.txt", "text/plain"}};
  auto res = client.Post("/api/reports", items);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(get_json("/api/health")["uploads"], false);
}

TEST(UploadToken, MatchesOnlyTheWholeToken) {
  EXPECT_TRUE(token_matches("abcdefghijklmnop", "abcdefghijklmnop"));
  EXPECT_FALSE(token_matches("abcdefghijklmnoq", "abcdefghijklmnop"));
  EXPECT_FALSE(token_matches("abcdefghijklmno", "abcdefghijklmnop"));
  EXPECT_FALSE(token_matches("abcdefghijklmnopq", "abcdefghijklmnop"));
  EXPECT_FALSE(token_matches("", "abcdefghijklmnop"));
}

}  // namespace
}  // namespace ofsearch
