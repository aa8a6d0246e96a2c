#include "bench/query_mix.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ofsearch::bench {
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string item;
  std::istringstream in(s);
  while (std::getline(in, item, sep)) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

void parse_text(BenchQuery& q) {
  std::string rest = q.text;
  auto open = rest.find('"');
  if (open != std::string::npos) {
    auto close = rest.find('"', open + 1);
    if (close == std::string::npos) throw std::runtime_error("unclosed quote in " + q.text);
    q.phrase = split(rest.substr(open + 1, close - open - 1), ' ');
    rest = rest.substr(0, open) + rest.substr(close + 1);
  }
  for (auto& w : split(rest, ' ')) {
    if (w.back() == '*') {
      q.prefix = w.substr(0, w.size() - 1);
    } else {
      q.words.push_back(w);
    }
  }
}

void parse_filters(BenchQuery& q, const std::string& filters) {
  for (const auto& f : split(filters, ';')) {
    auto eq = f.find('=');
    if (eq == std::string::npos) throw std::runtime_error("bad filter '" + f + "'");
    std::string key = f.substr(0, eq), value = f.substr(eq + 1);
    if (key == "grade")
      q.grade = value;
    else if (key == "type")
      q.type = value;
    else if (key == "from")
      q.from = value;
    else if (key == "to")
      q.to = value;
    else
      throw std::runtime_error("unknown filter '" + key + "'");
  }
}

void set_class_needs(BenchQuery& q) {
  const std::string& c = q.cls;
  q.snippets = c == "phrase" || c == "top10_snippets";
  q.facets = c == "facets";
  q.per_report = c == "per_report";
  q.count_only = c == "phrase_count" || c == "facets";
  q.limit = q.count_only ? 0 : 10;
}

}  // namespace

const std::vector<std::string>& query_classes() {
  static const std::vector<std::string> kClasses = {
      "one_term", "three_terms", "phrase",     "phrase_filtered", "phrase_count",
      "facets",   "prefix",      "per_report", "top10_snippets"};
  return kClasses;
}

std::vector<BenchQuery> load_query_mix(const std::filesystem::path& tsv) {
  std::ifstream in(tsv);
  if (!in) throw std::runtime_error("cannot read " + tsv.string());
  std::vector<BenchQuery> mix;
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // class  query  filters
      header = false;
      continue;
    }
    auto cols = line + "\t";
    auto t1 = cols.find('\t'), t2 = cols.find('\t', t1 + 1);
    BenchQuery q;
    q.cls = cols.substr(0, t1);
    q.text = cols.substr(t1 + 1, t2 - t1 - 1);
    const auto& classes = query_classes();
    if (std::find(classes.begin(), classes.end(), q.cls) == classes.end()) {
      throw std::runtime_error(tsv.string() + ": unknown class " + q.cls);
    }
    parse_text(q);
    std::string filters = cols.substr(t2 + 1);
    if (!filters.empty() && filters.back() == '\t') filters.pop_back();
    parse_filters(q, filters);
    set_class_needs(q);
    mix.push_back(std::move(q));
  }
  return mix;
}

void split_theme_counts(Facets& facets) {
  auto it = facets.find("theme");
  if (it == facets.end()) return;
  std::map<std::string, std::size_t> split_counts;
  for (const auto& [key, n] : it->second) {
    for (const auto& theme : split(key, '\n')) split_counts[theme] += n;
  }
  it->second = std::move(split_counts);
}

}  // namespace ofsearch::bench
