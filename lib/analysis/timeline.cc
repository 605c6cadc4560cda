// Merging event mentions across articles into timeline events, flagging disagreements.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <set>

#include "analysis/entity_aliases.h"
#include "analysis/source_names.h"
#include "analysis/stories.h"
#include "analysis/text_vectors.h"
#include "newsline/analysis.h"

namespace newsline {
namespace {

template <typename T>
void AddUnique(std::vector<T>* v, const T& x) {
  if (std::find(v->begin(), v->end(), x) == v->end()) v->push_back(x);
}

std::string AmountKey(const Quantity& q) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", q.value);
  return q.unit + ":" + buf + (q.vague ? ":vague" : "");
}

std::set<std::string> Ids(const Event& e) {
  std::set<std::string> ids;
  for (const Participant& p : e.participants) {
    if (!p.entity_id.empty()) ids.insert(p.entity_id);
    else if (!p.name.empty()) ids.insert("name:" + p.name);
  }
  return ids;
}

// Roles every kind of event has ("agent", "patient", "place", or just "party"), read from word
// order and voice: sources may differ in them without telling different events. The roles of a
// type's own rules ("investor", "plaintiff") are specific.
constexpr const char* kGeneralRoles[] = {roles::kParty, roles::kAgent, roles::kPatient, roles::kPlace};

bool SpecificRole(const std::string& role) {
  for (const char* g : kGeneralRoles) {
    if (role == g) return false;
  }
  return true;
}

// Same entity with two different specific roles ("investor" here, "investee" there).
bool RolesConflict(const std::vector<Participant>& a, const std::vector<Participant>& b) {
  for (const Participant& x : a) {
    if (!SpecificRole(x.role)) continue;
    for (const Participant& y : b) {
      if (!SpecificRole(y.role) || x.entity_id != y.entity_id || x.entity_id.empty()) continue;
      if (x.role != y.role) return true;
    }
  }
  // Two different investors (or plaintiffs) are two different events.
  for (const char* role : {"investor", "plaintiff"}) {
    std::set<std::string> ra, rb;
    for (const Participant& x : a) {
      if (x.role == role) ra.insert(x.entity_id);
    }
    for (const Participant& y : b) {
      if (y.role == role) rb.insert(y.entity_id);
    }
    if (!ra.empty() && !rb.empty()) {
      bool share = false;
      for (const std::string& id : ra) share = share || rb.count(id);
      if (!share) return true;
    }
  }
  return false;
}

bool Nested(const DayInterval& a, const DayInterval& b) {
  return (a.begin <= b.begin && b.end <= a.end) || (b.begin <= a.begin && a.end <= b.end);
}

// A mention's usable date: resolved, a non-empty interval.
bool Dated(const Event& e) { return e.has_date && e.date.resolved && !e.date.interval.empty(); }

// An upper bound ("by 18 Mar 2026"): a report relayed by an article of that date.
bool IsBound(const TimeExpression& t) { return t.mod == TimexMod::kOnOrBefore; }

// Stand-ins for "no limit" in interval arithmetic (never shown).
constexpr Day kEarliest = Day::FromDaysSinceEpoch(std::numeric_limits<int32_t>::min() / 2);
constexpr Day kLatest = Day::FromDaysSinceEpoch(std::numeric_limits<int32_t>::max() / 2);

// The days a date allows: its interval, or for a bound every day up to the bound's end.
DayInterval PossibleDays(const TimeExpression& t) { return IsBound(t) ? DayInterval{kEarliest, t.interval.end} : t.interval; }

struct Cluster {
  std::string type;
  std::vector<const EventRecord*> members;
  std::set<std::string> ids;
  std::set<std::string> lemmas;  // the members' trigger lemmas
  std::vector<Participant> participants;
  bool has_date = false;      // a member has a date of its own (not a bound)
  DayInterval narrowest;      // the smallest such member interval
  const TimeExpression* date = nullptr;
  const TimeExpression* bound = nullptr;  // the earliest upper bound among the members
  // The days every member's date allows.
  DayInterval Possible() const {
    DayInterval p = has_date ? narrowest : DayInterval{kEarliest, kLatest};
    if (bound && bound->interval.end < p.end) p.end = bound->interval.end;
    return p;
  }
};

// How alike the sentences of two mentions are (TF-IDF over content stems, analysis/text_vectors.h).
class SentenceSimilarity {
 public:
  SentenceSimilarity(const std::vector<EventRecord>& events, double story_threshold)
      : base_(events.data()),
        vectors_(FeaturesOf(events)),
        articles_(ArticleFeaturesOf(events, &article_of_)),
        story_(analysis::GroupIntoStories(articles_, {story_threshold})) {}
  // The story the mention's article tells (analysis/stories.h).
  uint32_t StoryOf(const EventRecord& r) const { return story_[article_of_[Index(r)]]; }
  bool SameStory(const EventRecord& r, const Cluster& c) const {
    return c.members.empty() || StoryOf(r) == StoryOf(*c.members.front());
  }
  // The highest similarity between the mention's article and a member's (1 for the same article).
  double ArticleToCluster(const EventRecord& r, const std::vector<const EventRecord*>& members) const {
    const uint32_t mine = article_of_[Index(r)];
    double best = 0;
    for (const EventRecord* m : members) {
      const uint32_t theirs = article_of_[Index(*m)];
      if (theirs == mine) return 1;
      best = std::max(best, articles_.Cosine(mine, theirs));
    }
    return best;
  }
  // The highest similarity between the mention's sentence and a member's.
  double ToCluster(const EventRecord& r, const std::vector<const EventRecord*>& members) const {
    double best = 0;
    for (const EventRecord* m : members) best = std::max(best, vectors_.Cosine(Index(r), Index(*m)));
    return best;
  }

 private:
  static std::vector<analysis::TextVectors::Features> FeaturesOf(const std::vector<EventRecord>& events) {
    std::vector<analysis::TextVectors::Features> out;
    for (const EventRecord& r : events) {
      analysis::TextVectors::Features f;
      for (const std::string& stem : analysis::ContentStems(r.sentence_text)) f.emplace_back(stem, 1.0);
      out.push_back(std::move(f));
    }
    return out;
  }

  // An article's context: the content stems of its title, its keywords and every sentence with a
  // mention in it, and the participants of its mentions.
  static std::vector<analysis::TextVectors::Features> ArticleFeaturesOf(const std::vector<EventRecord>& events,
                                                                       std::vector<uint32_t>* article_of) {
    std::vector<std::set<std::string>> stems;
    std::map<std::string, uint32_t> index;
    for (const EventRecord& r : events) {
      auto [it, added] = index.emplace(r.article.id, static_cast<uint32_t>(stems.size()));
      article_of->push_back(it->second);
      if (added) {
        stems.emplace_back();
        std::string about = r.article.title;
        for (const std::string& w : r.article_keywords) about += " " + w;
        for (const std::string& stem : analysis::ContentStems(about)) stems.back().insert(stem);
      }
      for (const std::string& stem : analysis::ContentStems(r.sentence_text)) stems[it->second].insert(stem);
      for (const std::string& id : Ids(r.event)) stems[it->second].insert("participant:" + id);
    }
    std::vector<analysis::TextVectors::Features> out;
    for (const std::set<std::string>& s : stems) {
      analysis::TextVectors::Features f;
      for (const std::string& stem : s) f.emplace_back(stem, 1.0);
      out.push_back(std::move(f));
    }
    return out;
  }

  // A record's position in the vector given (records are only ever passed by pointer into it).
  size_t Index(const EventRecord& r) const { return static_cast<size_t>(&r - base_); }

  const EventRecord* base_;
  analysis::TextVectors vectors_;
  std::vector<uint32_t> article_of_;  // record index -> article index (first seen first)
  analysis::TextVectors articles_;
  std::vector<uint32_t> story_;  // article index -> story number
};

// Mentions of one trigger lemma with no participant in common are one event when their sentences
// say much the same (participants are often missed: "the actress" for a name), tuned on the ECB+
// development topics (docs/analysis.md).
constexpr double kSameLemmaSentenceSimilarity = 0.05;

// Mentions with no participant in common, within one story, are one event only when one of the
// cluster's articles is this alike to the mention's (the content stems of each article's title,
// keywords and sentences with mentions). Tuned on the ECB+ development topics (docs/analysis.md).
constexpr double kAlikeArticleSimilarity = 0.1;

// `need_date`: the mention must be dated and its date must fit every date of the cluster.
bool Compatible(const Cluster& c, const EventRecord& r, bool need_date, const SentenceSimilarity& similarity) {
  const Event& e = r.event;
  // Mentions are one event only when their articles tell one story: keeps apart two stories'
  // events of one kind (two rehab admissions, two earthquakes) brought in together, even when
  // they share a participant (the same clinic, the same city).
  if (c.type != e.type || !similarity.SameStory(r, c)) return false;
  const std::set<std::string> ids = Ids(e);
  bool share = false;
  for (const std::string& id : ids) share = share || c.ids.count(id) > 0;
  // Mentions that both name participants, none shared, are one event only when their trigger
  // lemma is one ("died" / "dies", not "died" / "killed") and their sentences are alike.
  const bool same_lemma = !e.lemma.empty() && c.lemmas.count(e.lemma) > 0;
  if (!share && !ids.empty() && !c.ids.empty() && !same_lemma) return false;
  if (RolesConflict(c.participants, e.participants)) return false;
  if (need_date) {
    if (!(c.has_date || c.bound) || !Dated(e)) return false;
    if (!c.Possible().Overlaps(PossibleDays(e.date))) return false;
  }
  if (share) return true;
  // The costlier tests last: the articles, then the sentences.
  if (similarity.ArticleToCluster(r, c.members) < kAlikeArticleSimilarity) return false;
  return ids.empty() || c.ids.empty() || similarity.ToCluster(r, c.members) >= kSameLemmaSentenceSimilarity;
}

// Whether an undated mention's sums of money, if it states any, include one of the dated event's:
// "the $50 billion Amazon investment" is not the 2023 investment of $10 billion. (Mentions with a
// date of their own that differ in amount stay one event, the amounts a disagreement.)
bool SameMoney(const Cluster& c, const Event& e) {
  std::set<std::string> mine, theirs;
  for (const Quantity& q : e.amounts) {
    if (q.kind == QuantityKind::kMoney && !q.vague) mine.insert(AmountKey(q));
  }
  for (const EventRecord* m : c.members) {
    for (const Quantity& q : m->event.amounts) {
      if (q.kind == QuantityKind::kMoney && !q.vague) theirs.insert(AmountKey(q));
    }
  }
  if (mine.empty() || theirs.empty()) return true;
  for (const std::string& k : mine) {
    if (theirs.count(k)) return true;
  }
  return false;
}

void Add(Cluster* c, const EventRecord* r) {
  c->members.push_back(r);
  if (!r->event.lemma.empty()) c->lemmas.insert(r->event.lemma);
  for (const Participant& p : r->event.participants) {
    bool seen = false;
    for (const Participant& q : c->participants) seen = seen || (q.entity_id == p.entity_id && q.name == p.name);
    if (!seen) c->participants.push_back(p);
    if (!p.entity_id.empty()) c->ids.insert(p.entity_id);
    else if (!p.name.empty()) c->ids.insert("name:" + p.name);
  }
  // Prefer a participant's specific role over "party".
  for (Participant& q : c->participants) {
    if (q.role != "party") continue;
    for (const Participant& p : r->event.participants) {
      if (p.entity_id == q.entity_id && p.role != "party") q.role = p.role;
    }
  }
  if (Dated(r->event) && IsBound(r->event.date)) {
    if (!c->bound || r->event.date.interval.end < c->bound->interval.end) c->bound = &r->event.date;
  } else if (Dated(r->event)) {
    const DayInterval& iv = r->event.date.interval;
    if (!c->has_date || iv.length() < c->narrowest.length()) {
      c->narrowest = iv;
      c->date = &r->event.date;
    }
    c->has_date = true;
  }
}

// The first cluster from index `first` on that `fits`, or a new cluster of the record's type.
template <typename Fits>
Cluster* FindOrCreate(std::vector<Cluster>* clusters, size_t first, const EventRecord& r, Fits fits) {
  for (size_t k = first; k < clusters->size(); ++k) {
    if (fits((*clusters)[k])) return &(*clusters)[k];
  }
  clusters->push_back(Cluster{});
  clusters->back().type = r.event.type;
  return &clusters->back();
}

// Among the clusters from index `first` on that an undated mention fits, the one whose mentions'
// sentences and articles are most like its own; nullptr when none fits.
Cluster* MostSimilar(std::vector<Cluster>* clusters, size_t first, const EventRecord& r,
                     const SentenceSimilarity& similarity) {
  Cluster* best = nullptr;
  double best_score = -1;
  for (size_t k = first; k < clusters->size(); ++k) {
    Cluster& c = (*clusters)[k];
    if (!Compatible(c, r, false, similarity)) continue;
    const double score = similarity.ToCluster(r, c.members) + similarity.ArticleToCluster(r, c.members);
    if (score > best_score) {
      best_score = score;
      best = &c;
    }
  }
  return best;
}

// Undated events (from index `first` on) built apart by the greedy pass, each of whose mentions
// fits the other event, are one: the order mentions came in split them.
void MergeFittingClusters(std::vector<Cluster>* clusters, size_t first, const SentenceSimilarity& similarity) {
  for (size_t i = first; i < clusters->size(); ++i) {
    for (size_t j = i + 1; j < clusters->size();) {
      Cluster& into = (*clusters)[i];
      const Cluster& from = (*clusters)[j];
      bool fits = into.type == from.type;
      for (size_t k = 0; fits && k < from.members.size(); ++k) fits = Compatible(into, *from.members[k], false, similarity);
      if (!fits) {
        ++j;
        continue;
      }
      for (const EventRecord* m : from.members) Add(&into, m);
      clusters->erase(clusters->begin() + static_cast<std::ptrdiff_t>(j));
    }
  }
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t k = 0; k < v.size(); ++k) out += (k ? sep : "") + v[k];
  return out;
}

// "weekday: 'Sunday, June 9, 2024' names a Sunday but 2024-06-09 is a Monday (<article>)".
std::string WeekdayMismatch(const TimeExpression& date, const ArticleRef& article) {
  return "weekday: \"" + date.text + "\" names a " + Day::WeekdayName(date.stated_weekday) + " but " +
         date.interval.begin.ToString() + " is a " + Day::WeekdayName(date.interval.begin.iso_weekday()) +
         " (inconsistent within " + ArticleLabel(article) + ")";
}

// "factuality: happened (Wire A, Paper C) vs negated (Paper B)" when sources disagree on whether
// the event happened: a mention says it did (or is going on) and another, in another article, that
// it did not or has not yet (planned, considered, hypothetical, rumoured); or one negates it and
// another does not. "" when they agree.
std::string FactualityDisagreement(const std::vector<EventMention>& mentions) {
  auto happened = [](Factuality f) { return f == Factuality::kHappened || f == Factuality::kOngoing; };
  bool disagree = false;
  for (const EventMention& a : mentions) {
    for (const EventMention& b : mentions) {
      if (a.article_id == b.article_id || a.factuality == b.factuality) continue;
      disagree = disagree || (happened(a.factuality) && !happened(b.factuality)) ||
                 (a.factuality == Factuality::kNegated && b.factuality != Factuality::kNegated);
    }
  }
  if (!disagree) return "";
  std::vector<std::string> names;
  std::map<std::string, std::vector<std::string>> sources;
  for (const EventMention& m : mentions) {
    const std::string name = FactualityName(m.factuality);
    AddUnique(&names, name);
    AddUnique(&sources[name], m.outlet.empty() ? "article " + m.article_id : m.outlet);
  }
  std::string line = "factuality:";
  for (size_t k = 0; k < names.size(); ++k) line += (k ? " vs " : " ") + names[k] + " (" + Join(sources[names[k]], ", ") + ")";
  return line;
}

// The outlets (else article labels) behind an event's mentions.
std::string SourcesOf(const TimelineEvent& e) {
  std::vector<std::string> sources;
  for (const EventMention& m : e.mentions) AddUnique(&sources, m.outlet.empty() ? "article " + m.article_id : m.outlet);
  return Join(sources, ", ");
}

// One event told with different days: events of one type and the same participants in one story,
// each dated to a day, at most kSameEventDays apart, from different articles. They stay separate events (two
// meetings can be days apart); each says the other's day and sources.
constexpr int32_t kSameEventDays = 3;

bool SameArticles(const TimelineEvent& a, const TimelineEvent& b) {
  for (const EventMention& x : a.mentions) {
    for (const EventMention& y : b.mentions) {
      if (x.article_id == y.article_id) return true;
    }
  }
  return false;
}

void FlagDifferentDays(Timeline* timeline) {
  std::vector<TimelineEvent>& ev = timeline->events;
  for (size_t i = 0; i < ev.size(); ++i) {
    for (size_t j = i + 1; j < ev.size(); ++j) {
      TimelineEvent& a = ev[i];
      TimelineEvent& b = ev[j];
      if (a.type != b.type || a.story != b.story || a.participants.empty() || !a.has_date || !b.has_date) continue;
      if (a.date.granularity != Granularity::kDay || b.date.granularity != Granularity::kDay) continue;
      if (IsBound(a.date) || IsBound(b.date) || a.date.interval.begin == b.date.interval.begin) continue;
      const int32_t gap = a.date.interval.begin - b.date.interval.begin;
      if (gap > kSameEventDays || gap < -kSameEventDays || SameArticles(a, b)) continue;
      std::set<std::string> pa, pb;
      for (const Participant& p : a.participants) pa.insert(p.entity_id.empty() ? p.name : p.entity_id);
      for (const Participant& p : b.participants) pb.insert(p.entity_id.empty() ? p.name : p.entity_id);
      if (pa != pb) continue;
      a.disagreements.push_back("day: " + a.date.value + " (" + SourcesOf(a) + ") vs " + b.date.value + " (" +
                                SourcesOf(b) + ")");
      b.disagreements.push_back("day: " + b.date.value + " (" + SourcesOf(b) + ") vs " + a.date.value + " (" +
                                SourcesOf(a) + ")");
    }
  }
}


// Every record with its participants' cross-article aliases unified ("NTSB" in one article is
// "National Transportation Safety Board" in another, entity_aliases.h) and its sources written one
// way ("WSJ", "Wall Street Journal", source_names.h).
std::vector<EventRecord> Unified(const std::vector<EventRecord>& events) {
  std::vector<const Participant*> participants;
  std::vector<std::string> sources;
  for (const EventRecord& r : events) {
    for (const Participant& p : r.event.participants) participants.push_back(&p);
    for (const std::string* name : {&r.event.primary_source, &r.article.outlet, &r.article.wire_source}) {
      if (!name->empty()) sources.push_back(*name);
    }
  }
  const analysis::EntityAliases aliases(participants);
  const analysis::SourceNames names(sources);
  std::vector<EventRecord> out = events;
  for (EventRecord& r : out) {
    std::vector<Participant> unified;
    for (const Participant& p : r.event.participants) {
      const Participant u = aliases.Unified(p);
      bool seen = false;
      for (const Participant& q : unified) seen = seen || (!u.entity_id.empty() && q.entity_id == u.entity_id);
      if (!seen) unified.push_back(u);
    }
    r.event.participants = std::move(unified);
    for (std::string* name : {&r.event.primary_source, &r.article.outlet, &r.article.wire_source}) {
      if (!name->empty()) *name = names.Canonical(*name);
    }
  }
  return out;
}

// The independent source a mention counts for: the outlet its sentence relays, none when it
// relays reports it does not name, else the wire service its article carries, else the article's
// outlet, else the article itself.
std::string SourceOf(const EventRecord& r) {
  if (!r.event.primary_source.empty()) return r.event.primary_source;
  if (r.event.unnamed_report) return "";
  if (!r.article.wire_source.empty()) return r.article.wire_source;
  if (!r.article.outlet.empty()) return r.article.outlet;
  return "article " + r.article.id;
}

EventMention MentionOf(const EventRecord& r) {
  const Event& e = r.event;
  EventMention m;
  m.event_id = e.id;
  m.article_id = r.article.id;
  m.outlet = r.article.outlet;
  m.primary_source = SourceOf(r);
  m.has_date = e.has_date;
  m.date = e.date;
  m.participants = e.participants;
  m.amounts = e.amounts;
  m.summary = e.summary;
  m.sentence = r.sentence_text;
  m.hedged = e.hedged;
  m.factuality = e.factuality;
  return m;
}

// An article that credits an event to one outlet ("..., the AP reported") relays that outlet in
// its other mentions of the event too (a headline stating it, a later "the mayor is expected to"):
// it restates the report, it does not confirm it.
void CreditRelaysWithinArticles(const std::vector<const EventRecord*>& members, std::vector<EventMention>* mentions) {
  std::map<std::string, std::set<std::string>> credited;  // article -> outlets its mentions relay
  for (const EventRecord* r : members) {
    if (!r->event.primary_source.empty()) credited[r->article.id].insert(r->event.primary_source);
  }
  for (size_t k = 0; k < members.size(); ++k) {
    auto it = credited.find(members[k]->article.id);
    if (members[k]->event.primary_source.empty() && it != credited.end() && it->second.size() == 1)
      (*mentions)[k].primary_source = *it->second.begin();
  }
}

// When an event's mentions credit exactly one outlet by name (the AP, say), a mention elsewhere
// that names no source but puts the event on the word of unnamed reports or sources ("according
// to reports", "sources suggest") restates that report: it counts for that outlet, not as one
// more independent source. Other mentions keep their own article's source.
void CreditHedgedMentionsToTheOneReport(const std::vector<const EventRecord*>& members,
                                        std::vector<EventMention>* mentions) {
  std::set<std::string> named;
  for (const EventRecord* r : members) {
    if (!r->event.primary_source.empty()) named.insert(r->event.primary_source);
  }
  if (named.size() != 1) return;
  for (size_t k = 0; k < members.size(); ++k) {
    const Event& e = members[k]->event;
    if (e.primary_source.empty() && (e.unnamed_report || e.unnamed_sources)) {
      (*mentions)[k].primary_source = *named.begin();
    }
  }
}

// The amounts of an event: each money amount once, with how many mentions state it (a line in
// `disagreements` when they differ), then the other quantities once each.
// Whether a sum of money states a figure: "$50 billion", "several $38 billion". A sum with no
// number ("billions", "a multibillion-dollar deal", "hundreds of billions") fits any figure, so
// it never disagrees with one.
bool StatesAFigure(const Quantity& q) {
  return !q.vague || std::any_of(q.text.begin(), q.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void AddAmounts(const std::vector<const EventRecord*>& members, TimelineEvent* t) {
  struct Stated {
    std::string text;
    int mentions = 0;
  };
  std::map<std::string, Stated> counts;  // money key -> text, mentions
  std::vector<std::string> order;        // the figures stated, in order of first mention
  for (const EventRecord* r : members) {
    std::set<std::string> keys_here;
    for (const Quantity& q : r->event.amounts) {
      if (q.kind != QuantityKind::kMoney) continue;
      const std::string key = AmountKey(q);
      if (!keys_here.insert(key).second) continue;
      Stated& stated = counts[key];
      if (stated.mentions++ > 0) continue;
      stated.text = q.text;
      if (StatesAFigure(q)) order.push_back(key);
      t->amounts.push_back(q);
    }
    for (const Quantity& q : r->event.amounts) {
      if (q.kind == QuantityKind::kMoney) continue;
      bool seen = false;
      for (const Quantity& x : t->amounts) seen = seen || (x.kind == q.kind && AmountKey(x) == AmountKey(q));
      if (!seen) t->amounts.push_back(q);
    }
  }
  if (order.size() < 2) return;
  std::string line = "amount:";
  for (size_t k = 0; k < order.size(); ++k) {
    const Stated& stated = counts[order[k]];
    line += (k ? " vs " : " ") + stated.text + " (" + std::to_string(stated.mentions) + ")";
  }
  t->disagreements.push_back(line);
}

// Dates disagree when two mention dates are not nested (2025-10 vs 2025-11; 2026 vs 2026-02 is
// fine). Bounds never disagree: a mention only merges when its bound allows the other dates.
void AddDateDisagreements(const std::vector<const EventRecord*>& members, TimelineEvent* t) {
  std::map<std::string, int> counts;
  std::vector<const TimeExpression*> dates;
  std::vector<std::string> weekday_lines;
  for (const EventRecord* r : members) {
    const Event& e = r->event;
    if (Dated(e) && !IsBound(e.date) && counts[e.date.value]++ == 0) dates.push_back(&e.date);
    if (e.has_date && e.date.weekday_mismatch) weekday_lines.push_back(WeekdayMismatch(e.date, r->article));
  }
  for (size_t a = 0; a < dates.size(); ++a) {
    for (size_t b = a + 1; b < dates.size(); ++b) {
      if (Nested(dates[a]->interval, dates[b]->interval)) continue;
      t->disagreements.push_back("date: " + dates[a]->value + " (" + std::to_string(counts[dates[a]->value]) +
                                 ") vs " + dates[b]->value + " (" + std::to_string(counts[dates[b]->value]) + ")");
    }
  }
  for (const std::string& line : weekday_lines) AddUnique(&t->disagreements, line);
}

// Participants disagree when an entity has a specific role in one mention and another elsewhere.
void AddRoleDisagreements(const std::vector<const EventRecord*>& members, TimelineEvent* t) {
  std::map<std::string, std::set<std::string>> roles;
  for (const EventRecord* r : members) {
    for (const Participant& p : r->event.participants) {
      if (SpecificRole(p.role) && !p.entity_id.empty()) roles[p.entity_id].insert(p.role);
    }
  }
  for (const auto& [id, rs] : roles) {
    if (rs.size() > 1) t->disagreements.push_back("participants: role of " + id + ": " + Join({rs.begin(), rs.end()}, " vs "));
  }
}

// The mention that says most (participants, amounts, a date) gives the event its summary.
const EventRecord* MostTelling(const std::vector<const EventRecord*>& members) {
  auto weight = [](const Event& e) { return e.participants.size() + e.amounts.size() + (e.has_date ? 1 : 0); };
  const EventRecord* best = nullptr;
  for (const EventRecord* r : members) {
    if (!best || weight(r->event) > weight(best->event)) best = r;
  }
  return best;
}

// Whether a merged event is on the timeline the options ask for.
bool Shown(const Cluster& c, const TimelineOptions& options) {
  bool all_hedged = true;
  for (const EventRecord* r : c.members) all_hedged = all_hedged && r->event.hedged;
  if (options.drop_hedged_only && all_hedged) return false;
  if (!c.has_date && !c.bound && !options.include_undated) return false;
  return c.has_date || c.bound || !c.participants.empty() || options.include_unanchored;
}

TimelineEvent EventOf(const Cluster& c) {
  TimelineEvent t;
  t.type = c.type;
  for (const EventRecord* r : c.members) {
    t.mentions.push_back(MentionOf(*r));
    if (!r->article.outlet.empty()) AddUnique(&t.outlets, r->article.outlet);
  }
  CreditRelaysWithinArticles(c.members, &t.mentions);
  CreditHedgedMentionsToTheOneReport(c.members, &t.mentions);
  for (const EventMention& m : t.mentions) {
    if (!m.primary_source.empty()) AddUnique(&t.primary_sources, m.primary_source);
  }
  AddAmounts(c.members, &t);
  t.participants = c.participants;
  // A date of its own wins over bounds; bounded only, the earliest bound.
  t.has_date = c.has_date || c.bound;
  if (c.date) t.date = *c.date;
  else if (c.bound) t.date = *c.bound;
  const EventRecord* best = MostTelling(c.members);
  t.summary = best ? best->event.summary : t.type;
  AddDateDisagreements(c.members, &t);
  if (std::string line = FactualityDisagreement(t.mentions); !line.empty()) t.disagreements.push_back(line);
  AddRoleDisagreements(c.members, &t);
  std::vector<std::string> ids(c.ids.begin(), c.ids.end());
  const std::string when = !t.has_date ? "undated" : IsBound(t.date) ? "by-" + t.date.value : t.date.value;
  t.id = t.type + ":" + Join(ids, "+") + ":" + when;
  return t;
}

}  // namespace

Timeline BuildTimeline(const std::vector<EventRecord>& given, const TimelineOptions& options) {
  const std::vector<EventRecord> events = Unified(given);
  // Order-independent input order: mentions with a date of their own by (type, interval), narrow
  // first; then those bounded by a relaying article's date; then undated ones.
  std::vector<const EventRecord*> dated, bounded, undated;
  for (const EventRecord& r : events) {
    (!Dated(r.event) ? undated : IsBound(r.event.date) ? bounded : dated).push_back(&r);
  }
  auto by_key = [](const EventRecord* a, const EventRecord* b) {
    if (a->event.type != b->event.type) return a->event.type < b->event.type;
    if (a->event.has_date && b->event.has_date) {
      const DayInterval &x = a->event.date.interval, &y = b->event.date.interval;
      if (x.length() != y.length()) return x.length() < y.length();
      if (x.begin != y.begin) return x.begin < y.begin;
    }
    if (a->article.id != b->article.id) return a->article.id < b->article.id;
    return a->event.id < b->event.id;
  };
  std::sort(dated.begin(), dated.end(), by_key);
  std::sort(bounded.begin(), bounded.end(), by_key);
  std::sort(undated.begin(), undated.end(), by_key);

  const SentenceSimilarity similarity(events, options.story_threshold);
  std::vector<Cluster> clusters;
  for (const EventRecord* r : dated) {
    Add(FindOrCreate(&clusters, 0, *r, [&](const Cluster& c) { return Compatible(c, *r, true, similarity); }), r);
  }
  // A bounded mention ("by 18 Mar 2026") is compatible with every earlier date: it joins the
  // single dated event it fits (or among several, the single one relaying the same primary
  // source), else the other bounded mentions it fits (bounds never disagree: the merged event
  // keeps the earliest), or stands alone.
  const size_t own_dated_count = clusters.size();
  for (const EventRecord* r : bounded) {
    std::vector<size_t> fits;
    for (size_t k = 0; k < own_dated_count; ++k) {
      if (Compatible(clusters[k], *r, true, similarity) && !Ids(r->event).empty()) fits.push_back(k);
    }
    // Among several, the one event that cites the same primary source ("according to the FT").
    if (fits.size() > 1 && !r->event.primary_source.empty()) {
      std::vector<size_t> same_source;
      for (size_t k : fits) {
        bool cites = false;
        for (const EventRecord* m : clusters[k].members) cites = cites || m->event.primary_source == r->event.primary_source;
        if (cites) same_source.push_back(k);
      }
      if (same_source.size() == 1) fits = same_source;
    }
    if (fits.size() == 1) {
      Add(&clusters[fits[0]], r);
      continue;
    }
    Add(FindOrCreate(&clusters, own_dated_count, *r, [&](const Cluster& c) { return Compatible(c, *r, true, similarity); }), r);
  }
  // An undated mention joins the single dated event it fits; otherwise it is merged with other
  // undated mentions it fits, or stands alone.
  const size_t dated_count = clusters.size();
  for (const EventRecord* r : undated) {
    std::vector<size_t> fits;
    for (size_t k = 0; k < dated_count; ++k) {
      if (Compatible(clusters[k], *r, false, similarity) && !Ids(r->event).empty() && SameMoney(clusters[k], r->event))
        fits.push_back(k);
    }
    if (fits.size() == 1) {
      Add(&clusters[fits[0]], r);
      continue;
    }
    const bool joinable = fits.empty() || !Ids(r->event).empty();
    if (Cluster* best = joinable ? MostSimilar(&clusters, dated_count, *r, similarity) : nullptr) {
      Add(best, r);
      continue;
    }
    Add(FindOrCreate(&clusters, dated_count, *r,
                     [&](const Cluster& c) { return joinable && Compatible(c, *r, false, similarity); }),
        r);
  }

  MergeFittingClusters(&clusters, dated_count, similarity);

  Timeline out;
  for (const Cluster& c : clusters) {
    if (!Shown(c, options)) continue;
    out.events.push_back(EventOf(c));
    out.events.back().story = similarity.StoryOf(*c.members.front());
  }
  std::stable_sort(out.events.begin(), out.events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    if (a.has_date != b.has_date) return a.has_date;
    if (a.has_date) {
      if (a.date.interval.begin != b.date.interval.begin) return a.date.interval.begin < b.date.interval.begin;
      if (a.date.interval.end != b.date.interval.end) return a.date.interval.end < b.date.interval.end;
    }
    if (a.type != b.type) return a.type < b.type;
    return a.id < b.id;
  });
  FlagDifferentDays(&out);
  // Ids must be unique even when two events share type, participants and date.
  std::map<std::string, int> used;
  for (TimelineEvent& e : out.events) {
    int n = used[e.id]++;
    if (n) e.id += "#" + std::to_string(n + 1);
  }
  return out;
}

}  // namespace newsline
