// The indexing pipeline for one file, one way: file -> clean text -> segmented
// paragraphs -> metadata -> themes -> overrides -> Report. Pure: writes nothing.
#pragma once

#include <filesystem>
#include <string>

#include "indexer/extract/document_reader.h"
#include "indexer/metadata/overrides.h"
#include "reference/reference_data.h"
#include "schema/report.h"

namespace ofsearch {

// The report id a file gets: its file name without extension, lower-cased, with
// characters outside [a-z0-9_-] replaced by '-'.
std::string report_id_for(const std::filesystem::path& file);

// Builds the report from already-read text (the tests and fuzzers start here).
Report build_report(const SourceText& source, const std::string& report_id,
                    const Overrides& overrides, const ReferenceData& reference);

// Reads `file` (sidecar overrides merged under `overrides`) and builds its report.
Report build_report_from_file(const std::filesystem::path& file, const Overrides& overrides,
                              const ReferenceData& reference);

}  // namespace ofsearch
