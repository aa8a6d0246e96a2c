#include "indexer/extract/html_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/case_name.h"

namespace ofsearch::html {
namespace {

// The tokens as short strings: "text", "<p attrs>" ("<br/>" when self-closing), "</p>".
std::vector<std::string> shapes(std::string_view html) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(html)) {
    switch (t.kind) {
      case Token::Kind::Text:
        out.emplace_back(t.text);
        break;
      case Token::Kind::Start:
        out.push_back("<" + t.name + std::string(t.text) + (t.self_closing ? "|/" : "") + ">");
        break;
      case Token::Kind::End:
        out.push_back("</" + t.name + ">");
        break;
    }
  }
  return out;
}

struct TokenCase {
  const char* label;
  const char* html;
  std::vector<std::string> tokens;
};

class HtmlTokenizeTest : public ::testing::TestWithParam<TokenCase> {};

TEST_P(HtmlTokenizeTest, ReadsTextAndTagsAndNeverFails) {
  EXPECT_EQ(shapes(GetParam().html), GetParam().tokens) << GetParam().html;
}

INSTANTIATE_TEST_SUITE_P(
    Markup, HtmlTokenizeTest,
    ::testing::Values(
        TokenCase{"text and tags",
                  "<p class=\"lead\">Focused visit to <b>Rotherham</b></p>",
                  {"<p class=\"lead\">", "Focused visit to ", "<b>", "Rotherham", "</b>", "</p>"}},
        TokenCase{"tag names lower cased", "<H2>Summary</H2>", {"<h2>", "Summary", "</h2>"}},
        TokenCase{"self closing", "a<br/>b", {"a", "<br/|/>", "b"}},
        TokenCase{"comment skipped", "a<!-- nav -->b", {"a", "b"}},
        TokenCase{"doctype skipped", "<!DOCTYPE html><p>x</p>", {"<p>", "x", "</p>"}},
        TokenCase{"processing instruction skipped", "<?xml version=\"1.0\"?>x", {"x"}},
        TokenCase{"cdata is text", "<![CDATA[a < b]]>c", {"a < b", "c"}},
        TokenCase{"script body skipped",
                  "<script>if (a < b) { x = '</p>'; }</script>after",
                  {"<script>", "</script>", "after"}},
        TokenCase{
            "style body skipped in any case", "<style>p{}</STYLE>x", {"<style>", "</style>", "x"}},
        TokenCase{"stray less-than is text", "a < b", {"a ", "<", " b"}},
        TokenCase{"less-than before a digit is text", "1<2", {"1", "<", "2"}},
        TokenCase{"quoted greater-than stays in the tag",
                  "<a title=\"x > y\">z</a>",
                  {"<a title=\"x > y\">", "z", "</a>"}},
        TokenCase{"unclosed tag ends the input", "text<p class=\"x", {"text", "<p class=\"x>"}},
        TokenCase{"unclosed comment ends the input", "a<!-- never closed", {"a"}},
        TokenCase{"unclosed script ends the input", "<script>var x;", {"<script>", "</script>"}},
        TokenCase{"empty", "", {}}),
    [](const auto& info) { return ofsearch::testing::case_name(info.param.label, info.index); });

struct AttributeCase {
  const char* attrs;
  const char* name;
  const char* value;
  bool present;
};

class HtmlAttributeTest : public ::testing::TestWithParam<AttributeCase> {};

TEST_P(HtmlAttributeTest, ReadsQuotedUnquotedAndBareAttributes) {
  bool present = !GetParam().present;
  EXPECT_EQ(attribute(GetParam().attrs, GetParam().name, &present), GetParam().value);
  EXPECT_EQ(present, GetParam().present);
}

INSTANTIATE_TEST_SUITE_P(
    Attributes, HtmlAttributeTest,
    ::testing::Values(AttributeCase{" class=\"govuk-body\"", "class", "govuk-body", true},
                      AttributeCase{" href='/reports/1'", "href", "/reports/1", true},
                      AttributeCase{" width=100 height=20", "height", "20", true},
                      AttributeCase{" ID = \"main\"", "id", "main", true},
                      AttributeCase{" hidden", "hidden", "", true},
                      AttributeCase{" class=\"a\" hidden", "hidden", "", true},
                      AttributeCase{" class=\"a\"", "hidden", "", false},
                      AttributeCase{" data-class=\"x\"", "class", "", false},
                      AttributeCase{" title=\"unterminated", "title", "unterminated", true},
                      AttributeCase{"", "class", "", false}),
    [](const auto& info) {
      return ofsearch::testing::case_name(std::string(info.param.name) + " " + info.param.attrs,
                                          info.index);
    });

TEST(HtmlAttribute, WorksWithoutAPresenceFlag) {
  EXPECT_EQ(attribute(" lang=\"en-GB\"", "lang"), "en-GB");
}

TEST(HtmlVoidElements, TellElementsWithoutContentFromOthers) {
  for (const char* name : {"br", "img", "hr", "meta", "link", "input", "wbr"})
    EXPECT_TRUE(is_void(name)) << name;
  for (const char* name : {"p", "div", "span", "script", "a", "BR"})
    EXPECT_FALSE(is_void(name)) << name;
}

}  // namespace
}  // namespace ofsearch::html
