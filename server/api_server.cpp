#include "server/api_server.h"

#include <httplib.h>

#include <sstream>
#include <stdexcept>
#include <string_view>

#include "index/index_writer.h"
#include "index/report_catalog.h"
#include "query/compare.h"
#include "query/field_filters.h"
#include "query/recurrence.h"
#include "query/request_params.h"
#include "query/result_format.h"
#include "query/searcher.h"
#include "query/trend.h"
#include "query/watch_matcher.h"
#include "reference/reference_data.h"
#include "schema/paragraph_record.h"
#include "schema/schema.h"
#include "server/openapi.h"
#include "server/page_assets.h"
#include "server/searcher_pool.h"
#include "server/upload.h"
#include "server/watch_routes.h"
#include "stemming/strings.h"

namespace ofsearch {
namespace {

// Most bytes a request body may hold when uploads are off (only uploads have a body).
constexpr std::size_t kMaxBodyBytes = 64 * 1024;

// The page and its scripts come only from this server; nothing inline runs.
constexpr char kContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// An answer with this status and JSON body ({"error": ...} for a mistake).
struct HttpError : std::runtime_error {
  HttpError(int status, const std::string& message) : std::runtime_error(message), status(status) {}
  int status;
};

// application/x-www-form-urlencoded: '+' is a space (browsers' URLSearchParams write
// it so), %XX a byte; httplib's own decoder, told so.
std::string form_decode(std::string_view s) {
  return httplib::detail::decode_url(std::string(s), /*convert_plus_to_space=*/true);
}

// The query string's parameters in order, repeated names kept (OR within a field).
RequestParams params_of(const httplib::Request& req) {
  RequestParams params;
  std::string_view target = req.target;
  std::size_t question = target.find('?');
  if (question == std::string_view::npos) return params;
  std::string_view query = target.substr(question + 1);
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    std::size_t eq = pair.find('=');
    params.emplace_back(form_decode(pair.substr(0, eq)), eq == std::string_view::npos
                                                             ? std::string()
                                                             : form_decode(pair.substr(eq + 1)));
  }
  return params;
}

void send_json(httplib::Response& res, const nlohmann::json& body, int status = 200) {
  res.status = status;
  res.set_content(json_text(body), "application/json; charset=utf-8");
}

// Runs a handler, turning what it throws into the status that fits: the user's
// mistake 400 (naming the parameter), an unknown id 404, a missing or busy index 503.
template <typename Handler>
void answer(httplib::Response& res, Handler handler) {
  try {
    handler();
  } catch (const HttpError& e) {
    send_json(res, {{"error", e.what()}}, e.status);
  } catch (const UploadRejected& e) {
    send_json(res, {{"error", e.what()}}, 400);
  } catch (const IndexBusyError&) {
    send_json(res, {{"error", "index busy: another process is writing it; try again"}}, 503);
  } catch (const RequestParamError& e) {
    send_json(res, {{"error", e.what()}}, 400);
  } catch (const UnknownValueError& e) {
    send_json(res, {{"error", e.what()}}, 400);
  } catch (const Xapian::QueryParserError& e) {
    send_json(res, {{"error", "cannot understand the query: " + e.get_msg()}}, 400);
  } catch (const IndexNotFoundError& e) {
    send_json(res, {{"error", e.what()}}, 503);
  } catch (const Xapian::DatabaseLockError&) {
    send_json(res, {{"error", "index busy"}}, 503);
  } catch (const Xapian::Error& e) {
    send_json(res, {{"error", "index error: " + e.get_msg()}}, 503);
  } catch (const std::exception& e) {
    send_json(res, {{"error", e.what()}}, 500);
  }
}

}  // namespace

struct ApiServer::Impl {
  std::filesystem::path index;
  std::optional<std::string> upload_token;
  std::unique_ptr<SearcherPool> searchers;
  httplib::Server http;

  // POST /api/reports: off unless the server was given a token; then the token must
  // come as "Authorization: Bearer TOKEN" with the file as multipart field "file".
  void upload(const httplib::Request& req, httplib::Response& res) {
    if (!upload_token) {
      throw HttpError(403, "uploads are off (start the server with --allow-upload --token FILE)");
    }
    const std::string auth = req.get_header_value("Authorization");
    const std::string bearer = "Bearer ";
    if (auth.rfind(bearer, 0) != 0 || !token_matches(auth.substr(bearer.size()), *upload_token)) {
      throw HttpError(401, "a valid upload token is needed (Authorization: Bearer TOKEN)");
    }
    if (!req.is_multipart_form_data() || !req.has_file("file")) {
      throw HttpError(400, "send the report as multipart form field 'file'");
    }
    const auto file = req.get_file_value("file");
    if (file.content.empty()) throw HttpError(400, "file: empty upload");
    nlohmann::json report = index_upload(index, file.filename, file.content);
    // The saved searches the new letter matches, as `ofsearch index --format json` gives them.
    nlohmann::json watches =
        new_report_matches(open_index(index), {report["report_id"].get<std::string>()});
    send_json(res, {{"report", report}, {"watches", watches}}, 201);
  }

  // JSON answers always carry facet counts, as `search --format json` does.
  SearchRequest search_request(const httplib::Request& req) {
    SearchRequest request = request_from_params(params_of(req), true);
    request.facets = true;
    return request;
  }

  // GET /api/trend and /api/compare: the search parameters plus `by` (trend) or
  // `authority` (compare's one authority); the JSON of `trend`/`compare --format json`.
  void instruments() {
    http.Get("/api/trend", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] {
        RequestParams params = params_of(req);
        std::string by = "year";
        for (auto it = params.begin(); it != params.end();)
          if (it->first == "by") {
            by = it->second;
            it = params.erase(it);
          } else {
            ++it;
          }
        SearchRequest request = request_from_params(params, true);
        if (request.query.find_first_not_of(" \t") == std::string::npos)
          throw HttpError(400, "q: give a query");
        try {
          send_json(res, trend_json(compute_trend(index, request, by), request.query));
        } catch (const RequestParamError&) {
          throw;
        } catch (const std::invalid_argument& e) {
          throw HttpError(400, e.what());
        }
      });
    });
    http.Get("/api/compare", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] {
        SearchRequest request = request_from_params(params_of(req), true);
        auto authority = request.filters.find("authority");
        if (authority == request.filters.end() || authority->second.size() != 1)
          throw HttpError(400, "authority: give one authority");
        try {
          send_json(res,
                    comparison_json(compute_comparison(index, request, authority->second.front())));
        } catch (const std::invalid_argument& e) {
          throw HttpError(400, e.what());
        }
      });
    });
  }

  // GET /api/recurrence?authority=NAME[&matches=N]: `recurrence --format json`.
  void recurrence() {
    http.Get("/api/recurrence", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] {
        std::string name = req.get_param_value("authority");
        if (name.find_first_not_of(" \t") == std::string::npos)
          throw HttpError(400, "authority: give a local authority");
        const Authority* authority = reference_data().authorities.find(name);
        if (!authority) {
          throw HttpError(400, "authority: unknown authority '" + name + "' (closest: " +
                                   join(reference_data().authorities.closest(name, 3), ", ") + ")");
        }
        RecurrenceOptions options;
        if (req.has_param("matches")) {
          const std::string n = req.get_param_value("matches");
          if (n.empty() || n.size() > 2 || n.find_first_not_of("0123456789") != std::string::npos ||
              std::stoul(n) > 20)
            throw HttpError(400, "matches: a whole number from 0 to 20");
          options.matches = std::stoul(n);
        }
        send_json(res, recurrence_json(find_recurrence(open_index(index), *authority, options)));
      });
    });
  }

  void routes() {
    instruments();
    recurrence();
    http.Get("/api/health", [this](const httplib::Request&, httplib::Response& res) {
      answer(res, [&] {
        Xapian::Database db = open_index(index);
        send_json(res, {{"status", "ok"},
                        {"paragraphs", db.get_doccount()},
                        {"reports", list_reports(db).size()},
                        {"uploads", upload_token.has_value()},
                        {"fields", filter_fields()}});
      });
    });
    http.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] {
        SearchRequest request = search_request(req);
        auto searcher = searchers->lend();
        send_json(res, result_json(searcher->search(request), request));
      });
    });
    http.Get("/api/search.csv", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] {
        SearchRequest request = request_from_params(params_of(req), true);
        auto searcher = searchers->lend();
        std::ostringstream csv;
        write_csv(csv, searcher->search(request));
        res.set_content(csv.str(), "text/csv; charset=utf-8");
        res.set_header("Content-Disposition", "attachment; filename=\"ofsearch.csv\"");
      });
    });
    http.Get("/api/facets", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] {
        SearchRequest request = search_request(req);
        request.limit = 0;
        request.match_all = true;
        auto searcher = searchers->lend();
        nlohmann::json body = result_json(searcher->search(request), request);
        send_json(res, {{"total", body["total"]}, {"facets", body["facets"]}});
      });
    });
    http.Get("/api/reports", [this](const httplib::Request&, httplib::Response& res) {
      answer(res, [&] { send_json(res, list_reports(open_index(index))); });
    });
    http.Get(R"(/api/reports/([^/]+))",
             [this](const httplib::Request& req, httplib::Response& res) {
               answer(res, [&] {
                 Xapian::Database db = open_index(index);
                 const std::string id = req.matches[1];
                 nlohmann::json record = stored_report(db, id);
                 if (record.is_null()) throw HttpError(404, "no report '" + id + "' in the index");
                 send_json(res, {{"report", record}, {"paragraphs", report_paragraphs(db, id)}});
               });
             });
    http.Get(R"(/api/paragraphs/([^/]+/[0-9]+)/similar)",
             [this](const httplib::Request& req, httplib::Response& res) {
               answer(res, [&] {
                 SearchRequest request = search_request(req);
                 const std::string id = req.matches[1];
                 auto searcher = searchers->lend();
                 if (searcher->database().postlist_begin(schema::kUniqueId + id) ==
                     searcher->database().postlist_end(schema::kUniqueId + id)) {
                   throw HttpError(404, "no paragraph '" + id + "' in the index");
                 }
                 send_json(res, result_json(searcher->similar(id, request), request));
               });
             });
    http.Post("/api/reports", [this](const httplib::Request& req, httplib::Response& res) {
      answer(res, [&] { upload(req, res); });
    });
    add_watch_routes(http, index, *searchers);  // saved searches (issue 14 item 4)
    http.Get("/api/openapi.json", [](const httplib::Request&, httplib::Response& res) {
      send_json(res, openapi_document());
    });
    for (const PageAsset& asset : page_assets()) {
      http.Get(asset.path, [&asset](const httplib::Request&, httplib::Response& res) {
        res.set_content(asset.body, asset.content_type);
      });
    }
    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (res.status == 404 && res.body.empty()) {
        send_json(res, {{"error", "no such path: " + req.path}}, 404);
      } else if (res.status == 413) {
        send_json(res, {{"error", "request body too large"}}, 413);
      }
    });
    http.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
          send_json(res, {{"error", "internal error"}}, 500);
        });
    http.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Security-Policy", kContentSecurityPolicy);
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_header("Referrer-Policy", "no-referrer");
    });
    http.set_payload_max_length(upload_token ? kMaxUploadBytes : kMaxBodyBytes);
    // Answers are small and one per request: without this, Nagle's algorithm and the
    // client's delayed ACK held each answer back about 40 ms.
    http.set_tcp_nodelay(true);
  }
};

ApiServer::ApiServer(std::filesystem::path index, int threads,
                     std::optional<std::string> upload_token)
    : impl_(std::make_unique<Impl>()) {
  impl_->index = std::move(index);
  impl_->upload_token = std::move(upload_token);
  impl_->searchers = std::make_unique<SearcherPool>(impl_->index);
  impl_->http.new_task_queue = [threads] {
    return new httplib::ThreadPool(static_cast<std::size_t>(threads));
  };
  impl_->routes();
}

ApiServer::~ApiServer() { stop(); }

int ApiServer::bind(const std::string& host, int port) {
  int bound = port == 0 ? impl_->http.bind_to_any_port(host.c_str())
                        : (impl_->http.bind_to_port(host.c_str(), port) ? port : -1);
  if (bound < 0) {
    throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(port) +
                             " (in use, or not an address of this machine)");
  }
  return bound;
}

void ApiServer::listen() { impl_->http.listen_after_bind(); }

void ApiServer::stop() {
  if (impl_ && impl_->http.is_running()) impl_->http.stop();
}

}  // namespace ofsearch
