// Fingerprints and duplicate grouping on small hand-made inputs.
#include <gtest/gtest.h>

#include "newsline/ingest.h"

namespace newsline {
namespace {

const char kStory[] =
    "Microsoft is weighing legal action against OpenAI and Amazon over a proposed $50 billion partnership that "
    "could breach its exclusive cloud agreement. The dispute centres on whether Frontier can be offered through "
    "Amazon Web Services without violating contractual obligations that route access through Azure. All three "
    "companies are in talks to resolve the matter without litigation ahead of the launch.";

TEST(DuplicatesTest, HashesAreStable) {
  EXPECT_EQ(HashHex(""), "cbf29ce484222325");  // FNV-1a 64 offset basis
  EXPECT_EQ(HashHex("a"), "af63dc4c8601ec8c");
  EXPECT_EQ(ArticleId("T", "body"), ArticleId("T", "body"));
  EXPECT_NE(ArticleId("T", "body"), ArticleId("T ", "body"));
  EXPECT_EQ(HammingDistance(0, ~0ull), 64);
}

TEST(DuplicatesTest, SimHashIsCloseForSmallEdits) {
  std::string edited = kStory;
  edited.replace(edited.find("$50 billion"), 11, "$38 billion");
  std::string other = "The Bahia cocoa zone had showers throughout the week, alleviating the drought since early "
                      "January and improving prospects for the coming temporao harvest, traders said on Thursday.";
  EXPECT_EQ(SimHash(kStory), SimHash(kStory));
  // One changed word in a short text changes 3 of ~60 shingles: within 10 bits.
  EXPECT_LE(HammingDistance(SimHash(kStory), SimHash(edited)), 10);
  EXPECT_GT(HammingDistance(SimHash(kStory), SimHash(other)), 12);
  EXPECT_EQ(SimHash(""), 0u);
}

TEST(DuplicatesTest, MinHashEstimatesJaccard) {
  std::string edited = kStory;
  edited.replace(edited.find("$50 billion"), 11, "$38 billion");
  ASSERT_EQ(MinHash(kStory).size(), kMinHashSize);
  EXPECT_EQ(MinHashSimilarity(MinHash(kStory), MinHash(kStory)), 1.0);
  // Three of ~60 shingles change: the true Jaccard is about 0.9.
  EXPECT_GE(MinHashSimilarity(MinHash(kStory), MinHash(edited)), 0.7);
  EXPECT_LE(MinHashSimilarity(MinHash(kStory), MinHash("Cocoa prices fell in Brazil after the rains.")), 0.1);
  EXPECT_TRUE(MinHash("").empty());
  EXPECT_EQ(MinHashSimilarity({}, MinHash(kStory)), 0.0);
}

TEST(DuplicatesTest, GroupsExactAndNear) {
  std::string edited = kStory;
  edited.replace(edited.find("$50 billion"), 11, "$38 billion");
  const std::string cocoa = "A completely different story about cocoa prices in Brazil and the harvest.";
  std::vector<ArticleFingerprint> prints = {
      {"id-a", "raw-1", SimHash(kStory), MinHash(kStory)},
      {"id-b", "raw-2", SimHash(cocoa), MinHash(cocoa)},
      {"id-a", "raw-3", SimHash(kStory), MinHash(kStory)},  // same normalized content, different bytes
      {"id-c", "raw-4", SimHash(edited), MinHash(edited)},  // edited copy
      {"id-d", "raw-2", 12345, {}},                         // same raw bytes as #1
  };
  // The edited copy is found by MinHash with the default options...
  std::vector<DuplicateGroup> groups = GroupDuplicates(prints);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].members, (std::vector<size_t>{0, 2, 3}));
  EXPECT_FALSE(groups[0].exact);
  EXPECT_EQ(groups[1].members, (std::vector<size_t>{1, 4}));
  EXPECT_TRUE(groups[1].exact);
  // ... and by simhash alone with a looser distance.
  DuplicateOptions simhash_only;
  simhash_only.max_hamming_distance = 10;
  simhash_only.min_jaccard = 2;
  EXPECT_EQ(GroupDuplicates(prints, simhash_only)[0].members, (std::vector<size_t>{0, 2, 3}));
  DuplicateOptions strict;
  strict.max_hamming_distance = 0;
  strict.min_jaccard = 2;
  groups = GroupDuplicates(prints, strict);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].members, (std::vector<size_t>{0, 2}));
  EXPECT_TRUE(groups[0].exact);
}

}  // namespace
}  // namespace newsline
