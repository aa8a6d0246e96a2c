// `ofsearch reports` and `ofsearch show REPORT_ID`: what was indexed.
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/report_printer.h"
#include "index/report_catalog.h"
#include "schema/paragraph_record.h"

namespace ofsearch::cli {
namespace po = boost::program_options;

int run_reports(const Args& args) {
  po::options_description options("ofsearch reports [options]");
  add_index_option(options);
  options.add_options()("help,h", "this help")(
      "format", po::value<std::string>()->default_value("text"), "text or json");
  auto vm = parse(args, options, {});
  if (printed_help(vm, options)) return kOk;
  Format format = parse_format(vm["format"].as<std::string>(), false);
  auto reports = list_reports(open_index(index_dir(vm)));
  if (format == Format::kJson) {
    std::cout << json_text(nlohmann::json(reports), 2) << "\n";
  } else {
    for (const auto& r : reports) print_report_line(std::cout, r);
  }
  return kOk;
}

int run_show(const Args& args) {
  po::options_description options("ofsearch show [options] REPORT_ID");
  add_index_option(options);
  options.add_options()("help,h", "this help")(
      "format", po::value<std::string>()->default_value("text"), "text or json")(
      "report", po::value<std::string>(), "report id");
  po::positional_options_description positional;
  positional.add("report", 1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  if (!vm.count("report")) throw UsageError("show: give a report id (see 'ofsearch reports')");
  Format format = parse_format(vm["format"].as<std::string>(), false);
  std::string id = vm["report"].as<std::string>();
  auto paragraphs = report_paragraphs(open_index(index_dir(vm)), id);
  if (paragraphs.empty()) throw std::runtime_error("no report '" + id + "' in the index");
  if (format == Format::kJson) {
    std::cout << json_text(nlohmann::json(paragraphs), 2) << "\n";
  } else {
    for (const auto& p : paragraphs) print_paragraph(std::cout, p);
  }
  return kOk;
}

}  // namespace ofsearch::cli
