// Saved searches over HTTP (server/watch_routes.h, server/watch_feed.h) on a copy of
// the bundled index: GET /api/watch lists them with their feed paths; GET
// /api/watch/NAME.atom is Atom 1.0 that a real XML parser (Python's ElementTree)
// reads, with every required element, one entry per matching paragraph newest report
// first, the paragraphs' text and the query given back exactly however much markup
// they hold; an unknown name is a 404 naming it.
#include <gtest/gtest.h>
#include <httplib.h>

#include <cstdio>
#include <set>
#include <thread>

#include "cli/cli_harness.h"
#include "index/saved_searches.h"
#include "query/searcher.h"
#include "query/watch_matcher.h"
#include "server/api_server.h"
#include "server/watch_feed.h"
#include "support/bundled_index.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// The feed read by ElementTree, as JSON: {"root", "feed": {child tag: text...},
// "self", "entries": [{id,title,updated,content,link}...]}; null when it does not parse.
nlohmann::json parsed_atom(const std::string& xml, const TempDir& dir) {
  fs::path file = dir / "feed.xml";
  testing::write_file(file, xml);
  const char* script =
      "import json,sys,xml.etree.ElementTree as E\n"
      "A='{http://www.w3.org/2005/Atom}'\n"
      "r=E.parse(sys.argv[1]).getroot()\n"
      "t=lambda e,n:(e.find(A+n).text if e.find(A+n) is not None else None)\n"
      "out={'root':r.tag,'feed':{n:t(r,n) for n in ['id','title','updated','subtitle']},\n"
      " 'author':r.find(A+'author/'+A+'name').text,\n"
      " 'self':[l.get('href') for l in r.findall(A+'link') if l.get('rel')=='self'],\n"
      " 'entries':[{'id':t(e,'id'),'title':t(e,'title'),'updated':t(e,'updated'),\n"
      "   'content':t(e,'content') or '','link':e.find(A+'link').get('href')}\n"
      "   for e in r.findall(A+'entry')]}\n"
      "print(json.dumps(out))\n";
  testing::write_file(dir / "read.py", script);
  std::string command =
      "python3 " + testing::sh_quote(dir / "read.py") + " " + testing::sh_quote(file) + " 2>&1";
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return nullptr;
  char buffer[65536];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  int status = ::pclose(pipe);
  if (status != 0) {
    ADD_FAILURE() << "the feed is not XML ElementTree reads: " << out;
    return nullptr;
  }
  return nlohmann::json::parse(out);
}

class WatchFeedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    fs::copy(testing::bundled_index(), index(), fs::copy_options::recursive);
    {
      Xapian::WritableDatabase db(index().string(), Xapian::DB_OPEN);
      add_saved_search(db, saved("kids", "children", {}));
      add_saved_search(db, saved("rotherham", "plan", {{"authority", "Rotherham"}}));
      add_saved_search(db, saved("markup", "children <b>&amp;</b> \"care's\"", {}));
    }
    server_ = new ApiServer(index(), 2);
    port_ = server_->bind("127.0.0.1", 0);
    thread_ = new std::thread([] { server_->listen(); });
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
    delete dir_;
  }
  static fs::path index() { return dir_->path() / "index"; }
  static SavedSearch saved(const std::string& name, const std::string& query,
                           std::vector<std::pair<std::string, std::string>> params) {
    SavedSearch s;
    s.name = name;
    s.query = query;
    s.params = std::move(params);
    s.created = "2026-12-06T09:00:00Z";
    return s;
  }
  static httplib::Result get(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    return client.Get(path.c_str());
  }
  static TempDir* dir_;
  static ApiServer* server_;
  static std::thread* thread_;
  static int port_;
};
TempDir* WatchFeedTest::dir_ = nullptr;
ApiServer* WatchFeedTest::server_ = nullptr;
std::thread* WatchFeedTest::thread_ = nullptr;
int WatchFeedTest::port_ = 0;

TEST_F(WatchFeedTest, TheListNamesEverySavedSearchWithItsFeed) {
  auto res = get("/api/watch");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  auto list = nlohmann::json::parse(res->body);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0]["name"], "kids");
  EXPECT_EQ(list[0]["feed"], "/api/watch/kids.atom");
  EXPECT_EQ(list[2]["name"], "rotherham");
  EXPECT_EQ(list[2]["params"], nlohmann::json::parse(R"([["authority","Rotherham"]])"));
}

class WatchFeedOf : public WatchFeedTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(WatchFeedOf, IsAtomWithOneEntryPerParagraphNewestReportFirst) {
  const std::string name = GetParam();
  auto res = get("/api/watch/" + name + ".atom");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/atom+xml; charset=utf-8");
  TempDir scratch;
  auto feed = parsed_atom(res->body, scratch);
  ASSERT_FALSE(feed.is_null());
  EXPECT_EQ(feed["root"], "{http://www.w3.org/2005/Atom}feed");
  Searcher searcher(index());
  SavedSearch search = saved_search(searcher.database(), name);
  EXPECT_NE(feed["feed"]["title"].get<std::string>().find(search.query), std::string::npos)
      << "the query, unescaped, is in the title: " << feed["feed"]["title"];
  for (const char* required : {"id", "updated"})
    EXPECT_TRUE(feed["feed"][required].is_string()) << required;
  EXPECT_EQ(feed["author"], "ofsearch");
  ASSERT_EQ(feed["self"].size(), 1u);
  EXPECT_EQ(feed["self"][0],
            "http://127.0.0.1:" + std::to_string(port_) + "/api/watch/" + name + ".atom");

  SearchRequest request = watch_since_request(search, "");
  request.limit = kFeedEntries;
  SearchResult expected = searcher.search(request);
  ASSERT_EQ(feed["entries"].size(), expected.hits.size());
  std::set<std::string> ids;
  std::string previous = "9999";
  for (std::size_t i = 0; i < expected.hits.size(); ++i) {
    const auto& entry = feed["entries"][i];
    const auto& record = expected.hits[i].record;
    EXPECT_EQ(entry["content"], record["text"]);
    EXPECT_NE(entry["title"].get<std::string>().find(record["id"].get<std::string>()),
              std::string::npos);
    EXPECT_TRUE(ids.insert(entry["id"].get<std::string>()).second) << "ids are unique";
    std::string updated = entry["updated"];
    EXPECT_EQ(updated.size(), 20u) << updated;  // RFC 3339, UTC
    EXPECT_LE(updated, previous) << "newest report first";
    previous = updated;
    EXPECT_NE(entry["link"].get<std::string>().find("/api/reports/"), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(Feeds, WatchFeedOf, ::testing::Values("kids", "rotherham", "markup"));

TEST_F(WatchFeedTest, KidsFeedHoldsTheNewestHundredOfManyMatches) {
  auto res = get("/api/watch/kids.atom");
  ASSERT_TRUE(res);
  TempDir scratch;
  auto feed = parsed_atom(res->body, scratch);
  ASSERT_FALSE(feed.is_null());
  EXPECT_EQ(feed["entries"].size(), kFeedEntries);  // "children" matches more than that
}

TEST_F(WatchFeedTest, AnUnknownNameIsA404NamingItAndTheSavedOnes) {
  auto res = get("/api/watch/nope.atom");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  auto body = nlohmann::json::parse(res->body);
  EXPECT_NE(body["error"].get<std::string>().find("'nope'"), std::string::npos);
  EXPECT_NE(body["error"].get<std::string>().find("kids, markup, rotherham"), std::string::npos);
}

TEST_F(WatchFeedTest, OpenApiDescribesBothEndpoints) {
  auto res = get("/api/openapi.json");
  ASSERT_TRUE(res);
  auto doc = nlohmann::json::parse(res->body);
  EXPECT_TRUE(doc["paths"].contains("/api/watch"));
  ASSERT_TRUE(doc["paths"].contains("/api/watch/{name}.atom"));
  EXPECT_TRUE(doc["paths"]["/api/watch/{name}.atom"]["get"]["responses"]["200"]["content"].contains(
      "application/atom+xml"));
}

// An uploaded letter answers with the saved searches it matches, the paragraphs search finds.
TEST(WatchUploadTest, AnUploadedLetterAnswersWithTheSavedSearchesItMatches) {
  TempDir dir;
  fs::copy(testing::bundled_index(), dir / "index", fs::copy_options::recursive);
  {
    Xapian::WritableDatabase db((dir / "index").string(), Xapian::DB_OPEN);
    SavedSearch s;
    s.name = "permanence";
    s.query = "permanence";
    add_saved_search(db, s);
  }
  const std::string token = "a-test-token-of-32-characters-xx";
  ApiServer server(dir / "index", 2, token);
  int port = server.bind("127.0.0.1", 0);
  std::thread thread([&] { server.listen(); });
  fs::path letter;
  for (const auto& e : fs::directory_iterator(fs::path(OFSEARCH_SOURCE_DIR) / "corpus/reports"))
    if (e.path().filename().string().rfind("004_", 0) == 0) letter = e.path();
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(60, 0);
  httplib::MultipartFormDataItems items = {
      {"file", testing::read_file(letter), "later-letter.txt", "application/octet-stream"}};
  auto res = client.Post("/api/reports", {{"Authorization", "Bearer " + token}}, items);
  server.stop();
  thread.join();
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  auto body = nlohmann::json::parse(res->body);
  std::string id = body["report"]["report_id"];
  ASSERT_EQ(body["watches"].size(), 1u) << body;
  EXPECT_EQ(body["watches"][0]["watch"], "permanence");
  SearchRequest request;
  request.query = "permanence";
  request.limit = 100000;
  std::set<std::string> expected, got;
  for (const auto& hit : Searcher(dir / "index").search(request).hits)
    if (hit.record["report_id"] == id) expected.insert(hit.record["id"].get<std::string>());
  for (const auto& p : body["watches"][0]["paragraphs"]) got.insert(p.get<std::string>());
  EXPECT_EQ(got, expected);
  EXPECT_FALSE(got.empty());
}

TEST(XmlEscapeTest, EscapesMarkupAndDropsWhatXmlCannotCarry) {
  EXPECT_EQ(xml_escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
  EXPECT_EQ(xml_escape(std::string("x\x01y\x02z\tq\n")), "xyz\tq\n");
  EXPECT_EQ(xml_escape("caf\xc3\xa9"), "caf\xc3\xa9");
}

}  // namespace
}  // namespace ofsearch
