// ReportPipeline: whatever the number of worker threads and how far ahead they may
// run, the consumer gets every file's result once, in file order, with failures in
// their place; and a pipeline dropped half-way stops its workers.
#include "indexer/write/report_pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  std::string file, report_id, error;
  std::size_t paragraphs = 0;
  bool operator==(const Outcome& o) const {
    return file == o.file && report_id == o.report_id && error == o.error &&
           paragraphs == o.paragraphs;
  }
};

class ReportPipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("ofsearch-pipeline-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::vector<fs::path> seeds;
    for (const auto& e : fs::directory_iterator(fs::path(OFSEARCH_SOURCE_DIR) / "corpus/reports"))
      if (e.path().extension() == ".txt") seeds.push_back(e.path());
    std::sort(seeds.begin(), seeds.end());
    // Seeds three times over, with an empty file and a missing one among them.
    for (int copy = 0; copy < 3; ++copy) {
      for (std::size_t s = 0; s < seeds.size(); ++s) {
        fs::path to = dir_ / ("r" + std::to_string(copy) + "-" + std::to_string(s) + ".txt");
        fs::copy_file(seeds[s], to);
        files_.push_back(to);
      }
      if (copy == 0) {
        std::ofstream(dir_ / "empty.txt");
        files_.push_back(dir_ / "empty.txt");
        files_.push_back(dir_ / "missing.txt");
      }
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<Outcome> run(int threads, std::size_t ahead) {
    ReportPipeline pipeline(files_, Overrides{}, threads, ahead);
    std::vector<Outcome> out;
    BuiltReport built;
    while (pipeline.next(built)) {
      Outcome o{built.file.string(), "", built.error, 0};
      if (built.report) {
        o.report_id = built.report->report_id;
        o.paragraphs = built.report->paragraphs.size();
      }
      out.push_back(o);
    }
    return out;
  }

  fs::path dir_;
  std::vector<fs::path> files_;
};

TEST_F(ReportPipelineTest, EveryFileComesBackOnceInOrderWithAnyNumberOfThreads) {
  auto inline_run = run(0, 1);
  ASSERT_EQ(inline_run.size(), files_.size());
  for (std::size_t i = 0; i < files_.size(); ++i) EXPECT_EQ(inline_run[i].file, files_[i].string());
  for (auto [threads, ahead] : {std::pair{1, 1ul}, {2, 2ul}, {3, 8ul}, {4, 100ul}}) {
    EXPECT_EQ(run(threads, ahead), inline_run) << threads << " threads, " << ahead << " ahead";
  }
}

TEST_F(ReportPipelineTest, AFailedFileKeepsItsPlaceWithItsReason) {
  auto outcomes = run(2, 4);
  std::size_t failed = 0;
  for (const auto& o : outcomes) {
    if (o.file.find("empty.txt") != std::string::npos ||
        o.file.find("missing.txt") != std::string::npos) {
      ++failed;
      EXPECT_FALSE(o.error.empty()) << o.file;
      EXPECT_TRUE(o.report_id.empty()) << o.file;
    } else {
      EXPECT_TRUE(o.error.empty()) << o.file << ": " << o.error;
      EXPECT_GT(o.paragraphs, 0u) << o.file;
    }
  }
  EXPECT_EQ(failed, 2u);
}

TEST_F(ReportPipelineTest, DroppingThePipelineHalfWayStopsItsWorkers) {
  ReportPipeline pipeline(files_, Overrides{}, 3, 2);
  BuiltReport built;
  ASSERT_TRUE(pipeline.next(built));
  EXPECT_EQ(built.file, files_[0]);
  // The destructor must join all three workers without the rest being consumed.
}

}  // namespace
}  // namespace ofsearch
