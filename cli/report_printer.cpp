#include "cli/report_printer.h"

#include "schema/paragraph_record.h"
#include "stemming/strings.h"

#include <map>

namespace ofsearch::cli {
namespace {

std::string or_dash(const std::optional<std::string>& value) { return value ? *value : "-"; }

std::string text_of(const nlohmann::json& value) {
  if (value.is_null()) return "-";
  if (value.is_string()) return value.get<std::string>();
  return json_text(value);
}

std::string joined(const nlohmann::json& list, const char* separator) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : separator) + text_of(item);
  return out.empty() ? "-" : out;
}

}  // namespace

void print_recognised(std::ostream& out, const Report& report) {
  out << report.report_id << "  (" << report.source << ")\n"
      << "  title:       " << report.title << "\n"
      << "  authority:   " << or_dash(report.authority) << " (" << or_dash(report.region) << ")\n"
      << "  type:        " << report.report_type << "\n"
      << "  date:        " << or_dash(report.date) << "\n"
      << "  date source: " << (report.date_source.empty() ? "-" : report.date_source) << "\n"
      << "  inspection:  " << or_dash(report.inspection_start) << " to "
      << or_dash(report.inspection_end) << "\n";
  if (report.outcome) out << "  outcome:     " << *report.outcome << "\n";
  if (!report.agencies.empty()) out << "  agencies:    " << join(report.agencies, ", ") << "\n";
  for (const auto& j : report.judgements) {
    out << "  judgement:   " << (j.part.empty() ? "" : j.part + " / ") << j.area << ": "
        << j.grade.word << "\n";
  }
  std::map<std::string, int> themes;
  std::size_t boilerplate = 0;
  for (const auto& p : report.paragraphs) {
    for (const auto& t : p.themes) ++themes[t];
    if (p.boilerplate) ++boilerplate;
  }
  out << "  paragraphs:  " << report.paragraphs.size() << " (" << boilerplate << " boilerplate)\n";
  if (report.focus) out << "  focus:       " << *report.focus << "\n";
  if (!report.focus_areas.empty()) {
    out << "  focus areas:";
    for (const auto& area : report.focus_areas) out << " " << area;
    out << "\n";
  }
  if (!report.inspectors.empty()) {
    out << "  inspectors: ";
    for (std::size_t i = 0; i < report.inspectors.size(); ++i)
      out << (i ? ", " : " ") << report.inspectors[i] << (i ? "" : " (lead)");
    out << "\n";
  }
  out << "  themes:     ";
  for (const auto& [theme, count] : themes) out << " " << theme << "(" << count << ")";
  out << "\n";
}

void print_report_line(std::ostream& out, const nlohmann::json& r) {
  out << text_of(r["report_id"]) << "\t" << text_of(r["report_type"]) << "\t"
      << text_of(r["authority"]) << "\t" << text_of(r["date"]) << "\t" << text_of(r["paragraphs"])
      << " paragraphs\t" << text_of(r["title"]) << "\n";
}

void print_paragraph(std::ostream& out, const nlohmann::json& p) {
  out << "[" << text_of(p["paragraph"]) << "]";
  if (!p["number"].is_null()) out << " #" << text_of(p["number"]);
  if (p.contains("page") && !p["page"].is_null()) out << " p. " << text_of(p["page"]);
  out << "  " << joined(p["section"], " > ") << "  grade=" << text_of(p["grade"])
      << " overall=" << text_of(p["overall_grade"]) << "  themes=" << joined(p["themes"], ",");
  if (p["boilerplate"].get<bool>()) out << "  (boilerplate)";
  out << "\n" << text_of(p["text"]) << "\n\n";
}

}  // namespace ofsearch::cli
