#include "query/query_syntax.h"

#include <gtest/gtest.h>

#include "support/case_name.h"

namespace ofsearch {
namespace {

// Tokens as one string: kind letter + text (+ sign, /window), space separated.
std::string shown(const std::vector<QueryToken>& tokens) {
  std::string out;
  for (const auto& t : tokens) {
    const char* kind = "WPF  BN";  // brackets are shown as themselves
    out += out.empty() ? "" : " ";
    if (kind[static_cast<int>(t.kind)] != ' ') out += kind[static_cast<int>(t.kind)];
    if (t.sign) out += t.sign;
    out += t.text;
    if (t.kind == TokenKind::kProximity && t.text.find('/') == std::string::npos)
      out += "/" + std::to_string(t.window);
  }
  return out;
}

struct TokenCase {
  const char* query;
  const char* tokens;
};

class TokeniseQueryTest : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokeniseQueryTest, SplitsWordsPhrasesFieldsAndOperators) {
  EXPECT_EQ(shown(tokenise_query(GetParam().query)), GetParam().tokens);
}

INSTANTIATE_TEST_SUITE_P(
    Queries, TokeniseQueryTest,
    ::testing::Values(TokenCase{"a b NEAR c", "Wa Wb NNEAR/10 Wc"},
                      TokenCase{"a NEAR/3 b ADJ/0 c", "Wa NNEAR/3 Wb NADJ/0 Wc"},
                      TokenCase{"\"domestic abuse\" NEAR referrals",
                                "Pdomestic abuse NNEAR/10 Wreferrals"},
                      TokenCase{"(a OR b) NEAR c", "( Wa BOR Wb ) NNEAR/10 Wc"},
                      TokenCase{"+a -\"b c\" -d", "W+a P-b c W-d"},
                      TokenCase{"authority:\"rotherham mbc\" x", "Fauthority:\"rotherham mbc\" Wx"},
                      TokenCase{"grade:3 time:10", "Fgrade:3 Wtime:10"},
                      // Lower case is a word; an empty phrase and a lone sign are nothing.
                      TokenCase{"near and \"\" - x", "Wnear Wand Wx"},
                      TokenCase{"\"unclosed phrase", "Punclosed phrase"},
                      TokenCase{"NOT a", "BNOT Wa"}, TokenCase{"a -(b c)", "Wa -( Wb Wc )"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.query, info.index); });

struct OperatorCase {
  const char* word;
  bool is_operator;
};

class OperatorWordTest : public ::testing::TestWithParam<OperatorCase> {};

TEST_P(OperatorWordTest, CapitalOperatorsAndProximityWindowsOnly) {
  EXPECT_EQ(is_operator_word(GetParam().word), GetParam().is_operator) << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    Words, OperatorWordTest,
    ::testing::Values(
        OperatorCase{"AND", true}, OperatorCase{"OR", true}, OperatorCase{"NOT", true},
        OperatorCase{"XOR", true}, OperatorCase{"NEAR", true}, OperatorCase{"ADJ", true},
        OperatorCase{"NEAR/3", true}, OperatorCase{"ADJ/5", true}, OperatorCase{"NEAR/0", true},
        // A bad window is still an operator: the tokeniser refuses it.
        OperatorCase{"NEAR/x", true}, OperatorCase{"ADJ/", true},
        // Only NEAR and ADJ take a window; case and whole words count.
        OperatorCase{"AND/3", false}, OperatorCase{"OR/2", false}, OperatorCase{"and", false},
        OperatorCase{"Near", false}, OperatorCase{"near/3", false}, OperatorCase{"NEARBY", false},
        OperatorCase{"ANDOVER", false}, OperatorCase{"NEAR3", false}, OperatorCase{"ADJUST", false},
        OperatorCase{"", false}, OperatorCase{"/3", false}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.word, info.index); });

struct RewriteCase {
  const char* query;
  const char* text;  // what the parser is given
};

class RewriteQueryTest : public ::testing::TestWithParam<RewriteCase> {};

TEST_P(RewriteQueryTest, CutsOutPhrasesAndProximityRuns) {
  EXPECT_EQ(rewrite_query(tokenise_query(GetParam().query)).text, GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Queries, RewriteQueryTest,
    ::testing::Values(RewriteCase{"a b NEAR c", "a ofsq:n0"},
                      RewriteCase{"\"a b\" c \"d e\"", "ofsq:p0 c ofsq:p1"},
                      RewriteCase{"x NOT (a OR b) ADJ/2 \"c d\" y", "x NOT ofsq:n0 y"},
                      RewriteCase{"-a NEAR b +c", "-ofsq:n0 +c"},
                      RewriteCase{"(a NEAR b) OR c", "( ofsq:n0 ) OR c"},
                      RewriteCase{"a AND NOT b", "a AND NOT b"},
                      RewriteCase{"x -(a OR b) NEAR c +(d e)", "x -ofsq:n0 +( d e )"}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.query, info.index); });

TEST(RewriteQueryTest, KeepsARunsOperandsAndLargestWindow) {
  auto rewritten = rewrite_query(tokenise_query("(a OR b) NEAR/3 \"c d\" NEAR/7 e"));
  ASSERT_EQ(rewritten.runs.size(), 1u);
  const auto& run = rewritten.runs[0];
  EXPECT_FALSE(run.ordered);
  EXPECT_EQ(run.window, 7u);
  ASSERT_EQ(run.operands.size(), 3u);
  EXPECT_EQ(run.operands[0], (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(run.operands[1], (std::vector<std::string>{"c d"}));
  EXPECT_TRUE(run.operand_is_phrase[1]);
}

TEST(RewriteQueryTest, NamesPlainWordsOnlyWhenThereIsNothingElse) {
  EXPECT_EQ(rewrite_query(tokenise_query("delays achieving permanence")).plain_words,
            (std::vector<std::string>{"delays", "achieving", "permanence"}));
  for (const char* query : {"a OR b", "a \"b c\"", "a b*", "a -b", "a grade:3", "(a b)"})
    EXPECT_TRUE(rewrite_query(tokenise_query(query)).plain_words.empty()) << query;
}

}  // namespace
}  // namespace ofsearch
