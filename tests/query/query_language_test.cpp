// The query language end to end on the bundled index: every operator (NEAR, NEAR/n,
// ADJ, ADJ/n, AND, OR, NOT, XOR, +, -) in every position, either finding what the
// same query written out in full finds, or refused with a message naming the
// operator. The rows marked "silent zero" found nothing before the query pre-pass
// (query/query_syntax.h): Xapian read the operator as the word "near".
#include <gtest/gtest.h>

#include <string>

#include "query/query_builder.h"
#include "query/query_syntax.h"
#include "query/searcher.h"
#include "reference/reference_data.h"
#include "support/bundled_index.h"
#include "support/case_name.h"

namespace ofsearch {
namespace {

using testing::bundled_index;

Xapian::doccount total(Searcher& searcher, const std::string& query) {
  SearchRequest request;
  request.query = query;
  request.limit = 0;
  return searcher.search(request).total;
}

std::string description(const std::string& query) {
  static Xapian::Database db(bundled_index().string());
  SearchRequest request;
  request.query = query;
  return QueryBuilder(db, reference_data()).build(request).text_query.get_description();
}

struct SameAsCase {
  const char* query;
  const char* same_as;  // the query written out with explicit operators and brackets
  Xapian::doccount total;
};

class OperatorPositionTest : public ::testing::TestWithParam<SameAsCase> {
 protected:
  static Searcher& searcher() {
    static Searcher s(bundled_index());
    return s;
  }
};

TEST_P(OperatorPositionTest, FindsWhatTheQueryWrittenOutFinds) {
  const auto& row = GetParam();
  EXPECT_EQ(total(searcher(), row.query), row.total) << row.query;
  EXPECT_EQ(total(searcher(), row.same_as), row.total) << row.same_as;
}

INSTANTIATE_TEST_SUITE_P(
    Queries, OperatorPositionTest,
    ::testing::Values(
        // NEAR after two words (silent zero): the loose word is ANDed.
        SameAsCase{"looked children NEAR missing", "looked AND (children NEAR missing)", 4},
        // ADJ/n after two words (silent zero).
        SameAsCase{"looked children ADJ/5 missing", "looked AND (children ADJ/5 missing)", 3},
        // NEAR beside a phrase (silent zero), on either side.
        SameAsCase{"\"social worker\" NEAR visits", "visits NEAR \"social worker\"", 4},
        // ADJ/n after a phrase (silent zero).
        SameAsCase{"\"care leavers\" ADJ/5 support", "(\"care leavers\" ADJ/5 support)", 3},
        // A bracketed OR of words beside NEAR (silent zero), on either side.
        SameAsCase{"(children OR young) NEAR missing", "missing NEAR (young OR children)", 8},
        // A run of three.
        SameAsCase{"missing NEAR children NEAR care", "(missing NEAR children NEAR care)", 2},
        // NEAR after NOT, inside brackets, beside a field, before AND.
        SameAsCase{"children NOT looked NEAR missing", "children NOT (looked NEAR missing)", 171},
        SameAsCase{"type:focused-visit children NEAR missing",
                   "(children NEAR missing) type:focused-visit", 3},
        SameAsCase{"children NEAR missing AND care", "care AND (children NEAR missing)", 2},
        SameAsCase{"NOT children NEAR missing", "NOT (children NEAR missing)", 235},
        // + and - beside a NEAR run: the sign is the run's.
        SameAsCase{"+children looked NEAR missing", "children AND (looked NEAR missing)", 2},
        // AND, OR, XOR, NOT between words; OR binds looser than the implied AND.
        SameAsCase{"children OR missing", "missing OR children", 173},
        SameAsCase{"children XOR missing", "(children OR missing) NOT (children AND missing)", 164},
        SameAsCase{"missing care OR leavers support", "(missing AND care) OR (leavers AND support)",
                   14},
        SameAsCase{"care -leavers", "care NOT leavers", 60},
        SameAsCase{"care -(looked children)", "care NOT (looked AND children)", 49},
        SameAsCase{"-(children OR young) NEAR missing care",
                   "care NOT ((children OR young) NEAR missing)", 74},
        SameAsCase{"care AND NOT leavers", "care NOT leavers", 60}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.query, info.index); });

struct RefusedCase {
  const char* query;
  const char* message;  // part of the error
};

class OperatorThatCannotApplyTest : public ::testing::TestWithParam<RefusedCase> {};

TEST_P(OperatorThatCannotApplyTest, IsAnErrorNamingIt) {
  static Searcher searcher(bundled_index());
  SearchRequest request;
  request.query = GetParam().query;
  try {
    searcher.search(request);
    FAIL() << GetParam().query << " was searched";
  } catch (const QuerySyntaxError& e) {
    EXPECT_NE(std::string(e.what()).find(GetParam().message), std::string::npos) << e.what();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Queries, OperatorThatCannotApplyTest,
    ::testing::Values(
        // Each of these was a silent search for the word (or zero) before.
        RefusedCase{"NEAR missing", "'NEAR' needs a word or phrase before it"},
        RefusedCase{"missing NEAR", "'NEAR' needs a word or phrase after it"},
        RefusedCase{"ADJ/3 missing", "'ADJ/3' needs a word or phrase before it"},
        RefusedCase{"missing ADJ", "'ADJ' needs a word or phrase after it"},
        RefusedCase{"missing NEAR ADJ care", "not 'ADJ'"},
        RefusedCase{"missing NEAR AND care", "not 'AND'"},
        RefusedCase{"AND missing", "'AND' needs a search before it"},
        RefusedCase{"missing AND", "'AND' needs a search after it"},
        RefusedCase{"OR missing", "'OR' needs a search before it"},
        RefusedCase{"missing XOR", "'XOR' needs a search after it"},
        RefusedCase{"missing NOT", "'NOT' needs something to exclude"},
        RefusedCase{"missing NOT NOT care", "'NOT' needs something to exclude"},
        RefusedCase{"missing NEAR NOT care", "not 'NOT'"},
        RefusedCase{"missing NEAR -care", "cannot take -care"},
        RefusedCase{"missing NEAR care*", "cannot take a wildcard"},
        RefusedCase{"missing NEAR type:focused-visit", "not type:focused-visit"},
        RefusedCase{"type:focused-visit NEAR missing", "not type:focused-visit"},
        RefusedCase{"care grade:3 ADJ/2 missing", "not grade:3"},
        RefusedCase{"(children OR \"young people\") NEAR missing", "single words"},
        RefusedCase{"(children AND young) NEAR missing", "single words joined by OR"},
        RefusedCase{"(life-story OR work) NEAR children", "'life-story' is 2 words"},
        RefusedCase{"missing NEAR children ADJ care", "cannot be mixed"},
        RefusedCase{"missing NEAR/x care", "how many words apart"},
        RefusedCase{"(missing care", "never closed"}, RefusedCase{"missing care)", "never opened"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.query, info.index); });

struct ParsedCase {
  const char* query;
  const char* description;  // part of the Xapian query's description
};

class ParsedQueryTest : public ::testing::TestWithParam<ParsedCase> {};

TEST_P(ParsedQueryTest, HasTheOperatorWhereItStands) {
  std::string got = description(GetParam().query);
  EXPECT_NE(got.find(GetParam().description), std::string::npos) << got;
  EXPECT_EQ(got.find("near@"), std::string::npos) << got;  // never the word "near"
  EXPECT_EQ(got.find("adj@"), std::string::npos) << got;
}

INSTANTIATE_TEST_SUITE_P(
    Queries, ParsedQueryTest,
    ::testing::Values(ParsedCase{"domestic abuse NEAR referrals",
                                 "(Zdomest@1 AND (abuse NEAR 11 (referral OR referrals)))"},
                      // NEAR/n and ADJ/n: n positions apart at most, as Xapian reads them.
                      ParsedCase{"children NEAR/5 missing", "NEAR 6"},
                      ParsedCase{"children ADJ/5 missing", "PHRASE 6"},
                      ParsedCase{"children ADJ missing", "PHRASE 11"},
                      ParsedCase{"missing NEAR children NEAR care", "NEAR 12"},
                      // A phrase beside NEAR: its words in the window, the phrase itself required.
                      ParsedCase{"\"social worker\" NEAR visits",
                                 "FILTER (social PHRASE 2 (worker OR"},
                      ParsedCase{"(children OR young) NEAR missing",
                                 "((children OR children's) OR young) NEAR 11"},
                      // A hyphenated word beside NEAR is a phrase of its words.
                      ParsedCase{"life-story NEAR work", "FILTER (life PHRASE 2"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.query, info.index); });

}  // namespace
}  // namespace ofsearch
