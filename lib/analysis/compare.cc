// Comparing claims across sources: topics -> sides -> conflicts / overlaps, independent sources.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>

#include "analysis/claim_grouping.h"
#include "analysis/quote_variants.h"
#include "analysis/claim_lexicon.h"
#include "analysis/source_names.h"
#include "analysis/words.h"
#include "newsline/analysis.h"

namespace newsline {
namespace {

template <typename T>
void AddUnique(std::vector<T>* v, const T& x) {
  if (std::find(v->begin(), v->end(), x) == v->end()) v->push_back(x);
}

bool IsFallbackTopic(const std::string& topic) { return topic.rfind("t:", 0) == 0 || topic.rfind("p:", 0) == 0; }

// Claims on fallback topics, regrouped into propositions across articles: the topic key is
// "p:" + the id of the proposition's first claim, the label the central claim's words, and the
// stance the claim's side of it.
std::vector<ClaimRecord> WithPropositions(const std::vector<ClaimRecord>& claims, double similarity) {
  std::vector<ClaimRecord> out = claims;
  if (similarity <= 0) return out;
  std::vector<const ClaimRecord*> open;
  std::vector<size_t> where;
  for (size_t k = 0; k < out.size(); ++k) {
    if (!IsFallbackTopic(out[k].claim.topic) && !out[k].claim.topic.empty()) continue;
    if (out[k].claim.question) continue;
    open.push_back(&out[k]);
    where.push_back(k);
  }
  analysis::PropositionOptions options;
  options.threshold = similarity;
  for (const analysis::Proposition& p : analysis::GroupPropositions(open, options)) {
    std::string first = out[where[p.members.front()]].claim.id;
    for (size_t m : p.members) first = std::min(first, out[where[m]].claim.id);
    for (size_t i = 0; i < p.members.size(); ++i) {
      Claim& c = out[where[p.members[i]]].claim;
      c.topic = "p:" + first;
      if (!p.label.empty()) c.topic_label = p.label;
      c.stance = p.polarity[i] > 0 ? Stance::kAsserts : Stance::kDenies;
    }
  }
  return out;
}

// The quantity a value-topic claim states, as a grouping key: value and unit, and whether it is
// vague ("several $38 billion" is not the same claim as "$38 billion").
const Quantity* ValueOf(const Claim& c) {
  for (const Quantity& q : c.quantities) {
    if (q.kind == QuantityKind::kMoney) return &q;
  }
  return c.quantities.empty() ? nullptr : &c.quantities[0];
}

std::string ValueKey(const Quantity& q) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", q.value);
  return q.unit + ":" + buf + (q.vague ? ":vague" : "");
}

std::string SpeakerKey(const Claim& c) {
  if (!c.speaker_id.empty()) return c.speaker_id;
  std::string s = c.speaker;
  for (char& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return s;
}

// "A report in the Gazette says ...", "the Gazette report said ...", "The Gazette said ...", "X is reportedly
// ..." in an article citing the Gazette: the outlet is who speaks, so the comparison names it as it
// names the source and counts it as one speaker however the phrase reads.
bool SpeaksForItsSource(const Claim& c) {
  if (c.primary_source.empty()) return false;
  return c.speaker_from == SpeakerFrom::kReport || c.speaker_from == SpeakerFrom::kActiveReport ||
         analysis::SourceKey(c.speaker) == analysis::SourceKey(c.primary_source);
}

// One outlet written several ways ("AP", "Associated Press") is one name in the comparison, as a
// source and as a speaker.
void SameSourceNames(std::vector<ClaimRecord>* claims) {
  std::vector<std::string> names;
  for (const ClaimRecord& r : *claims) {
    names.push_back(r.claim.primary_source);
    names.push_back(r.article.outlet);
    names.push_back(r.article.wire_source);
  }
  const analysis::SourceNames canonical(names);
  for (ClaimRecord& r : *claims) {
    const bool outlet_speaks = SpeaksForItsSource(r.claim);
    r.claim.primary_source = canonical.Canonical(r.claim.primary_source);
    if (outlet_speaks) r.claim.speaker = r.claim.primary_source;
    r.article.outlet = canonical.Canonical(r.article.outlet);
    r.article.wire_source = canonical.Canonical(r.article.wire_source);
  }
}

// The claims to compare, in an order that does not depend on the order they came in.
std::vector<const ClaimRecord*> Selected(const std::vector<ClaimRecord>& claims, const ComparisonOptions& options) {
  std::vector<const ClaimRecord*> sorted;
  for (const ClaimRecord& r : claims) {
    if (!options.topic.empty() && r.claim.topic != options.topic) continue;
    if (!options.include_fallback_topics && IsFallbackTopic(r.claim.topic)) continue;
    if (r.claim.topic == "t:misc") continue;  // claims no entity or pack topic ties to others
    if (r.claim.question && !options.include_questions) continue;
    if (r.claim.topic.empty()) continue;
    sorted.push_back(&r);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const ClaimRecord* a, const ClaimRecord* b) {
    if (a->claim.topic != b->claim.topic) return a->claim.topic < b->claim.topic;
    if (a->article.id != b->article.id) return a->article.id < b->article.id;
    return a->claim.id < b->claim.id;
  });
  return sorted;
}

struct TopicGroup {
  TopicComparison t;
  std::map<std::string, size_t> side_by_key;
  std::vector<std::vector<std::string>> side_speaker_keys;  // per side: who holds it
};

ClaimRef RefOf(const ClaimRecord& r, const std::string& source) {
  ClaimRef ref;
  ref.id = r.claim.id;
  ref.article = r.article.id;
  ref.outlet = r.article.outlet;
  ref.article_label = ArticleLabel(r.article);
  ref.speaker = r.claim.speaker;
  ref.text = !r.content_text.empty() ? r.content_text : r.sentence_text;
  ref.sentence = r.sentence_text;
  ref.hedged = r.claim.hedged;
  ref.hedges = r.claim.hedges;
  ref.primary_source = source;
  return ref;
}

// "Jane Doe" ends "Contoso chief executive Jane Doe" at a word boundary (letter case aside).
bool EndsWithName(const std::string& longer, const std::string& name) {
  if (name.empty() || name.size() > longer.size()) return false;
  const size_t at = longer.size() - name.size();
  if (at > 0 && longer[at - 1] != ' ') return false;
  // "Contoso and Fabrikam" is two speakers, not a title of "Fabrikam".
  for (const std::string& word : analysis::LowerWords(longer.substr(0, at))) {
    const auto& openers = analysis::ClaimLexicon::Get().clause_openers;
    if (std::find(openers.begin(), openers.end(), word) != openers.end()) return false;
  }
  for (size_t k = 0; k < name.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(longer[at + k])) != std::tolower(static_cast<unsigned char>(name[k])))
      return false;
  }
  return true;
}

// One name per speaker on a side: "Jane Doe" for "Contoso chief executive Jane Doe" too, one
// "a person familiar with ..." whatever its letter case. Who holds the side is counted by key.
void AddSpeaker(const Claim& c, std::vector<std::string>* names, std::vector<std::string>* keys) {
  AddUnique(keys, SpeakerKey(c));
  const std::string name = c.speaker.empty() ? std::string("(unnamed)") : c.speaker;
  for (std::string& shown : *names) {
    if (EndsWithName(shown, name)) {
      shown = name;
      return;
    }
    if (EndsWithName(name, shown)) return;
  }
  names->push_back(name);
}

// A claim joins its topic's side: by the value it states on a value topic, else by its stance.
void AddToSide(const ClaimRecord& r, TopicGroup* g) {
  const Claim& c = r.claim;
  g->t.topic = c.topic;
  if (g->t.label.empty()) g->t.label = c.topic_label.empty() ? c.topic : c.topic_label;
  const Quantity* q = ValueOf(c);
  // A value topic is one whose claims carry the value that tells them apart.
  const bool value_claim = q != nullptr && (c.value_topic || c.rule.find("topic=value(") != std::string::npos);
  if (value_claim) g->t.value_topic = true;
  const std::string key = value_claim ? "value:" + ValueKey(*q) : StanceName(c.stance);
  auto it = g->side_by_key.find(key);
  if (it == g->side_by_key.end()) {
    it = g->side_by_key.emplace(key, g->t.sides.size()).first;
    ComparisonSide side;
    side.stance = StanceName(c.stance);
    if (value_claim) side.value = q->text;
    g->t.sides.push_back(side);
    g->side_speaker_keys.emplace_back();
  }
  ComparisonSide& side = g->t.sides[it->second];
  AddSpeaker(c, &side.speakers, &g->side_speaker_keys[it->second]);
  if (!r.article.outlet.empty()) AddUnique(&side.outlets, r.article.outlet);
  AddUnique(&side.articles, r.article.id);
  const std::string source = IndependentSource(r);
  AddUnique(&side.primary_sources, source);
  side.claims.push_back(RefOf(r, source));
}

// A side's speakers, the one with the most claims first (ties: first seen): the reason names it.
void OrderSpeakers(ComparisonSide* side) {
  std::vector<size_t> claims(side->speakers.size(), 0);
  for (const ClaimRef& c : side->claims) {
    for (size_t k = 0; k < side->speakers.size(); ++k) {
      if (EndsWithName(c.speaker, side->speakers[k])) {
        ++claims[k];
        break;
      }
    }
  }
  std::vector<size_t> order(side->speakers.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return claims[a] > claims[b]; });
  std::vector<std::string> speakers;
  for (size_t k : order) speakers.push_back(std::move(side->speakers[k]));
  side->speakers = std::move(speakers);
}

// Sides with the most claims first (ties: assert before deny, then value text).
void OrderSides(TopicGroup* g) {
  TopicComparison& t = g->t;
  for (ComparisonSide& side : t.sides) OrderSpeakers(&side);
  std::vector<size_t> order(t.sides.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (t.sides[a].claims.size() != t.sides[b].claims.size()) return t.sides[a].claims.size() > t.sides[b].claims.size();
    if (t.sides[a].stance != t.sides[b].stance) return t.sides[a].stance < t.sides[b].stance;
    return t.sides[a].value < t.sides[b].value;
  });
  std::vector<ComparisonSide> sides;
  std::vector<std::vector<std::string>> keys;
  for (size_t k : order) {
    sides.push_back(std::move(t.sides[k]));
    keys.push_back(std::move(g->side_speaker_keys[k]));
  }
  t.sides = std::move(sides);
  g->side_speaker_keys = std::move(keys);
}

// Conflict (two sides), overlap (one side in two or more articles) or single, with the reason.
void Classify(const std::vector<std::vector<std::string>>& keys, TopicComparison* t) {
  std::vector<std::string> all;
  for (const ComparisonSide& s : t->sides) {
    for (const std::string& a : s.articles) AddUnique(&all, a);
  }
  const size_t articles = all.size();
  if (t->sides.size() >= 2) {
    t->relation = TopicRelation::kConflict;
    if (t->value_topic) {
      t->reason = "different values:";
      for (size_t k = 0; k < t->sides.size(); ++k) {
        t->reason += (k ? " vs " : " ") + t->sides[k].value + " (" + std::to_string(t->sides[k].articles.size()) +
                     (t->sides[k].articles.size() == 1 ? " article)" : " articles)");
      }
      return;
    }
    // Opposite stances by different speakers; the same speaker on both sides is still shown.
    bool different = false;
    for (const std::string& a : keys[0]) {
      for (size_t k = 1; k < keys.size(); ++k) {
        for (const std::string& b : keys[k]) different = different || a != b;
      }
    }
    t->reason = std::string(different ? "opposite stances: " : "the same speaker on both sides: ") +
                t->sides[0].speakers[0] + " " + t->sides[0].stance + ", " + t->sides[1].speakers[0] + " " +
                t->sides[1].stance;
  } else if (articles >= 2) {
    t->relation = TopicRelation::kOverlap;
    t->reason = "one position in " + std::to_string(articles) + " articles from " +
                std::to_string(t->sides[0].primary_source_count()) + " independent source" +
                (t->sides[0].primary_source_count() == 1 ? "" : "s");
  } else {
    t->relation = TopicRelation::kSingle;
  }
}

}  // namespace

const char* TopicRelationName(TopicRelation relation) {
  switch (relation) {
    case TopicRelation::kConflict: return "conflict";
    case TopicRelation::kOverlap: return "overlap";
    case TopicRelation::kSingle: return "single";
  }
  return "single";
}

std::string IndependentSource(const ClaimRecord& r) {
  return r.claim.primary_source.empty() ? ArticleSource(r.article) : r.claim.primary_source;
}

Comparison CompareClaims(const std::vector<ClaimRecord>& given, const ComparisonOptions& options) {
  std::vector<ClaimRecord> claims = WithPropositions(given, options.proposition_similarity);
  SameSourceNames(&claims);
  std::map<std::string, TopicGroup> groups;
  for (const ClaimRecord* r : Selected(claims, options)) AddToSide(*r, &groups[r->claim.topic]);
  Comparison out;
  for (auto& [topic, g] : groups) {
    OrderSides(&g);
    Classify(g.side_speaker_keys, &g.t);
    out.topics.push_back(std::move(g.t));
  }
  if (options.topic.empty()) out.quotes = analysis::CompareQuotes(claims);
  std::stable_sort(out.topics.begin(), out.topics.end(), [](const TopicComparison& a, const TopicComparison& b) {
    if (a.relation != b.relation) return static_cast<int>(a.relation) < static_cast<int>(b.relation);
    const bool fa = IsFallbackTopic(a.topic), fb = IsFallbackTopic(b.topic);
    if (fa != fb) return fb;
    size_t ca = 0, cb = 0;
    for (const ComparisonSide& s : a.sides) ca += s.claims.size();
    for (const ComparisonSide& s : b.sides) cb += s.claims.size();
    if (ca != cb) return ca > cb;
    return a.topic < b.topic;
  });
  return out;
}

}  // namespace newsline
