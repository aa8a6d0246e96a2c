// `ofsearch index PATH...` and `ofsearch remove REPORT_ID`.
#include <algorithm>
#include <iostream>
#include <thread>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "cli/report_printer.h"
#include "cli/watch_report.h"
#include "index/index_writer.h"
#include "index/report_catalog.h"
#include "indexer/write/index_run.h"
#include "indexer/write/report_pipeline.h"
#include "indexer/write/sharded_build.h"
#include "indexer/write/source_walker.h"
#include "query/watch_matcher.h"
#include "schema/paragraph_record.h"

namespace ofsearch::cli {
namespace po = boost::program_options;
namespace {

Overrides overrides_from(const po::variables_map& vm) {
  Overrides o;
  if (vm.count("authority")) o.authority = vm["authority"].as<std::string>();
  if (vm.count("date")) o.date = vm["date"].as<std::string>();
  if (vm.count("type")) o.report_type = vm["type"].as<std::string>();
  return o;
}

bool has_overrides(const Overrides& o) { return o.authority || o.date || o.report_type; }

// Each job and each shard is a thread (a shard also an open database): more than
// this only exhausts the machine.
constexpr std::size_t kMaxThreads = 256;

int default_jobs() {
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(std::min(cores, 8u));
}

void print_summary(bool dry_run, std::size_t indexed, std::size_t unchanged,
                   const std::vector<std::string>& failures, const SourceList& sources) {
  for (const auto& failure : failures) std::cerr << "ofsearch: " << failure << "\n";
  std::cout << (dry_run ? "dry run: " : "") << "indexed " << indexed << ", unchanged " << unchanged
            << ", failed " << failures.size();
  if (sources.skipped) std::cout << " (" << sources.skipped << " other files skipped)";
}

int run_sharded_build(SourceList& sources, const Overrides& overrides,
                      const std::filesystem::path& index, int shards) {
  ProgressBar progress(sources.files.size());
  ShardedBuildResult built;
  try {
    built = build_sharded_index(sources.files, overrides, index, shards,
                                [&](std::size_t done) { progress.update(done); });
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("index: ") + e.what());
  }
  progress.finish();
  for (const auto& warning : built.warnings) std::cerr << "ofsearch: warning: " << warning << "\n";
  print_summary(false, built.indexed, 0, built.failures, sources);
  if (built.indexed > 0)
    std::cout << "; index " << index.string() << " holds " << built.paragraphs << " paragraphs";
  std::cout << "\n";
  return built.failures.empty() ? kOk : kFailed;
}

}  // namespace

int run_index(const Args& args) {
  po::options_description options("ofsearch index [options] PATH...");
  add_index_option(options);
  options.add_options()("help,h", "this help")("dry-run",
                                               "print what would be indexed; write nothing")(
      "wait", "wait for another writer instead of failing")(
      "verbose,v", "print what was recognised in every file")("quiet,q", "print only the summary")(
      "jobs,j", po::value<std::string>()->default_value(std::to_string(default_jobs())),
      "threads in all: N-1 read and parse files ahead of the one that writes")(
      "shards", po::value<std::string>(),
      "build a NEW index with N writers at once, merged at the end (appears only when complete)")(
      "authority", po::value<std::string>(), "set the authority (name, alias or slug)")(
      "date", po::value<std::string>(), "set the report date")("type", po::value<std::string>(),
                                                               "set the report type")(
      "format", po::value<std::string>()->default_value("text"),
      "text, or json: one object with the counts and the saved searches new reports match")(
      "path", po::value<std::vector<std::string>>(), "files or folders");
  po::positional_options_description positional;
  positional.add("path", -1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  if (!vm.count("path")) throw UsageError("index: give at least one file or folder");
  int jobs = static_cast<int>(whole_number(vm, "jobs", 1, kMaxThreads));
  int shards =
      vm.count("shards") ? static_cast<int>(whole_number(vm, "shards", 1, kMaxThreads)) : 0;

  std::vector<std::filesystem::path> paths;
  for (const auto& p : vm["path"].as<std::vector<std::string>>()) paths.emplace_back(p);
  SourceList sources = collect_sources(paths);
  Overrides overrides = overrides_from(vm);
  bool dry_run = vm.count("dry-run") > 0;
  bool json = parse_format(vm["format"].as<std::string>(), false) == Format::kJson;
  bool show =
      !json && !vm.count("quiet") && (dry_run || vm.count("verbose") || sources.files.size() <= 5);

  if (shards > 0 && !dry_run)
    return run_sharded_build(sources, overrides, writable_index_dir(vm), shards);
  std::unique_ptr<IndexWriter> writer;
  if (!dry_run)
    writer = std::make_unique<IndexWriter>(writable_index_dir(vm), vm.count("wait") > 0);
  ProgressBar progress(sources.files.size());
  std::size_t files = sources.files.size();
  ReportPipeline pipeline(std::move(sources.files), overrides, files > 1 ? jobs - 1 : 0);
  IndexRunOptions run;
  run.skip_unchanged = !has_overrides(overrides);
  run.before_write = [&](const Report& report) {
    if (show) print_recognised(std::cout, report);
    // Printed however quiet: the report is indexed as printed, but its dates need a look.
    for (const auto& warning : report.warnings)
      std::cerr << "ofsearch: warning: " << report.source << ": " << warning << "\n";
  };
  run.progress = [&](std::size_t taken) { progress.update(taken); };
  std::vector<std::string> written;  // added or changed: what the saved searches look at
  run.after_write = [&](Report& report) { written.push_back(report.report_id); };
  IndexRunResult summary =
      index_run([&](BuiltReport& next) { return pipeline.next(next); }, writer.get(), run);
  progress.finish();

  std::vector<std::string> failures;
  for (const auto& failure : summary.failures) failures.push_back(failure.line());
  if (json) {
    for (const auto& failure : failures) std::cerr << "ofsearch: " << failure << "\n";
    nlohmann::json j = {{"dry_run", dry_run},
                        {"indexed", summary.indexed},
                        {"unchanged", summary.unchanged},
                        {"failed", failures},
                        {"skipped", sources.skipped}};
    if (writer) {
      j["index"] = index_dir(vm).string();
      j["paragraphs"] = writer->paragraph_count();
    }
    j["watches"] = writer && !written.empty()
                       ? new_report_matches(open_index(index_dir(vm)), written)
                       : nlohmann::json::array();
    std::cout << json_text(j, 2) << "\n";
    return summary.failures.empty() ? kOk : kFailed;
  }
  print_summary(dry_run, summary.indexed, summary.unchanged, failures, sources);
  if (writer)
    std::cout << "; index " << index_dir(vm).string() << " holds " << writer->paragraph_count()
              << " paragraphs";
  std::cout << "\n";
  if (writer && !written.empty())
    print_watch_matches(std::cout, new_report_matches(open_index(index_dir(vm)), written));
  return summary.failures.empty() ? kOk : kFailed;
}

int run_remove(const Args& args) {
  po::options_description options("ofsearch remove [options] REPORT_ID...");
  add_index_option(options);
  options.add_options()("help,h", "this help")("wait",
                                               "wait for another writer instead of failing")(
      "report", po::value<std::vector<std::string>>(), "report ids");
  po::positional_options_description positional;
  positional.add("report", -1);
  auto vm = parse(args, options, positional);
  if (printed_help(vm, options)) return kOk;
  if (!vm.count("report")) throw UsageError("remove: give a report id (see 'ofsearch reports')");
  IndexWriter writer(writable_index_dir(vm), vm.count("wait") > 0);
  int status = kOk;
  for (const auto& id : vm["report"].as<std::vector<std::string>>()) {
    if (writer.remove(id)) {
      std::cout << "removed " << id << "\n";
    } else {
      std::cerr << "ofsearch: no report '" << id << "' in the index\n";
      status = kFailed;
    }
  }
  writer.commit();
  return status;
}

}  // namespace ofsearch::cli
