// The graded report shapes (ILACS, SIF and SLAC inspection reports) and the
// ReportDoc builder every shape writes through.
#include <algorithm>

#include "bench/corpus/report_doc.h"

namespace ofsearch::bench {
namespace {

std::string join(const std::vector<std::string>& lines, const char* sep) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : sep) + l;
  return out;
}

// The grade an area gets: the authority's standing, sometimes a step either side.
int area_level(int level, Rng& rng) {
  int l = level + (rng.chance(0.3) ? (rng.chance(0.5) ? 1 : -1) : 0);
  return std::clamp(l, 1, 4);
}

std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

std::string ofsted_footer(const ReportPlan& plan) {
  return "Ofsted, the Office for Standards in Education, Children's Services and Skills, regulates "
         "and inspects to achieve excellence in the care of children and young people. "
         "\u00a9 Crown copyright " +
         std::to_string(plan.date.y);
}

}  // namespace

Grade grade_of(int level, bool old_scale) {
  switch (level) {
    case 1:
      return {"outstanding", 1};
    case 2:
      return {"good", 2};
    case 3:
      return old_scale ? Grade{"adequate", 3} : Grade{"requires-improvement", 3};
    default:
      return {"inadequate", 4};
  }
}

std::string printed_grade(const Grade& grade, Rng& rng) {
  if (grade.word == "outstanding") return "Outstanding";
  if (grade.word == "good") return "Good";
  if (grade.word == "adequate") return "Adequate";
  if (grade.word == "inadequate") return "Inadequate";
  return rng.chance(0.7) ? "Requires improvement to be good" : "Requires improvement";
}

std::string clip(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t cut = text.rfind(' ', bytes);
  std::string out = text.substr(0, cut == std::string::npos ? bytes : cut);
  while (!out.empty() && (out.back() == ',' || out.back() == ';')) out.pop_back();
  return out + ".";
}

ReportDoc::ReportDoc(const ReportPlan& plan, std::string title) {
  truth_.report_id = plan.report_id;
  truth_.title = std::move(title);
  truth_.authority = plan.authority->name;
  if (!plan.authority->region.empty()) truth_.region = plan.authority->region;
  truth_.report_type = plan.type;
  truth_.date = plan.date.iso();
  if (plan.type != "news" && plan.type != "committee-report") {
    truth_.inspection_start = plan.visit_start.iso();
    truth_.inspection_end = plan.visit_end.iso();
  }
}

void ReportDoc::add_truth(const std::string& text, const std::string& number, bool boilerplate) {
  Paragraph p;
  p.ordinal = static_cast<int>(truth_.paragraphs.size()) + 1;
  if (!number.empty())
    p.number = number.back() == '.' ? number.substr(0, number.size() - 1) : number;
  p.section = section_;
  p.text = text;
  p.grade = grade_;
  p.overall_grade = overall_;
  p.boilerplate = boilerplate;
  truth_.paragraphs.push_back(std::move(p));
}

void ReportDoc::lines(const std::vector<std::string>& lines, bool boilerplate) {
  text_ += join(lines, "\n") + "\n\n";
  add_truth(join(lines, " "), "", boilerplate);
}

void ReportDoc::heading(const std::string& text, std::size_t depth) {
  if (truth_.title.empty() && depth == 0) truth_.title = text;
  text_ += text + "\n\n";
  section_.resize(std::min(depth, section_.size()));
  section_.push_back(text);
  grade_.reset();
}

void ReportDoc::section_grade(const std::optional<Grade>& grade, const std::string& printed) {
  if (!printed.empty()) text_ += printed + "\n\n";
  grade_ = grade;
}

void ReportDoc::para(const std::string& text, const std::string& number) {
  text_ += (number.empty() ? "" : number + " ") + text + "\n\n";
  add_truth(text, number, false);
}

void ReportDoc::bullet(const std::string& text) {
  text_ += "- " + text + "\n\n";
  add_truth(text, "", false);
}

void ReportDoc::judgement(const std::string& area, const Grade& grade, const std::string& part) {
  truth_.judgements.push_back({area, grade, part});
}

RenderedReport ReportDoc::finish() { return {std::move(text_), std::move(truth_)}; }

void write_prose(ReportDoc& doc, const ReportShapes& shapes, Rng& rng, const std::string& la, int n,
                 int* counter) {
  for (int i = 0; i < n; ++i) {
    doc.para(shapes.prose(rng, la), counter ? std::to_string(++*counter) + "." : "");
  }
}

void render_ilacs(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                  const GeneratorData& data, Rng& rng) {
  const std::string& la = plan.authority->name;
  auto areas = data.keyed("ilacs_area");
  auto heading_of = [&](const std::string& key) {
    for (const auto& [k, h] : areas) {
      if (k == key) return h;
    }
    return key;
  };
  std::vector<std::string> keys = {"help", "care", "leaders"};
  if (plan.date.y >= 2023) keys = {"help", "care2023", "leavers2023", "leaders"};
  Grade overall = grade_of(plan.level, false);
  doc.lines({la + (rng.chance(0.5) ? " Council" : "")}, true);
  doc.heading("Inspection of children's social care services", 0);
  doc.lines({"Inspection dates: " + plan.visit_start.printed() + " to " + plan.visit_end.printed(),
             "Lead inspector: " + rng.pick(data.list("first_name")) + " " +
                 rng.pick(data.list("surname")),
             "Her Majesty's Inspector"},
            true);
  std::vector<std::string> table = {"Judgement\tGrade"};
  std::vector<Grade> grades;
  for (const auto& k : keys) {
    grades.push_back(grade_of(area_level(plan.level, rng), false));
    table.push_back(heading_of(k) + "\t" + printed_grade(grades.back(), rng));
    doc.judgement(heading_of(k), grades.back());
  }
  table.push_back(heading_of("overall") + "\t" + printed_grade(overall, rng));
  doc.judgement(heading_of("overall"), overall);
  doc.lines(table, true);
  doc.overall_grade(overall);
  int sections = static_cast<int>(keys.size()) + 1;
  int each = std::max(1, plan.body_paragraphs / sections);
  write_prose(doc, shapes, rng, la, each, nullptr);
  doc.heading("What needs to improve?", 1);
  for (int i = rng.between(2, 5); i > 0; --i) doc.bullet(clip(shapes.prose(rng, la), 180));
  int number = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::string g = printed_grade(grades[i], rng);
    doc.heading(heading_of(keys[i]) + ": " + (rng.chance(0.5) ? lower_first(g) : g), 1);
    doc.section_grade(grades[i], "");
    write_prose(doc, shapes, rng, la, each, &number);
  }
  doc.lines({ofsted_footer(plan)}, true);
}

void render_sif(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                const GeneratorData& data, Rng& rng) {
  const std::string& la = plan.authority->name;
  static const char* const kVerdict[] = {"are outstanding", "are good",
                                         "require improvement to be good", "are inadequate"};
  Grade overall = grade_of(plan.level, false);
  doc.lines({la}, true);
  doc.heading(
      "Inspection of services for children in need of help and protection, children looked after "
      "and care leavers",
      0);
  doc.lines({"and", "Review of the effectiveness of the local safeguarding children board"}, true);
  doc.lines(
      {"Inspection date: " + plan.visit_start.printed() + " \u2013 " + plan.visit_end.printed(),
       "Report published: " + plan.date.printed()},
      true);
  doc.overall_grade(overall);
  doc.para("Children's services in " + la + " " + kVerdict[plan.level - 1] + ".");
  auto areas = data.keyed("sif_area");
  std::vector<Grade> grades;
  std::vector<std::string> table;
  for (const auto& [key, heading] : areas) {
    grades.push_back(grade_of(area_level(plan.level, rng), false));
    table.push_back(heading + "\t" + printed_grade(grades.back(), rng));
    doc.judgement(heading, grades.back());
  }
  doc.judgement("Overall effectiveness", overall);
  doc.lines(table, true);
  int each = std::max(1, plan.body_paragraphs / static_cast<int>(areas.size() + 2));
  doc.heading("Executive summary", 1);
  write_prose(doc, shapes, rng, la, each, nullptr);
  int number = 0;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    bool sub = areas[i].first == "adoption" || areas[i].first == "leavers";
    doc.heading(areas[i].second, sub ? 2 : 1);
    doc.section_grade(grades[i], printed_grade(grades[i], rng));
    write_prose(doc, shapes, rng, la, each, &number);
  }
  Grade lscb = grade_of(area_level(plan.level, rng), false);
  doc.heading("Review of the effectiveness of the local safeguarding children board", 1);
  doc.section_grade(
      lscb, "The local safeguarding children board " + lower_first(printed_grade(lscb, rng)));
  write_prose(doc, shapes, rng, la, each, &number);
  doc.lines({ofsted_footer(plan)}, true);
}

void render_slac(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                 const GeneratorData& data, Rng& rng) {
  const std::string& la = plan.authority->name;
  doc.heading("Inspection of safeguarding and looked after children services", 0);
  doc.lines({la}, true);
  std::string start = plan.visit_start.m == plan.visit_end.m ? std::to_string(plan.visit_start.d)
                                                             : plan.visit_start.printed();
  doc.lines({"Inspection dates: " + start + " \u2013 " + plan.visit_end.printed()}, true);
  doc.lines({"Reporting inspector " + rng.pick(data.list("first_name")) + " " +
             rng.pick(data.list("surname")) + " HMI"},
            true);
  doc.lines({"Age group: All"}, true);
  doc.lines({"Published: " + plan.date.printed()}, true);
  doc.lines({"\u00a9 Crown copyright " + std::to_string(plan.date.y)}, true);
  auto parts = data.keyed("slac_part");
  auto areas = data.keyed("slac_area");
  int each =
      std::max(1, plan.body_paragraphs / static_cast<int>(areas.size() + 2 * parts.size() + 1));
  int number = 0;
  doc.heading("About this inspection", 1);
  write_prose(doc, shapes, rng, la, each, &number);
  std::vector<std::string> findings = {"Record of main findings"};
  auto graded = [&](const std::string& heading, const Grade& g, const std::string& part) {
    doc.heading(heading, 2);
    doc.section_grade(g, "Grade " + std::to_string(g.level) + " (" + printed_grade(g, rng) + ")");
    doc.judgement(heading, g, part);
    findings.push_back(heading + "\t" + printed_grade(g, rng));
    write_prose(doc, shapes, rng, la, each, &number);
  };
  for (const auto& [key, part] : parts) {
    Grade overall = grade_of(area_level(plan.level, rng), true);
    doc.heading(part, 1);
    doc.overall_grade(overall);
    findings.push_back(part);
    graded("Overall effectiveness", overall, part);
    graded("Capacity for improvement", grade_of(area_level(plan.level, rng), true), part);
    for (const auto& [area_part, area] : areas) {
      if (area_part == key) graded(area, grade_of(area_level(plan.level, rng), true), part);
    }
  }
  doc.overall_grade(std::nullopt);
  doc.heading("Record of main findings", 1);
  doc.lines(findings, true);
}

}  // namespace ofsearch::bench
