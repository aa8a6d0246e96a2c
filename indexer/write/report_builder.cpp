#include "indexer/write/report_builder.h"

#include <cctype>
#include <stdexcept>

#include "indexer/extract/pdf_text_extractor.h"
#include "indexer/metadata/metadata_checks.h"
#include "indexer/metadata/metadata_extractor.h"
#include "indexer/segment/paragraph_segmenter.h"
#include "reference/date_extractor.h"
#include "stemming/strings.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

void apply_overrides(Report& report, const Overrides& o, const ReferenceData& reference) {
  if (o.authority) {
    const Authority* authority = reference.authorities.find(*o.authority);
    if (!authority) {
      throw std::runtime_error("unknown authority '" + *o.authority + "' (closest: " +
                               join(reference.authorities.closest(*o.authority, 3), ", ") + ")");
    }
    report.authority = authority->name;
    report.region = authority->region;
  }
  auto date_override = [](const std::optional<std::string>& text, const char* what) {
    std::optional<std::string> iso = parse_date(*text);
    if (!iso) throw std::runtime_error(std::string("cannot read ") + what + " '" + *text + "'");
    return iso;
  };
  if (o.date) {
    report.date = date_override(o.date, "date");
    report.date_source = "set when indexed";
  }
  if (o.inspection_start)
    report.inspection_start = date_override(o.inspection_start, "inspection start");
  if (o.inspection_end) report.inspection_end = date_override(o.inspection_end, "inspection end");
  if (o.report_type) {
    const ReportType* type = reference.report_types.find(*o.report_type);
    if (!type) throw std::runtime_error("unknown report type '" + *o.report_type + "'");
    report.report_type = type->id;
  }
  if (o.title) report.title = *o.title;
}

}  // namespace

std::string report_id_for(const std::filesystem::path& file) {
  std::string id;
  for (unsigned char c : file.stem().string()) {
    bool keep = std::isalnum(c) || c == '_' || c == '-';
    id += keep ? static_cast<char>(std::tolower(c)) : '-';
  }
  return id.empty() ? "report" : id;
}

Report build_report(const SourceText& source, const std::string& report_id,
                    const Overrides& overrides, const ReferenceData& reference) {
  SegmentedText segmented = ParagraphSegmenter(reference.grades).segment(source.text);
  // Metadata reads the text as it was before PDF page marks.
  const bool pdf = source.format == "pdf";
  const std::string plain = pdf ? without_page_breaks(source.text) : std::string();
  ReportMetadata meta = MetadataExtractor(reference).extract(pdf ? plain : source.text, segmented);

  Report report;
  report.report_id = report_id;
  // Extractors may cut a title inside a UTF-8 character; stored records must be valid.
  report.title = repair_utf8(meta.title.empty() ? report_id : meta.title);
  report.authority = meta.authority;
  report.region = meta.region;
  report.report_type = meta.report_type;
  report.date = meta.date;
  report.inspection_start = meta.inspection_start;
  report.inspection_end = meta.inspection_end;
  report.focus = meta.focus;
  report.focus_themes = meta.focus_themes;
  report.focus_areas = meta.focus_areas;
  report.outcome = meta.outcome;
  report.agencies = meta.agencies;
  report.date_source = meta.date_source;
  report.inspectors = meta.inspectors;
  report.judgements = std::move(segmented.judgements);
  report.content_hash = source.content_hash;
  report.paragraphs = std::move(segmented.paragraphs);
  for (auto& p : report.paragraphs) {
    if (!pdf) p.page.reset();  // only a PDF has pages to cite
    if (!p.boilerplate) p.themes = reference.themes.themes_of(p.text);
  }
  apply_overrides(report, overrides, reference);
  // Checked again on the values that stand: an override may fix (or cause) a mismatch.
  const ReportDates dates{report.date, report.inspection_start, report.inspection_end};
  const bool own = reports_own_inspection(report.report_type, metadata_cues());
  report.warnings = date_warnings(dates, own, today_iso());
  if (own) {
    for (auto& w : inspection_date_conflicts(pdf ? plain : source.text, dates))
      report.warnings.push_back(std::move(w));
  }
  return report;
}

Report build_report_from_file(const std::filesystem::path& file, const Overrides& overrides,
                              const ReferenceData& reference) {
  SourceText source = read_document(file);
  Overrides merged = read_sidecar(file).merged_with(overrides);
  Report report = build_report(source, report_id_for(file), merged, reference);
  report.source = file.string();
  return report;
}

}  // namespace ofsearch
