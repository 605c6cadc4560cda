// Tests of DomainPack: loading the shipped dispute pack, lookups, relations, preserved sections,
// and errors with JSON paths for malformed packs.
#include "newsline/domain_pack.h"

#include <gtest/gtest.h>

#include <string>

#include "entities/entities_testutil.h"
#include "extract/entities/domain_pack_internal.h"

namespace newsline {
namespace {

using testing_entities::DisputePack;
using testing_entities::ReadFile;

TEST(DomainPackTest, DisputePackLoads) {
  const DomainPack& pack = DisputePack();
  ASSERT_TRUE(pack.ok()) << pack.error();
  EXPECT_EQ(pack.name(), "microsoft-openai-aws-dispute");
  EXPECT_GE(pack.entities().size(), 30u);
  EXPECT_GE(pack.outlets().size(), 6u);
}

TEST(DomainPackTest, Lookups) {
  const DomainPack& pack = DisputePack();
  ASSERT_TRUE(pack.ok()) << pack.error();
  ASSERT_NE(pack.FindEntity("amazon-web-services"), nullptr);
  EXPECT_EQ(pack.FindEntity("amazon-web-services")->name, "Amazon Web Services");
  EXPECT_EQ(pack.FindEntity("no-such-id"), nullptr);
  ASSERT_NE(pack.FindEntityByName("amazon web services"), nullptr);
  EXPECT_EQ(pack.FindEntityByName("AWS")->id, "amazon-web-services");
  EXPECT_EQ(pack.FindEntityByName("Info-Tech")->id, "info-tech-research-group");
  EXPECT_EQ(pack.FindEntityByName("the software giant"), nullptr);  // descriptors are not names
  struct {
    const char* name;
    const char* outlet;
  } outlets[] = {{"FT", "financial-times"},          {"Financial Times", "financial-times"},
                 {"the Financial Times", "financial-times"}, {"New Yorker", "the-new-yorker"},
                 {"The New Yorker", "the-new-yorker"},       {"reuters", "reuters"},
                 {"Network World", "networkworld"}};
  for (const auto& row : outlets) {
    const PackOutlet* o = pack.FindOutlet(row.name);
    ASSERT_NE(o, nullptr) << row.name;
    EXPECT_EQ(o->id, row.outlet) << row.name;
  }
  EXPECT_EQ(pack.FindOutlet("Microsoft"), nullptr);
}

TEST(DomainPackTest, Relations) {
  const DomainPack& pack = DisputePack();
  struct {
    const char* from;
    const char* type;
    const char* to;
    bool expected;
  } rows[] = {
      {"amazon-web-services", "part_of", "amazon", true},
      {"amazon", "part_of", "amazon-web-services", false},
      {"azure", "product_of", "microsoft", true},
      {"azure", "product_of", "amazon", false},
      {"bedrock", "product_of", "amazon-web-services", true},
      {"bedrock", "product_of", "amazon", true},  // through AWS part_of Amazon
      {"trainium", "product_of", "amazon", true},
      {"sam-altman", "ceo_of", "openai", true},
      {"sam-altman", "ceo_of", "microsoft", false},
      {"scott-bickley", "fellow_of", "info-tech-research-group", true},
      {"google-cloud", "part_of", "google", true},
      {"clay", "customer_of", "frontier", true},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(pack.Related(r.from, r.type, r.to), r.expected) << r.from << " " << r.type << " " << r.to;
  }
  ASSERT_EQ(pack.RelationsOf("amazon-web-services").size(), 1u);
  EXPECT_EQ(pack.RelationsOf("amazon-web-services")[0].target, "amazon");
}

TEST(DomainPackTest, AliasesForSynonyms) {
  const DomainPack& pack = DisputePack();
  std::vector<std::string> aws = pack.AliasesOf("amazon-web-services");
  ASSERT_GE(aws.size(), 2u);
  EXPECT_EQ(aws[0], "Amazon Web Services");
  EXPECT_NE(std::find(aws.begin(), aws.end(), "AWS"), aws.end());
  std::vector<std::string> ft = pack.AliasesOf("financial-times");
  EXPECT_NE(std::find(ft.begin(), ft.end(), "FT"), ft.end());
  EXPECT_TRUE(pack.AliasesOf("nobody").empty());
}

TEST(DomainPackTest, KeepsOtherSectionsVerbatim) {
  DomainPack pack = DomainPack::FromFile(std::string(NEWSLINE_TEST_DATA_DIR) + "/entities/tricky-pack.json");
  ASSERT_TRUE(pack.ok()) << pack.error();
  EXPECT_EQ(pack.version(), "2");
  const nlohmann::json* topics = SectionOf(pack, "topics");
  ASSERT_NE(topics, nullptr);
  EXPECT_EQ((*topics)[0]["id"], "breach");
  ASSERT_NE(SectionOf(pack, "event_triggers"), nullptr);
  EXPECT_EQ((*SectionOf(pack, "event_triggers"))["lawsuit"][1], "sues");
  ASSERT_NE(SectionOf(pack, "lexicon"), nullptr);
  EXPECT_EQ(SectionOf(pack, "entities"), nullptr);  // interpreted, not kept
  EXPECT_EQ(SectionOf(DisputePack(), "no-such-section"), nullptr);
}

TEST(DomainPackTest, EmptyPackIsOk) {
  DomainPack pack;
  EXPECT_TRUE(pack.ok());
  EXPECT_TRUE(pack.entities().empty());
  EXPECT_EQ(pack.FindOutlet("FT"), nullptr);
  DomainPack minimal = DomainPack::FromJson("{}");
  EXPECT_TRUE(minimal.ok()) << minimal.error();
}

TEST(DomainPackTest, MalformedPacksNameTheJsonPath) {
  struct {
    const char* json;
    const char* path;
    const char* message;  // a fragment of error()
  } rows[] = {
      {"[]", "", "expected a JSON object at the top level"},
      {R"({"entities": {}})", "entities", "expected an array"},
      {R"({"entities": [3]})", "entities[0]", "expected an object"},
      {R"({"entities": [{"type": "organization", "name": "A"}]})", "entities[0]", "missing required key \"id\""},
      {R"({"entities": [{"id": "A B", "type": "organization", "name": "A"}]})", "entities[0].id", "lowercase id"},
      {R"({"entities": [{"id": "a", "type": "organization", "name": ""}]})", "entities[0].name", "must not be empty"},
      {R"({"entities": [{"id": "a", "type": "organization", "name": "A"},
                        {"id": "b", "type": "organization", "name": "B", "aliases": ["B1", 7]}]})",
       "entities[1].aliases[1]", "expected a string or an object"},
      {R"({"entities": [{"id": "a", "type": "x", "name": "A", "aliases": [{"text": "A", "case": "upper"}]}]})",
       "entities[0].aliases[0].case", "expected \"sensitive\" or \"insensitive\""},
      {R"({"entities": [{"id": "a", "type": "x", "name": "A", "aliases": [{"text": "A", "needs_context": "yes"}]}]})",
       "entities[0].aliases[0].needs_context", "expected true or false"},
      {R"({"entities": [{"id": "a", "type": "x", "name": "A", "alias": ["B"]}]})", "entities[0]",
       "unknown key \"alias\""},
      {R"({"entities": [{"id": "a", "type": "x", "name": "A", "aliases": ["--"]}]})", "entities[0].aliases[0]",
       "no letters or digits"},
      {R"({"entities": [{"id": "a", "type": "x", "name": "A", "relations": [{"type": "part_of", "target": "b"}]}]})",
       "entities[0].relations[0].target", "unknown entity or outlet id \"b\""},
      {R"({"entities": [{"id": "a", "type": "x", "name": "A"}, {"id": "a", "type": "x", "name": "B"}]})",
       "entities[1].id", "duplicate id \"a\" (first used at entities[0])"},
      {R"({"outlets": [{"id": "ft", "name": "Financial Times", "short_names": [null]}]})",
       "outlets[0].short_names[0]", "expected a string or an object"},
      {R"({"version": []})", "version", "expected a string or a number"},
  };
  for (const auto& r : rows) {
    DomainPack pack = DomainPack::FromJson(r.json, "bad.json");
    EXPECT_FALSE(pack.ok()) << r.json;
    EXPECT_EQ(pack.error_path(), r.path) << r.json;
    EXPECT_NE(pack.error().find(r.message), std::string::npos) << pack.error();
    EXPECT_EQ(pack.error().rfind("bad.json: ", 0), 0u) << pack.error();
    EXPECT_TRUE(pack.status().IsInvalidArgument());
    EXPECT_TRUE(pack.entities().empty());  // a failed pack is empty
  }
}

TEST(DomainPackTest, SyntaxErrorsAndMissingFiles) {
  DomainPack broken = DomainPack::FromJson("{\"entities\": [", "broken.json");
  EXPECT_FALSE(broken.ok());
  EXPECT_NE(broken.error().find("broken.json: invalid JSON at byte"), std::string::npos) << broken.error();
  DomainPack missing = DomainPack::FromFile("/nonexistent/pack.json");
  EXPECT_FALSE(missing.ok());
  EXPECT_TRUE(missing.status().IsNotFound());
}

}  // namespace
}  // namespace newsline
