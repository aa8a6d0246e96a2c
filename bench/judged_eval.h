// The judged query set (bench/judged/): analysts' needs over the real Ofsted reports,
// the queries written for each, and paragraphs judged 0 (not about the need), 1
// (partly) or 2 (squarely about it), keyed by paragraph id ("<report_id>/<ordinal>").
// Scores one query per need on an index: nDCG@10 (gain 2^grade - 1, ideal order over
// every judged paragraph of the need), P@10 and recall@30 of what 30 can hold
// (relevant = judged 1 or 2; an unjudged hit counts as 0). ofsearch-judged prints the
// table; tests/bench/judged_test.cpp asserts floors on it.
#pragma once

#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace ofsearch::judged {

struct Query {
  std::string need, label, text;
};

struct Scores {
  double ndcg10 = 0, p10 = 0, recall30 = 0;
  int relevant = 0;    // paragraphs judged 1 or 2
  int found30 = 0;     // of them, in the top 30
  int unjudged30 = 0;  // hits in the top 30 with no judgement
};

struct Row {
  std::string need, query;
  Scores scores;
  std::vector<std::string> ranked;  // the top 30 paragraph ids
};

struct Table {
  std::vector<Row> rows;
  Scores mean;  // means of the per-need scores
};

// need -> paragraph id -> grade
using Qrels = std::map<std::string, std::map<std::string, int>>;

std::vector<Query> load_queries(const std::filesystem::path& tsv);
Qrels load_qrels(const std::filesystem::path& tsv);
std::filesystem::path default_dir();  // <source>/bench/judged

Scores score(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades);

// Runs, for every need of `qrels`, the query labelled `label` (the first one when
// a need has several) on the index at `index`, with --exact when `exact`.
Table evaluate(const std::filesystem::path& index, const std::vector<Query>& queries,
               const Qrels& qrels, const std::string& label, bool exact = false);

void print(const Table& table, std::ostream& out);

}  // namespace ofsearch::judged
