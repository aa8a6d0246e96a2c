#include "bench/engines/http_api.h"

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "bench/runner.h"
#include "bench/stopwatch.h"
#include "query/request_params.h"
#include "query/searcher.h"
#include "server/api_server.h"

namespace ofsearch::bench {
namespace {

// The parameters a script would send for the query: the CLI's flags by name.
RequestParams params_for(const BenchQuery& q) {
  RequestParams p{{"q", q.text}, {"limit", std::to_string(q.limit)}};
  if (!q.grade.empty()) p.emplace_back("grade", q.grade);
  if (!q.type.empty()) p.emplace_back("type", q.type);
  if (!q.from.empty()) p.emplace_back("from", q.from);
  if (!q.to.empty()) p.emplace_back("to", q.to);
  if (q.per_report) p.emplace_back("per_report", "1");
  return p;
}

std::string path_for(const RequestParams& params) {
  httplib::Params query;
  for (const auto& [k, v] : params) query.emplace(k, v);
  return "/api/search?" + httplib::detail::params_to_query_str(query);
}

// Per class, from per-query samples (milliseconds).
std::map<std::string, Latency> by_class(const std::vector<BenchQuery>& mix,
                                        const std::vector<std::vector<double>>& ms) {
  MixRun run;
  run.ms = ms;
  run.cpu = ms;  // CPU time is not comparable across a socket; summarise wants a column
  run.answers.resize(mix.size());
  return summarise(mix, run);
}

}  // namespace

HttpComparison compare_http(const std::filesystem::path& index, const std::vector<BenchQuery>& mix,
                            int repetitions) {
  ApiServer server(index, 2);
  int port = server.bind("127.0.0.1", 0);
  std::thread serving([&] { server.listen(); });
  HttpComparison out;
  try {
    httplib::Client client("127.0.0.1", port);
    client.set_keep_alive(true);
    client.set_read_timeout(60, 0);
    Searcher searcher(index);
    std::vector<std::vector<double>> local(mix.size()), remote(mix.size());
    for (int pass = 0; pass <= repetitions; ++pass) {  // pass 0 warms both, untimed
      for (std::size_t i = 0; i < mix.size(); ++i) {
        RequestParams params = params_for(mix[i]);
        Stopwatch in_process;
        SearchRequest request = request_from_params(params, true);
        request.facets = true;
        SearchResult result = searcher.search(request);
        double local_ms = in_process.seconds() * 1000;
        Stopwatch over_http;
        auto response = client.Get(path_for(params));
        double remote_ms = over_http.seconds() * 1000;
        if (!response || response->status != 200) {
          throw std::runtime_error("http bench: GET " + path_for(params) + " failed (status " +
                                   std::to_string(response ? response->status : -1) + ")");
        }
        if (pass == 0) {
          ++out.queries;
          auto body = nlohmann::json::parse(response->body);
          if (body["total"].get<std::size_t>() != result.total) ++out.totals_differing;
          continue;
        }
        local[i].push_back(local_ms);
        remote[i].push_back(remote_ms);
      }
    }
    out.in_process = by_class(mix, local);
    out.http = by_class(mix, remote);
  } catch (...) {
    server.stop();
    serving.join();
    throw;
  }
  server.stop();
  serving.join();
  return out;
}

}  // namespace ofsearch::bench
