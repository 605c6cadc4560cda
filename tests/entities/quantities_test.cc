// Tests of quantity extraction: money with scale and currency, vague amounts, power, durations,
// percentages and counts, with what each qualifies.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/entities_testutil.h"
#include "newsline/entities.h"

namespace newsline {
namespace {

using testing_entities::Render;

std::vector<std::string> Extract(const std::string& text) {
  std::vector<std::string> out;
  for (const Quantity& q : ExtractQuantities(text)) {
    EXPECT_EQ(std::string(q.span.Of(text)), q.text);
    out.push_back("[" + q.text + "] " + Render(q));
  }
  return out;
}

TEST(QuantitiesTest, Table) {
  struct {
    const char* text;
    std::vector<std::string> expected;
  } rows[] = {
      {"OpenAI’s recent $50 billion partnership with Amazon",
       {"[$50 billion] money 5e+10 USD q=partnership ±5e+08"}},
      {"Microsoft vs OpenAI: $50Bn Amazon Deal Sparks Legal Threat", {"[$50Bn] money 5e+10 USD q=deal ±5e+08"}},
      {"since investing $1 billion in the startup in 2019", {"[$1 billion] money 1e+09 USD q=investment ±5e+08"}},
      {"investing $1 billion in 2019 and $10 billion in 2023",
       {"[$1 billion] money 1e+09 USD q=investment ±5e+08", "[$10 billion] money 1e+10 USD q=investment ±5e+08"}},
      {"expand their existing $38 billion multi-year agreement to $100 billion over eight years",
       {"[$38 billion] money 3.8e+10 USD q=agreement ±5e+08", "[$100 billion] money 1e+11 USD q=agreement ±5e+08",
        "[eight years] duration 2922 P8Y"}},
      {"a massive agreement, estimated at several $38 billion, aimed at Frontier",
       {"[several $38 billion] money 3.8e+10 USD vague q=agreement ±5e+08"}},
      {"could value it in the hundreds of billions of dollars",
       {"[hundreds of billions of dollars] money 1e+11 USD vague q=valuation [1e+11..1e+12] (hundreds of billions)"}},
      {"Microsoft’s multibillion-dollar investment in OpenAI",
       {"[multibillion-dollar] money 1e+09 USD vague q=investment [1e+09..inf] (multibillion-dollar)"}},
      {"Microsoft, which has invested billions in OpenAI",
       {"[billions] money 1e+09 vague q=investment [1e+09..inf] (billions)"}},
      {"a fine of £15.8m was imposed", {"[£15.8m] money 1.58e+07 GBP q=fine ±50000"}},
      {"shortfall redistributions totalling 1.22 mln bags", {"[1.22 mln] count 1.22e+06 q=bags ±5000"}},
      {"net profit of 15.8 mln dlrs", {"[15.8 mln dlrs] money 1.58e+07 USD q=profit ±50000"}},
      {"AWS has agreed to give OpenAI 2GW of Trainium capacity", {"[2GW] power 2e+09 W q=capacity"}},
      {"capacity (250 GW of data center demand)", {"[250 GW] power 2.5e+11 W q=demand"}},
      {"rates rose 5.5 pct, then 3% and 2 per cent", {"[5.5 pct] percent 5.5 %", "[3%] percent 3 %", "[2 per cent] percent 2 %"}},
      {"All the three companies released statements", {"[three] count 3 q=companies"}},
      {"a 10-year deal", {"[10-year] duration 3652.5 P10Y q=deal"}},
      {"for 12 months from April 1", {"[12 months] duration 365.25 P12M", "[1] number 1"}},
      // Ranges: the value is the lower bound, the interval both.
      {"they raised $10-20 billion", {"[$10-20 billion] money 1e+10 USD q=funding [1e+10..2e+10] (range) ±5e+08"}},
      // Years are not quantities; other bare numbers are numbers, for the fact layer to read.
      {"In 2019 and October 2025 on April 1 it was one of its biggest partners", {"[1] number 1", "[one] number 1"}},
      // Magnitude words are counts with an interval (ECB+ and Reuters wording).
      {"hundreds of people came", {"[hundreds] count 200 vague q=people [200..999] (hundreds)"}},
      {"tens of thousands of workers marched", {"[tens of thousands] count 20000 vague q=workers [20000..99999] (tens of thousands)"}},
      {"dozens of angry protesters", {"[dozens] count 24 vague q=protesters [24..99] (dozens)"}},
      {"a handful of states", {"[a handful] count 2 vague q=states [2..9] (a handful)"}},
      // Qualifiers widen the figure into an interval.
      {"killing at least 24 people", {"[24] count 24 q=people [24..inf] (at least)"}},
      {"more than 2,000 people were left homeless", {"[2,000] count 2000 q=people [2000..inf] (more than)"}},
      {"Some 30 people were killed", {"[30] count 30 q=people [27..33] (some)"}},
      {"nearly $4 billion", {"[$4 billion] money 4e+09 USD [3.6e+09..4e+09] (nearly) ±5e+08"}},
      {"up to 60% in India", {"[60%] percent 60 % [0..60] (up to)"}},
      // Bare numbers with their context left to the fact layer.
      {"a magnitude 6.1 earthquake", {"[6.1] number 6.1"}},
      {"one protester was killed", {"[one] count 1 q=protester"}},
  };
  for (const auto& row : rows) {
    std::vector<std::string> got = Extract(row.text);
    std::string joined;
    for (const auto& g : got) joined += g + "\n";
    EXPECT_EQ(got, row.expected) << row.text << "\n" << joined;
  }
}

TEST(QuantitiesTest, ArticleSpansAreAbsolute) {
  Article article;
  article.text = "Intro.\n\nAWS will invest another $50 billion in OpenAI.";
  article.sentences = {{{0, 6}, 0}, {{8, static_cast<uint32_t>(article.text.size())}, 1}};
  std::vector<Quantity> qs = ExtractQuantities(article);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(std::string(qs[0].span.Of(article.text)), "$50 billion");
  EXPECT_EQ(qs[0].qualifies, "investment");
}

}  // namespace
}  // namespace newsline
