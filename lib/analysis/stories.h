// Articles grouped into stories: the articles of a collection that tell one story (one rehab
// admission, one earthquake) rather than another story of the same kind brought in with them.
// Average-link agglomerative clustering of the articles' TF-IDF vectors (text_vectors.h): two
// groups join while the mean cosine over every pair of their articles is at least the threshold.
// Only pairs of articles that share a feature few articles have are compared, so the work grows
// with the collection, not its square; a pair that shares none counts as 0.
#ifndef NEWSLINE_LIB_ANALYSIS_STORIES_H_
#define NEWSLINE_LIB_ANALYSIS_STORIES_H_

#include <cstdint>
#include <vector>

#include "analysis/text_vectors.h"

namespace newsline {
namespace analysis {

struct StoryOptions {
  // Mean pairwise cosine at which two groups are one story (TimelineOptions::story_threshold).
  double threshold = 0.06;
  // Features in more articles than this do not make two articles candidates (their weight is
  // small; they would make every pair a candidate). Pairs found through rarer features still
  // count them in their cosine.
  size_t candidate_df = 200;
};

// Story number of each text (0, 1, ... in order of first text), by the average-link grouping above.
std::vector<uint32_t> GroupIntoStories(const TextVectors& texts, const StoryOptions& options = {});

}  // namespace analysis
}  // namespace newsline

#endif  // NEWSLINE_LIB_ANALYSIS_STORIES_H_
