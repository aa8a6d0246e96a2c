// `ofsearch serve`: the search page and JSON API on a loopback port until SIGINT or
// SIGTERM, which stop it gracefully (requests in flight finish).
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <thread>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "index/report_catalog.h"
#include "server/api_server.h"
#include "server/upload.h"

namespace ofsearch::cli {
namespace po = boost::program_options;

int run_serve(const Args& args) {
  po::options_description options("ofsearch serve [options]");
  add_index_option(options);
  options.add_options()("help,h", "this help")(
      "host", po::value<std::string>()->default_value("127.0.0.1"),
      "address to listen on (loopback by default; 0.0.0.0 serves the network)")(
      "port", po::value<std::string>()->default_value("8080"), "port (0: any free port)")(
      "threads", po::value<std::string>()->default_value("4"), "requests served at once")(
      "allow-upload", "let the page add reports (needs --token)")(
      "token", po::value<std::string>(), "file holding the upload token (16+ characters)");
  auto vm = parse(args, options, {});
  if (printed_help(vm, options)) return kOk;
  const int port = static_cast<int>(whole_number(vm, "port", 0, 65535));
  const int threads = static_cast<int>(whole_number(vm, "threads", 1, 256));
  const auto index = vm.count("allow-upload") ? writable_index_dir(vm) : index_dir(vm);
  if (vm.count("allow-upload") && !vm.count("token")) {
    throw UsageError("--allow-upload needs --token FILE");
  }
  if (vm.count("token") && !vm.count("allow-upload")) {
    throw UsageError("--token is for --allow-upload");
  }
  open_index(index);  // a missing index is a one-line error now, not a 503 later
  std::optional<std::string> token;
  if (vm.count("allow-upload")) token = read_upload_token(vm["token"].as<std::string>());

  // SIGINT/SIGTERM go to one thread that stops the server; the others never see them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  ApiServer server(index, threads, token);
  const std::string host = vm["host"].as<std::string>();
  const int bound = server.bind(host, port);
  std::cout << "ofsearch: serving " << index.string() << " at http://"
            << (host.find(':') != std::string::npos ? "[" + host + "]" : host) << ":" << bound
            << "/ (Ctrl-C stops)" << std::endl;
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  server.listen();
  // listen() also returns when the server fails; make sure the stopper ends.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  std::cout << "ofsearch: stopped" << std::endl;
  return kOk;
}

}  // namespace ofsearch::cli
