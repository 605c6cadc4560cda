// Propositions without a pack: claims of different articles grouped by what their contents
// share, sides by polarity and contrast pairs, readable labels (analysis/claim_grouping.h).
#include <gtest/gtest.h>

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
  const std::string long_one = analysis::ReadableLabel(
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen");
  EXPECT_EQ(long_one, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen\xE2\x80\xA6");
}

}  // namespace
}  // namespace newsline
