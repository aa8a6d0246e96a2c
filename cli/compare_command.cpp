// `ofsearch compare QUERY --authority NAME [filters] [--format text|json|csv]`: how often
// the query's paragraphs occur in an authority beside its ten statistical neighbours,
// its region and England, with the counts every rate rests on, each authority's latest
// overall judgement and where the authority ranks.
#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/search_options.h"
#include "query/compare.h"
#include "query/field_filters.h"
#include "query/result_format.h"
#include "schema/paragraph_record.h"
#include "stemming/strings.h"

namespace ofsearch::cli {
namespace po = boost::program_options;
namespace {

bool is_authority(const CompareRow& row) {
  return row.role == CompareRow::Role::kAuthority || row.role == CompareRow::Role::kNeighbour;
}

// "good 2019-04-15", "ungraded (latest 2022-02-23)", "none indexed"; "" for region/England.
std::string judgement_text(const CompareRow& row) {
  if (!is_authority(row)) return "";
  const LatestJudgement& j = row.judgement;
  if (j.reports == 0) return "none indexed";
  if (!j.grade.empty())
    return j.grade + " " + (j.date.empty() ? "undated" : j.date) +
           (j.part.empty() ? "" : " (" + j.part + ")");
  return "ungraded (latest " + (j.latest_report_date.empty() ? "undated" : j.latest_report_date) +
         ")";
}

std::string label(const CompareRow& row) {
  switch (row.role) {
    case CompareRow::Role::kNeighbour:
      return std::to_string(row.neighbour_order) + ". " + row.name;
    case CompareRow::Role::kRegion:
      return row.name + " (region)";
    case CompareRow::Role::kEngland:
      return "England (all indexed)";
    default:
      return row.name;
  }
}

void print_text(const Comparison& c) {
  const CompareRow& subject = c.rows.front();
  std::cout << "Query: " << c.query << "\n"
            << subject.name << " (LA " << subject.la_code
            << ") beside its statistical neighbours (closest first): matching paragraphs per "
               "1,000 searched (boilerplate left out)\n";
  std::cout << std::left << std::setw(32) << "" << std::right << std::setw(10) << "matching"
            << std::setw(10) << "searched" << std::setw(11) << "per 1,000" << std::setw(9)
            << "reports" << std::setw(7) << "of" << std::setw(6) << "rank"
            << "  latest overall judgement\n";
  bool any_small = false;
  std::size_t neighbours_searched = 0;
  for (const auto& row : c.rows) {
    const TrendRow& n = row.counts;
    std::ostringstream rate;
    if (n.searched == 0) {
      rate << "-";  // nothing searched: no rate
    } else {
      rate << std::fixed << std::setprecision(2) << n.rate_per_1000()
           << (n.small_base() ? "*" : "");
      any_small = any_small || n.small_base();
    }
    if (row.role == CompareRow::Role::kNeighbour && n.searched) ++neighbours_searched;
    std::cout << std::left << std::setw(32) << label(row) << std::right << std::setw(10)
              << n.matching << std::setw(10) << n.searched << std::setw(11) << rate.str()
              << std::setw(9) << n.matching_reports << std::setw(7) << n.reports << std::setw(6)
              << (row.rank ? std::to_string(*row.rank) : std::string(is_authority(row) ? "-" : ""))
              << "  " << judgement_text(row) << "\n";
  }
  std::cout << neighbours_searched << " of " << c.rows.size() - 3
            << " neighbours have paragraphs searched ('-': none indexed under these filters)\n";
  if (c.rank)
    std::cout << subject.name << " ranks " << *c.rank << " of " << c.ranked
              << " by rate (1 = highest; among it and its neighbours with paragraphs searched)\n";
  else
    std::cout << subject.name << " is not ranked: no paragraph of it was searched\n";
  if (any_small)
    std::cout << "* fewer than " << kTrendSmallBase
              << " paragraphs searched: the rate rests on few\n";
}

void print_csv(const Comparison& c) {
  std::cout << "role,name,la_code,ons_code,neighbour_order,matching,searched,rate_per_1000,"
               "matching_reports,reports,small_base,rank,reports_indexed,latest_judgement,"
               "judgement_part,judgement_date,judgement_report_id,latest_report_date\n";
  for (const auto& row : c.rows) {
    const TrendRow& n = row.counts;
    const LatestJudgement& j = row.judgement;
    bool a = is_authority(row);
    std::cout << role_name(row.role) << "," << csv_cell(row.name) << "," << csv_cell(row.la_code)
              << "," << csv_cell(row.ons_code) << ","
              << (row.neighbour_order ? std::to_string(row.neighbour_order) : "") << ","
              << n.matching << "," << n.searched << "," << std::fixed << std::setprecision(4)
              << n.rate_per_1000() << "," << n.matching_reports << "," << n.reports << ","
              << (n.small_base() ? "true" : "false") << ","
              << (row.rank ? std::to_string(*row.rank) : "") << ","
              << (a ? std::to_string(j.reports) : "") << "," << csv_cell(j.grade) << ","
              << csv_cell(j.part) << "," << csv_cell(j.date) << "," << csv_cell(j.report_id) << ","
              << csv_cell(j.latest_report_date) << "\n";
  }
}

}  // namespace

int run_compare(const Args& args) {
  po::options_description options("ofsearch compare [options] QUERY --authority NAME");
  add_index_option(options);
  options.add_options()("help,h", "this help")(
      "format", po::value<std::string>()->default_value("text"), "text, json or csv")(
      "exact", "no synonym or acronym expansion; phrases as written")(
      "query", po::value<std::vector<std::string>>(), "query words");
  add_filter_options(options);  // --authority among them: here, the authority compared
  po::positional_options_description positional;
  positional.add("query", -1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  if (!vm.count("query")) throw UsageError("compare: give a query");
  if (!vm.count("authority")) throw UsageError("compare: give --authority NAME");
  auto authorities = vm["authority"].as<std::vector<std::string>>();
  if (authorities.size() != 1) throw UsageError("compare: give one --authority");
  SearchRequest request = request_from(vm);
  request.query = join(vm["query"].as<std::vector<std::string>>(), " ");
  Format format = parse_format(vm["format"].as<std::string>(), true);
  Comparison comparison;
  try {
    comparison = compute_comparison(index_dir(vm), request, authorities.front());
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("compare: ") + e.what());
  } catch (const UnknownValueError& e) {
    throw UsageError(e.what());
  } catch (const Xapian::QueryParserError& e) {
    throw UsageError("cannot understand the query: " + e.get_msg());
  }
  if (format == Format::kJson) {
    std::cout << json_text(comparison_json(comparison), 2) << "\n";
  } else if (format == Format::kCsv) {
    print_csv(comparison);
  } else {
    print_text(comparison);
  }
  return kOk;
}

}  // namespace ofsearch::cli
