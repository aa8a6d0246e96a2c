#include "indexer/extract/html_text_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "indexer/extract/html_entities.h"
#include "indexer/ingest_test_util.h"

namespace ofsearch {
namespace {

using testing::comparable_paragraphs;
using testing::ingest_fixture;
using testing::slurp;

TEST(HtmlTextExtractor, GovUkPageGivesMainContentOnly) {
  auto text = extract_html_text(slurp(ingest_fixture("govuk_page.html")));
  for (const char* want :
       {"# Rutland children's services: focused visit\n", "Published 23 February 2022",
        "## Headline findings\n", "## Main findings\n",
        "- The accuracy of performance management data, in particular the recording",
        "Judgement\tGrade\nOverall effectiveness\tGood\nChildren in care\tRequires improvement & "
        "support"})
    EXPECT_NE(text.find(want), std::string::npos) << want;
  for (const char* furniture :
       {"Skip to main content", "Cookies", "cookies", "GOV.UK", "Menu", "Search",
        "Education, training and skills", "Contents", "Is this page useful?", "Report a problem",
        "Print this page", "Support links", "Crown copyright", "not text", "dataLayer", "#0b0c0c"})
    EXPECT_EQ(text.find(furniture), std::string::npos) << furniture;
}

TEST(HtmlTextExtractor, GovUkPageHoldsEverySeedParagraph) {
  auto html =
      comparable_paragraphs(extract_html_text(slurp(ingest_fixture("govuk_page.html"))), true);
  auto seed = comparable_paragraphs(slurp(std::filesystem::path(OFSEARCH_SOURCE_DIR) / "corpus" /
                                          "reports" / "000_ca7f3efedd020b83.txt"),
                                    true);
  for (const auto& p : seed)
    EXPECT_NE(std::find(html.begin(), html.end(), p), html.end()) << "missing: " << p;
}

struct HtmlCase {
  const char* name;
  const char* html;
  const char* text;
};

class HtmlSnippet : public ::testing::TestWithParam<HtmlCase> {};

TEST_P(HtmlSnippet, ExtractsAsExpected) {
  EXPECT_EQ(extract_html_text(GetParam().html), GetParam().text);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HtmlSnippet,
    ::testing::Values(
        HtmlCase{"headings", "<main><h1>Title</h1><h2>Part</h2><h3>Sub</h3><p>Text.</p></main>",
                 "# Title\n\n## Part\n\n### Sub\n\nText.\n"},
        HtmlCase{
            "entities",
            "<p>A &amp; B &lt;C&gt; &nbsp;caf&eacute; &#8217;s &#x2019;s &rsquo; &bogus; &amp</p>",
            "A & B <C> caf\xC3\xA9 's 's ' &bogus; &amp\n"},
        HtmlCase{"lists", "<ul><li>One<li>Two <b>bold</b></ul><ol><li><p>Three</p></li></ol>",
                 "- One\n\n- Two bold\n\n- Three\n"},
        HtmlCase{"table",
                 "<table><tr><th>Area</th><th>Grade</th></tr><tr><td>Overall\n "
                 "effectiveness</td><td> Good </td></tr></table>",
                 "Area\tGrade\nOverall effectiveness\tGood\n"},
        HtmlCase{
            "no main: body without site furniture",
            "<html><body><header>Site</header><nav>Links</nav><p>Body text.</p><aside>Aside</aside>"
            "<footer>Foot</footer></body></html>",
            "Body text.\n"},
        HtmlCase{"article header kept",
                 "<article><header><h1>Report</h1></header><p>Body.</p></article>",
                 "# Report\n\nBody.\n"},
        HtmlCase{"script and style bodies skipped",
                 "<p>a</p><script>var s = '</p><p>x';</script><style>p{}</style><p>b</p>",
                 "a\n\nb\n"},
        HtmlCase{"comments, doctype, case",
                 "<!DOCTYPE html><!-- <p>no</p> --><DIV><P CLASS=x>Yes</P></DIV>", "Yes\n"},
        HtmlCase{"quoted '>' in attributes", "<p title=\"a > b\">Kept</p>", "Kept\n"},
        HtmlCase{
            "hidden and aria-hidden",
            "<p hidden>h</p><p aria-hidden=\"true\">a</p><p style=\"display: none\">d</p><p>v</p>",
            "v\n"},
        HtmlCase{"unclosed furniture does not swallow the page",
                 "<div class=\"cookie-banner\"><p>Text</p>", "Text\n"},
        HtmlCase{"stray angle bracket and br", "<p>1 < 2<br>next line</p>", "1 < 2\nnext line\n"},
        HtmlCase{"fragment without body: head and title dropped",
                 "<html><head><title>Page title</title><meta charset=utf-8></head><p>Only "
                 "this.</p></html>",
                 "Only this.\n"},
        HtmlCase{"empty", "", ""}),
    [](const auto& info) {
      std::string name = info.param.name;
      for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      return name;
    });

TEST(HtmlEntities, DecodesNamedDecimalAndHex) {
  struct Case {
    const char* in;
    const char* out;
  };
  for (auto c :
       {Case{"&amp;", "&"},
        Case{"&pound;5",
             "\xC2\xA3"
             "5"},
        Case{"&#65;&#x42;", "AB"}, Case{"&ndash;", "\xE2\x80\x93"}, Case{"&unknown;", "&unknown;"},
        Case{"a & b", "a & b"}, Case{"&#0;", "\xEF\xBF\xBD"}, Case{"&#xD800;", "\xEF\xBF\xBD"}})
    EXPECT_EQ(decode_html_entities(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace ofsearch
