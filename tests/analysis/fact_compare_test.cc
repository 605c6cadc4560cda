// CompareFacts on facts extracted (no pack) from small sets of articles: what shares a slot, what
// conflicts, what overlaps, what frames reconcile, and the figures that must never be compared.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "newsline/analysis.h"
#include "newsline/extraction.h"

namespace newsline {
namespace {

// Each article: (outlet, text). Facts from all of them, as Searcher::Facts would return.
std::vector<FactRecord> FactsOf(const std::vector<std::pair<std::string, std::string>>& articles) {
  static const Extractor extractor;
  std::vector<FactRecord> out;
  for (size_t i = 0; i < articles.size(); ++i) {
    Article a;
    a.id = "a" + std::to_string(i + 1);
    a.outlet = articles[i].first;
    a.text = articles[i].second;
    a.published = PublicationDate::Exact(*Day::Parse("2026-03-18"), FieldOrigin::kManifest);
    for (const Fact& f : extractor.Extract(a).facts) {
      FactRecord r;
      r.fact = f;
      r.article.id = a.id;
      r.article.outlet = a.outlet;
      out.push_back(std::move(r));
    }
  }
  return out;
}

// "relation: reading (articles) | reading (articles)" for each slot with 2+ facts, in order.
std::vector<std::string> Slots(const std::vector<std::pair<std::string, std::string>>& articles) {
  std::vector<std::string> out;
  for (const FactSlot& slot : CompareFacts(FactsOf(articles)).slots) {
    size_t facts = 0;
    for (const FactReading& r : slot.readings) facts += r.facts.size();
    if (facts < 2) continue;
    std::string line = std::string(FactRelationName(slot.relation)) + " " + slot.attribute + ":";
    for (const FactReading& r : slot.readings) {
      line += " " + r.value + (r.frame.empty() ? "" : " [" + r.frame + "]") + " (" + std::to_string(r.articles.size()) + ")";
    }
    out.push_back(line);
  }
  return out;
}

TEST(FactCompareTest, DifferentFiguresForOneFactConflict) {
  EXPECT_EQ(Slots({{"A", "The earthquake killed 10 people in the province."},
                   {"B", "The earthquake killed 12 people, officials said."}}),
            (std::vector<std::string>{"conflict death_toll: 10 people (1) 12 people (1)"}));
}

TEST(FactCompareTest, CompatibleFiguresOverlap) {
  EXPECT_EQ(Slots({{"A", "More than 300 people were killed in the flooding."},
                   {"B", "Officials said 312 people were killed."}}),
            (std::vector<std::string>{"overlap death_toll: more than 300 people (2)"}));
  // A scale word rounds: "$4bn" and "about $4.2 billion" can both be true.
  EXPECT_EQ(Slots({{"A", "Analysts said Nvidia agreed to buy the chip designer for $4bn."},
                   {"B", "Reports said Nvidia agreed to buy the chip designer for about $4.2 billion."}}),
            (std::vector<std::string>{"overlap deal_value: $4bn (2)"}));
}

TEST(FactCompareTest, MagnitudeWordsConflictWhenTheirRangesDoNotMeet) {
  EXPECT_EQ(Slots({{"A", "Thousands of workers marched through the capital on Monday."},
                   {"B", "Tens of thousands of workers marched through the capital on Monday."}}),
            (std::vector<std::string>{"conflict crowd_size: Thousands workers (1) Tens of thousands workers (1)"}));
}

TEST(FactCompareTest, FramesReconcileDifferentFigures) {
  EXPECT_EQ(Slots({{"A", "Investors said Anthropic was valued at $300 billion pre-money."},
                   {"B", "Investors said Anthropic was valued at $340 billion post-money."}}),
            (std::vector<std::string>{"reconciled valuation: $300 billion [pre-money] (1) $340 billion [post-money] (1)"}));
}

TEST(FactCompareTest, DifferentFactsNeverShareASlot) {
  // One investor's stake and another's investment in the same company.
  EXPECT_EQ(Slots({{"A", "The filing shows Amazon invested $4 billion in Anthropic."},
                   {"B", "The filing shows Google invested $2 billion in Anthropic."}}),
            (std::vector<std::string>{}));
  // A round's size and the valuation it sets.
  EXPECT_EQ(Slots({{"A", "The startup raised $6.6 billion from investors."},
                   {"B", "The round valued the startup at $157 billion."}}),
            (std::vector<std::string>{}));
  // Two investments of one investor, years apart.
  EXPECT_EQ(Slots({{"A", "Since then Microsoft invested $1 billion in OpenAI in 2019."},
                   {"B", "Since then Microsoft invested $10 billion in OpenAI in 2023."}}),
            (std::vector<std::string>{}));
  // People killed and people injured.
  EXPECT_EQ(Slots({{"A", "The blast killed four people."}, {"B", "The blast injured 20 people."}}),
            (std::vector<std::string>{}));
}

TEST(FactCompareTest, HypotheticalFiguresAreLeftOut) {
  EXPECT_EQ(Slots({{"A", "Lawyers said the settlement could cost the bank up to $2 billion."},
                   {"B", "Lawyers said the settlement will cost the bank $500 million."}}),
            (std::vector<std::string>{}));
}

TEST(FactCompareTest, IndependentSourcesCountRelaysOnce) {
  std::vector<FactRecord> facts = FactsOf({{"Outlet A", "The earthquake killed 10 people, Reuters reported."},
                                           {"Outlet B", "The earthquake killed 10 people, Reuters reported."},
                                           {"Outlet C", "The earthquake killed 10 people."}});
  FactComparison c = CompareFacts(facts);
  ASSERT_EQ(c.slots.size(), 1u);
  ASSERT_EQ(c.slots[0].readings.size(), 1u);
  EXPECT_EQ(c.slots[0].relation, FactRelation::kOverlap);
  EXPECT_EQ(c.slots[0].readings[0].articles.size(), 3u);
  EXPECT_EQ(c.slots[0].readings[0].primary_sources, (std::vector<std::string>{"Reuters", "Outlet C"}));
}

}  // namespace
}  // namespace newsline
