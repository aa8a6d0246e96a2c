// The focus areas of focused visits in Ofsted's own categories (front door, children
// in need and child protection, children in care, care leavers ...), loaded from
// corpus/focus_areas.tsv: each an id, a label and cue phrases. Maps a visit's focus
// sentence to the areas it names, so visits can be searched and counted by area
// however each letter words its focus.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ofsearch {

struct FocusArea {
  std::string id;     // e.g. "front-door"
  std::string label;  // e.g. "Front door: contacts, referrals and assessment"
  std::vector<std::string> cues;
};

class FocusAreas {
 public:
  // Throws std::runtime_error naming the file and line of a bad row or repeated id.
  static FocusAreas load(const std::filesystem::path& tsv);

  // Area ids the focus sentence names, in vocabulary order, no repeats. Where cues
  // overlap, the longest wins; the part before a colon counts alone when it names one.
  std::vector<std::string> areas_of(std::string_view sentence) const;

  const FocusArea* find(std::string_view id) const;  // by id or label, case-insensitive
  const std::vector<FocusArea>& all() const { return areas_; }

 private:
  std::vector<std::string> areas_in(std::string_view text) const;

  std::vector<FocusArea> areas_;
  struct Cue {
    std::vector<std::string> stems;
    std::vector<bool> capitals;  // parallel to stems: the word must be in capitals
    std::size_t area;
  };
  std::vector<Cue> cues_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_stem_;  // -> cues_
};

}  // namespace ofsearch
