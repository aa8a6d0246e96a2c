// `ofsearch serve`: the search page and the JSON API over one index, on cpp-httplib.
// Every answer comes from the library the CLI uses (Searcher, result_json, write_csv,
// the report catalog), so /api/search and `ofsearch search --format json` agree.
// Binds to loopback unless told otherwise; the page's files are compiled in, so no
// request path reaches the file system. Errors are JSON {"error": ...} with a 4xx
// status naming the parameter (5xx only for a fault on the server's side).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace ofsearch {

class ApiServer {
 public:
  // `threads`: requests served at once. With an upload token, POST /api/reports
  // (multipart field "file", header "Authorization: Bearer TOKEN") adds a report.
  ApiServer(std::filesystem::path index, int threads, std::optional<std::string> upload_token = {});
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Binds host:port (port 0: a free port) and returns the port; throws
  // std::runtime_error naming host and port when it cannot bind.
  int bind(const std::string& host, int port);
  // Serves until stop() (from any thread or a signal handler's thread).
  void listen();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ofsearch
