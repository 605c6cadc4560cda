// ComparisonHtml: the self-contained comparison page.
#include <gtest/gtest.h>

#include <string>

#include "newsline/report.h"
#include "report/browser_testutil.h"

namespace newsline {
namespace {

Comparison Sample() {
  Comparison c;
  TopicComparison t;
  t.topic = "p:a1:c0";
  t.label = "the fire was started deliberately";
  t.relation = TopicRelation::kConflict;
  t.reason = "opposite stances: police asserts, the owner denies";
  ComparisonSide yes;
  yes.stance = "asserts";
  yes.speakers = {"police"};
  yes.outlets = {"Daily One"};
  yes.primary_sources = {"Daily One"};
  ClaimRef claim;
  claim.id = "a1:c0";
  claim.speaker = "police";
  claim.outlet = "Daily One";
  claim.text = "the fire was started <script>alert(1)</script> deliberately";
  yes.claims.push_back(claim);
  ComparisonSide no = yes;
  no.stance = "denies";
  no.speakers = {"the owner"};
  no.claims[0].id = "a2:c0";
  no.claims[0].text = "it was an accident";
  t.sides = {yes, no};
  c.topics.push_back(t);

  FactSlot slot;
  slot.label = "number of people injured";
  slot.relation = FactRelation::kConflict;
  slot.reason = "different values: 40 (1 article) vs 38 (1 article)";
  FactReading forty;
  forty.value = "40";
  forty.articles = {"a1"};
  forty.primary_sources = {"Daily One"};
  slot.readings = {forty};
  c.facts.push_back(slot);

  QuoteComparison q;
  q.speaker = "the chief";
  QuoteVariant a;
  a.words = {"We", "will", "not", "rest"};
  a.differs = {false, false, false, false};
  a.articles = {"a1"};
  QuoteVariant b;
  b.words = {"We", "won't", "rest"};
  b.differs = {false, true, false};
  b.articles = {"a2"};
  q.variants = {a, b};
  c.quotes.push_back(q);
  return c;
}

TEST(ComparisonHtmlTest, ConflictsFirstEveryTextEscapedNothingFromTheNetwork) {
  const std::string html = ComparisonHtml(Sample(), {"Fire at the warehouse", "query: fire"});
  EXPECT_NE(html.find("<h1>Fire at the warehouse</h1>"), std::string::npos);
  EXPECT_NE(html.find("Claims in conflict (1)"), std::string::npos);
  EXPECT_NE(html.find("Figures in conflict (1)"), std::string::npos);
  EXPECT_NE(html.find("Quotations printed in different words (1)"), std::string::npos);
  EXPECT_LT(html.find("Claims in conflict"), html.find("Quotations printed in different words"));
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_NE(html.find("<mark>won&#39;t</mark>"), std::string::npos);
  EXPECT_NE(html.find("id=\"a2:c0\""), std::string::npos);  // a link target per source sentence
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
}

TEST(ComparisonHtmlTest, AnEmptyComparisonSaysSo) {
  const std::string html = ComparisonHtml(Comparison{});
  EXPECT_NE(html.find("No topic, figure or quotation with a conflict or an overlap."), std::string::npos);
}

TEST(ComparisonHtmlTest, DesktopAndPhoneWidthsShowEveryCardWithoutOverflow) {
  const std::string chromium = newsline_test::FindChromium();
  if (chromium.empty()) GTEST_SKIP() << "chromium is not installed (NEWSLINE_INSTALL_BROWSER=1 scripts/deps.sh --test installs it)";
  Comparison c = Sample();
  // A long unbroken token (a URL-like id) must wrap, not widen the page.
  c.topics[0].sides[0].claims[0].text += " https://example.invalid/" + std::string(120, 'x');
  const std::string html = ComparisonHtml(c, {"Comparison", ""});
  for (int width : {1400, 400}) {
    const newsline_test::Loaded page = newsline_test::LoadInChromium(chromium, html, width, "comparison");
    ASSERT_FALSE(page.layout.empty()) << width << ": no layout record\n" << page.dom.substr(0, 1500);
    EXPECT_NE(page.layout.find("\"overflow\":false"), std::string::npos) << width << " " << page.layout;
    EXPECT_NE(page.layout.find("\"wide\":0"), std::string::npos) << width << " " << page.layout;
    EXPECT_NE(page.layout.find("\"hidden\":0"), std::string::npos) << width << " " << page.layout;
    EXPECT_NE(page.layout.find("\"conflicts\":2"), std::string::npos) << width << " " << page.layout;
    EXPECT_TRUE(page.screenshot) << width;
  }
}

}  // namespace
}  // namespace newsline
