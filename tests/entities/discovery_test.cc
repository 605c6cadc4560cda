// Tests of discovery (no pack): capitalized names, organization suffixes, people with titles and
// roles, defined acronyms, coreference within an article, and the canonical merge key.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "entities/entities_testutil.h"
#include "newsline/article.h"
#include "newsline/entities.h"

namespace newsline {
namespace {

// "surface>id/type/rule" for each discovered mention.
std::vector<std::string> Discover(const std::string& text) {
  EntityMatcher matcher;
  std::vector<std::string> out;
  for (const EntityMention& m : matcher.Match(text)) {
    EXPECT_EQ(m.how, MatchKind::kDiscovered);
    EXPECT_LT(m.confidence, 0.9);
    out.push_back(m.text + ">" + m.entity_id + "/" + m.type + "/" + m.matched);
  }
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += s + "\n";
  return out;
}

TEST(DiscoveryTest, Table) {
  struct {
    const char* text;
    std::vector<std::string> expected;
  } rows[] = {
      {"“This is tricky,” said Scott Bickley, advisory fellow at Info-Tech Research Group.",
       {"Scott Bickley>d:scott-bickley/person/role-apposition",
        "Info-Tech Research Group>d:info-tech-research-group/organization/org-suffix"}},
      {"Yesterday OpenAI CEO Sam Altman disagreed.",
       {"OpenAI>d:openai/unknown/capitalized-word", "Sam Altman>d:sam-altman/person/person-title"}},
      {"They built a Stateful Runtime Environment (SRE) on it, and the SRE works.",
       {"Stateful Runtime Environment>d:stateful-runtime-environment/unknown/acronym-definition",
        "SRE>d:stateful-runtime-environment/unknown/acronym-definition",
        "SRE>d:stateful-runtime-environment/unknown/coreference"}},
      {"International Coffee Organization, ICO, producers met. ICO delegates said so.",
       {"International Coffee Organization>d:international-coffee-organization/organization/acronym-definition",
        "ICO>d:international-coffee-organization/organization/acronym-definition",
        "ICO>d:international-coffee-organization/organization/coreference"}},
      {"Shares of Acme Holdings Inc. rose after Globex Corp said so.",
       {"Acme Holdings Inc.>d:acme-holdings/organization/org-suffix",
        "Globex Corp>d:globex/organization/org-suffix"}},
      {"He joined the Bank of England in March.",
       {"Bank of England>d:bank-of-england/organization/org-word"}},
      {"Federal Reserve Board Chairman Paul Volcker said rates would hold. Volcker added nothing.",
       {"Federal Reserve Board>d:federal-reserve-board/organization/org-suffix",
        "Paul Volcker>d:paul-volcker/person/person-title", "Volcker>d:paul-volcker/person/coreference"}},
      // Sentence-initial common words, months and days are not names.
      {"However, the deal closed. Meanwhile nothing moved. The rest waited until Monday in May.", {}},
      // Two names glued by a hyphen are two names; one hyphenated name stays one.
      {"It was the Amazon-OpenAI arrangement, not Coca-Cola Company.",
       {"Amazon>d:amazon/unknown/capitalized-word", "OpenAI>d:openai/unknown/capitalized-word",
        "Coca-Cola Company>d:coca-cola/organization/org-suffix"}},
      // A title-case headline says nothing about names.
      {"Microsoft vs OpenAI: Deal Sparks Legal Threat Over Cloud Exclusivity", {}},
  };
  for (const auto& row : rows) {
    std::vector<std::string> got = Discover(row.text);
    EXPECT_EQ(got, row.expected) << row.text << "\n" << Join(got);
  }
}

TEST(DiscoveryTest, SingleWordsCanBeTurnedOff) {
  EntityMatchOptions options;
  options.discover_single_words = false;
  EntityMatcher matcher(options);
  std::vector<EntityMention> mentions = matcher.Match("Talks with Nvidia and OPEC stalled, said Ann Lee.");
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].entity_id, "d:ann-lee");
}

TEST(DiscoveryTest, CorefersAcrossSentencesThroughState) {
  EntityMatcher matcher;
  EntityMatchState state;
  matcher.Match("Scott Bickley, advisory fellow at Info-Tech Research Group, spoke.", &state);
  std::vector<EntityMention> later = matcher.Match("Info-Tech’s Bickley observed it.", &state);
  ASSERT_EQ(later.size(), 2u);
  EXPECT_EQ(later[0].entity_id, "d:info-tech-research-group");
  EXPECT_EQ(later[1].entity_id, "d:scott-bickley");
  EXPECT_EQ(later[1].type, "person");
  state.Reset();
  std::vector<EntityMention> fresh = matcher.Match("Info-Tech’s Bickley observed it.", &state);
  ASSERT_EQ(fresh.size(), 2u);
  EXPECT_EQ(fresh[1].entity_id, "d:bickley");
}

TEST(DiscoveryTest, UntypedNamesTakeTheTypeTheirNeighbourWordsGive) {
  Article article;
  article.text =
      "Software giant Contoso said on Monday it would appeal. Contoso's CEO called the ruling unfair. "
      "The startup sells Nimbus, and the Nimbus platform lost users after Fabrikam executives left. "
      "Rains flooded Lakeside overnight.";
  std::map<std::string, std::string> type;
  for (const EntityMention& m : EntityMatcher().MatchArticle(article)) type[m.entity_id] = m.type;
  EXPECT_EQ(type["d:contoso"], "organization");   // "software giant Contoso", "Contoso's CEO"
  EXPECT_EQ(type["d:nimbus"], "product");         // "the Nimbus platform"
  EXPECT_EQ(type["d:fabrikam"], "organization");  // "Fabrikam executives"
  EXPECT_EQ(type["d:lakeside"], "unknown");       // nothing around it says what it is
}

TEST(DiscoveryTest, CanonicalKeyMergesSpellings) {
  struct {
    const char* name;
    const char* key;
  } rows[] = {
      {"Info-Tech Research Group", "info-tech-research-group"},
      {"Microsoft Corp.", "microsoft"},
      {"Microsoft Corporation", "microsoft"},
      {"MICROSOFT", "microsoft"},
      {"Microsoft’s", "microsoft"},
      {"The New Yorker", "new-yorker"},
      {"U.S.", "us"},
      {"Coca-Cola Co", "coca-cola"},
      {"Société Générale SA", "société-générale"},
  };
  for (const auto& r : rows) EXPECT_EQ(CanonicalEntityKey(r.name), r.key) << r.name;
  EXPECT_EQ(DiscoveredEntityId("Info-Tech Research Group"), "d:info-tech-research-group");
}

}  // namespace
}  // namespace newsline
