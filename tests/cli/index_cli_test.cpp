// `ofsearch index` end to end through the real binary, each test in a fresh
// temporary index: adding one letter (what it prints, --dry-run, re-indexing,
// remove, overrides), and many files (recursive walk, summary, failures, progress bar).
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "cli/cli_harness.h"
#include "support/case_name.h"

namespace ofsearch::testing {
namespace {

// The value printed after "  FIELD:" in the recognised block, or "" if absent.
std::string field(const std::string& out, const std::string& name) {
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    auto start = line.find_first_not_of(' ');
    if (start == std::string::npos || line.compare(start, name.size() + 1, name + ":") != 0)
      continue;
    auto value = line.find_first_not_of(' ', start + name.size() + 1);
    return value == std::string::npos ? "" : line.substr(value);
  }
  return "";
}

std::vector<std::string> fields(const std::string& out, const std::string& name) {
  std::vector<std::string> values;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    std::string value = field(line, name);
    if (!value.empty()) values.push_back(value);
  }
  return values;
}

struct Summary {
  int indexed = -1, unchanged = -1, failed = -1;
};

Summary summary_of(const std::string& out) {
  static const std::regex kSummary(R"(indexed (\d+), unchanged (\d+), failed (\d+))");
  std::smatch m;
  Summary s;
  if (std::regex_search(out, m, kSummary)) {
    s.indexed = std::stoi(m[1]);
    s.unchanged = std::stoi(m[2]);
    s.failed = std::stoi(m[3]);
  }
  return s;
}

const nlohmann::json* find_report(const nlohmann::json& reports, const std::string& id) {
  for (const auto& r : reports)
    if (r.value("report_id", "") == id) return &r;
  return nullptr;
}

long show_count(const fs::path& index, const std::string& id) {
  auto shown = run_ofsearch("show --format json --index " + sh_quote(index) + " " + sh_quote(id));
  if (shown.status != 0) return -1;
  auto json = nlohmann::json::parse(shown.out, nullptr, false);
  return json.is_array() ? static_cast<long>(json.size()) : -1;
}

class IndexCliTest : public ::testing::Test {
 protected:
  // A bundled report copied into the temp dir under `name`.
  fs::path copy_report(int which, const std::string& name) {
    fs::path target = dir_ / name;
    fs::create_directories(target.parent_path());
    fs::copy_file(bundled_reports().at(which), target, fs::copy_options::overwrite_existing);
    return target;
  }
  CommandResult index(const std::string& args) {
    return run_ofsearch("index --index " + sh_quote(index_) + " " + args);
  }

  TempDir dir_;
  fs::path index_ = dir_ / "index";
};

TEST_F(IndexCliTest, AddingOneLetterPrintsWhatWasRecognised) {
  fs::path letter = copy_report(4, "rotherham-letter.txt");
  auto result = index(sh_quote(letter));
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.out.find("rotherham-letter"), std::string::npos) << result.out;
  EXPECT_NE(field(result.out, "authority").find("Rotherham"), std::string::npos) << result.out;
  EXPECT_EQ(field(result.out, "type"), "focused-visit") << result.out;
  EXPECT_EQ(field(result.out, "date"), "2019-04-15") << result.out;
  EXPECT_EQ(field(result.out, "inspection"), "2019-03-21 to 2019-03-22") << result.out;
  EXPECT_FALSE(field(result.out, "themes").empty()) << result.out;

  // The paragraph count printed is what the index holds, in the record and in `show`.
  long printed = std::atol(field(result.out, "paragraphs").c_str());
  EXPECT_GT(printed, 10) << result.out;
  auto reports = reports_json(index_);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0]["paragraphs"].get<long>(), printed);
  EXPECT_EQ(show_count(index_, "rotherham-letter"), printed);
}

// "Anyshire, focused visit, para 13, p. 2": a PDF's paragraphs carry their page in
// `show` and in search hits, and every hit its source file and report title.
TEST_F(IndexCliTest, APdfParagraphIsCitedByPageSourceAndTitle) {
  fs::path pdf = dir_ / "letter.pdf";  // two pages; page 2 opens inside paragraph 13
  fs::copy_file(fs::path(OFSEARCH_SOURCE_DIR) / "tests/data/ingest/enscript_bullets.pdf", pdf);
  ASSERT_EQ(index(sh_quote(pdf)).status, 0);
  const std::string at = " --index " + sh_quote(index_) + " ";

  auto shown = run_ofsearch("show letter --format json" + at);
  ASSERT_EQ(shown.status, 0) << shown.err;
  auto paragraphs = nlohmann::json::parse(shown.out);
  ASSERT_GT(paragraphs.size(), 14u);
  EXPECT_EQ(paragraphs[0]["page"], 1);
  EXPECT_EQ(paragraphs[12]["page"], 1);  // runs on over the page break
  EXPECT_EQ(paragraphs[13]["page"], 2);
  auto text = run_ofsearch("show letter" + at);
  EXPECT_NE(text.out.find("[14] p. 2"), std::string::npos) << text.out;

  std::string title = reports_json(index_)[0]["title"];
  auto json = run_ofsearch("search --format json caseloads" + at);
  ASSERT_EQ(json.status, 0) << json.err;
  auto hit = nlohmann::json::parse(json.out)["hits"][0];
  EXPECT_EQ(hit["page"], 2);
  EXPECT_EQ(hit["source"], pdf.string());
  EXPECT_EQ(hit["title"], title);

  auto csv = run_ofsearch("search --format csv caseloads" + at);
  ASSERT_EQ(csv.status, 0) << csv.err;
  std::string row = csv.out.substr(csv.out.find('\n') + 1);
  EXPECT_EQ(row.rfind("letter/14,letter,14,,2,", 0), 0u) << row;
  EXPECT_NE(row.find("," + title + "," + pdf.string() + ","), std::string::npos) << row;

  auto plain = run_ofsearch("search caseloads" + at);
  EXPECT_NE(plain.out.find("[letter/14] p. 2"), std::string::npos) << plain.out;
}

TEST_F(IndexCliTest, AddingAGradedReportPrintsItsJudgements) {
  fs::path report = copy_report(2, "rutland-2011.txt");
  auto result = index(sh_quote(report));
  ASSERT_EQ(result.status, 0) << result.err;
  auto judgements = fields(result.out, "judgement");
  ASSERT_GE(judgements.size(), 2u) << result.out;
  std::string all;
  for (const auto& j : judgements) all += j + "\n";
  // The report's two overall judgements: safeguarding adequate, looked after children good.
  EXPECT_TRUE(
      std::regex_search(all, std::regex("Overall effectiveness: adequate", std::regex::icase)))
      << all;
  EXPECT_TRUE(std::regex_search(all, std::regex("Overall effectiveness: good", std::regex::icase)))
      << all;
  EXPECT_EQ(field(result.out, "type"), "slac-inspection") << result.out;
}

TEST_F(IndexCliTest, DryRunPrintsTheSameAndWritesNothing) {
  fs::path letter = copy_report(4, "letter.txt");
  auto dry = index("--dry-run " + sh_quote(letter));
  ASSERT_EQ(dry.status, 0) << dry.err;
  EXPECT_FALSE(fs::exists(index_ / "iamglass")) << "a dry run created an index";
  EXPECT_EQ(reports_json(index_).size(), 0u);

  auto real = index(sh_quote(letter));
  ASSERT_EQ(real.status, 0) << real.err;
  for (const char* name : {"authority", "type", "date", "inspection", "paragraphs", "themes"})
    EXPECT_EQ(field(dry.out, name), field(real.out, name)) << name;

  // On an existing index a dry run of another file leaves it as it was.
  fs::path other = copy_report(2, "other.txt");
  auto before = fingerprint(index_);
  auto dry2 = index("--dry-run " + sh_quote(other));
  ASSERT_EQ(dry2.status, 0) << dry2.err;
  EXPECT_FALSE(field(dry2.out, "paragraphs").empty()) << dry2.out;
  EXPECT_EQ(fingerprint(index_), before) << describe(fingerprint(index_));
}

TEST_F(IndexCliTest, IndexingTheSameFileAgainReplacesItWithoutDuplicates) {
  fs::path letter = copy_report(4, "letter.txt");
  ASSERT_EQ(index(sh_quote(letter)).status, 0);
  auto first = reports_json(index_);
  long paragraphs = first.at(0)["paragraphs"].get<long>();
  long hits = search_total(index_, "permanence");
  ASSERT_GT(hits, 0);

  auto again = index(sh_quote(letter));
  ASSERT_EQ(again.status, 0) << again.err;
  Summary s = summary_of(again.out);
  EXPECT_EQ(s.unchanged, 1) << again.out;
  EXPECT_EQ(s.indexed, 0) << again.out;

  // Forced through (an override skips the unchanged check): replaced, not added twice.
  auto forced = index("--type focused-visit " + sh_quote(letter));
  ASSERT_EQ(forced.status, 0) << forced.err;
  EXPECT_EQ(summary_of(forced.out).indexed, 1) << forced.out;
  auto after = reports_json(index_);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0]["paragraphs"].get<long>(), paragraphs);
  EXPECT_EQ(search_total(index_, "permanence"), hits);
  EXPECT_EQ(show_count(index_, "letter"), paragraphs);
}

TEST_F(IndexCliTest, AChangedFileIsReindexedInPlace) {
  fs::path letter = copy_report(4, "letter.txt");
  ASSERT_EQ(index(sh_quote(letter)).status, 0);
  long paragraphs = reports_json(index_).at(0)["paragraphs"].get<long>();
  write_file(letter, read_file(letter) +
                         "\n\nA further paragraph about zanzibarian caseload audits was added.\n");
  auto result = index(sh_quote(letter));
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(summary_of(result.out).indexed, 1) << result.out;
  auto after = reports_json(index_);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0]["paragraphs"].get<long>(), paragraphs + 1);
  EXPECT_EQ(search_total(index_, "zanzibarian"), 1);
}

TEST_F(IndexCliTest, RemoveDeletesOneReport) {
  fs::path a = copy_report(4, "letter-a.txt"), b = copy_report(0, "letter-b.txt");
  ASSERT_EQ(index(sh_quote(a) + " " + sh_quote(b)).status, 0);
  long total_before = search_total(index_, "children");
  auto removed = run_ofsearch("remove --index " + sh_quote(index_) + " letter-a");
  ASSERT_EQ(removed.status, 0) << removed.err;
  EXPECT_NE(removed.out.find("letter-a"), std::string::npos);

  auto shown = run_ofsearch("show --index " + sh_quote(index_) + " letter-a");
  EXPECT_NE(shown.status, 0);
  EXPECT_EQ(shown.err_lines().size(), 1u) << shown.err;
  auto reports = reports_json(index_);
  EXPECT_EQ(find_report(reports, "letter-a"), nullptr);
  EXPECT_NE(find_report(reports, "letter-b"), nullptr);
  EXPECT_LT(search_total(index_, "children"), total_before);
  EXPECT_EQ(search_total(index_, "rotherham"), 0);

  auto again = run_ofsearch("remove --index " + sh_quote(index_) + " letter-a");
  EXPECT_EQ(again.status, 1);
  ASSERT_EQ(again.err_lines().size(), 1u) << again.err;
  EXPECT_NE(again.err.find("letter-a"), std::string::npos);
}

TEST_F(IndexCliTest, CommandLineOverridesApply) {
  fs::path letter = copy_report(4, "letter.txt");
  auto result =
      index("--authority rutland --date '1 May 2020' --type monitoring-visit " + sh_quote(letter));
  ASSERT_EQ(result.status, 0) << result.err;
  auto reports = reports_json(index_);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0]["authority"], "Rutland");
  EXPECT_EQ(reports[0]["date"], "2020-05-01");
  EXPECT_EQ(reports[0]["report_type"], "monitoring-visit");
}

TEST_F(IndexCliTest, SidecarOverridesApplyAndTheCommandLineWins) {
  fs::path letter = copy_report(4, "letter.txt");
  write_file(dir_ / "letter.meta.json",
             R"({"authority": "Rutland", "date": "2020-05-01", "report_type": "news"})");
  ASSERT_EQ(index(sh_quote(letter)).status, 0);
  auto reports = reports_json(index_);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0]["authority"], "Rutland");
  EXPECT_EQ(reports[0]["date"], "2020-05-01");
  EXPECT_EQ(reports[0]["report_type"], "news");

  ASSERT_EQ(index("--date 2021-06-30 " + sh_quote(letter)).status, 0);
  reports = reports_json(index_);
  EXPECT_EQ(reports.at(0)["date"], "2021-06-30");
  EXPECT_EQ(reports.at(0)["authority"], "Rutland");
}

// A letter dated before its own visit (a typo in a real letter) is indexed with the
// printed date, and the doubt is printed (one line naming the file) and stored.
TEST_F(IndexCliTest, ADateBeforeTheVisitIsKeptWithAWarningPrintedAndStored) {
  fs::path letter = dir_ / "typo-letter.txt";
  write_file(letter,
             "21 January 2019\n\nDear Ms Smith\n\nFocused visit to Rutland children's "
             "services\n\nThis letter summarises the findings of the focused visit to Rutland "
             "children's services on 18 and 19 December 2019.\n\nInspectors looked at the "
             "local authority's arrangements for care leavers.\n");
  auto result = index("--quiet " + sh_quote(letter));
  ASSERT_EQ(result.status, 0) << result.err;
  auto lines = result.err_lines();
  ASSERT_EQ(lines.size(), 1u) << result.err;
  EXPECT_NE(lines[0].find("warning"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find(letter.string()), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("dated 2019-01-21, before the visit"), std::string::npos) << lines[0];

  auto reports = reports_json(index_);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0]["date"], "2019-01-21");
  ASSERT_EQ(reports[0]["warnings"].size(), 1u) << reports[0].dump();
  EXPECT_NE(reports[0]["warnings"][0].get<std::string>().find("before the visit"),
            std::string::npos);
}

TEST_F(IndexCliTest, AShardedBuildPrintsTheWarningsToo) {
  fs::path letter = dir_ / "typo-letter.txt";
  write_file(letter,
             "21 January 2019\n\nDear Ms Smith\n\nFocused visit to Rutland children's "
             "services\n\nThis letter summarises the findings of the focused visit to Rutland "
             "children's services on 18 and 19 December 2019.\n");
  auto result = index("--quiet --shards 2 " + sh_quote(letter));
  ASSERT_EQ(result.status, 0) << result.err;
  auto lines = result.err_lines();
  ASSERT_EQ(lines.size(), 1u) << result.err;
  EXPECT_NE(lines[0].find("warning: " + letter.string() + ": dated 2019-01-21, before the visit"),
            std::string::npos)
      << lines[0];
  ASSERT_EQ(reports_json(index_).at(0)["warnings"].size(), 1u);
}

TEST_F(IndexCliTest, ConsistentDatesPrintNoWarningAndStoreAnEmptyList) {
  fs::path letter = copy_report(4, "letter.txt");
  auto result = index("--quiet " + sh_quote(letter));
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_TRUE(result.err_lines().empty()) << result.err;
  auto reports = reports_json(index_);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_TRUE(reports[0]["warnings"].is_array());
  EXPECT_TRUE(reports[0]["warnings"].empty());
}

// A visit's focus area is a report field, a `focus:` term on every paragraph, a
// --focus flag and a facet.
TEST_F(IndexCliTest, FocusAreasAreStoredSearchableAndCounted) {
  fs::path in_care = copy_report(0, "rutland.txt");       // children in care
  fs::path permanence = copy_report(4, "rotherham.txt");  // achieving permanence
  ASSERT_EQ(index("--quiet " + sh_quote(in_care) + " " + sh_quote(permanence)).status, 0);
  auto reports = reports_json(index_);
  const nlohmann::json* rutland = find_report(reports, "rutland");
  ASSERT_NE(rutland, nullptr);
  EXPECT_EQ((*rutland)["focus_areas"], nlohmann::json::array({"children-in-care"}));

  std::string at = " --index " + sh_quote(index_);
  auto query = run_ofsearch(
      "search --format json --limit 100 --include-boilerplate 'focus:children-in-care'" + at);
  ASSERT_EQ(query.status, 0) << query.err;
  auto flag = run_ofsearch(
      "search --format json --limit 100 --include-boilerplate --focus children-in-care" + at);
  ASSERT_EQ(flag.status, 0) << flag.err;
  auto by_query = nlohmann::json::parse(query.out), by_flag = nlohmann::json::parse(flag.out);
  ASSERT_GT(by_query["total"].get<long>(), 0);
  EXPECT_EQ(by_query["total"], by_flag["total"]);
  EXPECT_EQ(by_query["total"].get<long>(), show_count(index_, "rutland"));  // every paragraph
  for (const auto& hit : by_query["hits"]) EXPECT_EQ(hit["report_id"], "rutland");
  EXPECT_EQ(by_query["facets"]["focus"]["children-in-care"], by_query["total"]);

  auto all = nlohmann::json::parse(run_ofsearch("search --format json assessment" + at).out);
  EXPECT_TRUE(all["facets"]["focus"].contains("children-in-care")) << all["facets"].dump();
  EXPECT_TRUE(all["facets"]["focus"].contains("permanence")) << all["facets"].dump();

  auto unknown = run_ofsearch("search 'focus:back-door'" + at);
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("front-door"), std::string::npos) << unknown.err;
}

// Regression: parse_date refused "11 may 2018" ("cannot read date"), taking
// lower-case "may" for the verb although the whole string must be one date. The
// published focused-visit table writes dates this way.
TEST_F(IndexCliTest, ALowerCaseMonthInADateOverrideIsAccepted) {
  fs::path letter = copy_report(4, "letter.txt");
  auto result = index("--date '11 may 2018' " + sh_quote(letter));
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(reports_json(index_).at(0)["date"], "2018-05-11");
}

struct BadOverride {
  const char* option;
  const char* mentions;  // the bad value, named in the message
};

class BadOverrideTest : public IndexCliTest, public ::testing::WithParamInterface<BadOverride> {};

TEST_P(BadOverrideTest, FailsWithOneLineAndWritesNothing) {
  fs::path letter = copy_report(4, "letter.txt");
  ASSERT_EQ(index(sh_quote(copy_report(0, "seed.txt"))).status, 0);
  auto before = fingerprint(index_);
  auto result = index(std::string(GetParam().option) + " " + sh_quote(letter));
  EXPECT_NE(result.status, 0);
  ASSERT_EQ(result.err_lines().size(), 1u) << result.err;
  EXPECT_NE(result.err.find(GetParam().mentions), std::string::npos) << result.err;
  EXPECT_EQ(fingerprint(index_), before);
}

INSTANTIATE_TEST_SUITE_P(
    Overrides, BadOverrideTest,
    ::testing::Values(BadOverride{"--authority Atlantis", "Atlantis"},
                      BadOverride{"--date 'the 45th of Nonember'", "45th of Nonember"},
                      BadOverride{"--date 2021-02-30", "2021-02-30"},
                      BadOverride{"--type novel", "novel"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.option, info.index); });

TEST_F(IndexCliTest, AFolderIsWalkedRecursivelyAndCounted) {
  copy_report(0, "tree/a.txt");
  copy_report(2, "tree/sub/b.md");
  copy_report(4, "tree/sub/deeper/c.txt");
  write_file(dir_ / "tree/sub/notes.csv", "a,b\n1,2\n");
  copy_report(3, "tree/.hidden/d.txt");
  auto result = index(sh_quote(dir_ / "tree"));
  ASSERT_EQ(result.status, 0) << result.err;
  Summary s = summary_of(result.out);
  EXPECT_EQ(s.indexed, 3) << result.out;
  EXPECT_EQ(s.unchanged, 0);
  EXPECT_EQ(s.failed, 0);
  auto reports = reports_json(index_);
  ASSERT_EQ(reports.size(), 3u);
  for (const char* id : {"a", "b", "c"}) EXPECT_NE(find_report(reports, id), nullptr) << id;

  auto again = index(sh_quote(dir_ / "tree"));
  ASSERT_EQ(again.status, 0) << again.err;
  s = summary_of(again.out);
  EXPECT_EQ(s.indexed, 0) << again.out;
  EXPECT_EQ(s.unchanged, 3) << again.out;
}

TEST_F(IndexCliTest, GoesOnPastBadFilesAndExitsNonZero) {
  copy_report(0, "batch/1-good.txt");
  write_file(dir_ / "batch/2-empty.txt", "");
  copy_report(2, "batch/3-good.txt");
  write_file(dir_ / "batch/4-junk.txt",
             std::string("\x00\x01\xFF\xFE\x00junk\x00\x00", 12) + std::string(4000, '\0'));
  copy_report(4, "batch/5-good.txt");
  auto result = index(sh_quote(dir_ / "batch"));
  EXPECT_EQ(result.status, 1);
  Summary s = summary_of(result.out);
  EXPECT_EQ(s.indexed, 3) << result.out;
  EXPECT_EQ(s.failed, 2) << result.out;
  auto lines = result.err_lines();
  ASSERT_EQ(lines.size(), 2u) << result.err;
  EXPECT_NE(lines[0].find("2-empty.txt"), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find("4-junk.txt"), std::string::npos) << lines[1];
  EXPECT_EQ(reports_json(index_).size(), 3u);
}

TEST_F(IndexCliTest, ParsingOnMoreThreadsGivesTheSameIndexAndSummary) {
  for (int copy = 0; copy < 3; ++copy)
    for (int i = 0; i < 5; ++i)
      copy_report(i, "many/" + std::to_string(copy) + "-" + std::to_string(i) + ".txt");
  write_file(dir_ / "many/1-empty.txt", "");
  fs::path serial = dir_ / "serial";
  auto one =
      run_ofsearch("index --jobs 1 --index " + sh_quote(serial) + " " + sh_quote(dir_ / "many"));
  auto four = index("--jobs 4 " + sh_quote(dir_ / "many"));
  EXPECT_EQ(one.status, 1);
  EXPECT_EQ(four.status, 1);
  EXPECT_EQ(four.out,
            one.out.substr(0, one.out.find("; index")) + four.out.substr(four.out.find("; index")));
  EXPECT_EQ(four.err_lines(), one.err_lines());
  EXPECT_EQ(reports_json(index_), reports_json(serial));
  for (const char* q : {"children", "\"missing from care\"", "rotherham"})
    EXPECT_EQ(search_total(index_, q), search_total(serial, q)) << q;
}

TEST_F(IndexCliTest, AShardedBuildGivesTheSameIndexAsOneWriter) {
  for (int copy = 0; copy < 3; ++copy)
    for (int i = 0; i < 5; ++i)
      copy_report(i, "many/" + std::to_string(copy) + "-" + std::to_string(i) + ".txt");
  copy_report(3, "many/again/0-1.txt");  // the same report id as many/0-1.txt: replaces it
  write_file(dir_ / "many/1-empty.txt", "");
  fs::path serial = dir_ / "serial";
  auto one = run_ofsearch("index --index " + sh_quote(serial) + " " + sh_quote(dir_ / "many"));
  auto sharded = index("--shards 3 " + sh_quote(dir_ / "many"));
  EXPECT_EQ(one.status, 1);
  EXPECT_EQ(sharded.status, 1);
  auto without_path = [](std::string out) {
    auto at = out.find("; index ");
    return out.erase(at, out.find(" holds ") - at);
  };
  EXPECT_EQ(without_path(sharded.out), without_path(one.out)) << "the same counts and paragraphs";
  EXPECT_EQ(sharded.err_lines(), one.err_lines());
  EXPECT_EQ(reports_json(index_), reports_json(serial));
  for (const char* q : {"children", "\"missing from care\"", "rotherham", "type:focused-visit"})
    EXPECT_EQ(search_total(index_, q), search_total(serial, q)) << q;
}

TEST_F(IndexCliTest, AShardedBuildRefusesAnExistingIndexAndLeavesItAlone) {
  copy_report(0, "a.txt");
  copy_report(4, "b.txt");
  ASSERT_EQ(index(sh_quote(dir_ / "a.txt")).status, 0);
  long before = search_total(index_, "children");
  auto result = index("--shards 2 " + sh_quote(dir_ / "b.txt"));
  EXPECT_EQ(result.status, 2);
  EXPECT_EQ(result.err_lines().size(), 1u) << result.err;
  EXPECT_NE(result.err.find(index_.string()), std::string::npos) << result.err;
  EXPECT_EQ(reports_json(index_).size(), 1u);
  EXPECT_EQ(search_total(index_, "children"), before);
  for (const auto& e : fs::directory_iterator(dir_.path()))
    EXPECT_EQ(e.path().filename().string().find(".build-"), std::string::npos) << e.path();
}

TEST_F(IndexCliTest, JobsBelowOneIsAUsageError) {
  copy_report(0, "a.txt");
  auto result = index("--jobs 0 " + sh_quote(dir_ / "a.txt"));
  EXPECT_EQ(result.status, 2);
  EXPECT_NE(result.err.find("--jobs"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(index_ / "iamglass"));
}

TEST_F(IndexCliTest, NoProgressBarWhenOutputIsPiped) {
  for (int i = 0; i < 5; ++i) copy_report(i, "many/" + std::to_string(i) + ".txt");
  auto result = index(sh_quote(dir_ / "many"));
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err.find('\r'), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("files/s"), std::string::npos) << result.err;
}

TEST_F(IndexCliTest, ProgressBarOnATerminal) {
  if (std::system("command -v script >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "util-linux 'script' is not installed: cannot give the CLI a terminal";
  for (int i = 0; i < 5; ++i) copy_report(i, "many/" + std::to_string(i) + ".txt");
  std::string command = ofsearch_command() + " index --quiet --index " + sh_quote(index_) + " " +
                        sh_quote(dir_ / "many");
  fs::path typescript = dir_ / "typescript";
  std::string run = "script -qec " + sh_quote(command) + " " + sh_quote(typescript) +
                    " >/dev/null 2>&1 </dev/null";
  ASSERT_EQ(std::system(run.c_str()), 0);
  std::string screen = read_file(typescript);
  EXPECT_NE(screen.find("5/5 files"), std::string::npos) << screen;
  EXPECT_NE(screen.find("files/s"), std::string::npos) << screen;
  EXPECT_NE(screen.find('\r'), std::string::npos) << screen;
  EXPECT_EQ(summary_of(screen).indexed, 5) << screen;
}

}  // namespace
}  // namespace ofsearch::testing
