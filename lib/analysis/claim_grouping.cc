// Propositions without a pack (see claim_grouping.h): features -> candidate pairs -> average-link
// clusters -> polarity by stance and contrast pairs -> a label from the most central claim.
#include "analysis/claim_grouping.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "analysis/claim_lexicon.h"
#include "analysis/text_vectors.h"
#include "analysis/words.h"

namespace newsline {
namespace analysis {
namespace {

bool Contains(const std::vector<std::string>& list, const std::string& w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// A word of a contrast pair, as written and as stemmed ("violate", "violat"): it is in a content
// when either is.
struct ContrastTerm {
  std::string word;
  std::string stem;
  bool In(const std::vector<std::string>& words_and_stems) const {
    return Contains(words_and_stems, word) || (!stem.empty() && Contains(words_and_stems, stem));
  }
};
struct ContrastPair {
  ContrastTerm plain, opposite;
};

const std::vector<ContrastPair>& Contrasts() {
  static const std::vector<ContrastPair> kPairs = [] {
    std::vector<ContrastPair> out;
    auto term = [](const std::string& w) {
      const std::vector<std::string> stems = ContentStems(w);
      return ContrastTerm{w, stems.empty() ? std::string() : stems.front()};
    };
    for (const auto& [plain, opposite] : ClaimLexicon::Get().contrasts) out.push_back({term(plain), term(opposite)});
    return out;
  }();
  return kPairs;
}

// A content's lowercased words and its content stems, for matching contrast terms.
std::vector<std::string> WordsAndStems(const std::string& text) {
  std::vector<std::string> out = LowerWords(text);
  for (std::string& s : ContentStems(text)) out.push_back(std::move(s));
  return out;
}

const std::string& ContentOf(const ClaimRecord& r) { return r.content_text.empty() ? r.sentence_text : r.content_text; }

// The contrast pairs a content holds one side of: +1 the plain member only, -1 the opposite only.
std::map<size_t, int> ContrastSides(const std::string& content) {
  std::map<size_t, int> sides;
  const std::vector<std::string> words = WordsAndStems(content);
  for (size_t k = 0; k < Contrasts().size(); ++k) {
    const bool plain = Contrasts()[k].plain.In(words), opposite = Contrasts()[k].opposite.In(words);
    if (plain != opposite) sides[k] = plain ? 1 : -1;
  }
  return sides;
}

// Per record, the contrast pairs its content holds one side of (computed once per grouping).
using ContrastSideList = std::vector<std::map<size_t, int>>;

ContrastSideList AllContrastSides(const std::vector<const ClaimRecord*>& records) {
  ContrastSideList out;
  out.reserve(records.size());
  for (const ClaimRecord* r : records) out.push_back(ContrastSides(ContentOf(*r)));
  return out;
}

// A claim's features: its content stems, the entities it names (weighted), and the axis of each
// contrast pair it holds a side of ("the merger violates the rules" and "the merger is compliant
// with them" are about one thing: whether it complies).
TextVectors::Features FeaturesOf(const ClaimRecord& r, double entity_weight) {
  TextVectors::Features f;
  const std::string& text = r.content_text.empty() ? r.sentence_text : r.content_text;
  std::vector<std::string> stems = ContentStems(text);
  // A content of function words only ("that's all I can say") is matched by its words.
  if (stems.empty()) stems = ExpandContractions(LowerWords(text));
  for (const std::string& stem : stems) f.emplace_back("w:" + stem, 1.0);
  for (const std::string& e : r.claim.entities) f.emplace_back("e:" + e, entity_weight);
  const std::vector<std::string> words = WordsAndStems(text);
  for (const ContrastPair& pair : Contrasts()) {
    if (pair.plain.In(words) || pair.opposite.In(words)) f.emplace_back("c:" + pair.plain.word, 1.0);
  }
  return f;
}

// Features held by more claims than this make no candidate pair (they are common words; a pair
// that shares only those cannot reach the threshold in news text). Bounds the cost on large sets.
constexpr size_t kMaxCandidateDf = 200;

struct Pair {
  size_t a, b;
  double sim;
};

// Pairs of claims sharing a feature that is not in more than a tenth of them (common features
// alone cannot make a pair reach the threshold), with their similarity at or over it.
std::vector<Pair> CandidatePairs(const TextVectors& v, double threshold) {
  const size_t cap = std::min<size_t>(kMaxCandidateDf, std::max<size_t>(50, v.size() / 10));
  std::vector<std::vector<size_t>> postings(v.features());
  for (size_t i = 0; i < v.size(); ++i) {
    for (const auto& [id, w] : v.vector(i)) {
      if (v.df(id) > 1 && v.df(id) <= cap) postings[static_cast<size_t>(id)].push_back(i);
    }
  }
  // Each claim against the later claims that share a rarer feature with it, each pair once.
  std::vector<Pair> pairs;
  std::vector<size_t> stamp(v.size(), SIZE_MAX);
  for (size_t i = 0; i < v.size(); ++i) {
    for (const auto& [id, w] : v.vector(i)) {
      if (v.df(id) <= 1 || v.df(id) > cap) continue;
      for (size_t j : postings[static_cast<size_t>(id)]) {
        if (j <= i || stamp[j] == i) continue;
        stamp[j] = i;
        const double sim = v.Cosine(i, j);
        if (sim >= threshold) pairs.push_back({i, j, sim});
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
std::vector<std::vector<size_t>> Cluster(const TextVectors& v, const std::vector<Pair>& pairs, double threshold) {
  std::vector<size_t> cluster_of(v.size());
  std::iota(cluster_of.begin(), cluster_of.end(), 0);
  std::vector<std::vector<size_t>> clusters(v.size());
  for (size_t i = 0; i < v.size(); ++i) clusters[i] = {i};
  for (const Pair& p : pairs) {
    const size_t ca = cluster_of[p.a], cb = cluster_of[p.b];
    if (ca == cb) continue;
    double total = 0;
    for (size_t x : clusters[ca]) {
      for (size_t y : clusters[cb]) total += v.Cosine(x, y);
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

// Two clusters whose claims take opposite sides of one contrast pair ("the merger violates the
// rules" / "the plan is compliant with all rules"), about the same thing (an entity
// and a content word besides the pair's in common), are one proposition in dispute: the sides of a
// dispute share few words, so similarity alone keeps them apart. Each cluster must be about its
// side (half its members hold it); a pair held by many clusters ("more" / "less") joins none.
std::vector<std::vector<size_t>> MergeOpposed(const std::vector<const ClaimRecord*>& records, const ContrastSideList& contrast,
                                              std::vector<std::vector<size_t>> clusters) {
  constexpr size_t kMaxClustersPerSide = 20;
  struct Held {
    std::map<size_t, int> sides;            // pair -> 1 plain, 2 opposite, 3 both
    std::map<std::pair<size_t, int>, size_t> members;  // how many members hold each side
    std::set<std::string> entities, stems;
  };
  std::vector<Held> held(clusters.size());
  std::map<std::pair<size_t, int>, std::vector<size_t>> by_side;
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (size_t m : clusters[c]) {
      const std::string& content = ContentOf(*records[m]);
      for (const auto& [pair, side] : contrast[m]) {
        held[c].sides[pair] |= side > 0 ? 1 : 2;
        ++held[c].members[{pair, side}];
      }
      for (const std::string& e : records[m]->claim.entities) held[c].entities.insert(e);
      for (const std::string& s : ContentStems(content)) held[c].stems.insert(s);
    }
    // A side the cluster is about: one side only, held by half its members or more ("legal
    // action if its rights have been violated" in a cluster about a lawsuit is not about it).
    for (const auto& [pair, sides] : held[c].sides) {
      const int side = sides == 1 ? 1 : -1;
      if ((sides == 1 || sides == 2) && 2 * held[c].members[{pair, side}] >= clusters[c].size())
        by_side[{pair, side}].push_back(c);
    }
  }
  auto shares = [](const std::set<std::string>& x, const std::set<std::string>& y, const std::set<std::string>& skip) {
    for (const std::string& s : x) {
      if (y.count(s) && !skip.count(s)) return true;
    }
    return false;
  };
  std::vector<size_t> root(clusters.size());
  std::iota(root.begin(), root.end(), 0);
  auto find = [&root](size_t x) {
    while (root[x] != x) x = root[x] = root[root[x]];  // path halving: no recursion
    return x;
  };
  for (const auto& [key, plain] : by_side) {
    if (key.second != 1) continue;
    auto it = by_side.find({key.first, -1});
    if (it == by_side.end() || plain.size() > kMaxClustersPerSide || it->second.size() > kMaxClustersPerSide) continue;
    const ContrastPair& pair = Contrasts()[key.first];
    const std::set<std::string> skip = {pair.plain.stem, pair.opposite.stem};
    for (size_t a : plain) {
      for (size_t b : it->second) {
        if (shares(held[a].entities, held[b].entities, {}) && shares(held[a].stems, held[b].stems, skip))
          root[find(b)] = find(a);
      }
    }
  }
  std::map<size_t, std::vector<size_t>> merged;
  for (size_t c = 0; c < clusters.size(); ++c) {
    auto& into = merged[find(c)];
    into.insert(into.end(), clusters[c].begin(), clusters[c].end());
  }
  std::vector<std::vector<size_t>> out;
  for (auto& [r, members] : merged) {
    std::sort(members.begin(), members.end());
    out.push_back(std::move(members));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The member whose mean similarity to the others is highest, among those that assert (polarity
// +1) when any does: the label states the proposition, not its denial.
size_t Central(const TextVectors& v, const std::vector<size_t>& members, const std::vector<int>& polarity) {
  const bool any_asserts = std::find(polarity.begin(), polarity.end(), 1) != polarity.end();
  size_t best = 0;
  double best_mean = -1;
  for (size_t i = 0; i < members.size(); ++i) {
    if (any_asserts && polarity[i] < 0) continue;
    double total = 0;
    for (size_t j = 0; j < members.size(); ++j) {
      if (i != j) total += v.Cosine(members[i], members[j]);
    }
    if (total > best_mean + 1e-12) {
      best_mean = total;
      best = i;
    }
  }
  return best;
}


// The clauses of a content: split at commas, semicolons, colons and clause openers ("and", "but").
std::vector<std::string> Clauses(const std::string& text) {
  std::vector<std::string> out(1);
  for (char c : text) {
    if (c == ',' || c == ';' || c == ':') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  std::vector<std::string> clauses;
  for (const std::string& part : out) {
    std::string clause;
    for (const std::string& w : ExpandContractions(LowerWords(part))) {
      if (Contains(ClaimLexicon::Get().clause_openers, w) && !clause.empty()) {
        clauses.push_back(clause);
        clause.clear();
      }
      clause += (clause.empty() ? "" : " ") + w;
    }
    if (!clause.empty()) clauses.push_back(clause);
  }
  return clauses;
}

bool Negated(const std::string& clause) {
  for (const std::string& w : LowerWords(clause)) {
    if (Contains(ClaimLexicon::Get().negations, w)) return true;
  }
  return false;
}

// A denying claim whose negation lies outside the clause that says what the proposition is about
// ("the plan does not raise prices, and therefore is lawful" on "the plan is lawful") asserts
// it. The proposition's words are the stems two members share.
void UndoStrayNegations(const std::vector<const ClaimRecord*>& records, const std::vector<size_t>& members,
                        std::vector<int>* polarity) {
  std::map<std::string, int> held;
  for (size_t m : members) {
    const std::vector<std::string> stems = ContentStems(ContentOf(*records[m]));
    for (const std::string& s : std::set<std::string>(stems.begin(), stems.end())) ++held[s];
  }
  for (size_t i = 0; i < members.size(); ++i) {
    if ((*polarity)[i] > 0) continue;
    const std::vector<std::string> clauses = Clauses(ContentOf(*records[members[i]]));
    if (clauses.size() < 2) continue;
    // The clause most made of the proposition's words (their share of its distinct stems).
    double best = 0;
    size_t best_clause = 0;
    for (size_t k = 0; k < clauses.size(); ++k) {
      const std::vector<std::string> stems = ContentStems(clauses[k]);
      const std::set<std::string> distinct(stems.begin(), stems.end());
      size_t shared = 0;
      for (const std::string& s : distinct) shared += held[s] >= 2;
      const double share = distinct.empty() ? 0 : static_cast<double>(shared) / static_cast<double>(distinct.size());
      if (share > best) {
        best = share;
        best_clause = k;
      }
    }
    bool negated_elsewhere = false;
    for (size_t k = 0; k < clauses.size(); ++k) negated_elsewhere = negated_elsewhere || (k != best_clause && Negated(clauses[k]));
    if (best > 0 && negated_elsewhere && !Negated(clauses[best_clause])) (*polarity)[i] = 1;
  }
}

// The negation words of a content, in order ("nothing", "not").
std::vector<std::string> NegationsIn(const std::string& content) {
  std::vector<std::string> out;
  for (const std::string& w : ExpandContractions(LowerWords(content))) {
    if (Contains(ClaimLexicon::Get().negations, w)) out.push_back(w);
  }
  return out;
}

std::string NegatedStem(const std::string& content);

// The share of the distinct words of the shorter of two lists that the other holds.
double WordOverlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
  size_t shared = 0;
  for (const std::string& w : sa) shared += sb.count(w);
  const size_t smaller = std::min(sa.size(), sb.size());
  return smaller == 0 ? 0 : static_cast<double>(shared) / static_cast<double>(smaller);
}

// Members that are one content read twice ("X said nothing after officers surrounded him" in two
// articles: the same negations of the same word, and most of their content stems shared) take one
// polarity, the majority's (a tie: denying): where the extractor read them differently, the
// sentence around the content moved its window, not the sources' stance. "It violates the
// spirit, if not the letter" and "it does not violate the contract" hold the same "not" but
// negate different words, and stay apart.
void AlignSameNegations(const std::vector<const ClaimRecord*>& records, const std::vector<size_t>& members,
                        std::vector<int>* polarity) {
  constexpr double kSameContent = 0.6;
  std::vector<std::vector<std::string>> words;
  std::vector<std::pair<std::vector<std::string>, std::string>> keys;
  for (size_t m : members) {
    const std::string& content = ContentOf(*records[m]);
    words.push_back(ContentStems(content));
    keys.emplace_back(NegationsIn(content), NegatedStem(content));
  }
  std::vector<size_t> root(members.size());
  for (size_t i = 0; i < root.size(); ++i) root[i] = i;
  for (size_t i = 0; i < members.size(); ++i) {
    if (keys[i].first.empty()) continue;
    for (size_t j = 0; j < i; ++j) {
      if (root[j] == j && keys[j] == keys[i] && WordOverlap(words[i], words[j]) >= kSameContent) {
        root[i] = j;
        break;
      }
    }
  }
  std::map<size_t, int> sum;
  for (size_t i = 0; i < members.size(); ++i) sum[root[i]] += (*polarity)[i];
  for (size_t i = 0; i < members.size(); ++i) {
    if (!keys[i].first.empty()) (*polarity)[i] = sum[root[i]] > 0 ? 1 : -1;
  }
}

// +1 / -1 per member: the extractor's stance (a stray negation undone), turned by a contrast pair
// whose two members both occur in the group (the claim with the second member takes the other side).
std::vector<int> Polarities(const std::vector<const ClaimRecord*>& records, const std::vector<size_t>& members) {
  std::vector<int> polarity;
  std::vector<std::vector<std::string>> words;
  for (size_t m : members) {
    const ClaimRecord& r = *records[m];
    polarity.push_back(r.claim.stance == Stance::kDenies ? -1 : 1);
    words.push_back(WordsAndStems(ContentOf(r)));
  }
  if (members.size() > 1) UndoStrayNegations(records, members, &polarity);
  if (members.size() > 1) AlignSameNegations(records, members, &polarity);
  std::vector<bool> opposite_side(members.size(), false);
  for (const ContrastPair& pair : Contrasts()) {
    bool has_plain = false, has_opposite = false;
    for (const auto& w : words) {
      has_plain = has_plain || pair.plain.In(w);
      has_opposite = has_opposite || pair.opposite.In(w);
    }
    if (!has_plain || !has_opposite) continue;
    for (size_t i = 0; i < members.size(); ++i) {
      if (pair.opposite.In(words[i]) && !pair.plain.In(words[i])) opposite_side[i] = true;
    }
  }
  for (size_t i = 0; i < members.size(); ++i) {
    if (opposite_side[i]) polarity[i] = -polarity[i];  // once, however many pairs say so
  }
  return polarity;
}

Proposition MakeProposition(const std::vector<const ClaimRecord*>& records, const TextVectors& v,
                            const std::vector<size_t>& members) {
  Proposition p;
  p.members = members;
  p.polarity = Polarities(records, members);
  p.central = Central(v, members, p.polarity);
  const int own = p.polarity[p.central];
  for (int& x : p.polarity) x *= own;  // the label's side is +1
  const ClaimRecord& c = *records[members[p.central]];
  p.label = ReadableLabel(c.content_text.empty() ? c.sentence_text : c.content_text);
  return p;
}

// Member i takes the other side of a contrast pair than a member on the label's side takes
// ("compliant" against "violates"): an opposite stance however few words the two share.
bool OpposedByContrast(const ContrastSideList& contrast, const Proposition& p, size_t i) {
  const std::map<size_t, int>& own = contrast[p.members[i]];
  for (size_t j = 0; j < p.members.size() && !own.empty(); ++j) {
    if (p.polarity[j] <= 0) continue;
    for (const auto& [pair, side] : contrast[p.members[j]]) {
      auto it = own.find(pair);
      if (it != own.end() && it->second == -side) return true;
    }
  }
  return false;
}

// The members on the side opposite the label's whose content is no closer than `threshold` to
// any claim on the label's side (unless a contrast pair opposes them to it).
std::vector<size_t> LooseOpposites(const ContrastSideList& contrast, const TextVectors& v,
                                   const Proposition& p, double threshold) {
  std::vector<size_t> out;
  for (size_t i = 0; i < p.members.size(); ++i) {
    if (p.polarity[i] > 0 || OpposedByContrast(contrast, p, i)) continue;
    double best = 0;
    for (size_t j = 0; j < p.members.size(); ++j) {
      if (p.polarity[j] > 0) best = std::max(best, v.Cosine(p.members[i], p.members[j]));
    }
    if (best < threshold) out.push_back(p.members[i]);
  }
  return out;
}

// The first content stem after a claim's first negation ("had not been told" -> "told", "no
// lawsuit has been filed" -> "lawsuit"); "" when it has no negation.
std::string NegatedStem(const std::string& content) {
  const std::vector<std::string> words = ExpandContractions(LowerWords(content));
  for (size_t k = 0; k < words.size(); ++k) {
    if (!Contains(ClaimLexicon::Get().negations, words[k])) continue;
    std::string rest;
    for (size_t j = k + 1; j < words.size(); ++j) rest += words[j] + " ";
    const std::vector<std::string> stems = ContentStems(rest);
    return stems.empty() ? "" : stems.front();
  }
  return "";
}

// The members on the side opposite the label's that negate something no claim on the label's side
// says: "his office had not been told if he had retained a lawyer" does not deny "he would appoint
// a lawyer". A denial by its cue ("denies that ...") has no negated word and is kept.
std::vector<size_t> OtherPredicates(const std::vector<const ClaimRecord*>& records, const ContrastSideList& contrast,
                                    const Proposition& p) {
  std::set<std::string> label_side;
  for (size_t i = 0; i < p.members.size(); ++i) {
    if (p.polarity[i] < 0) continue;
    for (const std::string& stem : ContentStems(ContentOf(*records[p.members[i]]))) label_side.insert(stem);
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < p.members.size(); ++i) {
    if (p.polarity[i] > 0 || OpposedByContrast(contrast, p, i)) continue;
    const std::string stem = NegatedStem(ContentOf(*records[p.members[i]]));
    if (!stem.empty() && !label_side.count(stem)) out.push_back(p.members[i]);
  }
  return out;
}

}  // namespace

std::vector<Proposition> GroupPropositions(const std::vector<const ClaimRecord*>& records,
                                           const PropositionOptions& options) {
  std::vector<TextVectors::Features> features;
  features.reserve(records.size());
  for (const ClaimRecord* r : records) features.push_back(FeaturesOf(*r, options.entity_weight));
  const TextVectors v(features);
  const ContrastSideList contrast = AllContrastSides(records);
  const auto clusters =
      MergeOpposed(records, contrast, Cluster(v, CandidatePairs(v, options.threshold), options.threshold));

  std::vector<Proposition> out;
  for (const auto& cluster : clusters) {
    std::vector<size_t> members = cluster;
    Proposition p = MakeProposition(records, v, members);
    // A claim on the other side that says something else ("nothing changed the terms" beside "the
    // partnership was designed to give room") is its own proposition, not an opposite stance.
    std::vector<size_t> loose = LooseOpposites(contrast, v, p, options.oppose_threshold);
    for (size_t m : OtherPredicates(records, contrast, p)) {
      if (std::find(loose.begin(), loose.end(), m) == loose.end()) loose.push_back(m);
    }
    if (!loose.empty()) {
      for (size_t m : loose) {
        members.erase(std::find(members.begin(), members.end(), m));
        out.push_back(MakeProposition(records, v, {m}));
      }
      p = MakeProposition(records, v, members);
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace analysis
}  // namespace newsline
