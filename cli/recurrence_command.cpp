// `ofsearch recurrence AUTHORITY [--format text|json] [--matches N]`: each improvement
// point of the authority's reports, and whether a later report raised it again,
// discussed it, or does not mention it. The labels are machine suggestions; every one
// lists the paragraphs it rests on.
#include <iomanip>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "index/report_catalog.h"
#include "query/recurrence.h"
#include "reference/reference_data.h"
#include "schema/paragraph_record.h"
#include "stemming/strings.h"

namespace ofsearch::cli {
namespace po = boost::program_options;
namespace {

constexpr std::size_t kShownChars = 160;

std::string shortened(const std::string& text) {
  if (text.size() <= kShownChars) return text;
  std::size_t cut = text.rfind(' ', kShownChars);
  return text.substr(0, cut == std::string::npos ? kShownChars : cut) + " ...";
}

void print_text(const Recurrence& r) {
  std::map<std::string, int> labels;
  for (const auto& p : r.points) ++labels[p.label];
  std::cout << "Recurrence for " << r.authority << ": " << r.points.size()
            << " improvement points in " << r.reports << " dated reports; "
            << labels["raised again"] << " raised again, " << labels["discussed later"]
            << " discussed later, " << labels["not found"] << " not found\n"
            << "The labels are machine suggestions (see `ofsearch recurrence --help`): read the "
               "paragraphs they list.\n";
  std::string report;
  for (const auto& p : r.points) {
    if (p.point.report_id != report) {
      report = p.point.report_id;
      std::cout << "\n" << p.point.date << "  " << p.point.report_type << "  " << report << "\n";
    }
    std::cout << "  [" << p.point.id << "] " << shortened(p.point.text) << "\n    -> " << p.label;
    if (p.later_reports == 0) std::cout << " (no later report indexed)";
    std::cout << "\n";
    for (const auto& m : p.matches) {
      std::cout << "       " << std::fixed << std::setprecision(2) << m.similarity << "  " << m.date
                << "  " << m.report_type << (m.improvement ? " (improvement)" : "") << "  [" << m.id
                << "] " << shortened(m.text) << "\n";
    }
  }
}

}  // namespace

int run_recurrence(const Args& args) {
  po::options_description options(
      "ofsearch recurrence [options] AUTHORITY\n\n"
      "For each improvement point of the authority's reports (the items under \"What needs to\n"
      "improve\", \"Recommendations\", \"Areas for improvement\", \"Areas for priority action\"),\n"
      "the closest paragraphs of its LATER reports, and a label: \"raised again\" (a close\n"
      "match in a later improvement list), \"discussed later\" (a close match in later\n"
      "findings) or \"not found\". The labels are MACHINE SUGGESTIONS resting on word\n"
      "similarity, not a reading: each lists the paragraphs it rests on, with their ids and\n"
      "dates, to read (`ofsearch show`). Measured against a hand-judged set: see the README.\n\n"
      "Options");
  add_index_option(options);
  options.add_options()("help,h", "this help")(
      "format", po::value<std::string>()->default_value("text"), "text or json")(
      "matches", po::value<std::string>()->default_value("3"),
      "later paragraphs listed per point (0-20)")(
      "authority", po::value<std::vector<std::string>>(), "the local authority");
  po::positional_options_description positional;
  positional.add("authority", -1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  if (!vm.count("authority")) throw UsageError("recurrence: give a local authority");
  std::string name = join(vm["authority"].as<std::vector<std::string>>(), " ");
  const Authority* authority = reference_data().authorities.find(name);
  if (!authority) {
    throw UsageError("unknown authority '" + name + "' (closest: " +
                     join(reference_data().authorities.closest(name, 3), ", ") + ")");
  }
  Format format = parse_format(vm["format"].as<std::string>(), false);
  RecurrenceOptions recurrence_options;
  recurrence_options.matches = whole_number(vm, "matches", 0, 20);
  Xapian::Database db = open_index(index_dir(vm));
  Recurrence r = find_recurrence(db, *authority, recurrence_options);
  if (format == Format::kJson) {
    std::cout << json_text(recurrence_json(r), 2) << "\n";
  } else {
    print_text(r);
  }
  return kOk;
}

}  // namespace ofsearch::cli
