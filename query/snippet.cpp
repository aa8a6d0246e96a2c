#include "query/snippet.h"

#include "query/search_request.h"
#include "stemming/text_normaliser.h"

namespace ofsearch {
namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

}  // namespace

std::string make_snippet(const Xapian::MSet& mset, const std::string& text, std::size_t length,
                         const Xapian::Stem& stemmer) {
  std::string snippet =
      mset.snippet(normalise_for_index(text), length, stemmer,
                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                   kHighlightOpen, kHighlightClose, "...");
  // MSet::snippet escapes for HTML; our outputs are plain text, JSON and CSV.
  for (auto [entity, plain] :
       {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}}) {
    replace_all(snippet, entity, plain);
  }
  // A phrase comes back as one highlight per word; join them into one unit.
  for (const char* gap : {" ", "-", "'"}) {
    replace_all(snippet, std::string(kHighlightClose) + gap + kHighlightOpen, gap);
  }
  return snippet;
}

std::string render_highlights(const std::string& snippet, const std::string& open,
                              const std::string& close) {
  std::string out = snippet;
  replace_all(out, kHighlightOpen, open);
  replace_all(out, kHighlightClose, close);
  return out;
}

}  // namespace ofsearch
