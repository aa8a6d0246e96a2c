// Renders one synthetic report as the text file a real one would be (title line,
// letter or publication date, "Inspection dates: ...", graded sections, numbered
// paragraphs, letterheads and web furniture), for every report type the indexer
// knows, and records alongside it the truth: the Report the pipeline should extract.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bench/corpus/rng.h"
#include "bench/corpus/text_pool.h"
#include "reference/authority_gazetteer.h"
#include "schema/report.h"

namespace ofsearch::bench {

// bench/generator_data.tsv: kind -> values (names, roles, headings, focus areas).
class GeneratorData {
 public:
  static GeneratorData load(const std::filesystem::path& tsv);
  const std::vector<std::string>& list(const std::string& kind) const;
  // "key|heading" rows of `kind`, as key -> heading, in file order.
  std::vector<std::pair<std::string, std::string>> keyed(const std::string& kind) const;

 private:
  std::map<std::string, std::vector<std::string>> lists_;
};

struct Ymd {
  int y = 2020, m = 1, d = 1;
  std::string iso() const;         // 2022-02-23
  std::string printed() const;     // 23 February 2022
  std::string month_year() const;  // February 2022
  Ymd plus_days(int days) const;   // calendar arithmetic, leap years included
};

struct ReportPlan {
  std::string report_id;
  std::string type;  // report type id (corpus/report_types.tsv)
  const Authority* authority = nullptr;
  Ymd date;                    // letter, publication, meeting or article date
  Ymd visit_start, visit_end;  // inspection or visit days
  int level = 2;               // the authority's standing then, 1 (outstanding) .. 4
  int body_paragraphs = 20;    // prose paragraphs to write
};

struct RenderedReport {
  std::string text;
  Report truth;  // what a perfect pipeline extracts (themes left empty)
};

class ReportShapes {
 public:
  ReportShapes(const TextPool& pool, const GeneratorData& data) : pool_(pool), data_(data) {}
  RenderedReport render(const ReportPlan& plan, Rng& rng) const;

  // One prose paragraph of about `bytes` bytes naming `authority` where the source named one.
  std::string prose(Rng& rng, const std::string& authority) const;

 private:
  const TextPool& pool_;
  const GeneratorData& data_;
};

// Years each report type was published in (the frameworks' lifetimes).
std::pair<int, int> type_years(const std::string& type);

}  // namespace ofsearch::bench
