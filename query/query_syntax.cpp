#include "query/query_syntax.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace ofsearch {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool has_word_character(const std::string& s) {
  return std::any_of(s.begin(), s.end(),
                     [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

// "authority:x" -> true when the part before the first ':' is a field name.
bool is_field(const std::string& run) {
  auto colon = run.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  const auto& fields = FieldFilters::fields();
  return std::find(fields.begin(), fields.end(), run.substr(0, colon)) != fields.end();
}

std::string in_quotes(const std::string& s) { return "'" + s + "'"; }

// For an operator with nothing to bind to: the user may have meant the word.
[[noreturn]] void cannot_bind(const QueryToken& op, const std::string& why) {
  throw QuerySyntaxError(in_quotes(op.text) + " " + why +
                         " (write it in lower case, or quote it, to search for the word)");
}

// For an operator beside something it cannot take.
[[noreturn]] void cannot_take(const QueryToken& op, const std::string& what) {
  throw QuerySyntaxError(in_quotes(op.text) + " cannot take " + what);
}

bool ends_operand(const QueryToken* t) {
  return t && (t->kind == TokenKind::kWord || t->kind == TokenKind::kPhrase ||
               t->kind == TokenKind::kField || t->kind == TokenKind::kClose);
}

bool starts_operand(const QueryToken* t) {
  return t && (t->kind == TokenKind::kWord || t->kind == TokenKind::kPhrase ||
               t->kind == TokenKind::kField || t->kind == TokenKind::kOpen);
}

// Every operator has something on each side it can bind to; brackets balance.
void check_operators(const std::vector<QueryToken>& tokens) {
  int depth = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const QueryToken& t = tokens[i];
    const QueryToken* before = i > 0 ? &tokens[i - 1] : nullptr;
    const QueryToken* after = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    if (t.kind == TokenKind::kOpen) ++depth;
    if (t.kind == TokenKind::kClose && --depth < 0)
      throw QuerySyntaxError("')' closes a bracket that was never opened");
    if (t.kind == TokenKind::kBoolean && t.text == "NOT") {
      if (!starts_operand(after)) cannot_bind(t, "needs something to exclude after it");
      if (before && before->kind == TokenKind::kBoolean && before->text == "NOT")
        cannot_bind(t, "cannot follow another NOT");
      if (before && before->kind == TokenKind::kProximity)
        cannot_bind(t, "cannot follow " + before->text);
      continue;
    }
    if (t.kind != TokenKind::kBoolean && t.kind != TokenKind::kProximity) continue;
    bool positional = t.kind == TokenKind::kProximity;
    if (positional && before && before->kind == TokenKind::kField)
      throw QuerySyntaxError(in_quotes(t.text) + " takes words or phrases, not " + before->text +
                             " (give the filter beside the run instead)");
    if (!ends_operand(before))
      cannot_bind(t, std::string("needs a ") + (positional ? "word or phrase" : "search") +
                         " before it" +
                         (before ? ", not " + in_quotes(before->text) : " (it starts the query)"));
    bool not_follows =
        !positional && after && after->kind == TokenKind::kBoolean && after->text == "NOT";
    if (!starts_operand(after) && !not_follows)
      cannot_bind(t, std::string("needs a ") + (positional ? "word or phrase" : "search") +
                         " after it" +
                         (after ? ", not " + in_quotes(after->text) : " (it ends the query)"));
  }
  if (depth > 0) throw QuerySyntaxError("a '(' is never closed");
}

struct Operand {
  std::vector<std::string> alternatives;
  bool phrase = false;
  std::size_t end = 0;  // index after the operand
};

// The operand of a proximity run starting at tokens[i]: a word, a phrase or a
// bracketed OR of words. `op` is the operator beside it, for messages.
Operand proximity_operand(const std::vector<QueryToken>& tokens, std::size_t i,
                          const QueryToken& op, bool first) {
  const QueryToken& t = tokens[i];
  if (t.sign && !first)
    cannot_take(op, std::string(1, t.sign) + t.text + " (a sign goes before the whole run)");
  if (t.kind == TokenKind::kPhrase) return {{t.text}, true, i + 1};
  if (t.kind == TokenKind::kWord) {
    if (t.text.find('*') != std::string::npos)
      throw QuerySyntaxError(in_quotes(op.text) + " cannot take a wildcard (" + t.text + ")");
    return {{t.text}, false, i + 1};
  }
  if (t.kind == TokenKind::kField)
    throw QuerySyntaxError(in_quotes(op.text) + " takes words or phrases, not " + t.text +
                           " (give the filter beside the run instead)");
  // A bracket: word (OR word)* ')'.
  Operand group;
  std::size_t j = i + 1;
  for (bool want_word = true; j < tokens.size(); ++j, want_word = !want_word) {
    const QueryToken& inner = tokens[j];
    if (!want_word && inner.kind == TokenKind::kClose) break;
    bool ok = want_word ? inner.kind == TokenKind::kWord && !inner.sign &&
                              inner.text.find('*') == std::string::npos
                        : inner.kind == TokenKind::kBoolean && inner.text == "OR";
    if (!ok)
      throw QuerySyntaxError(in_quotes(op.text) +
                             " can take a bracket only of single words joined by OR, as in "
                             "(a OR b) NEAR c: Xapian cannot look for " +
                             in_quotes(inner.text) + " near other words");
    if (want_word) group.alternatives.push_back(inner.text);
  }
  group.end = j + 1;
  return group;
}

// The index of the ')' matching the '(' at tokens[i].
std::size_t matching_close(const std::vector<QueryToken>& tokens, std::size_t i) {
  int depth = 0;
  for (std::size_t j = i; j < tokens.size(); ++j) {
    if (tokens[j].kind == TokenKind::kOpen) ++depth;
    if (tokens[j].kind == TokenKind::kClose && --depth == 0) return j;
  }
  return tokens.size();
}

std::string as_typed(const QueryToken& t) {
  std::string sign = t.sign ? std::string(1, t.sign) : "";
  if (t.kind == TokenKind::kPhrase) return sign + "\"" + t.text + "\"";
  return sign + t.text;
}

}  // namespace

bool is_operator_word(std::string_view word) {
  for (std::string_view op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"}) {
    if (word == op) return true;
  }
  std::string_view head = word.substr(0, word.find('/'));
  return head.size() < word.size() && (head == "NEAR" || head == "ADJ");
}

std::vector<QueryToken> tokenise_query(const std::string& s) {
  std::vector<QueryToken> tokens;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (is_space(c)) {
      ++i;
      continue;
    }
    if (c == '(' || c == ')') {
      tokens.push_back({c == '(' ? TokenKind::kOpen : TokenKind::kClose, std::string(1, c)});
      ++i;
      continue;
    }
    char sign = 0;
    if ((c == '+' || c == '-') && i + 1 < s.size() && !is_space(s[i + 1])) {
      sign = c;
      c = s[++i];
    }
    if (sign && c == '(') {  // Xapian reads a sign on a bracket too
      tokens.push_back({TokenKind::kOpen, "(", sign});
      ++i;
      continue;
    }
    if (c == '"') {
      std::size_t close = s.find('"', i + 1);
      std::size_t end = close == std::string::npos ? s.size() : close;
      std::string text = s.substr(i + 1, end - i - 1);
      i = close == std::string::npos ? s.size() : close + 1;
      if (has_word_character(text)) tokens.push_back({TokenKind::kPhrase, text, sign});
      continue;
    }
    std::size_t start = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != '(' && s[i] != ')' && s[i] != '"') ++i;
    std::string run = s.substr(start, i - start);
    if (!run.empty() && run.back() == ':' && i < s.size() && s[i] == '"') {
      std::size_t close = s.find('"', i + 1);
      i = close == std::string::npos ? s.size() : close + 1;
      run = s.substr(start, i - start);
    }
    // A lone sign or punctuation: no word for the parser either.
    if (!has_word_character(run)) continue;
    QueryToken t{TokenKind::kWord, run, sign};
    if (is_field(run)) {
      t.kind = TokenKind::kField;
    } else if (!sign && is_operator_word(run)) {
      t.kind = run.rfind("NEAR", 0) == 0 || run.rfind("ADJ", 0) == 0 ? TokenKind::kProximity
                                                                     : TokenKind::kBoolean;
      auto slash = run.find('/');
      if (slash != std::string::npos) {
        std::string n = run.substr(slash + 1);
        if (n.empty() || n.size() > 4 || !std::all_of(n.begin(), n.end(), ::isdigit))
          throw QuerySyntaxError(in_quotes(run) +
                                 ": the number after '/' is how many words apart, " +
                                 "from 0 to 9999 (NEAR/5)");
        t.window = static_cast<unsigned>(std::atoi(n.c_str()));
      }
    }
    tokens.push_back(t);
  }
  return tokens;
}

RewrittenQuery rewrite_query(const std::vector<QueryToken>& tokens) {
  check_operators(tokens);
  RewrittenQuery out;
  auto emit = [&](const std::string& piece) { out.text += (out.text.empty() ? "" : " ") + piece; };
  bool plain = tokens.size() > 0;
  for (const auto& t : tokens) {
    plain = plain && t.kind == TokenKind::kWord && !t.sign &&
            t.text.find_first_of("*:") == std::string::npos;
  }
  if (plain)
    for (const auto& t : tokens) out.plain_words.push_back(t.text);

  for (std::size_t i = 0; i < tokens.size();) {
    const QueryToken& t = tokens[i];
    // Where this token's operand ends, if it is one: a bracket runs to its ')'.
    std::size_t operand_end = i + 1;
    if (t.kind == TokenKind::kOpen) operand_end = matching_close(tokens, i) + 1;
    bool starts_run = (t.kind == TokenKind::kWord || t.kind == TokenKind::kPhrase ||
                       t.kind == TokenKind::kOpen) &&
                      operand_end < tokens.size() &&
                      tokens[operand_end].kind == TokenKind::kProximity;
    if (!starts_run) {
      if (t.kind == TokenKind::kPhrase) {
        emit((t.sign ? std::string(1, t.sign) : "") + kPlaceholderField + ":p" +
             std::to_string(out.phrases.size()));
        out.phrases.push_back(t.text);
      } else {
        emit(as_typed(t));
      }
      ++i;
      continue;
    }
    ProximityRun run;
    const QueryToken& first_op = tokens[operand_end];
    run.ordered = first_op.text.rfind("ADJ", 0) == 0;
    run.window = 0;
    Operand operand = proximity_operand(tokens, i, first_op, true);
    run.operands.push_back(operand.alternatives);
    run.operand_is_phrase.push_back(operand.phrase);
    std::size_t j = operand.end;
    while (j < tokens.size() && tokens[j].kind == TokenKind::kProximity) {
      const QueryToken& op = tokens[j];
      if ((op.text.rfind("ADJ", 0) == 0) != run.ordered)
        throw QuerySyntaxError(in_quotes(first_op.text) + " and " + in_quotes(op.text) +
                               " cannot be mixed in one run: use one of them");
      run.window = std::max(run.window, op.window);
      operand = proximity_operand(tokens, j + 1, op, false);
      run.operands.push_back(operand.alternatives);
      run.operand_is_phrase.push_back(operand.phrase);
      j = operand.end;
    }
    emit((t.sign ? std::string(1, t.sign) : "") + kPlaceholderField + ":n" +
         std::to_string(out.runs.size()));
    out.runs.push_back(std::move(run));
    i = j;
  }
  return out;
}

}  // namespace ofsearch
