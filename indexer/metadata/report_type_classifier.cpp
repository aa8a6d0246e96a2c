#include "indexer/metadata/report_type_classifier.h"

#include <algorithm>
#include <optional>

namespace ofsearch {
namespace {

// Weights of one cue hit by where it occurs.
constexpr int kTitleWeight = 100;
constexpr int kHeadWeight = 20;
constexpr int kOpeningWeight = 10;
constexpr std::size_t kBodyHitsCounted = 5;  // a long body cannot outvote the title
// A container type needs a cue in the head or two in the opening lines.
constexpr int kContainerThreshold = 20;

struct Zones {
  CueText title, head, opening, text;
  explicit Zones(const TypeEvidence& e)
      : title(e.title), head(e.head), opening(e.opening), text(e.text) {}
};

// A report's own type is scored everywhere; a container only where its form shows
// (head and opening lines), since Ofsted text itself mentions cabinet members or
// scrutiny committees in passing, and is scored without the title, since a committee
// report titled "Ofsted focused visit" is still a committee report.
int score(const ReportType& type, const Zones& z, bool container) {
  int total = 0;
  for (const auto& cue : type.cues) {
    if (!container && z.title.find(cue)) total += kTitleWeight;
    if (z.head.find(cue)) total += kHeadWeight;
    if (z.opening.find(cue)) total += kOpeningWeight;
    if (!container) total += static_cast<int>(std::min(z.text.count(cue), kBodyHitsCounted));
  }
  return total;
}

}  // namespace

ReportTypeClassifier::ReportTypeClassifier(const ReportTypes& types, const MetadataCues& cues)
    : types_(types), cues_(cues) {}

bool ReportTypeClassifier::is_container(const ReportType& type) const {
  return std::find(cues_.container_types.begin(), cues_.container_types.end(), type.id) !=
         cues_.container_types.end();
}

std::vector<std::string> ReportTypeClassifier::title_cues() const {
  std::vector<std::string> out;
  for (const auto& type : types_.all()) {
    if (!is_container(type)) out.insert(out.end(), type.cues.begin(), type.cues.end());
  }
  return out;
}

const ReportType* ReportTypeClassifier::title_type(std::string_view title) const {
  CueText text(title);
  const ReportType* best = nullptr;
  std::optional<CueMatch> best_match;
  for (const auto& type : types_.all()) {
    if (is_container(type)) continue;
    auto m = text.find_any(type.cues);
    if (m && (!best_match || m->offset < best_match->offset ||
              (m->offset == best_match->offset && m->length > best_match->length))) {
      best = &type;
      best_match = m;
    }
  }
  // A title that is only a type's name ("Joint Targeted Area Inspection") heads a paper
  // about such a report; a report's own title also names its subject, before the type
  // (a SIF report's authority) or after it ("Focused visit to Rutland ...").
  std::size_t end = title.find_last_not_of(" .:");
  if (best && best_match->offset == 0 &&
      (end == std::string_view::npos || best_match->offset + best_match->length > end)) {
    return nullptr;
  }
  return best;
}

std::string ReportTypeClassifier::classify(const TypeEvidence& evidence) const {
  const ReportType* own = evidence.title_opens ? title_type(evidence.title) : nullptr;
  // A letter headed "Focused visit to ..." is no council paper, whatever it names later
  // (an "elected portfolio holder" in its findings).
  if (own && evidence.letter) return own->id;
  Zones zones(evidence);
  // Under its own title, a document shows a container's form only above that title.
  if (own) zones.opening = CueText("");
  // Containers are decided first: they win over the report they discuss.
  const ReportType* container = nullptr;
  int container_score = 0;
  for (const auto& type : types_.all()) {
    if (!is_container(type)) continue;
    int s = score(type, zones, true);
    if (s >= kContainerThreshold && s > container_score) {
      container = &type;
      container_score = s;
    }
  }
  if (container) return container->id;
  if (own) return own->id;
  const ReportType* best = nullptr;
  int best_score = 0;
  for (const auto& type : types_.all()) {
    if (is_container(type)) continue;
    int s = score(type, zones, false);
    if (s > best_score) {
      best = &type;
      best_score = s;
    }
  }
  return best ? best->id : "other";
}

}  // namespace ofsearch
