// Cross-document coreference metrics for the evaluation programs: MUC, B-cubed, entity-based CEAF
// (phi4) and their mean, the CoNLL F1. The definitions follow the reference CoNLL-2012 scorer
// (conll/reference-coreference-scorers, lib/CorScorer.pm v8.01) as described in Pradhan et al. 2014,
// "Scoring Coreference Partitions of Predicted Mentions: A Reference Implementation":
//  - key and response may cover different mentions; nothing is added to or removed from either
//    side except as each metric's definition says (MUC: a mention missing from the other side is a
//    singleton partition of it; B-cubed and CEAF use the two clusterings as given);
//  - singleton clusters are kept;
//  - every ratio with a zero denominator is 0 (so MUC is 0/0 = 0 when neither side has a link).
// A mention id should appear at most once per clustering; if it appears again, the later
// occurrences are ignored (the reference scorer drops repeated response mentions the same way).
// Empty clusters are ignored. All values are fractions in [0, 1].
#ifndef NEWSLINE_BENCH_COREF_METRICS_H_
#define NEWSLINE_BENCH_COREF_METRICS_H_

#include <algorithm>
#include <cstddef>
#include <limits>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsline_bench {

// Each cluster is a list of mention ids.
using Clustering = std::vector<std::vector<std::string>>;

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

namespace coref_detail {

inline double Ratio(double num, double den) { return den == 0 ? 0.0 : num / den; }

// Precision, recall and their harmonic mean from the two numerator/denominator pairs.
inline Prf MakePrf(double recall_num, double recall_den, double precision_num, double precision_den) {
  Prf p;
  p.recall = Ratio(recall_num, recall_den);
  p.precision = Ratio(precision_num, precision_den);
  p.f1 = p.precision + p.recall == 0 ? 0.0 : 2 * p.precision * p.recall / (p.precision + p.recall);
  return p;
}

// Both clusterings with mention ids interned into one integer space (first occurrence of a mention
// within a clustering wins; empty clusters dropped), plus |key cluster ∩ response cluster| for every
// pair of clusters that share at least one mention.
struct Interned {
  struct Overlap {
    int key = 0, response = 0, common = 0;
  };
  std::vector<std::vector<int>> key, response;
  std::vector<Overlap> overlaps;
  size_t key_mentions = 0, response_mentions = 0;
};

inline std::vector<std::vector<int>> InternSide(const Clustering& clusters,
                                                std::unordered_map<std::string, int>* ids,
                                                std::vector<int>* cluster_of) {
  std::vector<std::vector<int>> out;
  for (const auto& cluster : clusters) {
    std::vector<int> c;
    for (const auto& mention : cluster) {
      auto it = ids->emplace(mention, static_cast<int>(ids->size())).first;
      const int id = it->second;
      if (static_cast<size_t>(id) >= cluster_of->size()) cluster_of->resize(id + 1, -1);
      if ((*cluster_of)[id] != -1) continue;  // repeated mention: keep the first occurrence
      (*cluster_of)[id] = static_cast<int>(out.size());
      c.push_back(id);
    }
    if (!c.empty()) out.push_back(std::move(c));
  }
  return out;
}

inline Interned Intern(const Clustering& key, const Clustering& response) {
  Interned in;
  std::unordered_map<std::string, int> ids;
  std::vector<int> key_of, response_of;
  in.key = InternSide(key, &ids, &key_of);
  in.response = InternSide(response, &ids, &response_of);
  response_of.resize(ids.size(), -1);
  for (const auto& c : in.key) in.key_mentions += c.size();
  for (const auto& c : in.response) in.response_mentions += c.size();
  std::vector<int> hits;
  for (size_t k = 0; k < in.key.size(); ++k) {
    hits.clear();
    for (int m : in.key[k]) {
      if (response_of[m] >= 0) hits.push_back(response_of[m]);
    }
    std::sort(hits.begin(), hits.end());
    for (size_t i = 0; i < hits.size();) {
      size_t j = i;
      while (j < hits.size() && hits[j] == hits[i]) ++j;
      in.overlaps.push_back({static_cast<int>(k), hits[i], static_cast<int>(j - i)});
      i = j;
    }
  }
  return in;
}

// Maximum-weight one-to-one assignment between the rows and columns of a rectangular matrix
// (Hungarian / Kuhn-Munkres with potentials, O(rows^2 * cols) for rows <= cols; a matrix with more
// rows than columns is solved transposed). Every row is matched when rows <= cols, every column
// otherwise. Returns the total weight; if row_to_col is given it receives, per row, the matched
// column or -1.
inline double MaxWeightAssignment(const std::vector<std::vector<double>>& weight,
                                  std::vector<int>* row_to_col = nullptr) {
  const size_t rows = weight.size();
  const size_t cols = rows == 0 ? 0 : weight[0].size();
  if (row_to_col) row_to_col->assign(rows, -1);
  if (rows == 0 || cols == 0) return 0.0;
  const bool transposed = rows > cols;
  const size_t n = transposed ? cols : rows;  // n <= m
  const size_t m = transposed ? rows : cols;
  auto cost = [&](size_t i, size_t j) {  // 0-based, in the (n x m) orientation; minimise -weight
    return transposed ? -weight[j][i] : -weight[i][j];
  };
  const double kInf = std::numeric_limits<double>::infinity();
  // 1-based potentials; p[j] = row matched to column j (0 = none), way[j] = previous column.
  std::vector<double> u(n + 1, 0.0), v(m + 1, 0.0), min_to(m + 1);
  std::vector<size_t> p(m + 1, 0), way(m + 1, 0);
  std::vector<char> used(m + 1);
  for (size_t i = 1; i <= n; ++i) {
    p[0] = i;
    size_t j0 = 0;
    std::fill(min_to.begin(), min_to.end(), kInf);
    std::fill(used.begin(), used.end(), 0);
    do {
      used[j0] = 1;
      const size_t i0 = p[j0];
      double delta = kInf;
      size_t j1 = 0;
      for (size_t j = 1; j <= m; ++j) {
        if (used[j]) continue;
        const double cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < min_to[j]) {
          min_to[j] = cur;
          way[j] = j0;
        }
        // On a tie prefer a free column: it ends the search (and avoids walking long chains of
        // equally good matches, common with phi4's repeated values).
        if (min_to[j] < delta || (min_to[j] == delta && p[j] == 0 && p[j1] != 0)) {
          delta = min_to[j];
          j1 = j;
        }
      }
      for (size_t j = 0; j <= m; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          min_to[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {  // augment along the alternating path
      const size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  double total = 0.0;
  for (size_t j = 1; j <= m; ++j) {
    if (p[j] == 0) continue;
    const size_t i = p[j] - 1, c = j - 1;  // (n x m) orientation
    const size_t r = transposed ? c : i, col = transposed ? i : c;
    total += weight[r][col];
    if (row_to_col) (*row_to_col)[r] = static_cast<int>(col);
  }
  return total;
}

}  // namespace coref_detail

// MUC (Vilain et al. 1995), link-based. Recall = sum over key clusters K of (|K| - |p(K)|) over
// sum of (|K| - 1), where p(K) partitions K by the response clusters and every key mention absent
// from the response is a partition of its own; precision is the same with the roles swapped. Both
// numerators equal sum over overlapping (K, R) pairs of (|K ∩ R| - 1). Singleton-only clusterings
// have no links, so their MUC is 0.
inline Prf Muc(const Clustering& key, const Clustering& response) {
  const coref_detail::Interned in = coref_detail::Intern(key, response);
  double common = 0, key_links = 0, response_links = 0;
  for (const auto& o : in.overlaps) common += o.common - 1;
  for (const auto& c : in.key) key_links += static_cast<double>(c.size()) - 1;
  for (const auto& c : in.response) response_links += static_cast<double>(c.size()) - 1;
  return coref_detail::MakePrf(common, key_links, common, response_links);
}

// B-cubed (Bagga and Baldwin 1998), mention-based. Precision averages |R(m) ∩ K(m)| / |R(m)| over
// the response mentions m, recall averages |R(m) ∩ K(m)| / |K(m)| over the key mentions, where
// K(m) and R(m) are m's key and response clusters and the intersection is empty for a mention
// missing from the other side.
inline Prf BCubed(const Clustering& key, const Clustering& response) {
  const coref_detail::Interned in = coref_detail::Intern(key, response);
  double recall_num = 0, precision_num = 0;
  for (const auto& o : in.overlaps) {
    const double c2 = static_cast<double>(o.common) * o.common;
    recall_num += c2 / static_cast<double>(in.key[o.key].size());
    precision_num += c2 / static_cast<double>(in.response[o.response].size());
  }
  return coref_detail::MakePrf(recall_num, static_cast<double>(in.key_mentions), precision_num,
                               static_cast<double>(in.response_mentions));
}

// Entity-based CEAF (Luo 2005), CEAF-e. phi4(K, R) = 2 |K ∩ R| / (|K| + |R|); the optimal one-to-one
// alignment g* of key to response clusters maximises the sum of phi4, and recall = sum / #key
// clusters, precision = sum / #response clusters. Clusters that share no mention have phi4 = 0, so
// the alignment is solved exactly per connected component of the cluster-overlap graph, each with
// the Hungarian algorithm.
inline Prf CeafE(const Clustering& key, const Clustering& response) {
  const coref_detail::Interned in = coref_detail::Intern(key, response);
  const size_t nk = in.key.size(), nr = in.response.size();
  // Union-find over clusters: key k is node k, response r is node nk + r.
  std::vector<size_t> parent(nk + nr);
  std::iota(parent.begin(), parent.end(), size_t{0});
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const auto& o : in.overlaps) parent[find(o.key)] = find(nk + o.response);
  // Group the overlaps by component; local indices of clusters within their component.
  std::unordered_map<size_t, size_t> component_index;
  std::vector<std::vector<const coref_detail::Interned::Overlap*>> components;
  for (const auto& o : in.overlaps) {
    auto it = component_index.emplace(find(o.key), components.size()).first;
    if (it->second == components.size()) components.emplace_back();
    components[it->second].push_back(&o);
  }
  std::vector<int> local_key(nk, -1), local_response(nr, -1);
  double total = 0;
  for (const auto& comp : components) {
    std::vector<int> keys, responses;
    for (const auto* o : comp) {
      if (local_key[o->key] < 0) {
        local_key[o->key] = static_cast<int>(keys.size());
        keys.push_back(o->key);
      }
      if (local_response[o->response] < 0) {
        local_response[o->response] = static_cast<int>(responses.size());
        responses.push_back(o->response);
      }
    }
    std::vector<std::vector<double>> phi(keys.size(), std::vector<double>(responses.size(), 0.0));
    for (const auto* o : comp) {
      phi[local_key[o->key]][local_response[o->response]] =
          2.0 * o->common / static_cast<double>(in.key[o->key].size() + in.response[o->response].size());
    }
    total += comp.size() == 1 ? phi[0][0] : coref_detail::MaxWeightAssignment(phi);
  }
  return coref_detail::MakePrf(total, static_cast<double>(nk), total, static_cast<double>(nr));
}

// CoNLL F1: the unweighted mean of the MUC, B-cubed and CEAF-e F1 scores.
inline double ConllF1(const Clustering& key, const Clustering& response) {
  return (Muc(key, response).f1 + BCubed(key, response).f1 + CeafE(key, response).f1) / 3.0;
}

}  // namespace newsline_bench

#endif  // NEWSLINE_BENCH_COREF_METRICS_H_
