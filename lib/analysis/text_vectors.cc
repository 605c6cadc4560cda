// Texts as TF-IDF vectors (see text_vectors.h).
#include "analysis/text_vectors.h"

#include <xapian.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "analysis/claim_lexicon.h"
#include "analysis/words.h"
#include "index/stopwords.h"

namespace newsline {
namespace analysis {
namespace {

bool Contains(const std::vector<std::string>& list, const std::string& w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

TextVectors::TextVectors(const std::vector<Features>& texts) {
  std::unordered_map<std::string, int> ids;
  for (const Features& f : texts) {
    Vector v;
    for (const auto& [name, weight] : f) {
      const int id = ids.emplace(name, static_cast<int>(ids.size())).first->second;
      v.emplace_back(id, weight);
    }
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first == b.first; }), v.end());
    vectors_.push_back(std::move(v));
  }
  df_.assign(ids.size(), 0);
  for (const Vector& v : vectors_) {
    for (const auto& [id, w] : v) ++df_[static_cast<size_t>(id)];
  }
  const double n = static_cast<double>(vectors_.size());
  for (Vector& v : vectors_) {
    double norm = 0;
    for (auto& [id, w] : v) {
      w *= std::log(1.0 + n / static_cast<double>(df_[static_cast<size_t>(id)]));
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& [id, w] : v) w = norm > 0 ? w / norm : 0;
  }
}

double TextVectors::Cosine(size_t a, size_t b) const {
  const Vector& x = vectors_[a];
  const Vector& y = vectors_[b];
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i].first < y[j].first) {
      ++i;
    } else if (y[j].first < x[i].first) {
      ++j;
    } else {
      dot += x[i++].second * y[j++].second;
    }
  }
  return dot;
}

std::vector<std::string> ContentStems(const std::string& text) {
  // One per thread: a Xapian::Stem keeps state while it stems and must not be shared.
  thread_local const Xapian::Stem stemmer("english");
  const ClaimLexicon& lex = ClaimLexicon::Get();
  const Xapian::Stopper& stopper = *EnglishStopper();
  std::vector<std::string> stems;
  for (const std::string& w : ExpandContractions(LowerWords(text))) {
    if (w.size() < 3 || stopper(w) || Contains(lex.framing, w) || Contains(lex.negations, w)) continue;
    if (!std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    stems.push_back(stemmer(w));
  }
  return stems;
}

}  // namespace analysis
}  // namespace newsline
