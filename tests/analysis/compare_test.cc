// CompareClaims: sides, conflicts, overlaps and independent primary sources.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsline/analysis.h"
#include "newsline/domain_pack.h"
#include "newsline/ingest.h"

namespace newsline {
namespace {

ClaimRecord Rec(const std::string& article, const std::string& outlet, const std::string& speaker_id,
                const std::string& topic, Stance stance, const std::string& primary = "") {
  ClaimRecord r;
  r.article.id = article;
  r.article.outlet = outlet;
  r.claim.id = article + ":c" + speaker_id;
  r.claim.speaker_id = speaker_id;
  r.claim.speaker = speaker_id;
  r.claim.topic = topic;
  r.claim.topic_label = topic;
  r.claim.stance = stance;
  r.claim.primary_source = primary;
  return r;
}

ClaimRecord ValueRec(const std::string& article, const std::string& text, double value, bool vague) {
  ClaimRecord r = Rec(article, "", "reports", "deal_value", Stance::kAsserts);
  Quantity q;
  q.kind = QuantityKind::kMoney;
  q.text = text;
  q.value = value;
  q.unit = "USD";
  q.vague = vague;
  r.claim.quantities.push_back(q);
  r.claim.value_topic = true;
  return r;
}

// "topic relation: stance/value speakers (articles, sources) | ..."
std::string Compact(const TopicComparison& t) {
  std::string s = t.topic + " " + TopicRelationName(t.relation) + ":";
  for (const ComparisonSide& side : t.sides) {
    s += " " + (side.value.empty() ? side.stance : side.value) + "[";
    for (size_t k = 0; k < side.speakers.size(); ++k) s += (k ? "," : "") + side.speakers[k];
    s += "] a=" + std::to_string(side.articles.size()) + " src=" + std::to_string(side.primary_source_count());
  }
  return s;
}

TEST(CompareClaimsTest, OppositeStancesByDifferentSpeakersConflict) {
  Comparison c = CompareClaims({Rec("a1", "Outlet A", "microsoft", "breach", Stance::kAsserts),
                                Rec("a2", "Outlet B", "microsoft", "breach", Stance::kAsserts),
                                Rec("a1", "Outlet A", "openai", "breach", Stance::kDenies),
                                Rec("a3", "Outlet C", "openai", "breach", Stance::kDenies),
                                Rec("a3", "Outlet C", "openai", "breach", Stance::kDenies)});
  ASSERT_EQ(c.topics.size(), 1u);
  EXPECT_EQ(Compact(c.topics[0]), "breach conflict: denies[openai] a=2 src=2 asserts[microsoft] a=2 src=2");
  EXPECT_EQ(c.topics[0].reason, "opposite stances: openai denies, microsoft asserts");
}

// An outlet that speaks is named as its source, however the article writes it ("The FT said",
// "a report in the Financial Times"); a person written two ways ("Contoso chief executive Jane
// Doe", "Jane Doe") is one name; "Contoso and Fabrikam" stays two speakers' name.
TEST(CompareClaimsTest, OneNamePerSpeakerOnASide) {
  std::vector<ClaimRecord> claims = {Rec("a1", "Outlet A", "", "deal", Stance::kAsserts, "FT"),
                                     Rec("a2", "Outlet B", "", "deal", Stance::kAsserts, "Financial Times"),
                                     Rec("a3", "Outlet C", "", "deal", Stance::kAsserts, "Financial Times"),
                                     Rec("a4", "Outlet D", "doe", "deal", Stance::kAsserts),
                                     Rec("a5", "Outlet E", "doe", "deal", Stance::kAsserts),
                                     Rec("a6", "Outlet F", "", "deal", Stance::kAsserts)};
  claims[0].claim.speaker = "The FT";
  claims[1].claim.speaker = "a report in the Financial Times";
  claims[1].claim.speaker_from = SpeakerFrom::kReport;
  claims[2].claim.speaker = "the Financial Times";
  claims[3].claim.speaker = "Contoso chief executive Jane Doe";
  claims[4].claim.speaker = "Jane Doe";
  claims[5].claim.speaker = "Contoso and Jane Doe";
  Comparison c = CompareClaims(claims);
  ASSERT_EQ(c.topics.size(), 1u);
  EXPECT_EQ(c.topics[0].sides[0].speakers,
            (std::vector<std::string>{"Financial Times", "Jane Doe", "Contoso and Jane Doe"}));
}

TEST(CompareClaimsTest, FourOutletsRelayingOneStoryAreOneSource) {
  std::vector<ClaimRecord> claims;
  for (const char* outlet : {"Outlet A", "Outlet B", "Outlet C", "Outlet D"}) {
    claims.push_back(Rec(std::string("art-") + outlet, outlet, "microsoft", "legal_action", Stance::kAsserts,
                         "Financial Times"));
  }
  Comparison c = CompareClaims(claims);
  ASSERT_EQ(c.topics.size(), 1u);
  EXPECT_EQ(Compact(c.topics[0]), "legal_action overlap: asserts[microsoft] a=4 src=1");
  EXPECT_EQ(c.topics[0].sides[0].primary_sources, std::vector<std::string>{"Financial Times"});
  EXPECT_EQ(c.topics[0].sides[0].outlets.size(), 4u);
}

TEST(CompareClaimsTest, DifferentValuesForOneQuantityConflict) {
  Comparison c = CompareClaims({ValueRec("a1", "$50 billion", 5e10, false), ValueRec("a2", "$50Bn", 5e10, false),
                                ValueRec("a3", "$50 billion", 5e10, false),
                                ValueRec("a4", "several $38 billion", 3.8e10, true)});
  ASSERT_EQ(c.topics.size(), 1u);
  EXPECT_TRUE(c.topics[0].value_topic);
  EXPECT_EQ(Compact(c.topics[0]),
            "deal_value conflict: $50 billion[reports] a=3 src=3 several $38 billion[reports] a=1 src=1");
  EXPECT_EQ(c.topics[0].reason, "different values: $50 billion (3 articles) vs several $38 billion (1 article)");
}

TEST(CompareClaimsTest, FiltersAndOrder) {
  std::vector<ClaimRecord> claims = {Rec("a1", "", "x", "t:x:term", Stance::kAsserts),
                                     Rec("a1", "", "microsoft", "breach", Stance::kAsserts),
                                     Rec("a2", "", "openai", "breach", Stance::kDenies),
                                     Rec("a2", "", "y", "single", Stance::kAsserts)};
  claims.push_back(Rec("a3", "", "ft", "breach", Stance::kDenies));
  claims.back().claim.question = true;
  Comparison all = CompareClaims(claims);
  ASSERT_EQ(all.topics.size(), 3u);
  EXPECT_EQ(all.topics[0].topic, "breach");  // conflicts first, pack topics before fallback ones
  EXPECT_EQ(all.topics[1].topic, "single");
  EXPECT_EQ(all.topics[2].topic, "p:a1:cx");  // a fallback topic becomes a proposition of its own
  EXPECT_EQ(all.topics[0].sides[1].articles.size(), 1u);  // the question is left out
  ComparisonOptions only;
  only.topic = "breach";
  only.include_questions = true;
  Comparison one = CompareClaims(claims, only);
  ASSERT_EQ(one.topics.size(), 1u);
  EXPECT_EQ(Compact(one.topics[0]), "breach conflict: denies[openai,ft] a=2 src=2 asserts[microsoft] a=1 src=1");
  ComparisonOptions no_fallback;
  no_fallback.include_fallback_topics = false;
  EXPECT_EQ(CompareClaims(claims, no_fallback).topics.size(), 2u);
}

TEST(CompareClaimsTest, ResultDoesNotDependOnInputOrder) {
  std::vector<ClaimRecord> claims = {Rec("a2", "B", "openai", "breach", Stance::kDenies),
                                     Rec("a1", "A", "microsoft", "breach", Stance::kAsserts),
                                     Rec("a3", "C", "microsoft", "breach", Stance::kAsserts)};
  std::vector<ClaimRecord> reversed(claims.rbegin(), claims.rend());
  EXPECT_EQ(Compact(CompareClaims(claims).topics[0]), Compact(CompareClaims(reversed).topics[0]));
}

// The five seeds, extracted and compared: what a reader of the articles finds.
TEST(CompareClaimsTest, Seeds) {
  const std::filesystem::path dir = std::filesystem::path(NEWSLINE_SHARED_DIR) / "corpus" / "seeds";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no seed articles under " << dir;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  Extractor extractor(DomainPack::FromFile(NEWSLINE_SOURCE_DIR "/corpus/dispute-pack.json"));
  std::vector<ClaimRecord> records;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Result<std::vector<Article>> articles = ReadArticlesFromString(ss.str(), f.string(), IngestOptions());
    ASSERT_TRUE(articles.ok()) << articles.status().ToString();
    for (const Article& a : *articles) {
      Annotations an = extractor.Extract(a);
      for (const Claim& c : an.claims) {
        ClaimRecord r;
        r.claim = c;
        r.article.id = f.filename().string().substr(0, 3);
        r.article.outlet = a.outlet;
        r.sentence_text = std::string(a.SentenceText(c.sentence));
        r.content_text = std::string(c.content.Of(a.text));
        records.push_back(std::move(r));
      }
    }
  }
  Comparison c = CompareClaims(records);
  auto find = [&](const std::string& topic) -> const TopicComparison* {
    for (const TopicComparison& t : c.topics) {
      if (t.topic == topic) return &t;
    }
    return nullptr;
  };
  const TopicComparison* breach = find("breach");
  ASSERT_NE(breach, nullptr);
  EXPECT_EQ(breach->relation, TopicRelation::kConflict);
  ASSERT_EQ(breach->sides.size(), 2u);
  for (const ComparisonSide& side : breach->sides) EXPECT_GE(side.articles.size(), 2u) << side.stance;

  const TopicComparison* value = find("deal_value");
  ASSERT_NE(value, nullptr);
  EXPECT_EQ(value->relation, TopicRelation::kConflict);
  EXPECT_EQ(value->reason, "different values: $50 billion (3 articles) vs several $38 billion (1 article)");

  // Three articles report the legal threat on the FT's authority: the FT counts once.
  const TopicComparison* legal = find("legal_action");
  ASSERT_NE(legal, nullptr);
  const ComparisonSide* asserts = nullptr;
  for (const ComparisonSide& side : legal->sides) {
    if (side.stance == "asserts") asserts = &side;
  }
  ASSERT_NE(asserts, nullptr);
  size_t ft_claims = 0;
  for (const ClaimRef& r : asserts->claims) ft_claims += r.primary_source == "Financial Times";
  EXPECT_GE(ft_claims, 3u);
  EXPECT_EQ(std::count(asserts->primary_sources.begin(), asserts->primary_sources.end(), "Financial Times"), 1);
  EXPECT_LT(asserts->primary_source_count(), asserts->claims.size());
}

}  // namespace
}  // namespace newsline
