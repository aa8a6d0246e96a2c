// What a joint inspection's report says about itself beyond the fields every report
// has: a JTAI letter's theme (the multi-agency response to *what*), the inspectorates
// that carried the inspection out, and an Area SEND inspection's outcome. Each reads
// one sentence near the top of the text and maps it through a vocabulary in corpus/
// (jtai_themes.tsv, inspectorates.tsv, send_outcomes.tsv), with the sentence cues of
// corpus/metadata_cues.tsv; none invents a value the text does not state.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/metadata/metadata_cues.h"
#include "reference/focus_areas.h"

namespace ofsearch {

struct ThemeReading {
  std::string sentence;  // the sentence it was read from, on one line
  std::string theme;     // a corpus/jtai_themes.tsv id
};

// The theme of a JTAI letter: from the first theme-sentence cue (in the cues' order of
// trust: the 'deep dive' sentence before the one naming the inspection) whose sentence,
// from the cue on, names a theme; the first theme in vocabulary order.
std::optional<ThemeReading> read_jtai_theme(std::string_view text, const MetadataCues& cues,
                                            const FocusAreas& themes);

// The inspectorates named by the first sentence near the top that names two or more
// ("Ofsted, the Care Quality Commission (CQC), HMI Constabulary (HMIC) and HMI Probation
// undertook a joint inspection"), in vocabulary order; empty when none does.
std::vector<std::string> read_inspectorates(std::string_view text, const FocusAreas& inspectorates);

// An Area SEND inspection's outcome: the sentence after the "Inspection outcome" heading
// (or holding the outcome wording), mapped to the first outcome in vocabulary order.
std::optional<std::string> read_send_outcome(std::string_view text, const MetadataCues& cues,
                                             const FocusAreas& outcomes);

}  // namespace ofsearch
