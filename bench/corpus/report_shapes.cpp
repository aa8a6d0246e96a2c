#include "bench/corpus/report_shapes.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "bench/corpus/report_doc.h"

namespace ofsearch::bench {
namespace {

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

int days_in(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string replace_mark(std::string text, const std::string& la) {
  for (std::size_t at = text.find(kAuthorityMark); at != std::string::npos;
       at = text.find(kAuthorityMark, at + la.size())) {
    text.replace(at, std::char_traits<char>::length(kAuthorityMark), la);
  }
  return text;
}

std::string person(const GeneratorData& data, Rng& rng) {
  return rng.pick(data.list("first_name")) + " " + rng.pick(data.list("surname"));
}

std::string surname_of(const std::string& name) { return name.substr(name.rfind(' ') + 1); }

void ofsted_letterhead(ReportDoc& doc, const ReportPlan& plan, const GeneratorData& data, Rng& rng,
                       std::string* addressee) {
  doc.lines({"Ofsted", "Piccadilly Gate", "Store Street", "Manchester M1 2WD"}, true);
  doc.lines({"T 0300 123 1231", "Textphone 0161 618 8524", "enquiries@ofsted.gov.uk",
             "www.gov.uk/ofsted"},
            true);
  doc.lines({plan.date.printed()}, true);
  *addressee = person(data, rng);
  doc.lines({*addressee, rng.pick(data.list("director_role")), plan.authority->name + " Council"},
            true);
  doc.lines({std::string(rng.chance(0.5) ? "Dear Ms " : "Dear Mr ") + surname_of(*addressee)},
            true);
}

void sign_off(ReportDoc& doc, const std::string& inspector, const char* closing) {
  doc.para(closing);
  doc.lines({"Yours sincerely", "", inspector, "Her Majesty's Inspector"}, true);
}

std::string visit_days(const ReportPlan& plan) {
  return std::to_string(plan.visit_start.d) + " and " + plan.visit_end.printed();
}

void render_focused(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                    const GeneratorData& data, Rng& rng) {
  const std::string& la = plan.authority->name;
  std::string addressee, a = person(data, rng), b = person(data, rng);
  ofsted_letterhead(doc, plan, data, rng, &addressee);
  doc.heading("Focused visit to " + la + " children's services", 0);
  doc.para("This letter summarises the findings of the focused visit to " + la +
           " children's services on " + visit_days(plan) +
           ". Her Majesty's Inspectors for this visit were " + a + " and " + b + ".");
  doc.para("Inspectors looked at " + rng.pick(data.list("fv_focus")) + ".");
  doc.heading(rng.pick(data.list("fv_headline")), 1);
  int summary = std::max(1, plan.body_paragraphs / 6);
  write_prose(doc, shapes, rng, la, summary, nullptr);
  doc.heading(rng.pick(data.list("improve_heading")), 1);
  for (int i = rng.between(2, 4); i > 0; --i) doc.bullet(clip(shapes.prose(rng, la), 200));
  doc.heading(rng.pick(data.list("fv_findings")), 1);
  write_prose(doc, shapes, rng, la, plan.body_paragraphs - summary, nullptr);
  sign_off(doc, a,
           "Ofsted will take the findings from this focused visit into account when planning your "
           "next inspection or visit.");
}

void render_monitoring(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                       const GeneratorData& data, Rng& rng) {
  const std::string& la = plan.authority->name;
  std::string addressee, a = person(data, rng);
  ofsted_letterhead(doc, plan, data, rng, &addressee);
  doc.heading("Monitoring visit to " + la + " children's services", 0);
  static const char* const kOrdinals[] = {"first", "second", "third", "fourth", "fifth", "sixth"};
  Ymd judged = plan.date.plus_days(-rng.between(200, 700));
  doc.para("This letter summarises the findings of the monitoring visit to " + la +
           " children's services on " + visit_days(plan) + ". This visit was the " +
           kOrdinals[rng.below(6)] +
           " monitoring visit since the local authority was judged inadequate for overall "
           "effectiveness in " +
           judged.month_year() + ". The inspectors were " + a + " and " + person(data, rng) +
           ", Her Majesty's Inspectors.");
  doc.heading("Areas covered by the visit", 1);
  doc.para("Inspectors reviewed the progress made in " + rng.pick(data.list("fv_focus")) + ".");
  doc.heading("Overview", 1);
  int summary = std::max(1, plan.body_paragraphs / 5);
  write_prose(doc, shapes, rng, la, summary, nullptr);
  doc.heading("Findings and evaluation of progress", 1);
  write_prose(doc, shapes, rng, la, plan.body_paragraphs - summary, nullptr);
  sign_off(doc, a,
           "Ofsted will take the findings from this monitoring visit into account when planning "
           "your next monitoring visit.");
}

void render_jtai(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                 const GeneratorData& data, Rng& rng) {
  const std::string& la = plan.authority->name;
  std::string addressee, a = person(data, rng);
  ofsted_letterhead(doc, plan, data, rng, &addressee);
  std::string topic = rng.pick(data.list("jtai_topic"));
  doc.heading(
      "Joint targeted area inspection of the multi-agency response to " + topic + " in " + la, 0);
  doc.para("Between " + visit_days(plan) +
           ", Ofsted, the Care Quality Commission, HMI Constabulary "
           "and Fire & Rescue Services and HMI Probation carried out a joint inspection of the "
           "multi-agency response to " +
           topic + " in " + la + ".");
  doc.heading("Headline findings", 1);
  int third = std::max(1, plan.body_paragraphs / 3);
  write_prose(doc, shapes, rng, la, third, nullptr);
  doc.heading("Key strengths", 1);
  write_prose(doc, shapes, rng, la, third, nullptr);
  doc.heading("Areas for improvement", 1);
  write_prose(doc, shapes, rng, la, plan.body_paragraphs - 2 * third, nullptr);
  sign_off(
      doc, a,
      "Next steps: the local partnership should prepare a written statement of proposed action.");
}

void render_committee(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                      const GeneratorData& data, Rng& rng) {
  const std::string& la = plan.authority->name;
  std::string committee = rng.pick(data.list("committee"));
  doc.lines({la + " Council"}, true);
  doc.heading(committee, 0);
  doc.lines({plan.date.printed()}, false);
  doc.heading("Report of the " + rng.pick(data.list("director_role")), 1);
  doc.lines({"Contact officer: " + person(data, rng)}, true);
  doc.heading("1 Purpose of the report", 1);
  doc.para(
      "The purpose of the report is to inform the committee of the outcome of Ofsted's visit "
      "to " +
          la + " children's services on " + visit_days(plan) + ".",
      "1.1");
  doc.heading("2 Background and main considerations", 1);
  for (int i = 1; i <= plan.body_paragraphs - 3; ++i) {
    doc.para(shapes.prose(rng, la), "2." + std::to_string(i));
  }
  doc.heading("3 Recommendations", 1);
  doc.para("That the committee notes the findings and endorses the actions planned in response.",
           "3.1");
  doc.para("Background papers: none.");
}

void render_news(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                 const GeneratorData& data, Rng& rng) {
  const std::string& la = plan.authority->name;
  static const char* const kVerdict[] = {"praises", "finds progress at", "raises concerns about",
                                         "criticises"};
  doc.heading("Ofsted " + std::string(kVerdict[plan.level - 1]) + " " + la + " children's services",
              0);
  doc.lines({plan.date.printed(), "By " + person(data, rng)}, false);
  doc.para("Ofsted has said " + la + " children's services " +
           (plan.level <= 2 ? "are making good progress" : "need to improve") +
           ", according to a report published this week.");
  write_prose(doc, shapes, rng, la, plan.body_paragraphs - 1, nullptr);
  std::vector<std::string> furniture = {rng.pick(data.list("news_outlet"))};
  for (int i = 0; i < 3; ++i) furniture.push_back(rng.pick(data.list("web_furniture")));
  doc.lines(furniture, true);
}

}  // namespace

GeneratorData GeneratorData::load(const std::filesystem::path& tsv) {
  std::ifstream in(tsv);
  if (!in) throw std::runtime_error("cannot read " + tsv.string());
  GeneratorData data;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error(tsv.string() + ": no tab in: " + line);
    data.lists_[line.substr(0, tab)].push_back(line.substr(tab + 1));
  }
  return data;
}

const std::vector<std::string>& GeneratorData::list(const std::string& kind) const {
  auto it = lists_.find(kind);
  if (it == lists_.end() || it->second.empty()) {
    throw std::runtime_error("generator data has no '" + kind + "' rows");
  }
  return it->second;
}

std::vector<std::pair<std::string, std::string>> GeneratorData::keyed(
    const std::string& kind) const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& v : list(kind)) {
    auto bar = v.find('|');
    out.emplace_back(v.substr(0, bar), bar == std::string::npos ? v : v.substr(bar + 1));
  }
  return out;
}

std::string Ymd::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string Ymd::printed() const {
  return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
}

std::string Ymd::month_year() const {
  return std::string(kMonths[m - 1]) + " " + std::to_string(y);
}

Ymd Ymd::plus_days(int days) const {
  Ymd r = *this;
  for (; days > 0; --days) {
    if (++r.d > days_in(r.y, r.m)) {
      r.d = 1;
      if (++r.m > 12) r.m = 1, ++r.y;
    }
  }
  for (; days < 0; ++days) {
    if (--r.d < 1) {
      if (--r.m < 1) r.m = 12, --r.y;
      r.d = days_in(r.y, r.m);
    }
  }
  return r;
}

std::string ReportShapes::prose(Rng& rng, const std::string& authority) const {
  if (!pool_.paragraphs.empty() && rng.chance(0.35)) {
    return replace_mark(rng.pick(pool_.paragraphs), authority);
  }
  // Recombined sentences: 2 to 6 of them, about 280 to 800 bytes.
  std::size_t target = 280 + rng.below(520);
  std::string out;
  for (int n = 0; n < 6 && (n < 2 || out.size() < target); ++n) {
    out += (out.empty() ? "" : " ") + rng.pick(pool_.sentences);
  }
  return replace_mark(out, authority);
}

RenderedReport ReportShapes::render(const ReportPlan& plan, Rng& rng) const {
  static const std::map<std::string, void (*)(ReportDoc&, const ReportPlan&, const ReportShapes&,
                                              const GeneratorData&, Rng&)>
      kRenderers = {{"focused-visit", render_focused},
                    {"monitoring-visit", render_monitoring},
                    {"jtai", render_jtai},
                    {"committee-report", render_committee},
                    {"news", render_news},
                    {"ilacs-inspection", render_ilacs},
                    {"sif-inspection", render_sif},
                    {"slac-inspection", render_slac}};
  auto it = kRenderers.find(plan.type);
  if (it == kRenderers.end()) throw std::runtime_error("no report shape for type " + plan.type);
  ReportDoc doc(plan, "");
  it->second(doc, plan, *this, data_, rng);
  return doc.finish();
}

std::pair<int, int> type_years(const std::string& type) {
  if (type == "slac-inspection") return {2009, 2012};
  if (type == "sif-inspection") return {2013, 2018};
  if (type == "ilacs-inspection" || type == "focused-visit") return {2018, 2025};
  if (type == "monitoring-visit") return {2013, 2025};
  if (type == "jtai") return {2016, 2025};
  return {2009, 2025};
}

}  // namespace ofsearch::bench
