// Articles grouped into stories by average-link clustering (analysis/stories.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis/stories.h"
#include "analysis/text_vectors.h"

namespace newsline {
namespace {

analysis::TextVectors Vectors(const std::vector<std::string>& texts) {
  std::vector<analysis::TextVectors::Features> features;
  for (const std::string& text : texts) {
    analysis::TextVectors::Features f;
    for (const std::string& stem : analysis::ContentStems(text)) f.emplace_back(stem, 1.0);
    features.push_back(std::move(f));
  }
  return analysis::TextVectors(features);
}

// Two earthquakes and two rehab admissions, each story told by two articles in their own words.
const std::vector<std::string> kArticles = {
    "A magnitude 6.1 earthquake struck near the coastal town of Ferndale, shaking buildings across Humboldt County",
    "Residents of Ferndale in Humboldt County swept up glass after the quake shook the coastal town overnight",
    "A strong earthquake hit the mountains of central Peru, damaging adobe homes in the Andes villages of Ayacucho",
    "Adobe homes collapsed in Ayacucho as the quake rattled villages across the Peruvian Andes",
    "The actress Tara Reid checked into the Promises clinic in Malibu, her publicist said",
    "Reid, star of the American Pie films, is at Promises in Malibu, according to her publicist",
    "A judge ordered Lindsay Lohan into a rehab clinic for ninety days after a probation violation hearing",
    "Lohan will spend ninety days in rehab under the judge's order, her probation attorney said after the hearing"};

TEST(StoriesTest, ArticlesOfOneStoryAreOneGroupAndStoriesOfOneKindStayApart) {
  const std::vector<uint32_t> story = analysis::GroupIntoStories(Vectors(kArticles));
  ASSERT_EQ(story.size(), kArticles.size());
  for (size_t k = 0; k < kArticles.size(); k += 2) EXPECT_EQ(story[k], story[k + 1]) << k;
  EXPECT_NE(story[0], story[2]);  // two earthquakes
  EXPECT_NE(story[4], story[6]);  // two rehab admissions
  EXPECT_NE(story[0], story[4]);
  EXPECT_EQ(story[0], 0u);  // numbered in order of first article
  EXPECT_EQ(story[2], 1u);
}

TEST(StoriesTest, TheGroupingDoesNotDependOnTheOrderOfArticles) {
  std::vector<std::string> reversed(kArticles.rbegin(), kArticles.rend());
  const std::vector<uint32_t> forward = analysis::GroupIntoStories(Vectors(kArticles));
  const std::vector<uint32_t> backward = analysis::GroupIntoStories(Vectors(reversed));
  const size_t n = kArticles.size();
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      EXPECT_EQ(forward[i] == forward[j], backward[n - 1 - i] == backward[n - 1 - j]) << i << " " << j;
    }
  }
}

TEST(StoriesTest, ThresholdAndCandidateLimitDecideWhatJoins) {
  const analysis::TextVectors vectors = Vectors(kArticles);
  // A threshold no pair reaches leaves every article alone; zero joins every linked pair.
  analysis::StoryOptions strict;
  strict.threshold = 1.01;
  const std::vector<uint32_t> alone = analysis::GroupIntoStories(vectors, strict);
  for (uint32_t k = 0; k < alone.size(); ++k) EXPECT_EQ(alone[k], k);
  // With no feature rare enough to make candidates, no pair is compared.
  analysis::StoryOptions no_candidates;
  no_candidates.candidate_df = 0;
  const std::vector<uint32_t> none = analysis::GroupIntoStories(vectors, no_candidates);
  for (uint32_t k = 0; k < none.size(); ++k) EXPECT_EQ(none[k], k);
  EXPECT_TRUE(analysis::GroupIntoStories(analysis::TextVectors({})).empty());
}

}  // namespace
}  // namespace newsline
