#include "indexer/metadata/metadata_extractor.h"

#include <algorithm>
#include <cctype>

#include "indexer/metadata/authority_resolver.h"
#include "indexer/metadata/inspector_names.h"
#include "indexer/metadata/joint_inspection.h"
#include "indexer/metadata/metadata_checks.h"
#include "indexer/metadata/report_opening.h"
#include "indexer/metadata/report_type_classifier.h"
#include "indexer/metadata/sentences.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

constexpr std::size_t kSentenceLimit = 400;    // bytes a visit or focus sentence may run
constexpr std::size_t kFocusListLimit = 1200;  // bytes of a bulleted focus list
constexpr std::size_t kFallbackTitleChars = 160;
constexpr std::size_t kFocusSearchChars = 8000;  // where a focus sentence may be
constexpr std::size_t kFocusLeadWords = 3;       // as in "In Rutland inspectors looked at"
constexpr std::size_t kSubjectLines = 2;         // lines after the title that name the subject
constexpr std::string_view kBullet = "\u2022";

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

bool starts_list_item(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  return line.substr(0, kBullet.size()) == kBullet || line.substr(0, 2) == "- " ||
         line.substr(0, 2) == "* ";
}

// "... with a particular focus on:" followed by bullet lines: the end of the list.
std::size_t list_end(std::string_view text, std::size_t colon) {
  std::size_t pos = text.find('\n', colon);
  std::size_t end = colon + 1;
  std::size_t limit = std::min(text.size(), colon + kFocusListLimit);
  while (pos != std::string_view::npos && pos < limit) {
    std::size_t next = text.find('\n', pos + 1);
    std::string_view line =
        text.substr(pos + 1, (next == std::string_view::npos ? text.size() : next) - pos - 1);
    std::size_t lead = line.find_first_not_of(" \t");
    if (lead == std::string_view::npos) {
      pos = next;  // blank lines between bullets
      continue;
    }
    bool continues = std::islower(static_cast<unsigned char>(line[lead])) && end > colon + 1;
    if (!starts_list_item(line) && !continues) break;
    end = pos + 1 + line.size();
    pos = next;
  }
  return end;
}

std::string truncate_words(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t cut = s.rfind(' ', max);
  return s.substr(0, cut == std::string::npos ? character_start_at_or_before(s, max) : cut);
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string lines_text(const std::vector<TextLine>& lines, std::size_t first, std::size_t count) {
  std::string out;
  for (std::size_t i = first; i < lines.size() && i < first + count; ++i)
    out += lines[i].text + "\n";
  return out;
}

}  // namespace

MetadataExtractor::MetadataExtractor(const ReferenceData& reference)
    : MetadataExtractor(reference, metadata_cues()) {}

std::optional<DateRange> visit_dates(std::string_view text, const MetadataCues& cues) {
  CueText cue_text(text);
  std::size_t from = 0;
  while (auto m = cue_text.find_any(cues.visit_phrases, from)) {
    std::size_t end = sentence_end(text, m->offset, kSentenceLimit);
    auto ranges = find_date_ranges(text.substr(m->offset, end - m->offset));
    if (!ranges.empty()) return ranges.front().range;
    // "Between 12 and 16 September 2016, Ofsted ... undertook a joint inspection": the
    // dates may come before the phrase in its sentence; the range of days nearest it
    // (a letter's own date may sit above an unpunctuated title).
    std::size_t begin = enclosing_sentence_start(text, m->offset, kSentenceLimit);
    auto before = find_date_ranges(text.substr(begin, m->offset - begin));
    for (auto it = before.rbegin(); it != before.rend(); ++it)
      if (it->range.start != it->range.end) return it->range;
    from = m->offset + m->length;
  }
  return std::nullopt;
}

std::size_t words_between(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (!is_space(text[i]) && (i == begin || is_space(text[i - 1]))) ++n;
  }
  return n;
}

std::optional<std::string> focus_sentence(std::string_view text, const MetadataCues& cues) {
  // The focus is stated near the top; a cue deep in the body or inside a longer
  // sentence ("children whose cases inspectors reviewed ...") is not it.
  std::string_view head = text.substr(0, kFocusSearchChars);
  CueText cue_text(head);
  std::optional<CueMatch> m;
  std::size_t begin = 0;
  for (std::size_t from = 0; (m = cue_text.find_any(cues.focus_phrases, from));
       from = m->offset + m->length) {
    begin = sentence_start(text, m->offset);
    if (words_between(text, begin, m->offset) <= kFocusLeadWords) break;
  }
  if (!m) return std::nullopt;
  std::size_t end = sentence_end(text, m->offset, kSentenceLimit);
  std::string_view sentence = text.substr(begin, end - begin);
  std::size_t colon = sentence.find(':');
  std::size_t after =
      colon == std::string_view::npos ? colon : sentence.find_first_not_of(" \t", colon + 1);
  if (after != std::string_view::npos && sentence[after] == '\n')
    end = list_end(text, begin + colon);
  return one_line(text.substr(begin, end - begin));
}

ReportMetadata MetadataExtractor::extract(std::string_view text,
                                          const SegmentedText& segmented) const {
  ReportTypeClassifier classifier(reference_.report_types, cues_);
  ReportOpening opening =
      read_opening(text, classifier.title_cues(), cues_, reference_.authorities);
  std::string opening_text = lines_text(opening.lines, 0, opening.lines.size());

  ReportMetadata meta;
  meta.report_type = classifier.classify(
      {opening.title, opening.head, opening_text, text, opening.title_opens, opening.letter});

  meta.title = opening.title;
  if (meta.title.empty()) {
    std::string first = !segmented.headings.empty() ? segmented.headings.front()
                        : !opening.lines.empty()    ? opening.lines.front().text
                                                    : std::string();
    meta.title = truncate_words(one_line(first), kFallbackTitleChars);
  }

  std::string subject;
  if (opening.title_line)
    subject = lines_text(opening.lines, opening.title_last + 1, kSubjectLines);
  if (const Authority* a =
          resolve_authority(reference_.authorities,
                            {opening.title, subject, opening.addressee, opening_text, text})) {
    meta.authority = a->name;
    if (!a->region.empty()) meta.region = a->region;
  }

  std::optional<DateRange> inspection = opening.labelled_inspection;
  if (!inspection) inspection = visit_dates(text, cues_);
  if (inspection) {
    meta.inspection_start = inspection->start;
    meta.inspection_end = inspection->end;
  }

  // The issue date is the one printed (letter, "Published:", meeting date). ILACS
  // reports print none; for an Ofsted report the inspection's last day is then the
  // best date it gives. A committee report or article is never dated by the visit.
  meta.date = opening.issue_date;
  if (meta.date) meta.date_source = "printed";
  bool ofsted_report = reports_own_inspection(meta.report_type, cues_);
  if (!meta.date && ofsted_report && inspection) {
    meta.date = inspection->end;
    meta.date_source = "last inspection day";
  }

  if (contains(cues_.focus_types, meta.report_type)) {
    meta.focus = focus_sentence(text, cues_);
    if (meta.focus) {
      meta.focus_themes = reference_.themes.themes_of(*meta.focus);
      meta.focus_areas = reference_.focus_areas.areas_of(*meta.focus);
    }
  }
  if (contains(cues_.theme_types, meta.report_type)) {
    if (auto theme = read_jtai_theme(text, cues_, reference_.jtai_themes)) {
      meta.focus = theme->sentence;
      meta.focus_areas = {theme->theme};
    }
  }
  if (contains(cues_.agencies_types, meta.report_type))
    meta.agencies = read_inspectorates(text, reference_.inspectorates);
  if (contains(cues_.outcome_types, meta.report_type))
    meta.outcome = read_send_outcome(text, cues_, reference_.send_outcomes);
  meta.inspectors = inspector_names(text, inspector_cues());
  meta.warnings = date_warnings({meta.date, meta.inspection_start, meta.inspection_end},
                                ofsted_report, today_iso());

  return meta;
}

}  // namespace ofsearch
