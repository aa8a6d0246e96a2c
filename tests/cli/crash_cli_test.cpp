// Concurrency and crashes through the real binary: a second writer is refused
// (exit 3) or waits with --wait; searches during a bulk index see only whole
// reports; and `kill -9` at a random moment of a bulk index, for real, leaves an
// index that opens with every listed report complete.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <thread>

#include <xapian.h>

#include "cli/cli_harness.h"
#include "schema/schema.h"

namespace ofsearch::testing {
namespace {

constexpr int kCopies = 80;
// Queries checked against the per-report counts of a clean index.
const char* const kQueries[] = {"rotherham", "permanence", "children", "\"missing from care\""};

// A folder of kCopies bundled reports (enough that a bulk index outlasts the kills) under distinct
// names "rNN-B" (B: which seed), and what a clean index says about each seed.
class BulkIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    shared_ = new TempDir;
    auto seeds = bundled_reports();
    fs::create_directories(folder());
    for (int i = 0; i < kCopies; ++i) {
      std::string name = "r" + std::to_string(10 + i) + "-" + std::to_string(i % seeds.size());
      fs::copy_file(seeds[i % seeds.size()], folder() / (name + ".txt"));
    }
    // How long a whole bulk index takes here (to time the kills).
    auto start = std::chrono::steady_clock::now();
    auto full = run_ofsearch("index --quiet --index " + sh_quote(shared_->path() / "full") + " " +
                             sh_quote(folder()));
    ASSERT_EQ(full.status, 0) << full.err;
    full_run_seconds_ =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("a bulk index of %d reports takes %.1f s\n", kCopies, full_run_seconds_);
    // One clean index per seed: its paragraph count and hits per query.
    for (std::size_t b = 0; b < seeds.size(); ++b) {
      fs::path index = shared_->path() / ("clean-" + std::to_string(b));
      auto result =
          run_ofsearch("index --quiet --index " + sh_quote(index) + " " + sh_quote(seeds[b]));
      ASSERT_EQ(result.status, 0) << result.err;
      auto reports = reports_json(index);
      ASSERT_EQ(reports.size(), 1u);
      clean_paragraphs_.push_back(reports[0]["paragraphs"].get<long>());
      std::map<std::string, long> hits;
      for (const char* q : kQueries) hits[q] = search_total(index, q);
      clean_hits_.push_back(hits);
    }
  }
  static void TearDownTestSuite() {
    delete shared_;
    shared_ = nullptr;
    clean_paragraphs_.clear();
    clean_hits_.clear();
  }
  static fs::path folder() { return shared_->path() / "copies"; }
  static std::size_t seed_of(const std::string& report_id) {
    return static_cast<std::size_t>(std::stoi(report_id.substr(report_id.find('-') + 1)));
  }
  std::string index_command() const {
    return ofsearch_command() + " index --quiet --index " + sh_quote(index_) + " " +
           sh_quote(folder());
  }

  // Every listed report is whole: record == `show` (or, faster, the index's own
  // count) == clean index, no stray paragraphs, and search totals are the sum
  // over listed reports. Returns how many reports are listed.
  std::size_t expect_consistent(const std::string& context, bool via_show = true) {
    auto listed = run_ofsearch("reports --format json --index " + sh_quote(index_));
    EXPECT_EQ(listed.status, 0) << context << ": the index does not open: " << listed.err;
    auto reports = nlohmann::json::parse(listed.out, nullptr, false);
    if (!reports.is_array()) return 0;
    long record_total = 0;
    std::map<std::string, long> expected_hits;
    for (const auto& r : reports) {
      std::string id = r["report_id"].get<std::string>();
      std::size_t seed = seed_of(id);
      long paragraphs = r["paragraphs"].get<long>();
      record_total += paragraphs;
      EXPECT_EQ(paragraphs, clean_paragraphs_.at(seed)) << context << ": " << id;
      EXPECT_EQ(via_show ? shown_paragraphs(id) : indexed_paragraphs(id), paragraphs)
          << context << ": " << id << " is not complete";
      for (const auto& [q, k] : clean_hits_.at(seed)) expected_hits[q] += k;
    }
    if (!reports.empty()) {
      EXPECT_EQ(static_cast<long>(Xapian::Database(index_.string()).get_doccount()), record_total)
          << context << ": paragraphs without a report record (or the reverse)";
      for (const auto& [q, k] : expected_hits)
        EXPECT_EQ(search_total(index_, q), k) << context << ": query " << q;
    }
    return reports.size();
  }

  // Polls the index (as a reader) until it holds a paragraph; ms since `bulk` started.
  int milliseconds_until_first_commit(Background& bulk) const {
    while (bulk.running()) {
      try {
        if (Xapian::Database(index_.string()).get_doccount() > 0) break;
      } catch (const Xapian::Error&) {
        // not created yet
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - bulk.started())
                                .count());
  }
  long shown_paragraphs(const std::string& id) const {
    auto shown = run_ofsearch("show --format json --index " + sh_quote(index_) + " " + id);
    auto json = nlohmann::json::parse(shown.out, nullptr, false);
    return json.is_array() ? static_cast<long>(json.size()) : -1;
  }
  long indexed_paragraphs(const std::string& id) const {
    return Xapian::Database(index_.string()).get_termfreq(std::string(schema::kReport) + id);
  }

  static TempDir* shared_;
  static std::vector<long> clean_paragraphs_;
  static double full_run_seconds_;
  static std::vector<std::map<std::string, long>> clean_hits_;
  TempDir dir_;
  fs::path index_ = dir_ / "index";
};

TempDir* BulkIndexTest::shared_ = nullptr;
std::vector<long> BulkIndexTest::clean_paragraphs_;
double BulkIndexTest::full_run_seconds_ = 0;
std::vector<std::map<std::string, long>> BulkIndexTest::clean_hits_;

TEST_F(BulkIndexTest, KillNineDuringABulkIndexLosesNoCommittedReportAndHalvesNone) {
  // Kills at random moments, timed from the measured length of a bulk index: half
  // anywhere in the run, half after the first commit shows (the CLI commits about
  // once a second). Runs vary in length, so a round that finished before its kill
  // shortens the later delays, and rounds go on until enough kills landed mid-run.
  std::mt19937 random(std::random_device{}());
  const int full_ms = static_cast<int>(full_run_seconds_ * 1000);
  double scale = 0.8;
  int killed_mid_run = 0, killed_after_commits = 0, round = 0;
  while (round < 20 && (round < 10 || killed_mid_run < 7 || killed_after_commits < 2)) {
    ++round;
    std::error_code ec;
    fs::remove_all(index_, ec);
    Background bulk(index_command());
    int delay = 0;
    if (round % 2 == 1) {
      delay = std::uniform_int_distribution<int>(100, std::max(150, int(full_ms * scale)))(random);
    } else {
      int first_commit = milliseconds_until_first_commit(bulk);
      int room = std::max(50, int((full_ms - first_commit) * scale));
      delay = first_commit + std::uniform_int_distribution<int>(0, room)(random);
    }
    std::this_thread::sleep_until(bulk.started() + std::chrono::milliseconds(delay));
    bulk.kill9();
    // The exit status, not a check before the kill, says whether it landed: the run can
    // end between the two (a zombie takes the signal and still reports exit 0).
    int status = bulk.wait(10);
    ASSERT_TRUE(status == 0 || status == 128 + SIGKILL) << "exit " << status << ": " << bulk.err();
    bool was_running = status == 128 + SIGKILL;
    if (was_running) {
      ++killed_mid_run;
    } else {
      scale *= 0.7;
    }
    std::string context =
        "round " + std::to_string(round) + " (kill after " + std::to_string(delay) + " ms)";
    std::size_t committed = expect_consistent(context);
    if (was_running && committed > 0) ++killed_after_commits;
    std::printf("%s: %s, %zu of %d reports committed\n", context.c_str(),
                was_running ? "killed mid-run" : "had already finished", committed, kCopies);

    // The next run takes the lock at once and finishes the job, skipping what is there.
    Background resume(index_command());
    ASSERT_EQ(resume.wait(300), 0) << resume.err();
    EXPECT_NE(resume.out().find("unchanged " + std::to_string(committed) + ","), std::string::npos)
        << resume.out();
    EXPECT_EQ(expect_consistent(context + ", resumed", false), static_cast<std::size_t>(kCopies));
  }
  EXPECT_GE(killed_mid_run, 7) << "the bulk index finished before most kills: make it longer";
  EXPECT_GE(killed_after_commits, 2) << "too few kills landed after a commit";
}

TEST_F(BulkIndexTest, SearchesDuringABulkIndexSeeOnlyWholeReports) {
  // A query only one seed matches: every committed state holds a multiple of its count.
  std::string query;
  long per_copy = 0;
  for (const char* q : kQueries) {
    int seeds_matching = 0;
    long k = 0;
    for (const auto& hits : clean_hits_)
      if (hits.at(q) > 0) ++seeds_matching, k = hits.at(q);
    if (seeds_matching == 1 && k >= 2) {
      query = q;
      per_copy = k;
      break;
    }
  }
  ASSERT_FALSE(query.empty()) << "no query matches exactly one seed report";

  Background bulk(index_command());
  std::vector<long> totals;
  int failures_after_first = 0;
  while (bulk.running()) {
    long total = search_total(index_, query);
    if (total >= 0) {
      totals.push_back(total);
    } else if (!totals.empty()) {
      ++failures_after_first;
    }
  }
  ASSERT_EQ(bulk.wait(10), 0) << bulk.err();
  totals.push_back(search_total(index_, query));
  std::printf("%zu searches during the bulk index; totals from %ld to %ld\n", totals.size(),
              totals.front(), totals.back());
  EXPECT_EQ(failures_after_first, 0);
  EXPECT_GE(totals.size(), 3u);
  for (std::size_t i = 0; i < totals.size(); ++i) {
    EXPECT_EQ(totals[i] % per_copy, 0) << "search " << i << " saw part of a report: " << totals[i];
    if (i > 0) {
      EXPECT_GE(totals[i], totals[i - 1]) << "search " << i << " went back in time";
    }
  }
  EXPECT_EQ(totals.back(), per_copy * (kCopies / static_cast<long>(clean_hits_.size())));
}

// Holds the index's write lock in a child process until destroyed.
class LockHolder {
 public:
  explicit LockHolder(const fs::path& index) {
    fs::path ready = index.string() + ".locked";
    pid_ = ::fork();
    if (pid_ == 0) {
      Xapian::WritableDatabase db(index.string(), Xapian::DB_OPEN);
      write_file(ready, "1");
      ::pause();
      ::_exit(0);
    }
    for (int i = 0; i < 500 && !fs::exists(ready); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ~LockHolder() { release(); }
  void release() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

 private:
  pid_t pid_ = -1;
};

TEST_F(BulkIndexTest, ASecondWriterIsToldTheIndexIsBusyOrWaits) {
  auto seeds = bundled_reports();
  ASSERT_EQ(
      run_ofsearch("index --quiet --index " + sh_quote(index_) + " " + sh_quote(seeds[0])).status,
      0);
  LockHolder lock(index_);
  auto before = fingerprint(index_);  // readers are not blocked by the writer

  auto busy = run_ofsearch("index --index " + sh_quote(index_) + " " + sh_quote(seeds[4]));
  EXPECT_EQ(busy.status, 3);
  ASSERT_EQ(busy.err_lines().size(), 1u) << busy.err;
  EXPECT_NE(busy.err.find("the index is being updated by another process"), std::string::npos)
      << busy.err;
  auto remove = run_ofsearch("remove --index " + sh_quote(index_) + " " + seeds[0].stem().string());
  EXPECT_EQ(remove.status, 3) << remove.err;
  EXPECT_EQ(fingerprint(index_), before);

  Background waiting(ofsearch_command() + " index --wait --index " + sh_quote(index_) + " " +
                     sh_quote(seeds[4]));
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  EXPECT_TRUE(waiting.running()) << "--wait did not wait: " << waiting.err();
  lock.release();
  EXPECT_EQ(waiting.wait(60), 0) << waiting.err();
  EXPECT_EQ(reports_json(index_).size(), 2u);
}

}  // namespace
}  // namespace ofsearch::testing
