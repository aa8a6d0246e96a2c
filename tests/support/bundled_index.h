// Test support: an index of the bundled corpus (corpus/reports), built once per
// test binary through the real pipeline, and the paragraph records it holds.
#pragma once

#include <filesystem>
#include <vector>

#include <nlohmann/json.hpp>

namespace ofsearch::testing {

const std::filesystem::path& bundled_index();

// Every paragraph record in the bundled index (all reports, in order).
const std::vector<nlohmann::json>& bundled_paragraphs();

// " words like this " : normalised, lower-case, punctuation as spaces, padded with
// spaces, so a phrase search is find(" " + phrase + " ").
std::string comparable(const std::string& text);

}  // namespace ofsearch::testing
