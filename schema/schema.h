// The index schema: every Xapian term prefix and value slot ofsearch writes, with
// its meaning (as Omega's termprefixes page documents Omega's). Indexer and query
// code name prefixes and slots only through these constants.
//
// Documents: one Xapian document per paragraph. Document data is the paragraph
// record as JSON (schema/paragraph_record.h).
//
// Free text (positional; TermGenerator with STEM_SOME, see stemming/analyzer.h):
//   <word>      unstemmed lower-case word with positions: phrases, NEAR, ADJ
//   Z<stem>     English stem (no positions): ranked free text
//
// Boolean filter terms (no positions, wdf 0):
#pragma once

#include <xapian.h>

namespace ofsearch::schema {

inline constexpr const char kUniqueId[] = "Q";     // Q<report_id>/<ordinal>: one per paragraph
inline constexpr const char kReport[] = "XR";      // XR<report_id>: every paragraph of a report
inline constexpr const char kAuthority[] = "XA";   // XA<authority slug>
inline constexpr const char kRegion[] = "XG";      // XG<region slug>
inline constexpr const char kGrade[] = "XK";       // XK<grade word>: judgement of the section
inline constexpr const char kGradeLevel[] = "XL";  // XL<1..4>
inline constexpr const char kOverall[] = "XO";  // XO<grade word>: overall effectiveness of the part
inline constexpr const char kOverallLevel[] = "XP";  // XP<1..4>
inline constexpr const char kTheme[] = "XT";         // XT<theme id>, one per theme
inline constexpr const char kReportType[] = "XY";    // XY<report type id>
inline constexpr const char kFocusArea[] = "XF";     // XF<focus area id>: the report's visit focus
inline constexpr const char kOutcome[] = "XV";  // XV<outcome id>: an Area SEND inspection's outcome
inline constexpr const char kInspector[] = "XI";  // XI<name slug>: the report's lead inspector
inline constexpr const char kYear[] = "Y";   // Y<yyyy> of the report date (absent when undated)
inline constexpr const char kMonth[] = "M";  // M<yyyymm>
inline constexpr const char kDate[] = "D";   // D<yyyymmdd>
inline constexpr const char kBoilerplate[] = "XB";  // XB: the paragraph is boilerplate (only then)
inline constexpr const char kConcept[] =
    "XS";  // XS<concept id>: writes a member of a synonym group
           // (stemming/synonyms.tsv); QueryParser synonyms point here

// Value slots (strings; sortable where noted):
inline constexpr Xapian::valueno kSlotDate = 0;  // yyyymmdd of the report date, "" when undated
inline constexpr Xapian::valueno kSlotAuthority = 1;   // authority canonical name (facet value)
inline constexpr Xapian::valueno kSlotRegion = 2;      // region name (facet value)
inline constexpr Xapian::valueno kSlotGrade = 3;       // grade word
inline constexpr Xapian::valueno kSlotOverall = 4;     // overall grade word
inline constexpr Xapian::valueno kSlotReportType = 5;  // report type id
inline constexpr Xapian::valueno kSlotYear = 6;        // yyyy
inline constexpr Xapian::valueno kSlotThemes = 7;      // theme ids joined by '\n'
inline constexpr Xapian::valueno kSlotReportId = 8;    // report id: collapse key for --per-report
inline constexpr Xapian::valueno kSlotOrdinal = 9;  // paragraph ordinal, Xapian::sortable_serialise
inline constexpr Xapian::valueno kSlotFocusAreas = 10;  // focus area ids joined by '\n'
inline constexpr Xapian::valueno kSlotInspector = 11;   // the lead inspector's name, as printed
inline constexpr Xapian::valueno kSlotOutcome = 12;     // outcome id (corpus/send_outcomes.tsv)

// Database metadata keys (written in the same transaction as the paragraphs):
inline constexpr const char kReportMetaPrefix[] = "report:";  // report:<id> -> report record JSON
inline constexpr const char kSchemaVersionKey[] = "ofsearch:schema";
// watch:<name> -> a saved search as JSON (index/saved_searches.h): travels with the index.
inline constexpr const char kWatchMetaPrefix[] = "watch:";
inline constexpr const char kSynonymsKey[] =
    "ofsearch:synonyms";  // fingerprint of the stored synonyms
inline constexpr const char kVocabularyKey[] =
    "ofsearch:vocabulary";  // fingerprints of the stemming exceptions and synonym groups
                            // the paragraphs were written with (stems, XS concept terms)
// Bumped when documents or records gain fields (2: focus areas, report warnings; 3: the
// field's stemming exceptions, stemming/stem_exceptions.tsv; 4: the authority's la_code
// and ons_code in every record; 5: joint inspections' theme, agencies, outcome and the
// report date's source; 6: the report's inspectors, its lead as a field): an index
// written under an
// older version, or with another vocabulary (kVocabularyKey), has every file rewritten
// on its next `index` run.
inline constexpr const char kSchemaVersion[] = "6";

}  // namespace ofsearch::schema
