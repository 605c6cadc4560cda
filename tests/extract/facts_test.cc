// Table-driven tests of the fact rules on real sentences (ECB+, the seeds, Reuters-21578), with
// no pack: attribute mapping, qualifiers and intervals, frames, magnitude words, subjects, and
// the figures that are not facts.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "newsline/extraction.h"

namespace newsline {
namespace {

const Extractor& NoPack() {
  static const Extractor* ex = [] {
    ExtractorOptions o;
    o.reference = Day::Parse("2026-03-18");
    return new Extractor(DomainPack(), o);
  }();
  return *ex;
}

std::string Number(double v) {
  if (std::isinf(v)) return "inf";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// "attribute [text] low..high frame=F subjects=role:name,..."
std::string Compact(const Fact& f) {
  std::string s = f.attribute + " [" + f.value.text + "]";
  if (f.value.low != f.value.high || f.value.low != f.value.value) s += " " + Number(f.value.low) + ".." + Number(f.value.high);
  if (!f.value.unit.empty()) s += " " + f.value.unit;
  if (!f.frame.empty()) s += " frame=" + f.frame;
  for (const Participant& p : f.subjects) s += " " + p.role + ":" + p.name;
  if (f.has_time) s += " @" + f.time.value;
  if (f.direction < 0) s += " down";
  if (f.hypothetical) s += " hypothetical";
  return s;
}

std::vector<std::string> FactsOf(const std::string& text) {
  Article a;
  a.id = "t";
  a.text = text;
  std::vector<std::string> out;
  for (const Fact& f : NoPack().Extract(a).facts) out.push_back(Compact(f));
  return out;
}

struct Row {
  const char* text;
  std::vector<std::string> expected;
};

void Check(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    std::vector<std::string> got = FactsOf(row.text);
    std::string joined;
    for (const std::string& g : got) joined += "  " + g + "\n";
    EXPECT_EQ(got, row.expected) << row.text << "\n" << joined;
  }
}

TEST(FactRulesTest, AttributesFromCueWords) {
  Check({
      // ECB+ 20_1ecb: a cue after the figure, a count of people hurt.
      {"Quake hits island off south Iran, five hurt: media", {"injured [five]"}},
      // ECB+ 20_1ecb: a cue before the figure; the magnitude is a bare number.
      {"A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people.",
       {"magnitude [5.6] near:Iran @2026-03-15", "injured [five] @2026-03-15"}},
      {"An earthquake measuring 5.6 on the Richter scale jolted Qeshm island.", {"magnitude [5.6]"}},
      // ECB+ 24ecb: a verb of theft wins over "valued at", which only links the figure to its noun.
      {"Armed robbers stole diamonds valued at 85 million euros from the Paris branch.",
       {"money_stolen [85 million euros] EUR from:Paris"}},
      {"Four armed robbers made off with $137-million of diamonds and jewels from a famed Paris store.",
       {"count:robber [Four]", "money_stolen [$137-million] USD"}},
      // The seeds: the qualified noun names the attribute.
      {"The report says Microsoft is contemplating legal action against OpenAI and Amazon over a $50 billion "
       "cloud deal.",
       {"deal_value [$50 billion] USD"}},
      // Reuters-21578 wording: a market move keeps its direction in the sign.
      {"Shares of the company fell 5.4 pct in early trading.", {"price_move [5.4 pct] % down"}},
      // A unit of measure names the attribute.
      {"The Gibe was about 150 nautical miles from Aden when the pirates fired at it.",
       {"distance [150] 135..165 nmi agent:Gibe from:Aden"}},
      // A person's age in apposition.
      {"Brian Nichols, 37, was found guilty last month.", {"age [37] agent:Brian Nichols @2026-02"}},
  });
}

TEST(FactRulesTest, APartTakesTheVerbAndTheWholeItsOwnNoun) {
  Check({
      // ECB+ 18: the verb after "two of the three victims" tells of the two.
      {"Local news originally reported that two of the three victims died.", {"death_toll [two]"}},
      // ECB+ 20_4ecbplus: "the 80 wounded" are the whole, the 30 only remained in hospital.
      {"He said 30 of the 80 wounded remained in hospital after the tremor.", {"injured [80]"}},
  });
}

TEST(FactRulesTest, QualifiersAndMagnitudeWords) {
  Check({
      {"The quake killed at least 10 people.", {"death_toll [10] 10..inf"}},
      {"Some 30 people were killed when the school was shelled.", {"death_toll [30] 27..33"}},
      {"Nearly 300 crewmen were rescued.", {"rescued [300] 270..300"}},
      // "thousands of" and "tens of thousands of" are ranges that do not meet.
      {"Thousands of workers marched through the capital.", {"crowd_size [Thousands] 2000..9999"}},
      {"Tens of thousands of protesters marched through Athens.",
       {"crowd_size [Tens of thousands] 20000..99999"}},
      {"Dozens of people were injured in the clashes.", {"injured [Dozens] 24..99"}},
      // A range keeps both ends.
      {"The company raised $10-20 billion from investors.", {"funding [$10-20 billion] 1e+10..2e+10 USD"}},
  });
}

TEST(FactRulesTest, FramesMakeDifferentFiguresCompatible) {
  Check({
      {"The startup was valued at $300 billion pre-money.", {"valuation [$300 billion] USD frame=pre-money"}},
      {"In 2023, Microsoft invested a further $10 billion in OpenAI.",
       {"investment [$10 billion] USD frame=additional agent:Microsoft in:OpenAI @2023"}},
      // The seeds: a change target and an existing agreement are other figures than the deal's.
      {"They would expand their existing $38 billion multi-year agreement to $100 billion over eight years.",
       {"deal_value [$38 billion] USD frame=previous", "deal_value [$100 billion] USD frame=target"}},
      // ECB+ 8ecbplus: coordinated counts are parts of a total.
      {"Police said two women and one man died at a branch of the bank.",
       {"death_toll [two] frame=part", "death_toll [one] frame=part"}},
  });
}

TEST(FactRulesTest, SubjectsAndTimes) {
  Check({
      // The seeds: two investments in one sentence, each with its own year.
      {"Since then Microsoft was one of OpenAI's earliest financial backers, investing $1 billion in 2019 and "
       "$10 billion in 2023.",
       {"investment [$1 billion] USD agent:Microsoft @2019", "investment [$10 billion] USD agent:Microsoft @2023"}},
      {"Analysts said Microsoft's multibillion-dollar investment in OpenAI had secured it a strategic advantage.",
       {"investment [multibillion-dollar] 1e+09..inf USD possessor:Microsoft in:OpenAI"}},
      {"The reason is OpenAI's recent $50 billion partnership with ecommerce giant Amazon.",
       {"deal_value [$50 billion] USD party:OpenAI party:Amazon"}},
  });
}

TEST(FactRulesTest, FiguresThatAreNotFacts) {
  Check({
      // A reference to things already counted, a name with a number, a clock time, a year.
      {"The two companies stressed that their agreement stands.", {}},
      {"The navy seized seven AK-47 assault rifles.", {"count:rifle [seven]"}},
      {"The institute registered the quake at 17:06 hours local time.", {}},
      {"In 2019 the deal was signed.", {}},
      // Hypothetical: a modal before the figure.
      {"A settlement could cost the company up to $2 billion.",
       {"cost [$2 billion] 0..2e+09 USD hypothetical"}},
  });
}

}  // namespace
}  // namespace newsline
