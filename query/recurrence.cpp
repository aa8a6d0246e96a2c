#include "query/recurrence.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "index/report_catalog.h"
#include "reference/date_extractor.h"
#include "reference/folded_words.h"
#include "reference/reference_data.h"
#include "reference/tsv_reader.h"
#include "schema/schema.h"
#include "stemming/analyzer.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

constexpr std::size_t kPointTerms = 12;       // weightiest stems a point's findings are searched by
constexpr double kMinQueryWeight = 1.0;       // stems weighing less say too little to search by
constexpr Xapian::doccount kCandidates = 30;  // later findings weighed per point
constexpr std::size_t kMinPointWords = 4;     // shorter lines are stray bullets, not points
constexpr std::size_t kMaxListItemWords = 40;  // an item under a lead-in ending with ':'

const std::vector<std::string>& improvement_headings() {
  static const std::vector<std::string> kHeadings = [] {
    auto file = ReferenceData::default_corpus_dir() / "improvement_sections.tsv";
    TsvTable table = read_tsv(file);
    std::vector<std::string> out;
    for (const auto& row : table.rows) out.push_back(fold_key(table.cell(row, "phrase")));
    return out;
  }();
  return kHeadings;
}

std::size_t word_count(const std::string& text) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// A paragraph is in an improvement list when any heading over it is an improvement
// heading: 2014 reports list their priority actions under themes ("Priority and immediate
// action > Care leavers").
RecurrenceParagraph paragraph_of(const nlohmann::json& record) {
  RecurrenceParagraph p;
  p.id = record.value("id", "");
  p.report_id = record.value("report_id", "");
  p.date = record["date"].is_string() ? record["date"].get<std::string>() : "";
  p.report_type = record.value("report_type", "");
  const auto& section = record["section"];
  if (section.is_array()) {
    for (const auto& heading : section) {
      p.section += (p.section.empty() ? "" : " > ") + heading.get<std::string>();
      p.improvement = p.improvement || is_improvement_heading(heading.get<std::string>());
    }
  }
  p.text = record.value("text", "");
  return p;
}

// "The quality of oversight and monitoring of:" followed by its items as paragraphs of
// their own: one point, under the lead-in's id.
std::vector<RecurrenceParagraph> improvement_points(const std::vector<nlohmann::json>& records) {
  std::vector<RecurrenceParagraph> points;
  bool open_lead_in = false;
  for (const auto& record : records) {
    if (record.value("boilerplate", false)) continue;
    RecurrenceParagraph p = paragraph_of(record);
    if (!p.improvement) {
      open_lead_in = false;
      continue;
    }
    // Its items are printed in lower case ("the pre-proceedings process ...").
    if (open_lead_in && p.section == points.back().section && !p.text.empty() &&
        std::islower(static_cast<unsigned char>(p.text[0])) &&
        word_count(p.text) <= kMaxListItemWords) {
      points.back().text += " " + p.text;
      continue;
    }
    open_lead_in = !p.text.empty() && p.text.back() == ':';
    points.push_back(std::move(p));
  }
  points.erase(std::remove_if(points.begin(), points.end(),
                              [](const auto& p) { return word_count(p.text) < kMinPointWords; }),
               points.end());
  return points;
}

using Stems = std::vector<std::string>;  // a text's stems, sorted, unique

// Xapian's stemmer keeps state while it works, so each thread has its own.
const Analyzer& analyzer() {
  thread_local const Analyzer instance;
  return instance;
}

// "The quality of planning for children. (Outcome one, National Framework)": the
// framework a point cites is not what it asks for.
std::string_view without_citation(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  if (!text.empty() && text.back() == ')') {
    std::size_t open = text.rfind('(');
    if (open != std::string_view::npos && open > 0) text = text.substr(0, open);
  }
  return text;
}

Stems stems_of(std::string_view text) {
  Stems out;
  for (const auto& word : fold_words(without_citation(text)))
    out.push_back(analyzer().stem(word.text));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// How much a stem says about what an improvement point asks for: its inverse frequency
// among all the index's improvement points, so "quality", "ensure" and "the" weigh little
// and "supervision" or "return home interviews" much, whatever their frequency in prose.
class PointVocabulary {
 public:
  void add(const Stems& stems) {
    ++points_;
    for (const auto& s : stems) ++frequency_[s];
  }
  double weight(const std::string& stem) const {
    auto it = frequency_.find(stem);
    double df = it == frequency_.end() ? 0 : it->second;
    return std::log((points_ + 1.0) / (df + 0.5));
  }
  double total(const Stems& stems) const {
    double all = 0;
    for (const auto& s : stems) all += std::max(0.0, weight(s));
    return all;
  }
  double shared(const Stems& point, const Stems& other) const {
    double shared = 0;
    for (const auto& s : point)
      if (std::binary_search(other.begin(), other.end(), s)) shared += std::max(0.0, weight(s));
    return shared;
  }
  // The share of the point's weight that `other` holds too (1 = every stem of it).
  double coverage(const Stems& point, const Stems& other) const {
    double all = total(point);
    return all > 0 ? shared(point, other) / all : 0;
  }
  // The weighted Dice coefficient: twice the weight both share over the weight of both
  // (1 = the same stems).
  double similarity(const Stems& a, const Stems& b) const {
    double both = total(a) + total(b);
    return both > 0 ? 2 * shared(a, b) / both : 0;
  }

 private:
  std::unordered_map<std::string, int> frequency_;
  int points_ = 0;
};

struct IndexedPoint {
  RecurrenceParagraph paragraph;
  Stems stems;
};

// The later findings (not improvement points) of the authority that share the point's
// weightiest stems, by BM25, with their coverage of the point.
std::vector<RecurrenceParagraph> later_findings(const Xapian::Database& db,
                                                const std::string& authority_term,
                                                const IndexedPoint& point,
                                                const PointVocabulary& vocabulary) {
  std::vector<std::pair<double, std::string>> weighted;
  for (const auto& s : point.stems) weighted.emplace_back(vocabulary.weight(s), s);
  std::sort(weighted.rbegin(), weighted.rend());
  std::vector<Xapian::Query> terms;
  for (const auto& [w, s] : weighted)
    if (w > kMinQueryWeight && terms.size() < kPointTerms) terms.emplace_back("Z" + s);
  if (terms.empty()) return {};
  Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  // Same authority, reports dated after the point's ("~" sorts after a day's digits).
  Xapian::Query later(Xapian::Query::OP_VALUE_GE, schema::kSlotDate,
                      compact_date(point.paragraph.date) + "~");
  query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                        Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(authority_term), later));
  query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(schema::kBoilerplate));
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Xapian::MSet mset = enquire.get_mset(0, kCandidates);
  std::vector<RecurrenceParagraph> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    RecurrenceParagraph p = paragraph_of(nlohmann::json::parse(it.get_document().get_data()));
    if (p.improvement) continue;  // weighed as improvement points
    // A finding is longer than a point: how much of the point it holds is what counts.
    p.similarity = vocabulary.coverage(point.stems, stems_of(p.text));
    out.push_back(std::move(p));
  }
  return out;
}

std::string label_of(const std::vector<RecurrenceParagraph>& matches,
                     const RecurrenceOptions& options) {
  for (const auto& m : matches)
    if (m.improvement && m.similarity >= options.raised_again) return "raised again";
  for (const auto& m : matches)
    if (!m.improvement && m.similarity >= options.discussed) return "discussed later";
  return "not found";
}

// The matches a label rests on first (then the closest others), at most `n`.
std::vector<RecurrenceParagraph> shown_matches(std::vector<RecurrenceParagraph> matches,
                                               const std::string& label, std::size_t n) {
  std::stable_sort(matches.begin(), matches.end(), [&](const auto& a, const auto& b) {
    bool a_first = label == "raised again" ? a.improvement : !a.improvement;
    bool b_first = label == "raised again" ? b.improvement : !b.improvement;
    if (a_first != b_first) return a_first;
    return a.similarity > b.similarity;
  });
  if (matches.size() > n) matches.resize(n);
  return matches;
}

nlohmann::json paragraph_json(const RecurrenceParagraph& p, bool with_similarity) {
  nlohmann::json j = {{"id", p.id},
                      {"report_id", p.report_id},
                      {"date", p.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.date)},
                      {"report_type", p.report_type},
                      {"section", p.section},
                      {"improvement", p.improvement},
                      {"text", p.text}};
  if (with_similarity) j["similarity"] = p.similarity;
  return j;
}

}  // namespace

bool is_improvement_heading(const std::string& heading) {
  std::string folded = fold_key(heading);
  for (const auto& phrase : improvement_headings())
    if (folded.compare(0, phrase.size(), phrase) == 0) return true;
  return false;
}

Recurrence find_recurrence(const Xapian::Database& db, const Authority& authority,
                           const RecurrenceOptions& options) {
  Recurrence out;
  out.authority = authority.name;
  out.options = options;
  // Every improvement point of the index weighs the stems; the authority's are compared.
  PointVocabulary vocabulary;
  std::vector<IndexedPoint> points;
  std::set<std::string> dates;
  for (const auto& record : list_reports(db)) {
    bool ours = record["authority"] == authority.name && record["date"].is_string();
    if (ours) dates.insert(record["date"].get<std::string>());
    if (ours) ++out.reports;
    for (auto& point : improvement_points(report_paragraphs(db, record["report_id"]))) {
      Stems stems = stems_of(point.text);
      vocabulary.add(stems);
      if (ours) points.push_back({std::move(point), std::move(stems)});
    }
  }
  std::stable_sort(points.begin(), points.end(), [](const auto& a, const auto& b) {
    return a.paragraph.date < b.paragraph.date;
  });
  const std::string authority_term = schema::kAuthority + authority.slug;
  for (const auto& point : points) {
    const std::string& date = point.paragraph.date;
    RecurrencePoint result{point.paragraph, "not found", {}, 0, 0, 0};
    result.later_reports = static_cast<int>(
        std::distance(dates.upper_bound(date), dates.end()));  // later report dates
    if (result.later_reports > 0) {
      std::vector<RecurrenceParagraph> matches;
      for (const auto& other : points) {
        if (other.paragraph.date <= date) continue;
        RecurrenceParagraph m = other.paragraph;
        m.similarity = vocabulary.similarity(point.stems, other.stems);
        matches.push_back(std::move(m));
      }
      for (auto& m : later_findings(db, authority_term, point, vocabulary))
        matches.push_back(std::move(m));
      result.label = label_of(matches, options);
      for (const auto& m : matches) {
        double& closest = m.improvement ? result.closest_improvement : result.closest_finding;
        closest = std::max(closest, m.similarity);
      }
      result.matches = shown_matches(std::move(matches), result.label, options.matches);
    }
    out.points.push_back(std::move(result));
  }
  return out;
}

nlohmann::json recurrence_json(const Recurrence& r) {
  nlohmann::json points = nlohmann::json::array();
  for (const auto& p : r.points) {
    nlohmann::json j = paragraph_json(p.point, false);
    j["label"] = p.label;
    j["later_reports"] = p.later_reports;
    j["closest_improvement"] = p.closest_improvement;
    j["closest_finding"] = p.closest_finding;
    j["matches"] = nlohmann::json::array();
    for (const auto& m : p.matches) j["matches"].push_back(paragraph_json(m, true));
    points.push_back(std::move(j));
  }
  std::map<std::string, int> labels;
  for (const auto& p : r.points) ++labels[p.label];
  return {{"authority", r.authority},
          {"reports", r.reports},
          {"thresholds",
           {{"raised_again", r.options.raised_again}, {"discussed_later", r.options.discussed}}},
          {"labels", labels},
          {"note", "labels are machine suggestions: read the matching paragraphs"},
          {"points", points}};
}

}  // namespace ofsearch
