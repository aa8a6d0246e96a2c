#include "bench/judged_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <stdexcept>

#include "query/searcher.h"

#ifndef OFSEARCH_SOURCE_DIR
#define OFSEARCH_SOURCE_DIR "."
#endif

namespace ofsearch::judged {
namespace {

std::vector<std::vector<std::string>> rows(const std::filesystem::path& tsv, std::size_t columns) {
  std::ifstream in(tsv);
  if (!in) throw std::runtime_error(tsv.string() + ": cannot read");
  std::vector<std::vector<std::string>> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
      auto tab = line.find('\t', start);
      cells.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (cells.size() != columns) {
      throw std::runtime_error(tsv.string() + ":" + std::to_string(number) + ": expected " +
                               std::to_string(columns) + " tab-separated columns");
    }
    out.push_back(std::move(cells));
  }
  return out;
}

double dcg(const std::vector<int>& grades) {
  double sum = 0;
  for (std::size_t i = 0; i < grades.size() && i < 10; ++i) {
    sum += (std::pow(2.0, grades[i]) - 1) / std::log2(static_cast<double>(i) + 2);
  }
  return sum;
}

}  // namespace

std::filesystem::path default_dir() {
  return std::filesystem::path(OFSEARCH_SOURCE_DIR) / "bench" / "judged";
}

std::vector<Query> load_queries(const std::filesystem::path& tsv) {
  std::vector<Query> out;
  for (auto& r : rows(tsv, 3)) out.push_back({r[0], r[1], r[2]});
  return out;
}

Qrels load_qrels(const std::filesystem::path& tsv) {
  Qrels out;
  for (auto& r : rows(tsv, 3)) {
    int grade = std::stoi(r[2]);
    if (grade < 0 || grade > 2) throw std::runtime_error(tsv.string() + ": grade out of 0-2");
    out[r[0]][r[1]] = grade;
  }
  return out;
}

Scores score(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades) {
  Scores s;
  std::vector<int> got, ideal;
  for (const auto& [id, g] : grades) {
    ideal.push_back(g);
    if (g > 0) ++s.relevant;
  }
  std::sort(ideal.begin(), ideal.end(), std::greater<int>());
  int relevant10 = 0;
  for (std::size_t i = 0; i < ranked.size() && i < 30; ++i) {
    auto it = grades.find(ranked[i]);
    int g = it == grades.end() ? 0 : it->second;
    if (it == grades.end()) ++s.unjudged30;
    got.push_back(g);
    if (g > 0) {
      ++s.found30;
      if (i < 10) ++relevant10;
    }
  }
  double best = dcg(ideal);
  s.ndcg10 = best > 0 ? dcg(got) / best : 0;
  s.p10 = relevant10 / 10.0;
  int can_hold = std::min(30, s.relevant);
  s.recall30 = can_hold ? static_cast<double>(s.found30) / can_hold : 0;
  return s;
}

Table evaluate(const std::filesystem::path& index, const std::vector<Query>& queries,
               const Qrels& qrels, const std::string& label, bool exact) {
  Searcher searcher(index);
  Table table;
  for (const auto& [need, grades] : qrels) {
    auto q = std::find_if(queries.begin(), queries.end(),
                          [&](const Query& x) { return x.need == need && x.label == label; });
    if (q == queries.end()) {
      throw std::runtime_error("need '" + need + "' has no query labelled '" + label + "'");
    }
    SearchRequest request;
    request.query = q->text;
    request.limit = 30;
    request.exact = exact;
    Row row{need, q->text, {}, {}};
    for (const auto& hit : searcher.search(request).hits) {
      row.ranked.push_back(hit.record.at("id").get<std::string>());
    }
    row.scores = score(row.ranked, grades);
    table.rows.push_back(std::move(row));
  }
  if (!table.rows.empty()) {
    for (const auto& r : table.rows) {
      table.mean.ndcg10 += r.scores.ndcg10;
      table.mean.p10 += r.scores.p10;
      table.mean.recall30 += r.scores.recall30;
      table.mean.relevant += r.scores.relevant;
      table.mean.found30 += r.scores.found30;
      table.mean.unjudged30 += r.scores.unjudged30;
    }
    double n = static_cast<double>(table.rows.size());
    table.mean.ndcg10 /= n;
    table.mean.p10 /= n;
    table.mean.recall30 /= n;
  }
  return table;
}

void print(const Table& table, std::ostream& out) {
  char line[512];
  std::snprintf(line, sizeof line, "%-22s %-44s %7s %5s %9s %8s %9s\n", "need", "query", "nDCG@10",
                "P@10", "recall@30", "relevant", "unjudged");
  out << line;
  for (const auto& r : table.rows) {
    std::string q = r.query.size() > 44 ? r.query.substr(0, 41) + "..." : r.query;
    std::snprintf(line, sizeof line, "%-22s %-44s %7.3f %5.2f %9.3f %8d %9d\n", r.need.c_str(),
                  q.c_str(), r.scores.ndcg10, r.scores.p10, r.scores.recall30, r.scores.relevant,
                  r.scores.unjudged30);
    out << line;
  }
  std::snprintf(line, sizeof line, "%-22s %-44s %7.3f %5.2f %9.3f %8d %9d\n", "mean",
                ("(" + std::to_string(table.rows.size()) + " needs)").c_str(), table.mean.ndcg10,
                table.mean.p10, table.mean.recall30, table.mean.relevant, table.mean.unjudged30);
  out << line;
}

}  // namespace ofsearch::judged
