#include "server/watch_routes.h"

#include <httplib.h>

#include "index/report_catalog.h"
#include "index/saved_searches.h"
#include "query/watch_matcher.h"
#include "schema/paragraph_record.h"
#include "server/searcher_pool.h"
#include "server/watch_feed.h"

namespace ofsearch {
namespace {

void send_error(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(json_text({{"error", message}}), "application/json; charset=utf-8");
}

// "http://HOST" from the request's Host header when it looks like a host[:port], else
// the loopback address: links in a feed must point somewhere a reader can fetch.
std::string base_url(const httplib::Request& req) {
  std::string host = req.get_header_value("Host");
  bool ok = !host.empty() && host.size() < 256 &&
            host.find_first_not_of(
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789.-:[]") == std::string::npos;
  return "http://" + (ok ? host : std::string("127.0.0.1"));
}

template <typename Handler>
void answer(httplib::Response& res, Handler handler) {
  try {
    handler();
  } catch (const SavedSearchError& e) {
    send_error(res, 404, e.what());
  } catch (const IndexNotFoundError& e) {
    send_error(res, 503, e.what());
  } catch (const Xapian::Error& e) {
    send_error(res, 503, "index error: " + e.get_msg());
  } catch (const std::exception& e) {
    send_error(res, 500, e.what());
  }
}

}  // namespace

void add_watch_routes(httplib::Server& http, const std::filesystem::path& index,
                      SearcherPool& searchers) {
  http.Get("/api/watch", [index](const httplib::Request&, httplib::Response& res) {
    answer(res, [&] {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& search : saved_searches(open_index(index))) {
        nlohmann::json j = search.to_json();
        j["feed"] = "/api/watch/" + search.name + ".atom";
        out.push_back(j);
      }
      res.set_content(json_text(out), "application/json; charset=utf-8");
    });
  });
  http.Get(R"(/api/watch/([^/]+)\.atom)",
           [&searchers](const httplib::Request& req, httplib::Response& res) {
             answer(res, [&] {
               auto searcher = searchers.lend();
               SavedSearch search = saved_search(searcher->database(), req.matches[1]);
               SearchRequest request = watch_since_request(search, "");
               request.limit = kFeedEntries;
               SearchResult result = searcher->search(request);
               res.set_content(atom_feed(search, result, base_url(req)),
                               "application/atom+xml; charset=utf-8");
             });
           });
}

}  // namespace ofsearch
