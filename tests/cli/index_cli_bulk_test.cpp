// `ofsearch index` on many files through the real binary, each test in a fresh
// temporary index: the recursive walk and its summary, going on past bad files,
// parsing on several threads, sharded builds, --jobs, and the progress bar.
#include <gtest/gtest.h>

#include <cstdlib>

#include "cli/index_cli_fixture.h"

namespace ofsearch::testing {
namespace {

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
