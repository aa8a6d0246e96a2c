// The folder holding the run-time data (corpus/*.tsv, corpus/reports/, stemming/*.tsv).
// It sits in stemming/, the lowest library, so the stemmer and the reference loaders
// find the same folder without reference/ and stemming/ depending on each other.
#pragma once

#include <filesystem>

namespace ofsearch {

// $OFSEARCH_DATA if set; else <executable dir>/../share/ofsearch when it holds the data
// (an installed or moved binary); else the source tree compiled in (a build-tree binary).
std::filesystem::path data_root();

}  // namespace ofsearch
