// Texts as weighted sparse vectors for similarity: each text's features (content stems, entity
// ids, ...) with a weight, times the feature's inverse document frequency over the texts given
// (binary term frequency, idf = log(1 + N / df)), at unit length. Used to group claims into
// propositions and to tell apart event mentions that share a trigger but not a participant.
#ifndef NEWSLINE_LIB_ANALYSIS_TEXT_VECTORS_H_
#define NEWSLINE_LIB_ANALYSIS_TEXT_VECTORS_H_

#include <string>
#include <utility>
#include <vector>

namespace newsline {
namespace analysis {

class TextVectors {
 public:
  using Features = std::vector<std::pair<std::string, double>>;  // feature -> weight (before idf)
  using Vector = std::vector<std::pair<int, double>>;            // feature id -> weight, by id

  explicit TextVectors(const std::vector<Features>& texts);

  size_t size() const { return vectors_.size(); }
  const Vector& vector(size_t i) const { return vectors_[i]; }
  size_t features() const { return df_.size(); }
  // In how many texts the feature occurs.
  size_t df(int feature) const { return df_[static_cast<size_t>(feature)]; }
  double Cosine(size_t a, size_t b) const;

 private:
  std::vector<Vector> vectors_;
  std::vector<size_t> df_;
};

// The content words of a text as stems, contractions expanded; framing words ("said",
// "reportedly", modals), negations and stopwords left out (the claim lexicon).
std::vector<std::string> ContentStems(const std::string& text);

}  // namespace analysis
}  // namespace newsline

#endif  // NEWSLINE_LIB_ANALYSIS_TEXT_VECTORS_H_
