#include "schema/paragraph_record.h"

namespace ofsearch {
namespace {

template <typename T>
nlohmann::json or_null(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json grade_word(const std::optional<Grade>& grade) {
  return grade ? nlohmann::json(grade->word) : nlohmann::json(nullptr);
}

}  // namespace

std::string json_text(const nlohmann::json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string paragraph_id(const std::string& report_id, int ordinal) {
  return report_id + "/" + std::to_string(ordinal);
}

nlohmann::json report_record(const Report& report) {
  nlohmann::json judgements = nlohmann::json::array();
  for (const auto& j : report.judgements) {
    judgements.push_back(
        {{"area", j.area},
         {"grade", j.grade.word},
         {"level", j.grade.level},
         {"part", j.part.empty() ? nlohmann::json(nullptr) : nlohmann::json(j.part)}});
  }
  return {{"report_id", report.report_id},
          {"title", report.title},
          {"authority", or_null(report.authority)},
          {"region", or_null(report.region)},
          {"report_type", report.report_type},
          {"date", or_null(report.date)},
          {"inspection_start", or_null(report.inspection_start)},
          {"inspection_end", or_null(report.inspection_end)},
          {"judgements", judgements},
          {"focus", or_null(report.focus)},
          {"focus_themes", report.focus_themes},
          {"focus_areas", report.focus_areas},
          {"warnings", report.warnings},
          {"paragraphs", report.paragraphs.size()},
          {"source", report.source},
          {"content_hash", report.content_hash}};
}

nlohmann::json paragraph_record(const Report& report, const Paragraph& paragraph) {
  return {{"id", paragraph_id(report.report_id, paragraph.ordinal)},
          {"report_id", report.report_id},
          {"paragraph", paragraph.ordinal},
          {"number", or_null(paragraph.number)},
          {"page", or_null(paragraph.page)},
          {"section", paragraph.section},
          {"authority", or_null(report.authority)},
          {"region", or_null(report.region)},
          {"date", or_null(report.date)},
          {"report_type", report.report_type},
          {"focus_areas", report.focus_areas},
          {"grade", grade_word(paragraph.grade)},
          {"overall_grade", grade_word(paragraph.overall_grade)},
          {"themes", paragraph.themes},
          {"boilerplate", paragraph.boilerplate},
          {"text", paragraph.text}};
}

}  // namespace ofsearch
