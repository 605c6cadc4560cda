// Propositions without a pack (see claim_grouping.h): features -> candidate pairs -> average-link
// clusters -> polarity by stance and contrast pairs -> a label from the most central claim.
#include "analysis/claim_grouping.h"

#include <xapian.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "analysis/claim_lexicon.h"
#include "analysis/words.h"
#include "index/stopwords.h"

namespace newsline {
namespace analysis {
namespace {

using Features = std::vector<std::pair<int, double>>;  // feature id -> weight, sorted by id, unit length

bool Contains(const std::vector<std::string>& list, const std::string& w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

class FeatureSpace {
 public:
  explicit FeatureSpace(double entity_weight) : entity_weight_(entity_weight) {}

  // Raw features of one claim: its content stems and its entities (weighted).
  std::vector<std::pair<int, double>> Raw(const ClaimRecord& r) {
    std::vector<std::pair<int, double>> raw;
    const std::string& text = r.content_text.empty() ? r.sentence_text : r.content_text;
    std::vector<std::string> stems = ContentStems(text);
    // A content of function words only ("that's all I can say") is matched by its words.
    if (stems.empty()) stems = ExpandContractions(LowerWords(text));
    for (const std::string& stem : stems) raw.emplace_back(Id("w:" + stem), 1.0);
    for (const std::string& e : r.claim.entities) raw.emplace_back(Id("e:" + e), entity_weight_);
    std::sort(raw.begin(), raw.end());
    raw.erase(std::unique(raw.begin(), raw.end(),
                          [](const auto& a, const auto& b) { return a.first == b.first; }),
              raw.end());
    return raw;
  }

  size_t size() const { return ids_.size(); }

 private:
  int Id(const std::string& f) { return ids_.emplace(f, static_cast<int>(ids_.size())).first->second; }

  double entity_weight_;
  std::unordered_map<std::string, int> ids_;
};

// TF-IDF with binary term frequency, then unit length.
std::vector<Features> Weigh(std::vector<std::vector<std::pair<int, double>>> raw, size_t features,
                            std::vector<size_t>* df) {
  df->assign(features, 0);
  for (const auto& v : raw) {
    for (const auto& [id, w] : v) ++(*df)[id];
  }
  const double n = static_cast<double>(raw.size());
  for (auto& v : raw) {
    double norm = 0;
    for (auto& [id, w] : v) {
      w *= std::log(1.0 + n / static_cast<double>((*df)[id]));
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& [id, w] : v) w = norm > 0 ? w / norm : 0;
  }
  return raw;
}

double Cosine(const Features& a, const Features& b) {
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += a[i++].second * b[j++].second;
    }
  }
  return dot;
}

struct Pair {
  size_t a, b;
  double sim;
};

// Pairs of claims sharing a feature that is not in more than a tenth of them (common features
// alone cannot make a pair reach the threshold), with their similarity at or over it.
std::vector<Pair> CandidatePairs(const std::vector<Features>& v, const std::vector<size_t>& df, double threshold) {
  const size_t cap = std::max<size_t>(50, v.size() / 10);
  std::vector<std::vector<size_t>> postings(df.size());
  for (size_t i = 0; i < v.size(); ++i) {
    for (const auto& [id, w] : v[i]) {
      if (df[id] > 1 && df[id] <= cap) postings[id].push_back(i);
    }
  }
  std::set<std::pair<size_t, size_t>> seen;
  std::vector<Pair> pairs;
  for (const auto& list : postings) {
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        if (!seen.insert({list[x], list[y]}).second) continue;
        const double sim = Cosine(v[list[x]], v[list[y]]);
        if (sim >= threshold) pairs.push_back({list[x], list[y], sim});
      }
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& p, const Pair& q) {
    if (p.sim != q.sim) return p.sim > q.sim;
    return std::tie(p.a, p.b) < std::tie(q.a, q.b);
  });
  return pairs;
}

// Average-link merging: the strongest pairs first; two clusters merge when the mean similarity
// over all their cross pairs reaches the threshold.
std::vector<std::vector<size_t>> Cluster(const std::vector<Features>& v, const std::vector<Pair>& pairs,
                                         double threshold) {
  std::vector<size_t> cluster_of(v.size());
  std::iota(cluster_of.begin(), cluster_of.end(), 0);
  std::vector<std::vector<size_t>> clusters(v.size());
  for (size_t i = 0; i < v.size(); ++i) clusters[i] = {i};
  for (const Pair& p : pairs) {
    const size_t ca = cluster_of[p.a], cb = cluster_of[p.b];
    if (ca == cb) continue;
    double total = 0;
    for (size_t x : clusters[ca]) {
      for (size_t y : clusters[cb]) total += Cosine(v[x], v[y]);
    }
    const double mean = total / static_cast<double>(clusters[ca].size() * clusters[cb].size());
    if (mean < threshold) continue;
    for (size_t y : clusters[cb]) cluster_of[y] = ca;
    clusters[ca].insert(clusters[ca].end(), clusters[cb].begin(), clusters[cb].end());
    clusters[cb].clear();
  }
  std::vector<std::vector<size_t>> out;
  for (auto& c : clusters) {
    if (c.empty()) continue;
    std::sort(c.begin(), c.end());
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The member whose mean similarity to the others is highest, among those that assert (polarity
// +1) when any does: the label states the proposition, not its denial.
size_t Central(const std::vector<Features>& v, const std::vector<size_t>& members, const std::vector<int>& polarity) {
  const bool any_asserts = std::find(polarity.begin(), polarity.end(), 1) != polarity.end();
  size_t best = 0;
  double best_mean = -1;
  for (size_t i = 0; i < members.size(); ++i) {
    if (any_asserts && polarity[i] < 0) continue;
    double total = 0;
    for (size_t j = 0; j < members.size(); ++j) {
      if (i != j) total += Cosine(v[members[i]], v[members[j]]);
    }
    if (total > best_mean + 1e-12) {
      best_mean = total;
      best = i;
    }
  }
  return best;
}

// +1 / -1 per member: the extractor's stance, turned by a contrast pair whose two members both
// occur in the group (the claim with the second member takes the other side).
std::vector<int> Polarities(const std::vector<const ClaimRecord*>& records, const std::vector<size_t>& members) {
  std::vector<int> polarity;
  std::vector<std::vector<std::string>> words;
  for (size_t m : members) {
    const ClaimRecord& r = *records[m];
    polarity.push_back(r.claim.stance == Stance::kDenies ? -1 : 1);
    words.push_back(LowerWords(r.content_text.empty() ? r.sentence_text : r.content_text));
  }
  for (const auto& [plain, opposite] : ClaimLexicon::Get().contrasts) {
    bool has_plain = false, has_opposite = false;
    for (const auto& w : words) {
      has_plain = has_plain || Contains(w, plain);
      has_opposite = has_opposite || Contains(w, opposite);
    }
    if (!has_plain || !has_opposite) continue;
    for (size_t i = 0; i < members.size(); ++i) {
      if (Contains(words[i], opposite) && !Contains(words[i], plain)) polarity[i] = -polarity[i];
    }
  }
  return polarity;
}

}  // namespace

std::vector<std::string> ContentStems(const std::string& text) {
  static const Xapian::Stem stemmer("english");
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

std::vector<Proposition> GroupPropositions(const std::vector<const ClaimRecord*>& records,
                                           const PropositionOptions& options) {
  FeatureSpace space(options.entity_weight);
  std::vector<std::vector<std::pair<int, double>>> raw;
  raw.reserve(records.size());
  for (const ClaimRecord* r : records) raw.push_back(space.Raw(*r));
  std::vector<size_t> df;
  const std::vector<Features> v = Weigh(std::move(raw), space.size(), &df);
  const auto clusters = Cluster(v, CandidatePairs(v, df, options.threshold), options.threshold);

  std::vector<Proposition> out;
  for (const auto& members : clusters) {
    Proposition p;
    p.members = members;
    p.polarity = Polarities(records, members);
    p.central = Central(v, members, p.polarity);
    const int own = p.polarity[p.central];
    for (int& x : p.polarity) x *= own;  // the label's side is +1
    const ClaimRecord& c = *records[members[p.central]];
    p.label = ReadableLabel(c.content_text.empty() ? c.sentence_text : c.content_text);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace analysis
}  // namespace newsline
