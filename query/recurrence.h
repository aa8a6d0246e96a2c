// Recurrence: did what Ofsted asked an authority to improve come back? An improvement
// point is a paragraph under an improvement heading (corpus/improvement_sections.tsv:
// "What needs to improve", "Recommendations", "Areas for improvement" ...; a lead-in
// ending in ':' takes its lower-case items). Points are compared by their stems, each
// weighted by its rarity among all the index's improvement points (so "quality" and
// "ensure" weigh little, "supervision" much; a cited framework "(Outcome one, National
// Framework)" is left out). A point is "raised again" when a later report of the same
// authority has an improvement point whose weighted Dice similarity to it is at least
// `raised_again`; else "discussed later" when a later finding (found by BM25 on the
// point's weightiest stems) holds at least `discussed` of its weight; else "not found".
// The labels are machine suggestions, measured against the hand-judged set
// tests/data/real/recurrence_judged.tsv (scripts/recurrence_judged.py); every label
// lists the paragraphs it rests on, to read.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "reference/authority_gazetteer.h"

namespace ofsearch {

struct RecurrenceParagraph {
  std::string id;  // "report_id/ordinal"
  std::string report_id, date, report_type, section, text;
  double similarity = 0;     // to the point (matches only; see RecurrenceOptions)
  bool improvement = false;  // in an improvement section
};

struct RecurrencePoint {
  RecurrenceParagraph point;
  std::string label;                         // "raised again", "discussed later", "not found"
  std::vector<RecurrenceParagraph> matches;  // closest later paragraphs, closest first
  int later_reports = 0;                     // reports of the authority dated after the point's
  double closest_improvement = 0;            // similarity of the closest later improvement point
  double closest_finding = 0;                // ... and of the closest later paragraph elsewhere
};

struct RecurrenceOptions {
  double raised_again = 0.2;  // weighted Dice similarity of a later improvement point
  double discussed = 0.5;     // share of the point's weight a later finding holds
  std::size_t matches = 3;    // later paragraphs listed per point
};

struct Recurrence {
  std::string authority;
  int reports = 0;  // the authority's dated reports in the index
  RecurrenceOptions options;
  std::vector<RecurrencePoint> points;  // by report date, then paragraph order
};

// Whether a section heading is an improvement heading (corpus/improvement_sections.tsv).
bool is_improvement_heading(const std::string& heading);

Recurrence find_recurrence(const Xapian::Database& db, const Authority& authority,
                           const RecurrenceOptions& options);

// The same as JSON: authority, reports, thresholds, note, points[{id, report_id, date,
// report_type, section, text, label, later_reports, matches[...]}].
nlohmann::json recurrence_json(const Recurrence& recurrence);

}  // namespace ofsearch
