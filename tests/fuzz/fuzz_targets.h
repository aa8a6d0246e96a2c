// The fuzz targets' entry points, shared by the libFuzzer binaries (built with
// OFSEARCH_FUZZ, one LLVMFuzzerTestOneInput each) and by the regression replay
// test, which runs every saved input in tests/fuzz/regressions/<target>/ through
// the same function under the normal (gcc) build. Each returns 0; a bug aborts.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ofsearch::fuzz {

// Bytes -> decoded clean text (HTML when the first non-space byte is '<', else plain) ->
// ParagraphSegmenter + MetadataExtractor (build_report) -> stored JSON records.
int text_pipeline(const std::uint8_t* data, std::size_t size);

// Bytes -> the PDF text extractor; only IngestError may come out.
int pdf_extractor(const std::uint8_t* data, std::size_t size);

// A query string -> prepare_query_string, QueryBuilder, Xapian's QueryParser and a
// search against a small index of corpus/reports built once per process.
int query_parser(const std::uint8_t* data, std::size_t size);

}  // namespace ofsearch::fuzz

// Each target file defines the libFuzzer entry point only in fuzzing builds.
#ifdef OFSEARCH_LIBFUZZER
#define OFSEARCH_FUZZ_ENTRY(target)                                                   \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    return ofsearch::fuzz::target(data, size);                                        \
  }
#else
#define OFSEARCH_FUZZ_ENTRY(target)
#endif
