// `raised again` against the hand-judged set (tests/data/real/recurrence_judged.tsv: 70
// improvement points of 13 authorities, each labelled by reading the later reports): the
// real reports of ../shared/corpus/real are indexed as `ofsearch index` would, and the
// label's precision and recall at the default thresholds are printed and held to the
// figures the README states (scripts/recurrence_judged.py prints the sweep and a
// cross-validated figure).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "index/index_writer.h"
#include "index/report_catalog.h"
#include "indexer/write/report_builder.h"
#include "query/recurrence.h"
#include "reference/reference_data.h"
#include "support/real_reports_dir.h"

namespace ofsearch {
namespace {

namespace fs = std::filesystem;

struct Judged {
  std::string authority, point_id, point_text;
  bool raised_again = false;
};

std::vector<Judged> judged_points() {
  std::ifstream in(fs::path(OFSEARCH_SOURCE_DIR) / "tests/data/real/recurrence_judged.tsv");
  std::vector<Judged> out;
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> cells;
    std::istringstream split(line);
    for (std::string cell; std::getline(split, cell, '\t');) cells.push_back(cell);
    if (cells.size() < 5) continue;
    out.push_back({cells[0], cells[1], cells[3], cells[4] == "raised again"});
  }
  return out;
}

TEST(RecurrenceJudged, RaisedAgainKeepsItsMeasuredPrecisionAndRecall) {
  OFSEARCH_SKIP_WITHOUT_REAL_REPORTS();
  auto judged = judged_points();
  ASSERT_GE(judged.size(), 40u);
  const fs::path index =
      fs::path(::testing::TempDir()) / ("recurrence-real-" + std::to_string(::getpid()));
  fs::remove_all(index);
  {
    IndexWriter writer(index, false);
    for (const char* set : {"ilacs", "focused-visits", "jtai-send"})
      for (const auto& entry : fs::directory_iterator(*testing::real_reports_dir() / set))
        if (entry.path().extension() == ".pdf")
          writer.add(build_report_from_file(entry.path(), Overrides{}, reference_data()));
    writer.commit();
  }
  Xapian::Database db = open_index(index);
  std::map<std::string, Recurrence> by_authority;
  int tp = 0, fp = 0, fn = 0, found = 0;
  for (const auto& j : judged) {
    if (!by_authority.count(j.authority)) {
      by_authority[j.authority] =
          find_recurrence(db, *reference_data().authorities.find(j.authority), RecurrenceOptions{});
    }
    const RecurrencePoint* point = nullptr;
    for (const auto& p : by_authority[j.authority].points)
      if (p.point.id == j.point_id || p.point.text.rfind(j.point_text.substr(0, 60), 0) == 0)
        point = &p;
    if (!point) continue;
    ++found;
    bool said = point->label == "raised again";
    tp += j.raised_again && said;
    fp += !j.raised_again && said;
    fn += j.raised_again && !said;
  }
  fs::remove_all(index);
  double precision = tp + fp ? double(tp) / (tp + fp) : 1, recall = double(tp) / (tp + fn);
  std::cout << "recurrence judged set: " << found << " of " << judged.size()
            << " points found; raised again TP " << tp << " FP " << fp << " FN " << fn
            << "; precision " << precision << " recall " << recall << "\n";
  EXPECT_EQ(found, static_cast<int>(judged.size()));
  EXPECT_GE(precision, 0.8);
  EXPECT_GE(recall, 0.6);
}

}  // namespace
}  // namespace ofsearch
