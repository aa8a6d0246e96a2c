// section-grades [DIR | FILE...]: the section-grade figures of the real inspection
// reports (DIR defaults to ../shared/corpus/real), or of the given files with each
// paragraph's section path and grade listed (to see where a report goes wrong);
// `--text FILE...` prints the clean text the segmenter reads.
#include <iostream>

#include "indexer/real_reports.h"
#include "indexer/section_grades.h"
#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"

using namespace ofsearch;
using namespace ofsearch::testing;

int main(int argc, char** argv) {
  try {
    std::vector<std::filesystem::path> files;
    bool text_only = argc > 1 && std::string(argv[1]) == "--text";
    for (int i = text_only ? 2 : 1; i < argc; ++i) files.emplace_back(argv[i]);
    if (text_only) {  // the clean text the segmenter reads
      for (const auto& file : files) std::cout << read_document(file).text;
      return 0;
    }
    if (files.size() == 1 && std::filesystem::is_directory(files[0])) {
      print_section_grades(std::cout, measure_section_grades(files[0]));
      return 0;
    }
    if (files.empty()) {
      auto dir = real_reports_dir();
      if (!dir) {
        std::cerr << "section-grades: " << real_reports_missing() << "\n";
        return 1;
      }
      print_section_grades(std::cout, measure_section_grades(*dir));
      return 0;
    }
    std::vector<ReportSectionGrades> reports;
    for (const auto& file : files) {
      Report r = build_report_from_file(file, Overrides{}, reference_data());
      for (const auto& j : r.judgements)
        std::cout << "judgement: " << j.area << ": " << j.grade.word
                  << (j.part.empty() ? "" : " [" + j.part + "]") << "\n";
      for (const auto& p : r.paragraphs) {
        std::string path;
        for (const auto& h : p.section) path += (path.empty() ? "" : " > ") + h;
        std::cout << p.ordinal << (p.number ? " #" + *p.number : "") << (p.boilerplate ? " B" : "")
                  << " [" << (p.grade ? p.grade->word : "-") << "/"
                  << (p.overall_grade ? p.overall_grade->word : "-") << "] " << path << " | "
                  << p.text.substr(0, 70) << "\n";
      }
      reports.push_back(section_grades(r, file.filename().string()));
    }
    print_section_grades(std::cout, reports);
  } catch (const std::exception& e) {
    std::cerr << "section-grades: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
