#include "query/near_misses.h"

namespace ofsearch {

NearMissQueries near_miss_queries(const QueryBuilder& builder, const SearchRequest& request,
                                  const BuiltQuery& built) {
  NearMissQueries out;
  const auto& words = built.plain_words;
  if (words.size() < 2 || words.size() > kMostWordsForNearMisses) return out;
  out.words = words;
  std::vector<Xapian::Query> rests{built.query};
  for (std::size_t i = 0; i < words.size(); ++i) {
    SearchRequest rest = request;
    rest.query.clear();
    for (std::size_t j = 0; j < words.size(); ++j)
      if (j != i) rest.query += (rest.query.empty() ? "" : " ") + words[j];
    SearchRequest word = request;
    word.query = words[i];
    Xapian::Query has_word(Xapian::Query::OP_OR, builder.build(word).text_query, built.text_query);
    Xapian::Query without = builder.build(rest).query;
    out.lacking.emplace_back(Xapian::Query::OP_AND_NOT, without, has_word);
    rests.push_back(without);
  }
  out.most = Xapian::Query(Xapian::Query::OP_OR, rests.begin(), rests.end());
  return out;
}

}  // namespace ofsearch
