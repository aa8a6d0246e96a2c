// `ofsearch trend QUERY [filters] [--by FIELD] [--format text|json|csv] [--chart FILE]`:
// how often the query's paragraphs occur per year (region, type, grade, authority),
// with the counts every rate rests on.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/search_options.h"
#include "query/field_filters.h"
#include "query/result_format.h"
#include "query/trend.h"
#include "schema/paragraph_record.h"
#include "stemming/strings.h"

namespace ofsearch::cli {
namespace po = boost::program_options;
namespace {

void print_text(const Trend& trend, const std::string& query) {
  std::cout << "Query: " << query << "\nBy " << trend.by
            << ": matching paragraphs per 1,000 searched (boilerplate left out)\n";
  std::cout << std::left << std::setw(28) << trend.by << std::right << std::setw(10) << "matching"
            << std::setw(10) << "searched" << std::setw(11) << "per 1,000" << std::setw(10)
            << "reports" << std::setw(9) << "of"
            << "\n";
  bool any_small = false;
  auto line = [&](const TrendRow& row) {
    std::ostringstream rate;
    rate << std::fixed << std::setprecision(2) << row.rate_per_1000()
         << (row.small_base() ? "*" : "");
    any_small = any_small || row.small_base();
    std::cout << std::left << std::setw(28) << row.bucket << std::right << std::setw(10)
              << row.matching << std::setw(10) << row.searched << std::setw(11) << rate.str()
              << std::setw(10) << row.matching_reports << std::setw(9) << row.reports << "\n";
  };
  for (const auto& row : trend.rows) line(row);
  line(trend.all);
  if (any_small)
    std::cout << "* fewer than " << kTrendSmallBase
              << " paragraphs searched: the rate rests on few\n";
}

void print_csv(const Trend& trend) {
  std::cout << "bucket,matching,searched,rate_per_1000,matching_reports,reports,small_base\n";
  auto line = [](const TrendRow& row) {
    std::cout << csv_cell(row.bucket) << "," << row.matching << "," << row.searched << ","
              << std::fixed << std::setprecision(4) << row.rate_per_1000() << ","
              << row.matching_reports << "," << row.reports << ","
              << (row.small_base() ? "true" : "false") << "\n";
  };
  for (const auto& row : trend.rows) line(row);
  line(trend.all);
}

// gnuplot's terminal for the chart file's extension.
std::string chart_terminal(const std::string& file) {
  auto ends = [&](const char* ext) {
    return file.size() > 4 && file.substr(file.size() - 4) == ext;
  };
  if (ends(".svg")) return "svg size 900,500";
  if (ends(".png")) return "pngcairo size 900,500";
  throw UsageError("--chart: the file must end in .svg or .png: " + file);
}

// The rate per bucket as bars, each labelled with the counts it rests on (gnuplot).
void draw_chart(const Trend& trend, const std::string& query, const std::string& file) {
  std::string terminal = chart_terminal(file);
  char data_name[] = "/tmp/ofsearch-trend-XXXXXX";
  int fd = ::mkstemp(data_name);
  if (fd < 0) throw std::runtime_error("--chart: cannot make a temporary file");
  ::close(fd);
  {
    std::ofstream data(data_name);
    for (const auto& row : trend.rows)
      data << "\"" << row.bucket << "\"\t" << row.rate_per_1000() << "\t\"" << row.matching << "/"
           << row.searched << (row.small_base() ? "*" : "") << "\"\n";
  }
  std::string script_name = std::string(data_name) + ".gp";
  {
    std::string title = query;
    for (char& c : title)
      if (c == '"' || c == '\\') c = '\'';
    std::ofstream script(script_name);
    script << "set terminal " << terminal << "\nset output '" << file << "'\n"
           << "set title \"" << title << " by " << trend.by
           << ": matching paragraphs per 1,000 searched\\n(labels: matching/searched; * fewer than "
           << kTrendSmallBase << " searched)\" noenhanced\n"
           << "set style fill solid 0.6\nset boxwidth 0.7\nset yrange [0:*]\nset xtics rotate by "
              "-45 noenhanced\nset ylabel 'per 1,000 paragraphs'\nunset key\n"
           << "plot '" << data_name
           << "' using 0:2:xtic(1) with boxes, '' using 0:2:3 with labels offset 0,1 noenhanced\n";
  }
  std::string command = "timeout 60 gnuplot '" + script_name + "' >/dev/null 2>&1";
  int status = std::system(command.c_str());
  std::remove(data_name);
  std::remove(script_name.c_str());
  if (status != 0)
    throw std::runtime_error(
        "--chart: gnuplot failed or is not installed (scripts/install-deps.sh)");
}

}  // namespace

int run_trend(const Args& args) {
  po::options_description options("ofsearch trend [options] QUERY");
  add_index_option(options);
  options.add_options()("help,h", "this help")("by",
                                               po::value<std::string>()->default_value("year"),
                                               "year, region, type, grade, authority or inspector")(
      "format", po::value<std::string>()->default_value("text"), "text, json or csv")(
      "chart", po::value<std::string>(), "also draw the rates to FILE.svg or FILE.png (gnuplot)")(
      "exact", "no synonym or acronym expansion; phrases as written")(
      "query", po::value<std::vector<std::string>>(), "query words");
  add_filter_options(options);
  po::positional_options_description positional;
  positional.add("query", -1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  if (!vm.count("query")) throw UsageError("trend: give a query");
  SearchRequest request = request_from(vm);
  request.query = join(vm["query"].as<std::vector<std::string>>(), " ");
  Format format = parse_format(vm["format"].as<std::string>(), true);
  if (vm.count("chart")) chart_terminal(vm["chart"].as<std::string>());  // checked before the work
  Trend trend;
  try {
    trend = compute_trend(index_dir(vm), request, vm["by"].as<std::string>());
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--") + e.what());
  } catch (const UnknownValueError& e) {
    throw UsageError(e.what());
  } catch (const Xapian::QueryParserError& e) {
    throw UsageError("cannot understand the query: " + e.get_msg());
  }
  if (format == Format::kJson) {
    std::cout << json_text(trend_json(trend, request.query), 2) << "\n";
  } else if (format == Format::kCsv) {
    print_csv(trend);
  } else {
    print_text(trend, request.query);
  }
  if (vm.count("chart")) draw_chart(trend, request.query, vm["chart"].as<std::string>());
  return kOk;
}

}  // namespace ofsearch::cli
