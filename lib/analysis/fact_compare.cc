// Comparing facts across articles: slots (attribute, unit, subjects, time) -> readings (facts
// whose intervals agree) -> conflict / reconciled / overlap / single.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <string>
#include <tuple>

#include "analysis/source_names.h"
#include "newsline/analysis.h"

namespace newsline {
namespace {

template <typename T>
void AddUnique(std::vector<T>* v, const T& x) {
  if (std::find(v->begin(), v->end(), x) == v->end()) v->push_back(x);
}

// The unit facts must share to be compared: currency, "%", "W", "days" for durations, "" for
// counts and bare numbers.
std::string UnitClass(const Quantity& q) {
  switch (q.kind) {
    case QuantityKind::kMoney: return q.unit.empty() ? "money" : q.unit;
    case QuantityKind::kPercent: return "%";
    case QuantityKind::kPower: return "W";
    case QuantityKind::kDuration: return "days";
    case QuantityKind::kCount:
    case QuantityKind::kNumber: return q.unit;  // "" for counts, "km", "s", ... for measurements
  }
  return "";
}

bool IsOwnerRole(const std::string& role) { return role == "agent" || role == "possessor"; }

// Subjects are compatible when they share an entity and do not name different owners
// ("Microsoft's investment" vs "Amazon's investment" are different facts).
bool SubjectsCompatible(const std::vector<Participant>& a, const std::vector<Participant>& b) {
  bool shared = false;
  for (const Participant& x : a) {
    for (const Participant& y : b) {
      if (x.entity_id == y.entity_id) shared = true;
      if (IsOwnerRole(x.role) && IsOwnerRole(y.role) && x.entity_id != y.entity_id) return false;
    }
  }
  return shared;
}

// TIMEX3 values that can name the same period: "XXXX-09" and "2005-09" can, "XXXX-WXX-1"
// (a Monday) and "XXXX-WXX-7" cannot; values of different shapes are not compared.
bool ValuesCanMatch(const std::string& a, const std::string& b) {
  // An unresolved weekday ("XXXX-WXX-1") names a day of an unknown week: "Monday" in one article
  // and "Sunday" in another may be the same day.
  if (a.size() != b.size() || a.find('W') != std::string::npos || b.find('W') != std::string::npos) return true;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i] && a[i] != 'X' && b[i] != 'X') return false;
  }
  return true;
}

// A time of the story's present: a day named relative to the article ("Sunday", "yesterday").
bool Recent(const TimeExpression& t) { return t.relative && t.granularity == Granularity::kDay; }

// Times compatible: overlapping periods (or patterns that can match when unresolved). A figure
// with no time is the story's own; one the text dates to a month, a year or another explicit
// period ("in February", "in 2003") is a different moment's figure, never the same fact.
bool TimesCompatible(const Fact& a, const Fact& b) {
  if (!a.has_time && !b.has_time) return true;
  if (!a.has_time || !b.has_time) return Recent(a.has_time ? a.time : b.time);
  if (!a.time.resolved || !b.time.resolved) return ValuesCanMatch(a.time.value, b.time.value);
  const DayInterval& x = a.time.interval;
  const DayInterval& y = b.time.interval;
  return x.begin < y.end && y.begin < x.end;
}

// The interval a fact allows, widened by the rounding of its scale word.
std::pair<double, double> Tolerant(const Fact& f) {
  return {f.value.low - f.value.precision, f.value.high + f.value.precision};
}

bool Intersects(std::pair<double, double> a, std::pair<double, double> b) {
  return a.first <= b.second && b.first <= a.second;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Shown(const FactRecord& r) {
  const Quantity& q = r.fact.value;
  std::string text = q.text;
  const std::string lower = Lower(text), qualifier = Lower(q.qualifier);
  if (!qualifier.empty() && qualifier != "range" && lower.find(qualifier) == std::string::npos &&
      qualifier.find(lower) == std::string::npos) {
    text = q.qualifier + " " + text;
  }
  if (q.kind == QuantityKind::kCount && !q.qualifies.empty() && text.find(q.qualifies) == std::string::npos) {
    text += " " + q.qualifies;
  }
  if (r.fact.direction != 0) text = (r.fact.direction < 0 ? "down " : "up ") + text;
  return text;
}

struct Slot {
  FactSlot out;
  std::vector<const FactRecord*> members;
};

// A dated and an undated mention of one figure about the same named subjects are one fact ("the
// $50 billion partnership announced last month" and "OpenAI's $50 billion partnership"); an
// undated figure that disagrees with a dated one may be about another moment, so it is not
// slotted with it.
bool OneMoment(const FactRecord& m, const FactRecord& r) {
  if (TimesCompatible(m.fact, r.fact)) return true;
  if (m.fact.has_time && r.fact.has_time) return false;
  return !m.fact.subjects.empty() && !r.fact.subjects.empty() && Intersects(Tolerant(m.fact), Tolerant(r.fact));
}

bool Fits(const Slot& slot, const FactRecord& r) {
  for (const FactRecord* m : slot.members) {
    if (!OneMoment(*m, r)) return false;
  }
  if (r.fact.subjects.empty() || slot.out.subjects.empty()) return true;
  return SubjectsCompatible(slot.out.subjects, r.fact.subjects);
}

void Join(Slot* slot, const FactRecord& r) {
  slot->members.push_back(&r);
  for (const Participant& p : r.fact.subjects) {
    bool seen = false;
    for (const Participant& q : slot->out.subjects) seen = seen || q.entity_id == p.entity_id;
    if (!seen) slot->out.subjects.push_back(p);
  }
  if (!slot->out.has_time && r.fact.has_time) {
    slot->out.has_time = true;
    slot->out.time = r.fact.time;
  }
  // The label of the fact that names the most subjects.
  if (slot->out.label.empty() || r.fact.subjects.size() > slot->members.front()->fact.subjects.size()) {
    slot->out.label = r.fact.label;
  }
}

// Slots of one attribute and unit: facts with subjects first (most subjects first), each joining
// the slot it fits best; a fact without subjects joins the only slot it fits, else its own.
// True when some member of the slot states a figure that agrees with r's.
bool Agrees(const Slot& slot, const FactRecord& r) {
  for (const FactRecord* m : slot.members) {
    if (Intersects(Tolerant(m->fact), Tolerant(r.fact))) return true;
  }
  return false;
}

// Among the slots a fact fits, the one to join: the slot where its figure agrees with one already
// stated (an undated "$50 billion partnership" is the dated one of that size, not the other
// deal), else the largest; npos when a fact about nothing named could be in several.
size_t ChooseSlot(const std::vector<Slot>& slots, const std::vector<size_t>& fitting, const FactRecord& r) {
  if (fitting.size() == 1) return fitting.front();
  for (size_t k : fitting) {
    if (Agrees(slots[k], r)) return k;
  }
  if (r.fact.subjects.empty()) return std::string::npos;
  size_t best = fitting.front();
  for (size_t k : fitting) {
    if (slots[k].members.size() > slots[best].members.size()) best = k;
  }
  return best;
}

std::vector<Slot> SlotsOf(std::vector<const FactRecord*> facts) {
  // Most subjects first, dated before undated: the facts that say most found the slots.
  std::stable_sort(facts.begin(), facts.end(), [](const FactRecord* a, const FactRecord* b) {
    if (a->fact.subjects.size() != b->fact.subjects.size()) return a->fact.subjects.size() > b->fact.subjects.size();
    return a->fact.has_time && !b->fact.has_time;
  });
  std::vector<Slot> slots;
  for (const FactRecord* r : facts) {
    std::vector<size_t> fitting;
    for (size_t k = 0; k < slots.size(); ++k) {
      if (Fits(slots[k], *r)) fitting.push_back(k);
    }
    // A generic figure about nothing named stands alone: "$160 million" and "$184 million" with
    // no noun, verb or subject are not known to measure one thing.
    const bool alone = r->fact.subjects.empty() && r->fact.generic;
    const size_t chosen = fitting.empty() || alone ? std::string::npos : ChooseSlot(slots, fitting, *r);
    if (chosen == std::string::npos) {
      slots.emplace_back();
      Join(&slots.back(), *r);
    } else {
      Join(&slots[chosen], *r);
    }
  }
  return slots;
}

// One outlet written several ways ("FT", "Financial Times") is one name in the comparison.
std::vector<FactRecord> WithSameSourceNames(const std::vector<FactRecord>& given) {
  std::vector<FactRecord> facts = given;
  std::vector<std::string> names;
  for (const FactRecord& r : facts) {
    names.push_back(r.fact.primary_source);
    names.push_back(r.article.outlet);
    names.push_back(r.article.wire_source);
  }
  const analysis::SourceNames canonical(names);
  for (FactRecord& r : facts) {
    r.fact.primary_source = canonical.Canonical(r.fact.primary_source);
    r.article.outlet = canonical.Canonical(r.article.outlet);
    r.article.wire_source = canonical.Canonical(r.article.wire_source);
  }
  return facts;
}

FactRef RefOf(const FactRecord& r) {
  FactRef ref;
  ref.id = r.fact.id;
  ref.article = r.article.id;
  ref.outlet = r.article.outlet;
  ref.article_label = ArticleLabel(r.article);
  ref.text = Shown(r);
  ref.sentence = r.sentence_text;
  ref.speaker = r.fact.speaker;
  ref.primary_source = IndependentSource(r);
  ref.hedged = r.fact.hedged;
  std::tie(ref.low, ref.high) = Tolerant(r.fact);
  ref.frame = r.fact.frame;
  return ref;
}

// Readings: a fact joins the first reading of its frame whose common interval it meets.
void BuildReadings(Slot* slot) {
  std::vector<const FactRecord*> members = slot->members;
  std::stable_sort(members.begin(), members.end(), [](const FactRecord* a, const FactRecord* b) {
    if (a->article.id != b->article.id) return a->article.id < b->article.id;
    return a->fact.id < b->fact.id;
  });
  std::vector<FactReading>& readings = slot->out.readings;
  for (const FactRecord* r : members) {
    const auto interval = Tolerant(r->fact);
    // Agreeing figures are one reading whatever their frames ("$10 billion" and "a further $10
    // billion"); frames tell apart only figures that differ.
    FactReading* into = nullptr;
    for (FactReading& reading : readings) {
      if (Intersects({reading.low, reading.high}, interval)) {
        into = &reading;
        break;
      }
    }
    if (!into) {
      readings.emplace_back();
      into = &readings.back();
      into->value = Shown(*r);
      into->frame = r->fact.frame;
      std::tie(into->low, into->high) = interval;
    }
    into->low = std::max(into->low, interval.first);
    into->high = std::min(into->high, interval.second);
    AddUnique(&into->articles, r->article.id);
    if (!r->article.outlet.empty()) AddUnique(&into->outlets, r->article.outlet);
    AddUnique(&into->primary_sources, IndependentSource(*r));
    into->facts.push_back(RefOf(*r));
  }
  std::stable_sort(readings.begin(), readings.end(), [](const FactReading& a, const FactReading& b) {
    return a.articles.size() > b.articles.size();
  });
}

std::string Count(size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

// Two readings in conflict: the same frame, stated by different articles.
bool InConflict(const FactReading& a, const FactReading& b) {
  if (a.frame != b.frame) return false;
  for (const std::string& x : a.articles) {
    for (const std::string& y : b.articles) {
      if (x != y) return true;
    }
  }
  return false;
}

void Classify(FactSlot* slot) {
  const std::vector<FactReading>& rs = slot->readings;
  std::vector<std::string> articles;
  for (const FactReading& r : rs) {
    for (const std::string& a : r.articles) AddUnique(&articles, a);
  }
  bool conflict = false, framed = false;
  for (size_t i = 0; i < rs.size(); ++i) {
    for (size_t j = i + 1; j < rs.size(); ++j) {
      conflict = conflict || InConflict(rs[i], rs[j]);
      framed = framed || (rs[i].frame != rs[j].frame);
    }
  }
  if (conflict) {
    // The readings in conflict share a frame; the others are told apart by theirs.
    std::string frame;
    for (size_t i = 0; i < rs.size() && frame.empty(); ++i) {
      for (size_t j = i + 1; j < rs.size(); ++j) {
        if (InConflict(rs[i], rs[j])) {
          frame = rs[i].frame.empty() ? std::string(1, '\0') : rs[i].frame;
          break;
        }
      }
    }
    if (frame == std::string(1, '\0')) frame.clear();
    slot->relation = FactRelation::kConflict;
    slot->reason = "different values:";
    std::string others;
    bool first = true;
    for (const FactReading& r : rs) {
      const std::string shown = r.value + (r.frame.empty() ? "" : " [" + r.frame + "]");
      if (r.frame != frame) {
        others += (others.empty() ? "" : ", ") + shown;
        continue;
      }
      slot->reason += (first ? " " : " vs ") + shown + " (" + Count(r.articles.size(), "article") + ")";
      first = false;
    }
    if (!others.empty()) slot->reason += "; told apart by their frames: " + others;
  } else if (framed && articles.size() >= 2) {
    slot->relation = FactRelation::kReconciled;
    slot->reason = "different figures with different frames:";
    for (size_t k = 0; k < rs.size(); ++k) {
      slot->reason += (k ? " vs " : " ") + rs[k].value + " [" + (rs[k].frame.empty() ? "unframed" : rs[k].frame) + "]";
    }
  } else if (articles.size() >= 2) {
    slot->relation = FactRelation::kOverlap;
    slot->reason = "one figure in " + Count(articles.size(), "article") + " from " +
                   Count(rs.front().primary_source_count(), "independent source");
  } else {
    slot->relation = FactRelation::kSingle;
  }
}

std::string SlotKey(const FactSlot& slot) {
  std::string key = slot.attribute + "|" + slot.unit;
  for (const Participant& p : slot.subjects) key += "|" + p.role + "=" + p.entity_id;
  if (slot.has_time) key += "|" + slot.time.value;
  return key;
}

}  // namespace

const char* FactRelationName(FactRelation relation) {
  switch (relation) {
    case FactRelation::kConflict: return "conflict";
    case FactRelation::kReconciled: return "reconciled";
    case FactRelation::kOverlap: return "overlap";
    case FactRelation::kSingle: return "single";
  }
  return "single";
}

std::string IndependentSource(const FactRecord& r) {
  return r.fact.primary_source.empty() ? ArticleSource(r.article) : r.fact.primary_source;
}

FactComparison CompareFacts(const std::vector<FactRecord>& given, const FactComparisonOptions& options) {
  const std::vector<FactRecord> facts = WithSameSourceNames(given);
  // Attribute and unit first: they never mix.
  std::map<std::pair<std::string, std::string>, std::vector<const FactRecord*>> groups;
  for (const FactRecord& r : facts) {
    if (!options.attribute.empty() && r.fact.attribute != options.attribute) continue;
    if (r.fact.hypothetical && !options.include_hypothetical) continue;
    groups[{r.fact.attribute, UnitClass(r.fact.value)}].push_back(&r);
  }
  FactComparison out;
  for (auto& [group, members] : groups) {
    std::stable_sort(members.begin(), members.end(), [](const FactRecord* a, const FactRecord* b) {
      if (a->article.id != b->article.id) return a->article.id < b->article.id;
      return a->fact.id < b->fact.id;
    });
    for (Slot& slot : SlotsOf(members)) {
      slot.out.attribute = group.first;
      slot.out.unit = group.second;
      BuildReadings(&slot);
      Classify(&slot.out);
      slot.out.key = SlotKey(slot.out);
      if (slot.out.relation == FactRelation::kSingle && !options.include_single) continue;
      out.slots.push_back(std::move(slot.out));
    }
  }
  std::stable_sort(out.slots.begin(), out.slots.end(), [](const FactSlot& a, const FactSlot& b) {
    if (a.relation != b.relation) return static_cast<int>(a.relation) < static_cast<int>(b.relation);
    size_t na = 0, nb = 0;
    for (const FactReading& r : a.readings) na += r.articles.size();
    for (const FactReading& r : b.readings) nb += r.articles.size();
    if (na != nb) return na > nb;
    return a.key < b.key;
  });
  return out;
}

}  // namespace newsline
