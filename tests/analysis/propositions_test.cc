// Propositions without a pack: claims of different articles grouped by what their contents
// share, sides by polarity and contrast pairs, readable labels (analysis/claim_grouping.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/claim_grouping.h"
#include "analysis/words.h"
#include "newsline/analysis.h"

namespace newsline {
namespace {

ClaimRecord Said(const std::string& article, const std::string& speaker, const std::string& content,
                 Stance stance = Stance::kAsserts, std::vector<std::string> entities = {}) {
  ClaimRecord r;
  r.article.id = article;
  r.article.outlet = "Outlet " + article;
  r.claim.id = article + ":c" + std::to_string(content.size());
  r.claim.speaker = speaker;
  r.claim.topic = "t:misc";
  r.claim.stance = stance;
  r.claim.entities = std::move(entities);
  r.content_text = content;
  r.sentence_text = speaker + " said " + content;
  return r;
}

std::vector<ClaimRecord> Story() {
  return {
      Said("a1", "police", "the fire was started deliberately in the basement of the warehouse", Stance::kAsserts,
           {"warehouse"}),
      Said("a2", "the owner", "the fire in the warehouse basement was not started deliberately", Stance::kDenies,
           {"warehouse"}),
      Said("a3", "investigators", "someone deliberately started the fire in the warehouse basement",
           Stance::kAsserts, {"warehouse"}),
      Said("a2", "the mayor", "the city will rebuild the bridge across the river next spring"),
      Said("a4", "a teacher", "pupils were sent home early because of the heating failure"),
  };
}

TEST(PropositionsTest, AClaimOnTheOtherSideThatSaysSomethingElseIsNotAnOppositeStance) {
  // The insurer's negated claim shares the warehouse and the fire with the others but states
  // another thing; the owner's denial states the same thing negated.
  std::vector<ClaimRecord> records = Story();
  records.push_back(Said("a5", "the insurer",
                         "the fire in the warehouse basement did not change the terms of the insurance policy",
                         Stance::kDenies, {"warehouse"}));
  std::vector<const ClaimRecord*> pointers;
  for (const ClaimRecord& r : records) pointers.push_back(&r);
  for (const analysis::Proposition& p : analysis::GroupPropositions(pointers)) {
    const bool has_police = std::find(p.members.begin(), p.members.end(), 0u) != p.members.end();
    const bool has_owner = std::find(p.members.begin(), p.members.end(), 1u) != p.members.end();
    const bool has_insurer = std::find(p.members.begin(), p.members.end(), 5u) != p.members.end();
    if (has_police) {
      EXPECT_TRUE(has_owner);
      EXPECT_FALSE(has_insurer) << p.label;
    }
  }
}

const TopicComparison* TopicWith(const Comparison& c, const std::string& speaker) {
  for (const TopicComparison& t : c.topics) {
    for (const ComparisonSide& s : t.sides) {
      for (const std::string& sp : s.speakers) {
        if (sp == speaker) return &t;
      }
    }
  }
  return nullptr;
}

TEST(PropositionsTest, ClaimsOfDifferentArticlesAboutOneThingAreOneTopicWithOpposedSides) {
  const Comparison c = CompareClaims(Story());
  const TopicComparison* fire = TopicWith(c, "police");
  ASSERT_NE(fire, nullptr);
  EXPECT_EQ(fire, TopicWith(c, "the owner"));
  EXPECT_EQ(fire, TopicWith(c, "investigators"));
  EXPECT_NE(fire, TopicWith(c, "the mayor"));
  EXPECT_NE(TopicWith(c, "the mayor"), TopicWith(c, "a teacher"));
  EXPECT_EQ(fire->relation, TopicRelation::kConflict) << fire->reason;
  ASSERT_EQ(fire->sides.size(), 2u);
  EXPECT_EQ(fire->sides[0].stance, "asserts");
  EXPECT_EQ(fire->sides[0].speakers, (std::vector<std::string>{"police", "investigators"}));
  EXPECT_EQ(fire->sides[1].speakers, (std::vector<std::string>{"the owner"}));
  // The label is an asserting claim's words, whole.
  EXPECT_NE(fire->label.find("fire"), std::string::npos) << fire->label;
  EXPECT_EQ(fire->label.find("not"), std::string::npos) << fire->label;
}

TEST(PropositionsTest, AContrastPairPutsClaimsOnOppositeSides) {
  const Comparison c = CompareClaims({
      Said("a1", "the union", "the strike at the port is legal under the labour code"),
      Said("a2", "the port authority", "the strike at the port is illegal under the labour code"),
  });
  ASSERT_EQ(c.topics.size(), 1u);
  EXPECT_EQ(c.topics[0].relation, TopicRelation::kConflict);
  EXPECT_EQ(c.topics[0].sides.size(), 2u);
}

TEST(PropositionsTest, ANegationOutsideTheClauseThatMatchesDoesNotMakeADenial) {
  // The second claim's "does not" is about something else; on the proposition both agree.
  const Comparison c = CompareClaims({
      Said("a1", "the regulator", "the new reactor design remains safe for operation"),
      Said("a2", "the operator", "the new reactor design does not need new cooling pumps, and therefore remains safe for "
                                 "operation",
           Stance::kDenies),
  });
  ASSERT_EQ(c.topics.size(), 1u);
  EXPECT_EQ(c.topics[0].relation, TopicRelation::kOverlap) << c.topics[0].reason;
}

TEST(PropositionsTest, ADenialOfAnotherPredicateIsNotAnOppositeStance) {
  // ECB+-style: the prosecutor's office "had not been told" is no denial that the judge "would
  // appoint" a lawyer, though both name the suspect and a lawyer.
  const Comparison c = CompareClaims({
      Said("a1", "the judge", "the court will appoint a lawyer for John Smith next week", Stance::kAsserts,
           {"d:john-smith"}),
      Said("a2", "Matthew Roth", "the court has not been told whether a lawyer for John Smith was retained",
           Stance::kDenies, {"d:john-smith"}),
  });
  for (const TopicComparison& t : c.topics) EXPECT_NE(t.relation, TopicRelation::kConflict) << t.label << ": " << t.reason;
}

TEST(PropositionsTest, OneContentWithOneNegationIsOnOneSide) {
  // The same report in two articles, its negation read as a denial in one and not in the other:
  // the same negation in the same words is one side.
  const Comparison c = CompareClaims({
      Said("a1", "the sheriff", "John Smith said nothing after officers surrounded him", Stance::kAsserts,
           {"d:john-smith"}),
      Said("a2", "the sheriff", "John Smith said nothing after officers surrounded him at the farm", Stance::kDenies,
           {"d:john-smith"}),
  });
  ASSERT_EQ(c.topics.size(), 1u);
  EXPECT_EQ(c.topics[0].relation, TopicRelation::kOverlap) << c.topics[0].reason;
}

TEST(PropositionsTest, WithoutSimilarityTheFallbackTopicsStay) {
  ComparisonOptions options;
  options.proposition_similarity = 0;
  const Comparison c = CompareClaims(Story(), options);
  for (const TopicComparison& t : c.topics) EXPECT_EQ(t.topic.rfind("p:", 0), std::string::npos) << t.topic;
}

TEST(PropositionsTest, UnrelatedClaimsStayAlone) {
  std::vector<ClaimRecord> records = Story();
  std::vector<const ClaimRecord*> pointers;
  for (const ClaimRecord& r : records) pointers.push_back(&r);
  const auto groups = analysis::GroupPropositions(pointers);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].members, (std::vector<size_t>{0, 1, 2}));
  EXPECT_EQ(groups[0].polarity, (std::vector<int>{1, -1, 1}));
}

TEST(WordsTest, ContractionsExpandAndTypographicApostrophesCount) {
  EXPECT_EQ(analysis::ExpandContractions(analysis::LowerWords("We won\xE2\x80\x99t back down")),
            (std::vector<std::string>{"we", "will", "not", "back", "down"}));
  EXPECT_EQ(analysis::LowerWords("\"Workers' rights,\" he said."),
            (std::vector<std::string>{"workers", "rights", "he", "said"}));
}

TEST(WordsTest, LabelsAreCutAtAClauseBoundaryAndNeverInsideAWord) {
  EXPECT_EQ(analysis::ReadableLabel("\"the deal is off.\""), "the deal is off");
  EXPECT_EQ(analysis::ReadableLabel("the company will close two plants in the north, cutting about 900 jobs over "
                                    "the next three years"),
            "the company will close two plants in the north");
  // Cut inside a quotation: the lone quote mark goes.
  EXPECT_EQ(analysis::ReadableLabel("their partnership \"was designed to give both room, while they keep working together on "
                                    "models\""),
            "their partnership was designed to give both room");
  const std::string long_one = analysis::ReadableLabel(
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen");
  EXPECT_EQ(long_one, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen\xE2\x80\xA6");
}

// A short phrase between two commas leaves a long label, so the clause it interrupts reads whole;
// a conjunction in the first half joins phrases and is no place to cut.
TEST(WordsTest, LabelsDropShortParentheticalsAndCutAtConjunctionsOnlyLate) {
  EXPECT_EQ(analysis::ReadableLabel("any access to the models, including access offered through a partner, falls under "
                                    "the exclusivity that the cloud enjoys"),
            "any access to the models falls under the exclusivity that the cloud enjoys");
  EXPECT_EQ(analysis::ReadableLabel("agents built on the platform and working against company data held elsewhere "
                                    "would be hard to move later"),
            "agents built on the platform and working against company data held elsewhere would be\xE2\x80\xA6");
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

ClaimRecord Quoting(const std::string& article, const std::string& outlet, const std::string& sentence) {
  ClaimRecord r;
  r.article.id = article;
  r.article.outlet = outlet;
  r.claim.id = article + ":c0";
  r.claim.speaker = "the union leader";
  r.claim.topic = "t:misc";
  r.sentence_text = sentence;
  return r;
}

TEST(QuotesTest, OneQuotationInDifferentWordsIsOneQuoteWithItsVariantsMarked) {
  const Comparison c = CompareClaims({
      Quoting("a1", "Daily One", "\"We will not back down until the workers who were fired are back,\" he said."),
      Quoting("a2", "Daily Two", "\"We won't back down until the workers that were fired are back,\" he said."),
      Quoting("a3", "Daily Three", "He said: \xE2\x80\x9CWe will not back down until the workers who were fired are "
                                   "back.\xE2\x80\x9D"),
      Quoting("a4", "Daily Four", "The mayor said \"the budget is balanced for the first time in years\"."),
  });
  ASSERT_EQ(c.quotes.size(), 1u);
  const QuoteComparison& q = c.quotes[0];
  EXPECT_FALSE(q.changes_meaning) << q.difference;  // a contraction and who/that only
  ASSERT_EQ(q.variants.size(), 2u);
  EXPECT_EQ(q.variants[0].articles, (std::vector<std::string>{"a1", "a3"}));
  EXPECT_EQ(q.variants[1].outlets, (std::vector<std::string>{"Daily Two"}));
  const QuoteVariant& v = q.variants[1];
  std::string marked;
  for (size_t k = 0; k < v.words.size(); ++k) marked += (k ? " " : "") + (v.differs[k] ? "[" + v.words[k] + "]" : v.words[k]);
  EXPECT_EQ(marked, "We [won't] back down until the workers [that] were fired are back");
}

TEST(QuotesTest, ADroppedNegationOrAReplacedContentWordIsAWordingConflict) {
  const Comparison dropped = CompareClaims({
      Quoting("a1", "Daily One", "\"We have not received any offer from the company this week,\" she said."),
      Quoting("a2", "Daily Two", "\"We have received an offer from the company this week,\" she said."),
  });
  ASSERT_EQ(dropped.quotes.size(), 1u);
  EXPECT_TRUE(dropped.quotes[0].changes_meaning);
  EXPECT_NE(dropped.quotes[0].difference.find("not"), std::string::npos) << dropped.quotes[0].difference;

  // A shorter excerpt of the same quotation is the same quotation, not a conflict.
  const Comparison excerpt = CompareClaims({
      Quoting("a1", "Daily One", "\"The strike will go on until the management returns to the table,\" she said."),
      Quoting("a2", "Daily Two", "She said the strike \"will go on until the management returns to the table\"."),
  });
  ASSERT_EQ(excerpt.quotes.size(), 1u);
  EXPECT_FALSE(excerpt.quotes[0].changes_meaning) << excerpt.quotes[0].difference;
}

// "Violates" and "compliant" are two sides of one contrast pair: matched by stem and shared as
// one axis, they put the two claims in one proposition on opposite sides.
TEST(PropositionsTest, AContrastPairMatchedByStemOpposesTwoClaims) {
  std::vector<ClaimRecord> records = {
      Said("a1", "the regulator", "the Contoso merger violates the competition rules", Stance::kAsserts, {"contoso"}),
      Said("a2", "Contoso", "the Contoso merger is compliant with the competition rules", Stance::kAsserts,
           {"contoso"}),
  };
  std::vector<const ClaimRecord*> pointers;
  for (const ClaimRecord& r : records) pointers.push_back(&r);
  const std::vector<analysis::Proposition> props = analysis::GroupPropositions(pointers);
  ASSERT_EQ(props.size(), 1u);
  ASSERT_EQ(props[0].polarity.size(), 2u);
  EXPECT_EQ(props[0].polarity[0], -props[0].polarity[1]);
}

// "If not the letter" holds a "not" but negates another word than "does not violate": the two
// claims are not one content read twice, and keep their own sides.
TEST(PropositionsTest, TheSameNegationWordOfDifferentWordsDoesNotAlignSides) {
  std::vector<ClaimRecord> records = {
      Said("a1", "executives", "the arrangement violates the spirit, if not the letter, of the contract",
           Stance::kAsserts, {"contoso"}),
      Said("a2", "executives", "the arrangement violates the spirit, if not the letter, of their contract",
           Stance::kAsserts, {"contoso"}),
      Said("a3", "Fabrikam", "the arrangement does not violate the contract", Stance::kDenies, {"contoso"}),
  };
  std::vector<const ClaimRecord*> pointers;
  for (const ClaimRecord& r : records) pointers.push_back(&r);
  for (const analysis::Proposition& p : analysis::GroupPropositions(pointers)) {
    for (size_t i = 0; i < p.members.size(); ++i) {
      if (p.members.size() < 2) continue;
      const bool denier = p.members[i] == 2u;
      EXPECT_EQ(p.polarity[i], denier ? -1 : 1) << p.label << " member " << p.members[i];
    }
  }
}

// The two sides of a dispute share few words ("violates ... the rules on market share" / "remains
// compliant with all rules"): clusters that take opposite sides of one contrast pair, about the
// same entity and word, are one proposition.
TEST(PropositionsTest, ClustersOnOppositeSidesOfAContrastPairAreOneDispute) {
  std::vector<ClaimRecord> records = {
      Said("a1", "the regulator", "the Contoso takeover of the port operator violates the national rules on market share",
           Stance::kAsserts, {"contoso"}),
      Said("a2", "the regulator", "the takeover of the port operator by Contoso violates national rules on market share",
           Stance::kAsserts, {"contoso"}),
      Said("a3", "Contoso", "the deal remains compliant with all rules", Stance::kAsserts, {"contoso"}),
      Said("a4", "Contoso", "its deal remains compliant with all the rules", Stance::kAsserts, {"contoso"}),
  };
  std::vector<const ClaimRecord*> pointers;
  for (const ClaimRecord& r : records) pointers.push_back(&r);
  bool found = false;
  for (const analysis::Proposition& p : analysis::GroupPropositions(pointers)) {
    const auto has = [&p](size_t m) { return std::find(p.members.begin(), p.members.end(), m) != p.members.end(); };
    if (!has(0u)) continue;
    found = true;
    ASSERT_TRUE(has(2u)) << p.label;
    const size_t regulator = static_cast<size_t>(std::find(p.members.begin(), p.members.end(), 0u) - p.members.begin());
    const size_t company = static_cast<size_t>(std::find(p.members.begin(), p.members.end(), 2u) - p.members.begin());
    EXPECT_EQ(p.polarity[regulator], -p.polarity[company]);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace newsline
