// ofsearch-judged: scores one query per need of the judged set (bench/judged/) on an
// index of the real reports and prints nDCG@10, P@10 and recall@30 per need and the mean.
//
//   build/ofsearch index --index /tmp/judged-index ../shared/corpus/real/ilacs
//   ../shared/corpus/real/focused-visits build/ofsearch-judged --index /tmp/judged-index [--label
//   natural] [--exact] [--unjudged]
#include <cstring>
#include <iostream>
#include <string>

#include "bench/judged_eval.h"

int main(int argc, char** argv) {
  using namespace ofsearch::judged;
  std::string index, label = "natural";
  std::filesystem::path dir = default_dir();
  bool exact = false, unjudged = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
      return argv[++i];
    };
    try {
      if (a == "--index")
        index = next();
      else if (a == "--label")
        label = next();
      else if (a == "--data")
        dir = next();
      else if (a == "--exact")
        exact = true;
      else if (a == "--unjudged")
        unjudged = true;
      else {
        std::cerr << "usage: ofsearch-judged --index DIR [--label natural] [--data DIR] [--exact] "
                     "[--unjudged]\n";
        return 2;
      }
    } catch (const std::exception& e) {
      std::cerr << "ofsearch-judged: " << e.what() << "\n";
      return 2;
    }
  }
  if (index.empty()) {
    std::cerr << "ofsearch-judged: --index DIR is required\n";
    return 2;
  }
  try {
    auto table = evaluate(index, load_queries(dir / "queries.tsv"), load_qrels(dir / "qrels.tsv"),
                          label, exact);
    if (unjudged) {
      // need<TAB>id of every top-30 hit with no judgement yet (to pool and judge).
      auto qrels = load_qrels(dir / "qrels.tsv");
      for (const auto& r : table.rows) {
        for (const auto& id : r.ranked) {
          if (!qrels[r.need].count(id)) std::cout << r.need << "\t" << id << "\n";
        }
      }
      return 0;
    }
    print(table, std::cout);
  } catch (const std::exception& e) {
    std::cerr << "ofsearch-judged: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
