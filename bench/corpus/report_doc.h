// Internal to the report shapes: builds a report's text and its truth side by side,
// so every block written is also recorded as the paragraph (with section path and
// grades) the pipeline should find there.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bench/corpus/report_shapes.h"

namespace ofsearch::bench {

Grade grade_of(int level, bool old_scale);  // old_scale: adequate, not requires improvement
std::string printed_grade(const Grade& grade, Rng& rng);  // "Requires improvement to be good"
// `text` cut at the last word boundary before `bytes` (never inside a UTF-8 sequence), ending in
// ".".
std::string clip(const std::string& text, std::size_t bytes);

class ReportDoc {
 public:
  ReportDoc(const ReportPlan& plan, std::string title);

  // Lines printed as they are (letterhead, address, sign-off): one truth paragraph.
  void lines(const std::vector<std::string>& lines, bool boilerplate);
  // A heading at `depth` (0 = top): replaces the section path from that depth on.
  void heading(const std::string& text, std::size_t depth);
  // The grade of the current section, printed on its own line when `printed` is non-empty.
  void section_grade(const std::optional<Grade>& grade, const std::string& printed);
  void overall_grade(const std::optional<Grade>& grade) { overall_ = grade; }
  void para(const std::string& text, const std::string& number = "");
  void bullet(const std::string& text);
  void judgement(const std::string& area, const Grade& grade, const std::string& part = "");
  void set_date(const Ymd& date) { truth_.date = date.iso(); }
  RenderedReport finish();

 private:
  void add_truth(const std::string& text, const std::string& number, bool boilerplate);
  std::string text_;
  Report truth_;
  std::vector<std::string> section_;
  std::optional<Grade> grade_, overall_;
};

// Writes `n` prose paragraphs, numbered from *counter when counter is non-null.
void write_prose(ReportDoc& doc, const ReportShapes& shapes, Rng& rng, const std::string& la, int n,
                 int* counter);

void render_ilacs(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                  const GeneratorData& data, Rng& rng);
void render_sif(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                const GeneratorData& data, Rng& rng);
void render_slac(ReportDoc& doc, const ReportPlan& plan, const ReportShapes& shapes,
                 const GeneratorData& data, Rng& rng);

}  // namespace ofsearch::bench
