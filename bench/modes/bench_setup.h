// What every run mode shares: where the repository is, what machine and revision a
// result comes from, progress lines on stderr, and the generator's inputs (gazetteer,
// text pool, vocabulary) loaded once per run.
#pragma once

#include <filesystem>
#include <string>

#include "bench/corpus/corpus_generator.h"
#include "bench/modes/bench_options.h"
#include "reference/authority_gazetteer.h"

namespace ofsearch::bench {

std::filesystem::path source_dir();  // the repository (bench/, corpus/), or $OFSEARCH_DATA
std::string source_revision();       // `git describe --always --dirty` of source_dir(), or "?"
std::string machine_description();
std::string today();
std::string load_average();  // "1 5 15" minutes, from /proc/loadavg

void say(const std::string& msg);  // "bench: msg" on stderr

// The corpus generator's inputs.
struct Setup {
  AuthorityGazetteer gazetteer;
  TextPool pool;
  GeneratorData data;
};

Setup load_setup(const Options& o);

}  // namespace ofsearch::bench
