// Grouping articles into stories by average-link clustering (see stories.h).
#include "analysis/stories.h"

#include <queue>
#include <tuple>
#include <unordered_map>

namespace newsline {
namespace analysis {
namespace {

struct Link {
  uint32_t a, b;  // a < b
  double cosine;
};

// The cosine of every pair of texts that share a feature in at most `candidate_df` texts.
std::vector<Link> CandidateLinks(const TextVectors& texts, size_t candidate_df) {
  std::vector<std::vector<uint32_t>> postings(texts.features());
  for (uint32_t i = 0; i < texts.size(); ++i) {
    for (const auto& [feature, weight] : texts.vector(i)) {
      if (texts.df(feature) <= candidate_df) postings[static_cast<size_t>(feature)].push_back(i);
    }
  }
  std::vector<Link> links;
  std::vector<char> marked(texts.size(), 0);
  std::vector<uint32_t> candidates;
  for (uint32_t i = 0; i < texts.size(); ++i) {
    for (const auto& [feature, weight] : texts.vector(i)) {
      if (texts.df(feature) > candidate_df) continue;
      for (uint32_t other : postings[static_cast<size_t>(feature)]) {
        if (other > i && !marked[other]) {
          marked[other] = 1;
          candidates.push_back(other);
        }
      }
    }
    for (uint32_t other : candidates) {
      marked[other] = 0;
      const double cosine = texts.Cosine(i, other);
      if (cosine > 0) links.push_back({i, other, cosine});
    }
    candidates.clear();
  }
  return links;
}

// Groups of texts being joined: each group's size and the sum of the cosines between its texts
// and each neighbouring group's.
class AverageLink {
 public:
  explicit AverageLink(size_t n) : size_(n, 1), version_(n, 0), parent_(n), sums_(n) {
    for (uint32_t i = 0; i < n; ++i) parent_[i] = i;
  }

  void AddLink(const Link& link) {
    sums_[link.a][link.b] += link.cosine;
    sums_[link.b][link.a] += link.cosine;
    Offer(link.a, link.b);
  }

  // Joins the closest two groups while their mean cosine is at least `threshold`.
  void JoinWhileAtLeast(double threshold) {
    while (!queue_.empty()) {
      const auto [mean, a, b, version_a, version_b] = Top();
      queue_.pop();
      if (version_a != version_[a] || version_b != version_[b] || parent_[a] != a || parent_[b] != b) continue;
      if (mean < threshold) break;
      Join(a, b);
    }
  }

  uint32_t GroupOf(uint32_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }

 private:
  // (mean cosine, group, group, their versions when offered); the highest mean first, then the
  // lowest numbers, so that the result does not depend on the order of equal links.
  using Entry = std::tuple<double, uint32_t, uint32_t, uint32_t, uint32_t>;
  struct Lower {
    bool operator()(const Entry& x, const Entry& y) const {
      if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) < std::get<0>(y);
      return std::make_pair(std::get<1>(x), std::get<2>(x)) > std::make_pair(std::get<1>(y), std::get<2>(y));
    }
  };

  Entry Top() const { return queue_.top(); }

  void Offer(uint32_t a, uint32_t b) {
    if (b < a) std::swap(a, b);
    const double mean = sums_[a][b] / (static_cast<double>(size_[a]) * static_cast<double>(size_[b]));
    queue_.emplace(mean, a, b, version_[a], version_[b]);
  }

  // Group `b` into group `a`.
  void Join(uint32_t a, uint32_t b) {
    if (b < a) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
    ++version_[a];
    sums_[a].erase(b);
    for (const auto& [other, sum] : sums_[b]) {
      if (other == a) continue;
      sums_[a][other] += sum;
      sums_[other][a] += sum;
      sums_[other].erase(b);
    }
    sums_[b].clear();
    for (const auto& [other, sum] : sums_[a]) Offer(a, other);
  }

  std::vector<size_t> size_;
  std::vector<uint32_t> version_;
  std::vector<uint32_t> parent_;
  std::vector<std::unordered_map<uint32_t, double>> sums_;
  std::priority_queue<Entry, std::vector<Entry>, Lower> queue_;
};

}  // namespace

std::vector<uint32_t> GroupIntoStories(const TextVectors& texts, const StoryOptions& options) {
  AverageLink groups(texts.size());
  for (const Link& link : CandidateLinks(texts, options.candidate_df)) groups.AddLink(link);
  groups.JoinWhileAtLeast(options.threshold);
  std::vector<uint32_t> story(texts.size());
  std::unordered_map<uint32_t, uint32_t> number;  // group -> story number
  for (uint32_t i = 0; i < texts.size(); ++i) {
    story[i] = number.emplace(groups.GroupOf(i), static_cast<uint32_t>(number.size())).first->second;
  }
  return story;
}

}  // namespace analysis
}  // namespace newsline
