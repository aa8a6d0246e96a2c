#include "schema/paragraph_record.h"

#include "reference/reference_data.h"

namespace ofsearch {
namespace {

template <typename T>
nlohmann::json or_null(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// The authority's DfE and ONS codes (reference/authority_gazetteer.h), so analysts can
// join results to DfE and ONS data; null when the authority or its codes are unknown.
std::pair<nlohmann::json, nlohmann::json> codes_of(const std::optional<std::string>& authority) {
  const Authority* a = authority ? reference_data().authorities.find(*authority) : nullptr;
  if (!a || a->la_code.empty()) return {nullptr, nullptr};
  return {a->la_code, a->ons_code};
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
  auto [la_code, ons_code] = codes_of(report.authority);
  return {{"report_id", report.report_id},
          {"title", report.title},
          {"authority", or_null(report.authority)},
          {"la_code", la_code},
          {"ons_code", ons_code},
          {"region", or_null(report.region)},
          {"report_type", report.report_type},
          {"date", or_null(report.date)},
          {"inspection_start", or_null(report.inspection_start)},
          {"inspection_end", or_null(report.inspection_end)},
          {"judgements", judgements},
          {"focus", or_null(report.focus)},
          {"focus_themes", report.focus_themes},
          {"focus_areas", report.focus_areas},
          {"outcome", or_null(report.outcome)},
          {"agencies", report.agencies},
          {"date_source", report.date_source.empty() ? nlohmann::json(nullptr)
                                                     : nlohmann::json(report.date_source)},
          {"inspectors", report.inspectors},
          {"warnings", report.warnings},
          {"paragraphs", report.paragraphs.size()},
          {"source", report.source},
          {"content_hash", report.content_hash}};
}

nlohmann::json paragraph_record(const Report& report, const Paragraph& paragraph) {
  auto [la_code, ons_code] = codes_of(report.authority);
  return {{"id", paragraph_id(report.report_id, paragraph.ordinal)},
          {"report_id", report.report_id},
          {"paragraph", paragraph.ordinal},
          {"number", or_null(paragraph.number)},
          {"page", or_null(paragraph.page)},
          {"section", paragraph.section},
          {"authority", or_null(report.authority)},
          {"la_code", la_code},
          {"ons_code", ons_code},
          {"region", or_null(report.region)},
          {"date", or_null(report.date)},
          {"report_type", report.report_type},
          {"focus_areas", report.focus_areas},
          {"outcome", or_null(report.outcome)},
          {"inspectors", report.inspectors},
          {"grade", grade_word(paragraph.grade)},
          {"overall_grade", grade_word(paragraph.overall_grade)},
          {"themes", paragraph.themes},
          {"boilerplate", paragraph.boilerplate},
          {"text", paragraph.text}};
}

}  // namespace ofsearch
