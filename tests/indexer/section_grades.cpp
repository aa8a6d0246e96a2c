#include "indexer/section_grades.h"

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <set>
#include <sstream>

#include "indexer/segment/line_classifier.h"
#include "indexer/segment/segmenter_cues.h"
#include "indexer/write/report_builder.h"
#include "reference/reference_data.h"

namespace ofsearch::testing {
namespace {

namespace fs = std::filesystem;

// Words that name no judgement on their own ("The graded judgement for adoption
// performance is that it" names adoption performance).
const std::set<std::string> kFiller = {
    "the", "of",     "and",       "a",           "for",        "about",    "is", "that", "it", "to",
    "be",  "graded", "judgement", "experiences", "experience", "progress", "in", "who",  "are"};

// The words of a heading or area that say what it judges, grade words dropped.
std::set<std::string> significant_words(const std::string& text) {
  std::string rest;
  const GradeScale& grades = reference_data().grades;
  std::string folded = seg::fold(text);
  if (grades.parse_suffix(grades.singular_form(folded), &rest)) folded = seg::fold(rest);
  std::set<std::string> words;
  std::istringstream in(folded);
  for (std::string w; in >> w;) {
    if (kFiller.count(w) || grades.parse(w)) continue;
    words.insert(w);
  }
  return words;
}

bool includes(const std::set<std::string>& big, const std::set<std::string>& small) {
  return !small.empty() && std::includes(big.begin(), big.end(), small.begin(), small.end());
}

// The stated judgement a heading names, or -1. Lines of the report's title ("Review
// of the effectiveness of the LSCB") name no section.
int judgement_named(const Report& report, const std::string& heading) {
  if (seg::fold(report.title).find(seg::fold(heading)) != std::string::npos) return -1;
  auto words = significant_words(heading);
  // A heading holding all of an area's words names it; failing that, a heading of two
  // or more words all in one area ("The effectiveness of the LSCB").
  int best = -1;
  std::size_t best_score = 0;
  for (std::size_t j = 0; j < report.judgements.size(); ++j) {
    auto area = significant_words(report.judgements[j].area);
    std::size_t score = includes(words, area)                        ? 1000 + area.size()
                        : words.size() >= 2 && includes(area, words) ? words.size()
                                                                     : 0;
    if (score > best_score) {
      best = static_cast<int>(j);
      best_score = score;
    }
  }
  return best;
}

bool summary_heading(const std::string& heading) {
  return SegmenterCues::defaults().starts_with("summary_part", seg::fold(heading));
}

bool information_heading(const std::string& heading) {
  return seg::fold(heading).rfind("information about", 0) == 0;
}

bool names_lscb(const std::string& folded) {
  return folded.find("safeguarding children board") != std::string::npos ||
         folded.find("lscb") != std::string::npos;
}

// "The Local Safeguarding Children Board requires improvement", "The effectiveness of
// the LSCB is good": a short sentence about the LSCB that ends in a grade.
bool states_lscb_judgement(const std::string& text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(". ", start);
    std::string sentence = text.substr(start, end == std::string::npos ? end : end - start);
    start = end == std::string::npos ? text.size() : end + 2;
    if (seg::count_words(sentence, 21) > 20 || !names_lscb(seg::fold(sentence))) continue;
    std::string rest;
    if (reference_data().grades.parse_suffix(reference_data().grades.singular_form(sentence),
                                             &rest) &&
        names_lscb(seg::fold(rest)))
      return true;
  }
  return false;
}

std::vector<std::string> csv_files(const fs::path& csv) {
  std::ifstream in(csv);
  std::vector<std::string> files;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line))
    if (!line.empty()) files.push_back(line.substr(0, line.find(',')));
  return files;
}

}  // namespace

ReportSectionGrades section_grades(const Report& report, const std::string& file) {
  ReportSectionGrades out;
  out.file = file;
  out.report_type = report.report_type;
  for (const auto& j : report.judgements) {
    out.sections.push_back({j.area, j.grade.word});
    if (names_lscb(seg::fold(j.area))) out.lscb_read = true;
  }
  std::set<std::string> headings_seen;
  bool front_matter = true;
  for (const auto& p : report.paragraphs) {
    for (const auto& h : p.section)
      if (headings_seen.insert(h).second && states_lscb_judgement(h)) out.lscb_stated = true;
    if (!p.boilerplate && states_lscb_judgement(p.text)) out.lscb_stated = true;
    if (p.boilerplate) continue;
    ++out.content;
    if (p.grade) ++out.graded;
    // The outermost heading that is a summary part or names a judgement decides which
    // the paragraph is in ("Summary of findings > Leadership and management" is a
    // summary; "LSCB > Executive summary" is the LSCB's section); the innermost heading
    // naming a judgement says which. "Information about ..." decides nothing, so a
    // judgement section filed under it still counts (and is counted there).
    int section = -1;
    bool summary = false, information = false, decided = false;
    for (const auto& heading : p.section) {
      information = information || information_heading(heading);
      if (decided || information_heading(heading)) continue;
      if (summary_heading(heading)) {
        summary = decided = true;
      } else if (judgement_named(report, heading) >= 0) {
        decided = true;
      }
    }
    if (!summary)
      for (auto it = p.section.rbegin(); it != p.section.rend() && section < 0; ++it)
        section = judgement_named(report, *it);
    summary = summary || (section < 0 && information);
    if (section >= 0) {
      SectionCount& s = out.sections[section];
      ++s.paragraphs;
      ++out.in_sections;
      if (p.grade && p.grade->word == s.grade) {
        ++s.carrying;
        ++out.carrying;
      }
      if (information) {
        ++s.under_information;
        ++out.under_information;
      }
    }
    if (section >= 0 || summary) front_matter = false;
    if (!p.grade && section < 0 && !summary && !front_matter) ++out.ungraded_outside;
  }
  return out;
}

std::vector<ReportSectionGrades> measure_section_grades(const fs::path& dir) {
  std::vector<ReportSectionGrades> out;
  for (const auto& file : csv_files(dir / "ilacs-judgements.csv")) {
    Report report = build_report_from_file(dir / "ilacs" / file, Overrides{}, reference_data());
    if (report.judgements.empty()) continue;
    out.push_back(section_grades(report, file));
    // Whether the text states an LSCB judgement, read from its lines, not its sections.
    std::istringstream text(read_document(dir / "ilacs" / file).text);
    for (std::string line; std::getline(text, line);)
      if (states_lscb_judgement(line)) out.back().lscb_stated = true;
  }
  return out;
}

void print_section_grades(std::ostream& out, const std::vector<ReportSectionGrades>& reports) {
  auto pct = [](int part, int whole) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << (whole ? 100.0 * part / whole : 100.0) << "%";
    return s.str();
  };
  out << "=== section grades: " << reports.size() << " graded reports ===\n";
  out << std::left << std::setw(26) << "file" << std::setw(18) << "type" << std::setw(9)
      << "content" << std::setw(9) << "graded" << std::setw(18) << "in sections" << std::setw(14)
      << "carry grade" << std::setw(11) << "ungraded" << std::setw(8) << "info"
      << "lscb (stated/read)\n";
  ReportSectionGrades total;
  int lscb_stated = 0, lscb_read = 0;
  for (const auto& r : reports) {
    out << std::setw(26) << r.file << std::setw(18) << r.report_type << std::setw(9) << r.content
        << std::setw(9) << r.graded << std::setw(18) << r.in_sections << std::setw(14)
        << (std::to_string(r.carrying) + " " + pct(r.carrying, r.in_sections)) << std::setw(11)
        << r.ungraded_outside << std::setw(8) << r.under_information
        << (r.lscb_stated ? "yes" : "no") << "/" << (r.lscb_read ? "yes" : "no") << "\n";
    for (const auto& s : r.sections) {
      if (s.paragraphs == s.carrying && s.paragraphs > 0 && !s.under_information) continue;
      out << "    " << s.area << " (" << s.grade << "): " << s.carrying << " of " << s.paragraphs
          << " carry it, " << s.under_information << " under Information about\n";
    }
    total.content += r.content;
    total.graded += r.graded;
    total.in_sections += r.in_sections;
    total.carrying += r.carrying;
    if (r.graded)
      total.ungraded_outside += r.ungraded_outside;  // a report with no grades has none to miss
    total.under_information += r.under_information;
    lscb_stated += r.lscb_stated;
    lscb_read += r.lscb_stated && r.lscb_read;
  }
  out << "--- total: content " << total.content << ", graded " << total.graded << " ("
      << pct(total.graded, total.content) << "); in judgement sections " << total.in_sections
      << ", carrying its grade " << total.carrying << " (" << pct(total.carrying, total.in_sections)
      << "); ungraded outside summary/information " << total.ungraded_outside
      << "; section paragraphs under Information about " << total.under_information
      << "; LSCB judgement read " << lscb_read << " of " << lscb_stated
      << " reports stating one\n=== end ===\n";
}

}  // namespace ofsearch::testing
