// Event rules: triggers, support checks, participants and roles, amounts, dates, summaries.
#include "extract/events/events.h"

#include "extract/events/factuality.h"

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace newsline {
namespace extract {
namespace {

// The trigger's words, lowercased and stemmed ("died" -> "die", "checked into" -> "check into").
std::string TriggerLemma(const std::vector<Token>& t, size_t begin, size_t end) {
  // One per thread: a Xapian::Stem keeps state while it stems and must not be shared.
  thread_local const Xapian::Stem stemmer("english");
  std::string lemma;
  for (size_t k = begin; k < end; ++k) {
    if (!t[k].word) continue;
    lemma += (lemma.empty() ? "" : " ") + stemmer(t[k].lower);
  }
  return lemma;
}

// Index of the first token starting at or after byte `pos`.
size_t TokenAt(const std::vector<Token>& t, uint32_t pos) {
  size_t k = 0;
  while (k < t.size() && t[k].span.begin < pos) ++k;
  return k;
}

std::string TypeLabel(const std::string& type) {
  std::string out = type;
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

bool UsefulAmount(const Quantity& q) { return q.kind == QuantityKind::kMoney || q.kind == QuantityKind::kPower; }

}  // namespace

TimeExpression ArticleDateExpression(const PublicationDate& published, std::string rule) {
  TimeExpression t;
  t.type = TimexType::kDate;
  t.resolved = true;
  t.interval = published.interval;
  t.rule = std::move(rule);
  t.text = "(publication date)";
  const Day b = published.interval.begin;
  const Day last = published.interval.end - 1;
  if (published.exact() || published.interval.length() <= 1) {
    t.granularity = Granularity::kDay;
    t.value = b.ToString();
  } else if (b.year() == last.year() && b.month() == last.month()) {
    t.granularity = Granularity::kMonth;
    t.value = b.ToString().substr(0, 7);
    t.mod = TimexMod::kApprox;
  } else if (b.year() == last.year()) {
    t.granularity = Granularity::kYear;
    t.value = b.ToString().substr(0, 4);
    t.mod = TimexMod::kApprox;
  } else {
    t.granularity = Granularity::kUnknown;
    t.value = b.ToString() + "/" + published.interval.end.ToString();
    t.mod = TimexMod::kApprox;
  }
  return t;
}

TimeExpression ArticleDateBound(const PublicationDate& published, std::string rule) {
  TimeExpression t = ArticleDateExpression(published, std::move(rule));
  t.mod = TimexMod::kOnOrBefore;
  return t;
}

std::vector<EventRules::DateCandidate> EventRules::CalendarDates(const SentenceView& s) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<DateCandidate> dates;
  for (const TimeExpression* x : s.times) {
    if (x->type != TimexType::kDate) continue;
    if (x->resolved && x->interval.empty()) continue;
    if (!x->resolved && x->value.rfind("XXXX", 0) != 0) continue;  // PRESENT_REF and the like
    const size_t k = TokenAt(t, x->span.begin);
    const size_t after = TokenAt(t, x->span.end);
    // "the October agreement": a date used as a modifier of another noun dates that noun.
    const bool attributive = k > 0 && (t[k - 1].lower == "the" || t[k - 1].lower == "its" || t[k - 1].lower == "their") &&
                             after < t.size() && t[after].word && !t[after].capitalized;
    if (!attributive) dates.push_back({x, k, after});
  }
  return dates;
}

std::vector<int> EventRules::Segments(const std::vector<Token>& t) const {
  std::vector<int> segment(t.size(), 0);
  for (size_t k = 1; k < t.size(); ++k) {
    segment[k] = segment[k - 1] + ((t[k - 1].IsPunct(',') || t[k - 1].IsPunct(';')) &&
                                   lex_.amount_links().MatchAt(t, k, nullptr) == 0);
  }
  return segment;
}

bool EventRules::OpensClause(const std::vector<Token>& t, size_t k) const {
  if (!t[k].word) return false;
  if (lex_.clause_verbs().MatchAt(t, k, nullptr) > 0) return true;
  const std::string& w = t[k].lower;
  if (k == 0 || t[k].capitalized || w.size() < 5 || w.compare(w.size() - 2, 2, "ed") != 0) return false;
  const Token& subject = t[k - 1];
  if (!subject.word) return false;
  return subject.capitalized || lex_.pronouns().MatchAt(t, k - 1, nullptr) == 1 ||
         (subject.lower.size() > 3 && subject.lower.back() == 's');
}

bool EventRules::InTriggerClause(const std::vector<Token>& t, size_t from, size_t to) const {
  bool broken = false;  // a preposition, comma or clause word since the trigger
  enum { kNoVerb, kOwnGroup, kAfterOwnGroup } state = kNoVerb;
  for (size_t k = from; k < to && k < t.size(); ++k) {
    if (OpensClause(t, k)) {
      if (state == kNoVerb && !broken && k - from <= 5) {
        state = kOwnGroup;
        continue;
      }
      if (state == kOwnGroup && OpensClause(t, k - 1)) continue;  // "was signed"
      return false;
    }
    if (state == kOwnGroup) state = kAfterOwnGroup;
    if (k == from && (t[k].lower == "that" || t[k].lower == "which")) continue;  // its own relative clause
    if (lex_.prepositions().MatchAt(t, k, nullptr) > 0 || lex_.clause_boundaries().MatchAt(t, k, nullptr) > 0) {
      broken = true;
    }
  }
  return true;
}

const TimeExpression* EventRules::NearestDate(const std::vector<Token>& t, const std::vector<DateCandidate>& dates,
                                              const std::vector<int>& segment, size_t first, size_t last,
                                              std::string* rule) const {
  const TimeExpression* d = nullptr;
  size_t best = SIZE_MAX;
  for (const DateCandidate& w : dates) {
    if (w.token >= last && !InTriggerClause(t, last, w.token)) {
      *rule += ";date-skipped=other-clause(" + w.x->text + ")";
      continue;
    }
    if (w.token < first && first < t.size() && segment[w.token] != segment[first]) {
      // An introductory segment frames the clause after it ("In 2019, Microsoft invested", "Under
      // the deals announced in May, the bank is to buy"); a main clause does not
      // date a trailing relay ("... announced last month, according to the FT").
      size_t start = w.token;
      while (start > 0 && segment[start - 1] == segment[w.token]) --start;
      const bool introductory = start == w.token || lex_.prepositions().MatchAt(t, start, nullptr) > 0;
      if (!introductory) {
        *rule += ";date-skipped=other-segment(" + w.x->text + ")";
        continue;
      }
    }
    size_t dist = w.token >= first ? w.token - first : (first - w.token) + 2;
    if (w.token < t.size() && first < t.size() && segment[w.token] != segment[first]) dist += 10;
    if (dist < best) {
      best = dist;
      d = w.x;
    }
  }
  if (d && !d->resolved) {
    *rule += ";date=unresolved(" + d->text + ")";
    return nullptr;
  }
  return d;
}

const TimeExpression* EventRules::DateOf(const SentenceView& s, size_t first, size_t last, std::string* rule) const {
  return NearestDate(s.tokens, CalendarDates(s), Segments(s.tokens), first, last, rule);
}

std::string EventRules::NameOf(const EntityMention& m) const {
  std::string n = pack_.NameOf(m.entity_id);
  return n.empty() ? m.text : n;
}

// The entities that take part in an event of `type` whose trigger starts at `trig_begin`, each
// with its role: investor / investee, plaintiff / defendant, announcer, publisher, else party.
// Organizations always take part; people and places for the types where they do (the lexicon's
// PeopleTakePart); never an enumeration ("including A, B and C").
namespace {

// Whether token k is inside the phrase of a relay ("according to a report in the Globe").
bool InRelay(const std::vector<Relay>& relays, size_t k) {
  for (const Relay& r : relays) {
    if (r.named && k >= r.first && k < r.end) return true;
  }
  return false;
}

// A short readable line: "Microsoft invests $1 billion in OpenAI", else "Agreement: A, B ($50 billion)".
std::string SummaryOf(const Event& v) {
  std::string summary;
  std::string amount_text;
  for (size_t k = 0; k < v.amounts.size(); ++k) amount_text += (k ? ", " : "") + v.amounts[k].text;
  const Participant* investor = nullptr;
  const Participant* investee_p = nullptr;
  for (const Participant& p : v.participants) {
    if (p.role == "investor") investor = &p;
    if (p.role == "investee") investee_p = &p;
  }
  if (v.type == "investment" && investor && investee_p) {
    summary = investor->name + " invests " + (amount_text.empty() ? "" : amount_text + " ") + "in " + investee_p->name;
  } else {
    summary = TypeLabel(v.type);
    std::string names;
    for (size_t k = 0; k < v.participants.size(); ++k) names += (k ? ", " : "") + v.participants[k].name;
    if (!names.empty()) summary += ": " + names;
    if (!amount_text.empty()) summary += " (" + amount_text + ")";
  }
  return summary;
}

}  // namespace

// How far from its trigger an event's participant may be, in tokens: tuned on MEANTIME's
// airbus+apple half (docs/analysis.md "Events: participants"; the window alone at 8: precision
// 69.2%, recall 46.4%, unbounded: 60.2%, 51.0%; with the fallbacks below, 63.1%, 51.0%).
constexpr size_t kParticipantReach = 8;

// The tokens an event's participants come from: from the trigger back and forward to the first
// barrier ("because", "said", ";"), at most `reach` tokens either way. A relative pronoun after
// a comma ("Microsoft, which has invested") lets the window take in the noun phrase before it.
EventRules::Window EventRules::BarrierWindow(const std::vector<Token>& t, size_t trigger, size_t reach) const {
  Window w{trigger, trigger + 1};
  while (w.begin > 0 && trigger - (w.begin - 1) <= reach) {
    const size_t k = w.begin - 1;
    int after_only = 0;
    if (lex_.participant_barriers().MatchAt(t, k, &after_only) > 0 && after_only == 0) {
      const bool relative = k > 0 && t[k - 1].IsPunct(',') && t[k].word;
      if (!relative) break;
      w.begin = k - 1;  // over the comma: the antecedent is next
      continue;
    }
    w.begin = k;
  }
  while (w.end < t.size() && w.end - trigger <= reach && lex_.participant_barriers().MatchAt(t, w.end, nullptr) == 0) ++w.end;
  return w;
}

// The participant window: the near one (kParticipantReach), reaching back to the barrier when
// no name stands before the trigger in it ("Microsoft was one of OpenAI's earliest backers,
// investing ...": the subject) or a plural phrase does ("the deal the companies signed": the
// companies named before; the whole clause then, both ways).
EventRules::Window EventRules::ParticipantWindow(const SentenceView& s, size_t trigger, uint32_t enumeration_from) const {
  const std::vector<Token>& t = s.tokens;
  Window near = BarrierWindow(t, trigger, kParticipantReach);
  const Window far = BarrierWindow(t, trigger, t.size());
  bool name_before = false;
  for (const EntityMention* m : s.entities) {
    const size_t at = TokenAt(t, m->span.begin);
    name_before = name_before || (m->span.begin < enumeration_from && at >= near.begin && at < trigger);
  }
  bool plural = false;
  for (size_t k = near.begin; k < trigger; ++k) {
    int kind = -1;
    plural = plural || (lex_.pronouns().MatchAt(t, k, &kind) > 0 && kind == 1);
  }
  if (!name_before || plural) near.begin = far.begin;
  if (plural) near.end = far.end;  // "the two companies signed a deal ... that makes AWS ...": named after
  near.subject = far.begin;  // a name opening the clause is its subject, however far
  return near;
}

// Whether a name can take part in an event of `type`: not in an enumeration ("including X, Y"),
// not the outlet that tells of it, an actor of the kind the type takes.
bool EventRules::TakesPart(const SentenceView& s, const std::string& type, const EntityMention& m,
                           uint32_t enumeration_from, const std::vector<Relay>& relays) const {
  if (m.span.begin >= enumeration_from || m.type.empty()) return false;
  // The outlet a relay names ("according to a report in the Boston Globe", ", AP reported")
  // tells of the event; it does not take part in it, pack or no pack.
  const bool outlet = pack_.IsOutlet(m) || InRelay(relays, TokenAt(s.tokens, m.span.begin));
  // Organizations take part in events (people are speakers, products are objects); so do names
  // found with no type (no pack: "Microsoft", "OpenAI" are discovered, untyped).
  const bool actor = m.type == "organization" || m.type == "unknown" ||
                     (lex_.PeopleTakePart(type) && (m.type == "person" || m.type == "place"));
  return type == "report" ? outlet : (!outlet && actor);
}

bool EventRules::ReadsAsVerb(const std::vector<Token>& t, int trigger, size_t trig_begin) const {
  switch (lex_.trigger_form(trigger)) {
    case Lexicon::TriggerForm::kVerb:
      return true;
    case Lexicon::TriggerForm::kNoun:
      return false;
    case Lexicon::TriggerForm::kEither:
      break;
  }
  return trig_begin == 0 || lex_.determiners().MatchAt(t, trig_begin - 1, nullptr) == 0;
}

bool EventRules::Passive(const std::vector<Token>& t, size_t trig_begin, size_t trig_end) const {
  if (Lexicon::IsProgressive(t[trig_begin].lower)) return false;  // "was killing"
  int marker = 0;  // "a man shot by police"
  if (trig_end < t.size() && lex_.role_markers().MatchAt(t, trig_end, &marker) == 1 && marker == Lexicon::kAgentMarker)
    return true;
  size_t k = trig_begin;
  while (k > 0) {
    --k;
    if (lex_.voice_skips().MatchAt(t, k, nullptr) == 1 || Lexicon::IsAdverb(t[k].lower)) continue;
    return lex_.passive_auxiliaries().MatchAt(t, k, nullptr) == 1;
  }
  return false;
}

void EventRules::AssignGeneralRoles(const std::vector<Token>& t, int trigger, size_t trig_begin, size_t trig_end,
                                    const std::vector<const EntityMention*>& actors,
                                    std::map<std::string, std::string>* role_of) const {
  if (lex_.trigger_lemma(trigger).empty()) return;  // a business phrase: its type's own roles
  const bool verb = ReadsAsVerb(t, trigger, trig_begin);
  const bool passive = verb && Passive(t, trig_begin, trig_end);
  for (const EntityMention* m : actors) {
    std::string& role = (*role_of)[m->entity_id];
    if (role != roles::kParty) continue;
    const size_t k = TokenAt(t, m->span.begin);
    auto marker_at = [&](size_t at) {
      int marker = 0;
      return at > 0 && lex_.role_markers().MatchAt(t, at - 1, &marker) == 1 ? marker : 0;
    };
    // "a Michigan man": the name modifies the noun that does it.
    if (marker_at(k) == Lexicon::kModifierLead) continue;
    size_t lead = k;  // the word before the name, past a determiner ("by the FBI")
    if (lead > 0 && lex_.determiners().MatchAt(t, lead - 1, nullptr) == 1) --lead;
    const int marker = marker_at(lead);
    // "in Detroit": an adjunct.
    if (marker == 0 && lead > 0 && lex_.prepositions().MatchAt(t, lead - 1, nullptr) == 1) continue;
    if (k < trig_begin) {
      if (verb) role = passive || lex_.subject_undergoes(trigger) ? roles::kPatient : roles::kAgent;
    } else if (marker == Lexicon::kAgentMarker) {
      if (passive || !verb) role = roles::kAgent;
    } else if (!verb) {
      if (marker == Lexicon::kPatientMarker) role = roles::kPatient;
    } else if (!passive) {
      role = roles::kPatient;
    }
  }
}

std::vector<const EntityMention*> EventRules::Actors(const SentenceView& s, const std::string& type, size_t trig_begin,
                                                     uint32_t enumeration_from, const std::vector<Relay>& relays) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<const EntityMention*> actors;
  std::set<std::string> ids;
  // The names in the trigger's window; when it holds none (the event told by a pronoun, "when it
  // signed off on its restructuring"), every name of the sentence, as before the window.
  const Window window = ParticipantWindow(s, trig_begin, enumeration_from);
  for (bool windowed : {true, false}) {
    for (const EntityMention* m : s.entities) {
      const size_t at = TokenAt(t, m->span.begin);
      const bool subject = at >= window.subject && at <= window.subject + 1 && at < trig_begin;  // after "The"
      if (windowed && (at < window.begin || at >= window.end) && !subject) continue;
      if (TakesPart(s, type, *m, enumeration_from, relays) && ids.insert(m->entity_id).second) actors.push_back(m);
    }
    if (!actors.empty()) break;
  }
  return actors;
}

std::string EventRules::TypeRole(const std::vector<Token>& t, const std::string& type, const EntityMention& m,
                                 size_t trig_begin, bool investee_seen) const {
  const size_t k = TokenAt(t, m.span.begin);
  const size_t after = TokenAt(t, m.span.end);
  int prep = -1;
  if (k > 0) {
    int p = -1;
    if (lex_.role_prepositions().MatchAt(t, k - 1, &p) == 1) prep = p;
    else if (k > 1 && t[k - 1].lower == "the" && lex_.role_prepositions().MatchAt(t, k - 2, &p) == 1) prep = p;
  }
  const bool possessive = after < t.size() && t[after].lower == "'s";
  if (type == "investment") {
    // "X's multibillion-dollar investment in Y": X invests; "X's earliest backers, investing":
    // X is invested in.
    const size_t gap = trig_begin > after ? trig_begin - after : 0;
    bool comma = false;
    for (size_t g = after; g < trig_begin; ++g) comma = comma || t[g].IsPunct(',');
    if (prep == 1 && k > trig_begin) return "investee";
    if ((possessive && k < trig_begin && gap <= 4 && !comma) || after == trig_begin) return "investor";
    if (possessive && k < trig_begin && !investee_seen) return "investee";
  } else if (type == "legal_threat" || type == "lawsuit") {
    bool after_threat = false;  // "X threatens Y and Z with legal action"
    for (size_t g = 0; g < k && !after_threat; ++g) after_threat = t[g].lower.rfind("threat", 0) == 0 && g + 1 < trig_begin;
    if ((prep == 0 && k > trig_begin) || (after_threat && k < trig_begin)) return "defendant";
    if (k < trig_begin) return "plaintiff";
  } else if (type == "announcement") {
    if (k < trig_begin) return "announcer";
  } else if (type == "report") {
    return "publisher";
  }
  return m.type == "place" ? "place" : "party";
}

void EventRules::SettleInvestmentRoles(const std::vector<Token>& t, size_t trig_begin,
                                       const std::vector<const EntityMention*>& actors,
                                       std::map<std::string, std::string>* roles) const {
  bool have_investor = false;
  int investees = 0;
  for (auto& [id, r] : *roles) {
    have_investor = have_investor || r == "investor";
    investees += r == "investee";
  }
  if (investees > 1) {  // the one after "in" wins over a possessive
    for (const EntityMention* m : actors) {
      if ((*roles)[m->entity_id] == "investee" && TokenAt(t, m->span.begin) < trig_begin) (*roles)[m->entity_id] = "party";
    }
  }
  for (const EntityMention* m : actors) {
    if ((*roles)[m->entity_id] == "party" && !have_investor && TokenAt(t, m->span.begin) < trig_begin) {
      (*roles)[m->entity_id] = "investor";
      have_investor = true;
    }
  }
}

void EventRules::AddParticipants(const SentenceView& s, const std::string& type, int trigger, size_t trig_begin,
                                 size_t trig_end, uint32_t enumeration_from, const std::vector<Relay>& relays, const Relay* best_relay,
                                 Event* e) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<const EntityMention*> actors = Actors(s, type, trig_begin, enumeration_from, relays);
  // A report's publisher is the outlet its cue names ("first reported by Business Insider, and
  // later seen by the FT" is Business Insider's report; the FT's is a relay of its own).
  if (type == "report" && best_relay && best_relay->named) {
    actors.clear();
    e->participants.push_back({best_relay->outlet_id, best_relay->outlet, "publisher"});
  }
  bool investee_seen = false;
  std::map<std::string, std::string> roles;
  for (const EntityMention* m : actors) {
    const std::string role = TypeRole(t, type, *m, trig_begin, investee_seen);
    investee_seen = investee_seen || role == "investee";
    roles[m->entity_id] = role;
  }
  if (type == "investment") SettleInvestmentRoles(t, trig_begin, actors, &roles);
  if (type == "legal_threat" || type == "lawsuit") {
    // Only the nearest subject before the trigger threatens; earlier ones are context.
    bool first = true;
    for (auto it = actors.rbegin(); it != actors.rend(); ++it) {
      std::string& r = roles[(*it)->entity_id];
      if (r != "plaintiff") continue;
      if (!first) r = "party";
      first = false;
    }
  }
  AssignGeneralRoles(t, trigger, trig_begin, trig_end, actors, &roles);
  for (const EntityMention* m : actors) e->participants.push_back({m->entity_id, NameOf(*m), roles[m->entity_id]});
}

// "is weighing", "now" (not "is to buy": a plan restated) at token k.
bool EventRules::PresentAt(const std::vector<Token>& t, size_t k) const {
  int kind = 0;
  return lex_.present_markers().MatchAt(t, k, &kind) > 0 && kind == 0;
}

// The mention's date: its own (`d`), else for a report or an event told in the present, when it
// names a participant, the article's date (an upper bound when the sentence relays another outlet), else none.
void EventRules::DateMention(const std::vector<Token>& t, size_t trig_begin, const TimeExpression* d,
                             const PublicationDate& published, Event* v) const {
  if (d) {
    v->has_date = true;
    v->date = *d;
    v->rule += ";date=" + d->rule;
  } else if (published.known() && !published.interval.empty() && !v->participants.empty()) {
    bool present = false;
    for (size_t k = trig_begin > 4 ? trig_begin - 4 : 0; k < trig_begin; ++k) present = present || PresentAt(t, k);
    if (t[trig_begin].lower.size() > 1 && PresentAt(t, trig_begin)) present = true;
    if (v->type == "report" || present) {
      // What the sentence relays from another outlet was reported on or before this date.
      const std::string why = v->type == "report" ? "article-date(report)" : "article-date(present)";
      v->has_date = true;
      v->date = v->primary_source.empty() ? ArticleDateExpression(published, why) : ArticleDateBound(published, why);
      v->rule += ";date=" + v->date.rule + (v->primary_source.empty() ? "" : ",not-after");
    }
  }
}

EventRules::Hedging EventRules::HedgingOf(const std::vector<Token>& t) const {
  Hedging h;
  for (size_t k = 0; k < t.size(); ++k) {
    int payload = 0;
    const size_t n = lex_.hedges().MatchAt(t, k, &payload);
    if (n == 0 || (n == 1 && t[k].capitalized && t[k].lower == "may")) continue;  // "May" the month
    h.hedged = true;
    h.passes_on_report = h.passes_on_report || payload == Lexicon::kReportHedge || payload == Lexicon::kUnnamedReportHedge;
    h.names_reports = h.names_reports || payload == Lexicon::kUnnamedReportHedge;
    h.names_sources = h.names_sources || payload == Lexicon::kUnnamedSourceHedge;
  }
  return h;
}

EventRules::SentenceFacts EventRules::FactsOf(const SentenceView& s, const std::vector<Relay>& relays) const {
  const std::vector<Token>& t = s.tokens;
  SentenceFacts f;
  f.enumeration_from = s.span.end;
  for (size_t k = 0; k < t.size(); ++k) {
    if (lex_.enumeration_cues().MatchAt(t, k, nullptr) > 0) {
      f.enumeration_from = t[k].span.begin;
      break;
    }
  }
  f.hedging = HedgingOf(t);
  for (const Relay& r : relays) {
    if (!f.best_relay || r.priority > f.best_relay->priority) f.best_relay = &r;
  }
  for (const Quantity* q : s.quantities) {
    const size_t at = TokenAt(t, q->span.begin);
    if (UsefulAmount(*q) && !IsChangeTarget(lex_, t, at)) f.amounts.push_back({q, at});
  }
  // Resolved and unresolved calendar dates (an unresolved nearest one wins: no date).
  f.dates = CalendarDates(s);
  f.segment = Segments(t);
  return f;
}

bool EventRules::ActionBefore(const std::vector<Token>& t, size_t trigger) const {
  for (size_t k = trigger; k > 0 && trigger - k < 8;) {
    --k;
    if (lex_.action_verbs().MatchAt(t, k, nullptr) > 0) return true;
    if (t[k].IsPunct(',') || t[k].IsPunct(';') || t[k].lower == "that") return false;
  }
  return false;
}

bool EventRules::Supported(const std::vector<Token>& t, const SentenceFacts& f, size_t begin, size_t end,
                           std::string* why) const {
  bool amount_near = false;
  for (const Amount& a : f.amounts) {
    if (a.token + 6 >= begin && a.token <= end + 4 && a.q->kind == QuantityKind::kMoney) amount_near = true;
  }
  if (!amount_near && !ActionBefore(t, begin)) return false;
  *why = amount_near ? "noun+amount" : "noun+action-verb";
  return true;
}

std::vector<EventRules::Variant> EventRules::Variants(const std::vector<Token>& t, const SentenceFacts& f,
                                                      const std::string& type, size_t begin, size_t end,
                                                      std::string* rule) const {
  std::vector<Variant> variants;
  if (type == "investment" && f.amounts.size() >= 2 && f.dates.size() >= 2) {
    for (size_t a = 0; a < f.amounts.size(); ++a) {
      const size_t limit = a + 1 < f.amounts.size() ? f.amounts[a + 1].token : t.size();
      const TimeExpression* d = nullptr;
      for (const DateCandidate& w : f.dates) {
        if (w.token > f.amounts[a].token && w.token < limit) {
          d = w.x->resolved ? w.x : nullptr;
          break;
        }
      }
      variants.push_back({{*f.amounts[a].q}, d});
    }
    *rule += ";amount-date-pairs";
    return variants;
  }
  std::vector<Quantity> qs;
  for (const Amount& a : f.amounts) {
    if (a.token < t.size() && f.segment[a.token] == f.segment[begin]) qs.push_back(*a.q);
  }
  variants.push_back({qs, NearestDate(t, f.dates, f.segment, begin, end, rule)});
  return variants;
}

bool EventRules::NamesPriorEvent(const std::vector<Token>& t, size_t trigger) const {
  for (size_t k = trigger > 8 ? trigger - 8 : 0; k < trigger; ++k) {
    if (lex_.Is(WordClass::kPriorMarkers, t, k)) return true;
  }
  return false;
}

void EventRules::Extract(std::string_view text, const SentenceView& s, const std::vector<Relay>& relays,
                         std::string_view active_report, const PublicationDate& published,
                         std::vector<Event>* out) const {
  const std::vector<Token>& t = s.tokens;
  if (t.empty()) return;
  const SentenceFacts f = FactsOf(s, relays);
  std::set<std::string> seen_types;
  for (size_t i = 0; i < t.size();) {
    int payload = 0;
    const size_t n = lex_.triggers().MatchAt(t, i, &payload);
    if (n == 0) {
      ++i;
      continue;
    }
    const size_t trig_begin = i, trig_end = i + n;
    i += n;
    const std::string& type = lex_.event_type(payload);
    if (type.empty() || seen_types.count(type)) continue;
    std::string why = "trigger";
    if (lex_.trigger_needs_support(payload) && !Supported(t, f, trig_begin, trig_end, &why)) continue;
    if (t[trig_begin].span.begin >= f.enumeration_from) continue;
    seen_types.insert(type);

    Event e;
    e.type = type;
    e.sentence = s.index;
    e.trigger = {t[trig_begin].span.begin, t[trig_end - 1].span.end};
    e.lemma = lex_.trigger_lemma(payload).empty() ? TriggerLemma(t, trig_begin, trig_end) : lex_.trigger_lemma(payload);
    e.hedged = f.hedging.hedged;
    // Kept whatever the sources say of it: "unlikely to pursue legal action" is a negated mention,
    // which the timeline sets against the mentions that say it happened.
    e.factuality = FactualityAt(lex_, t, trig_begin, trig_end, &e.factuality_cue);
    if (f.best_relay) e.primary_source = f.best_relay->outlet;
    else if (f.hedging.passes_on_report && !active_report.empty()) e.primary_source = std::string(active_report);
    else if (f.hedging.names_reports) e.unnamed_report = true;
    e.unnamed_sources = e.primary_source.empty() && f.hedging.names_sources;
    e.rule = "trigger=" + Lower(e.trigger.Of(text)) + ";" + why + ";factuality=" + FactualityName(e.factuality);
    AddParticipants(s, type, payload, trig_begin, trig_end, f.enumeration_from, relays, f.best_relay, &e);

    const bool prior = NamesPriorEvent(t, trig_begin);
    for (auto& [qs, d] : Variants(t, f, type, trig_begin, trig_end, &e.rule)) {
      // A trigger with neither participants nor a date of its own ("the quake", "talks went on"
      // with no named party) is kept: alone it places nothing on a timeline (BuildTimeline leaves
      // it out), but it joins the event its article tells, as one more source. An earlier event
      // named in passing, undated here, is not this story's and would merge into it.
      if (!d && prior) continue;
      Event v = e;
      v.amounts = qs;
      DateMention(s.tokens, trig_begin, d, published, &v);
      v.summary = SummaryOf(v);
      out->push_back(std::move(v));
    }
  }
}

}  // namespace extract

std::string EventMergeKey(const Event& event) {
  std::vector<std::string> parts;
  for (const Participant& p : event.participants) {
    parts.push_back(p.role + "=" + (p.entity_id.empty() ? p.name : p.entity_id));
  }
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::string key = event.type;
  for (const std::string& part : parts) key += "|" + part;
  return key;
}

}  // namespace newsline
