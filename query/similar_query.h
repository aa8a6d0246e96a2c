// The query behind "similar paragraphs": the words that carry paragraph `id`'s meaning,
// found by relevance feedback (an RSet of that one paragraph, Enquire::get_eset) among
// its stemmed ("Z") terms, never a stop word (stemming/stop_words.h), a bare number nor
// a word no other paragraph has;
// ORed, so BM25 ranks first the paragraphs that share most of them, the rarest weighing
// most. Excludes the paragraph's own report; carries the request's filters and
// boilerplate rule. Nearly every paragraph shares one of the words, so what it answers
// is a ranked top list: a count of its matches means nothing and is not shown.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "query/search_request.h"
#include "stemming/analyzer.h"
#include "stemming/stop_words.h"

namespace ofsearch {

// Words taken from the paragraph: enough to tell a topic, few enough that sharing a
// handful of common ones does not rank a paragraph high.
inline constexpr Xapian::termcount kSimilarWords = 24;

struct SimilarQuery {
  // The words it rests on, strongest first, each as the paragraph writes it most often
  // ("permanence" for the stem "perman").
  std::vector<std::string> words;
  Xapian::Query query;
};

// Throws std::runtime_error when the index has no paragraph `id` ("REPORT_ID/7") or the
// paragraph has no word but stop words and numbers; UnknownValueError for a bad filter.
// `analyzer` must be the index's (it names each stem by the paragraph's own word).
SimilarQuery similar_query(const Xapian::Database& db, const std::string& id,
                           const SearchRequest& request, const StopWords& stop_words,
                           const Analyzer& analyzer);

}  // namespace ofsearch
