// The query string's structure, read before Xapian's QueryParser sees it: tokens
// (words, quoted phrases, field:value, brackets, operators) and the checks and
// rewrites the parser cannot do itself. Xapian 1.4's parser only reads NEAR/ADJ
// between plain words that stand alone (`a b NEAR c` and `"a b" NEAR c` fall back
// to searching for the word "near"), and a dangling operator word silently becomes
// a search word. So every proximity run and every phrase is cut out here and built
// by PositionalBuilder (query/positional_query.h); what is left goes to the parser
// with a placeholder `field:value` in its place. An operator that cannot apply is a
// QuerySyntaxError naming it, never a silent zero.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/field_filters.h"

namespace ofsearch {

// A query mistake (an operator with nothing to bind to, NEAR on something it cannot
// take). An UnknownValueError so every caller that reports the user's mistakes
// (exit 2 at the CLI) reports this one too.
class QuerySyntaxError : public UnknownValueError {
 public:
  using UnknownValueError::UnknownValueError;
};

enum class TokenKind {
  kWord,       // a word, prefix* included ("safeguard*")
  kPhrase,     // "quoted words" (text without the quotes)
  kField,      // name:value or name:"quoted value", passed to the parser as typed
  kOpen,       // (
  kClose,      // )
  kBoolean,    // AND OR NOT XOR
  kProximity,  // NEAR ADJ NEAR/n ADJ/n
};

struct QueryToken {
  TokenKind kind;
  std::string text;      // as typed; a phrase's words without the quotes
  char sign = 0;         // '+' or '-' before a word, phrase or field (Xapian's love/hate)
  unsigned window = 10;  // NEAR/n, ADJ/n: n words apart at most (Xapian's default 10)
};

// Tokens of a prepared query string (prepare_query_string). An unclosed quote
// runs to the end, as in Xapian.
std::vector<QueryToken> tokenise_query(const std::string& prepared);

// One proximity run, `a NEAR b NEAR c` or `(a OR b) ADJ/3 "c d"`: its operands in
// order, each a list of alternatives (one unless a bracketed OR), each alternative a
// word or a phrase's words.
struct ProximityRun {
  bool ordered = false;                            // ADJ: in the order written
  unsigned window = 10;                            // the largest n of the run
  std::vector<std::vector<std::string>> operands;  // operand -> alternatives (text)
  std::vector<bool> operand_is_phrase;             // a single quoted phrase
};

// The query cut into what the parser reads and what PositionalBuilder builds:
// `text` with `<kPlaceholderField>:<i>` for phrases[i] (kind phrase) or runs[i].
struct RewrittenQuery {
  std::string text;
  std::vector<std::string> phrases;  // placeholder "p<i>"
  std::vector<ProximityRun> runs;    // placeholder "n<i>"
  // Plain words ANDed, nothing else (no operators, phrases, fields, wildcards,
  // brackets, signs): the words, in order; empty otherwise.
  std::vector<std::string> plain_words;
};

inline constexpr char kPlaceholderField[] = "ofsq";

// Checks every operator has something to bind to and cuts out phrases and
// proximity runs. Throws QuerySyntaxError saying which operator cannot apply and why.
RewrittenQuery rewrite_query(const std::vector<QueryToken>& tokens);

// The one rule for operator words, used by the tokeniser, prepare_query_string (which
// keeps their case) and spelling correction (which never corrects them): AND OR NOT XOR
// NEAR ADJ as written, in capitals, and NEAR/n ADJ/n. Anything after "NEAR/" or "ADJ/"
// makes an operator, so tokenise_query can refuse a window that is not 0-9999 ("NEAR/x")
// rather than search for it as a word; "AND/3" is a word.
bool is_operator_word(std::string_view word);

}  // namespace ofsearch
