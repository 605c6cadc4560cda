// Fact rules: figure -> attribute (cue before, cue after, counted noun, apposition, fallback) ->
// subjects and roles -> frame -> time -> attribution -> label.
#include "extract/facts/facts.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace newsline {
namespace extract {

struct FactRules::Figure {
  const Quantity* q = nullptr;
  size_t first = 0;  // token range [first, last]
  size_t last = 0;
  const std::vector<Token>* tokens = nullptr;
};

struct FactRules::Attribute {
  std::string name;
  int rank = 0;      // 0: none
  int direction = 0;
  Span cue;
  size_t cue_first = 0, cue_last = 0;  // token range of the cue (valid when cue is not empty)
  std::string rule;
  bool anchored = false;  // named by a unit or a counted noun only: a noun phrase may anchor it
  bool found() const { return rank > 0; }
};

namespace {

constexpr size_t kBeforeWindow = 8;  // tokens searched before the figure for its cue
constexpr size_t kAfterWindow = 6;
constexpr size_t kSubjectWindow = 14;

bool IsHardBoundary(const Token& t) {
  return t.IsPunct('.') || t.IsPunct(';') || t.IsPunct('?') || t.IsPunct('!') || t.IsPunct('"');
}

// "cables" -> "cable", "bodies" -> "body", "boxes" -> "box".
std::string Singular(std::string noun) {
  auto ends = [&](const char* s) {
    size_t n = std::char_traits<char>::length(s);
    return noun.size() > n + 1 && noun.compare(noun.size() - n, n, s) == 0;
  };
  if (ends("ies")) return noun.substr(0, noun.size() - 3) + "y";
  if (ends("sses") || ends("xes") || ends("ches") || ends("shes")) return noun.substr(0, noun.size() - 2);
  if (ends("ss")) return noun;
  if (ends("s")) return noun.substr(0, noun.size() - 1);
  return noun;
}

// Token indexes of a span: the first token starting at or after span.begin, the last ending at
// or before span.end. False when no token lies inside.
bool TokenRange(const std::vector<Token>& t, Span span, size_t* first, size_t* last) {
  bool found = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].span.begin < span.begin || t[i].span.end > span.end) continue;
    if (!found) *first = i;
    *last = i;
    found = true;
  }
  return found;
}

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

bool IsParticiple(const Token& t) {
  return t.word && !t.capitalized && t.lower.size() > 5 && t.lower.compare(t.lower.size() - 3, 3, "ing") == 0;
}

// True when tokens [from, to) are lower-case words (adjectives: "recent", "multi-year").
bool OnlyModifiers(const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (!t[k].word || t[k].capitalized) return false;
  }
  return true;
}

// A date on the calendar ("2019", "XXXX-09", "XXXX-WXX-1"), not "PRESENT_REF" or "PAST_REF".
bool OnCalendar(const TimeExpression& t) {
  return t.type == TimexType::kDate && !t.value.empty() && t.value.find("_REF") == std::string::npos;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// What the figure measures.

// The attribute a cue of n tokens at token j names.
FactRules::Attribute FactRules::FromCue(const AttributeCue& cue, const std::vector<Token>& t, size_t j, size_t n,
                                        const char* rule) {
  Attribute a;
  a.name = cue.attribute;
  a.rank = cue.rank;
  a.direction = cue.direction;
  a.cue = {t[j].span.begin, t[j + n - 1].span.end};
  a.cue_first = j;
  a.cue_last = j + n - 1;
  a.rule = rule;
  return a;
}

FactRules::Attribute FactRules::BeforeCue(const SentenceView& s, const Figure& f) const {
  const std::vector<Token>& t = s.tokens;
  Attribute best;
  const size_t from = f.first > kBeforeWindow ? f.first - kBeforeWindow : 0;
  for (size_t j = f.first; j-- > from;) {
    // A comma or "and" ends the figure's clause: in "Ten people are killed and about 50 hurt",
    // "killed" is the other figure's cue. Not so in an ellipsis, where a figure of the same kind
    // stands before "and": "investing $1 billion in 2019 and $10 billion in 2023".
    if (IsHardBoundary(t[j]) || t[j].IsPunct(',')) break;
    if (t[j].lower == "and" && !FigureBefore(s, f, j)) break;
    int payload = 0;
    const size_t n = lex_.cues(CueSide::kBefore).MatchAt(t, j, &payload);
    if (n == 0 || j + n > f.first) continue;
    const AttributeCue& cue = lex_.cue(payload);
    if ((cue.kinds & FigureKindBit(f.q->kind)) && cue.rank > best.rank) best = FromCue(cue, t, j, n, "cue-before");
  }
  return best;
}

// The figure of `s` that starts at token j, or nullptr.
const Quantity* FactRules::FigureAt(const SentenceView& s, size_t j) const {
  for (const Quantity* q : s.quantities) {
    if (j < s.tokens.size() && q->span.begin == s.tokens[j].span.begin) return q;
  }
  return nullptr;
}

// "the three" in "two of the three victims died": the whole a part is taken from. The verb tells
// of the part.
bool FactRules::WholeOfPartitive(const SentenceView& s, const Figure& f) const {
  const std::vector<Token>& t = s.tokens;
  for (size_t n = 1; n <= 3 && n <= f.first; ++n) {
    const size_t link = f.first - n;
    if (link == 0 || lex_.partitive_links().MatchAt(t, link, nullptr) != n) continue;
    for (const Quantity* q : s.quantities) {
      if (q != f.q && q->span.end == t[link - 1].span.end) return true;
    }
  }
  return false;
}

FactRules::Attribute FactRules::AfterCue(const SentenceView& s, const Figure& f) const {
  const std::vector<Token>& t = s.tokens;
  Attribute best;
  // The whole of a partitive keeps only a cue right after it ("30 of the 80 wounded remained").
  const bool whole = WholeOfPartitive(s, f);
  size_t j = f.last + 1;
  for (size_t steps = 0; j < t.size() && steps < kAfterWindow && (!whole || j == f.last + 1); ++steps) {
    // "two of the three victims died": past the whole and its noun to the verb; a cue right after
    // the whole is its own ("30 of the 80 wounded").
    if (const size_t n = lex_.partitive_links().MatchAt(t, j, nullptr); n > 0 && j == f.last + 1) {
      size_t first = 0, last = 0;
      const Quantity* of = FigureAt(s, j + n);
      if (of && TokenRange(t, of->span, &first, &last)) {
        j = last + 1;
        if (j < t.size() && t[j].lower == of->qualifies) ++j;
        else if (j < t.size()) j += lex_.cues(CueSide::kAfter).MatchAt(t, j, nullptr);
        continue;
      }
    }
    int payload = 0;
    const size_t n = lex_.cues(CueSide::kAfter).MatchAt(t, j, &payload);
    if (n > 0) {
      const AttributeCue& cue = lex_.cue(payload);
      if ((cue.kinds & FigureKindBit(f.q->kind)) && cue.rank > best.rank) best = FromCue(cue, t, j, n, "cue-after");
      j += n;
      continue;
    }
    if (const size_t next = PastCoordinated(s, j); next > j) {  // "two women and one man died"
      j = next;
      continue;
    }
    const bool counted_noun = t[j].lower == f.q->qualifies;
    // A bare number may count a noun the quantity reader did not know ("300 crewmen").
    const bool unknown_noun = f.q->kind == QuantityKind::kNumber && j == f.last + 1 && t[j].word && !t[j].capitalized;
    if (!counted_noun && !unknown_noun && lex_.after_skips().MatchAt(t, j, nullptr) == 0) break;
    ++j;
  }
  return best;
}

// True when a figure of f's kind ends within five tokens before token `at`.
bool FactRules::FigureBefore(const SentenceView& s, const Figure& f, size_t at) const {
  const std::vector<Token>& t = s.tokens;
  const uint32_t from = t[at >= 5 ? at - 5 : 0].span.begin;
  for (const Quantity* q : s.quantities) {
    if (q != f.q && q->kind == f.q->kind && q->span.end <= t[at].span.begin && q->span.begin >= from) return true;
  }
  return false;
}

// After "and" + another figure of a coordination ("and one man"), the index past it; else j.
size_t FactRules::PastCoordinated(const SentenceView& s, size_t j) const {
  const std::vector<Token>& t = s.tokens;
  if (t[j].lower != "and" || j + 1 >= t.size()) return j;
  for (const Quantity* q : s.quantities) {
    if (q->span.begin != t[j + 1].span.begin) continue;
    size_t first = 0, last = 0;
    if (!TokenRange(t, q->span, &first, &last)) return j;
    if (last + 1 < t.size() && t[last + 1].lower == q->qualifies) ++last;
    return last + 1;
  }
  return j;
}

FactRules::Attribute FactRules::NounCue(const Figure& f) const {
  Attribute a;
  if (f.q->qualifies.empty()) return a;
  std::vector<Token> noun(1);
  noun[0].lower = f.q->qualifies;
  noun[0].word = true;
  int payload = 0;
  if (lex_.cues(CueSide::kNoun).MatchAt(noun, 0, &payload) == 0) return a;
  const AttributeCue& cue = lex_.cue(payload);
  if (!(cue.kinds & FigureKindBit(f.q->kind))) return a;
  a.name = cue.attribute;
  a.rank = cue.rank;
  a.rule = "noun(" + f.q->qualifies + ")";
  return a;
}

// "Brian Nichols, 37, ..." / "Nichols (37)": a person's age.
FactRules::Attribute FactRules::AgeApposition(const SentenceView& s, const Figure& f) const {
  Attribute a;
  const std::vector<Token>& t = s.tokens;
  if (f.q->kind != QuantityKind::kNumber || f.first < 2 || f.last + 1 >= t.size()) return a;
  const bool opens = t[f.first - 1].IsPunct(',') || t[f.first - 1].IsPunct('(');
  const bool closes = t[f.last + 1].IsPunct(',') || t[f.last + 1].IsPunct(')') || t[f.last + 1].IsPunct('.');
  if (!opens || !closes || f.q->value < 1 || f.q->value > 120 || f.q->value != std::floor(f.q->value)) return a;
  // A person's name: an entity that is a person or of unknown type, or a capitalized word.
  bool name = t[f.first - 2].word && t[f.first - 2].capitalized;
  for (const EntityMention* e : s.entities) {
    if (e->span.end == t[f.first - 2].span.end) name = e->type == "person" || e->type == "unknown" || e->type.empty();
  }
  if (!name) return a;
  a.name = "age";
  a.rank = 3;
  a.rule = "apposition(age)";
  return a;
}

// No cue: a count of things ("three undersea cables"), a share of something ("65% of traffic"),
// an amount nothing names. Bare numbers and durations need a cue.
FactRules::Attribute FactRules::Fallback(const SentenceView& s, const Figure& f) const {
  Attribute a;
  const Quantity& q = *f.q;
  const std::vector<Token>& t = s.tokens;
  if (q.kind == QuantityKind::kCount && !q.qualifies.empty()) {
    if (q.value == 1) return a;  // "one answer", "one rule": not a figure anyone states
    a.name = "count:" + Singular(q.qualifies);
    a.rule = "counted-noun";
    a.anchored = true;
  } else if (q.kind == QuantityKind::kPercent) {
    a.name = "percentage";
    for (size_t j = f.last + 1; j < t.size() && j < f.last + 5; ++j) {
      if (t[j].lower == "of" || t[j].lower == "the" || t[j].lower == "'s" || (t[j].word && t[j].capitalized)) continue;
      if (!t[j].word || words_.stop_words().MatchAt(t, j, nullptr) > 0) break;
      if (j > f.last + 1 && t[f.last + 1].lower == "of") a.name = "share:" + Singular(t[j].lower);
      break;
    }
    a.rule = "percentage";
    a.anchored = true;
  } else if (q.kind == QuantityKind::kMoney) {
    a.name = "amount";
    a.rule = "amount";
  } else if (q.kind == QuantityKind::kPower) {
    a.name = "capacity";
    a.rule = "power";
  } else if (q.kind == QuantityKind::kDuration) {
    a.name = q.qualifies.empty() ? "duration" : "duration:" + Singular(q.qualifies);
    a.rule = "duration";
  }
  a.rank = a.name.empty() ? 0 : 1;
  return a;
}

// "7 km", "13 nautical miles", "15 seconds": the unit names a measurement.
const FactLexicon::Measure* FactRules::MeasureOf(const SentenceView& s, const Figure& f) const {
  if (f.q->kind != QuantityKind::kCount && f.q->kind != QuantityKind::kNumber) return nullptr;
  int payload = 0;
  for (size_t j = f.last + 1; j < s.tokens.size() && j <= f.last + 3; ++j) {
    if (lex_.measures().MatchAt(s.tokens, j, &payload) > 0) return &lex_.measure(payload);
    if (!s.tokens[j].word || s.tokens[j].capitalized) break;
  }
  return nullptr;
}

FactRules::Attribute FactRules::AttributeOf(const SentenceView& s, const Figure& f) const {
  Attribute best = AgeApposition(s, f);
  if (const FactLexicon::Measure* m = MeasureOf(s, f)) {
    best.name = m->attribute;
    best.rank = 1;
    best.rule = "measure(" + m->unit + ")";
    best.anchored = true;
  }
  for (Attribute a : {BeforeCue(s, f), AfterCue(s, f), NounCue(f)}) {
    if (a.rank > best.rank) best = std::move(a);
  }
  if (!best.found()) best = Fallback(s, f);
  return best;
}

// ---------------------------------------------------------------------------------------------
// Who and what it is about.

// True when the entity starting at token b is governed by a role preposition, directly or past up
// to two modifiers ("with ecommerce giant Amazon", "off south Iran"), not reaching back to `floor`.
// The preposition's role and position go to *role and *at.
// "told AFP": the listener of a reporting verb is an outlet or a person told, not a subject.
bool FactRules::Listener(const std::vector<Token>& t, size_t b) const {
  int payload = 0;
  return b > 0 && words_.cues().MatchAt(t, b - 1, &payload) == 1 && words_.cue_info(payload).takes_listener;
}

bool FactRules::GovernedAt(const std::vector<Token>& t, size_t b, size_t floor, int* role, size_t* at) const {
  size_t p = b;
  for (size_t skipped = 0; p > floor + 1 && p > 0; ++skipped) {
    --p;
    if (lex_.role_prepositions().MatchAt(t, p, role) > 0) {
      if (at) *at = p;
      return true;
    }
    const std::string& w = t[p].lower;
    const bool verb_form = (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) ||
                           (w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0);
    if (skipped >= 2 || !t[p].word || t[p].capitalized || verb_form) return false;
  }
  return false;
}

// True when nothing between the name ending at token l and token `left` stops it being the
// subject: not the speaker ("the governor said the quake killed 10"), nor a name in another
// comma-separated part ("Quake hits island off south Iran, five hurt") unless a relative clause
// or a participle follows the comma ("Microsoft, which invested", "backers, investing").
bool FactRules::ReachesFigure(const std::vector<Token>& t, size_t l, size_t left) const {
  for (size_t k = l + 1; k < left; ++k) {
    const bool relative = t[k].IsPunct(',') && k + 1 < t.size() &&
                          (lex_.relatives().MatchAt(t, k + 1, nullptr) > 0 || IsParticiple(t[k + 1]));
    if (IsHardBoundary(t[k]) || words_.cues().MatchAt(t, k, nullptr) > 0 || (t[k].IsPunct(',') && !relative)) {
      return false;
    }
  }
  return true;
}

// A name before the figure: its possessor ("Microsoft's multibillion-dollar investment",
// "OpenAI's recent $50 billion partnership") is added to `out`; else, for a verb cue, a name
// neither governed by a preposition (a place, a listener) nor possessive is an agent candidate.
bool FactRules::AgentCandidate(const std::vector<Token>& t, const EntityMention& e, size_t b, size_t l,
                               const Figure& f, const Attribute& a, size_t left, std::vector<Participant>* out) const {
  const size_t after = t[l].lower == "'s" ? l + 1 : l + 2;
  const bool possessive = t[l].lower == "'s" || (l + 1 < t.size() && t[l + 1].lower == "'s");
  if (possessive && after <= f.first && f.first - after <= 2 && OnlyModifiers(t, after, f.first)) {
    out->push_back({e.entity_id, e.text, "possessor"});
    return false;
  }
  // A figure that qualifies a noun ("a $50 billion cloud deal") belongs to the noun phrase, not
  // to the clause's subject ("Microsoft is weighing action ... over a $50 billion deal").
  if (possessive || a.rule.rfind("noun(", 0) == 0) return false;
  int role = 0;
  // Governed by a preposition, directly or as the second of a pair ("against Acme and Beta").
  const bool governed = GovernedAt(t, b, 0, &role) || (b > 2 && t[b - 1].lower == "and" && GovernedAt(t, b - 2, 0, &role));
  return !governed && ReachesFigure(t, l, left);
}

// A name after the figure that a role preposition governs, past up to three modifiers
// ("partnership with ecommerce giant Amazon"); the preposition is its role.
void FactRules::SubjectAfter(const std::vector<Token>& t, const EntityMention& e, size_t b, size_t right,
                             std::vector<Participant>* out) const {
  int role = 0;
  size_t p = 0;
  if (!GovernedAt(t, b, right, &role, &p)) return;
  for (size_t k = right + 1; k < p; ++k) {
    if (IsHardBoundary(t[k]) || t[k].IsPunct(',')) return;
  }
  out->push_back({e.entity_id, e.text, lex_.role_name(role)});
}

// Canonical names, one entity per role (nearest first), parties of a symmetric attribute.
std::vector<Participant> FactRules::Finalize(std::vector<Participant> out, const Attribute& a) const {
  for (Participant& p : out) {
    if (std::string name = pack_.NameOf(p.entity_id); !name.empty()) p.name = name;  // "the startup" -> "OpenAI"
  }
  std::vector<Participant> unique;
  for (const Participant& p : out) {
    bool seen = false;
    for (const Participant& u : unique) seen = seen || u.role == p.role || u.entity_id == p.entity_id;
    if (!seen) unique.push_back(p);
  }
  // A deal or a settlement binds its parties alike: "Amazon's deal with OpenAI" is OpenAI's too.
  if (lex_.IsSymmetric(a.name)) {
    for (Participant& p : unique) p.role = "party";
  }
  return unique;
}

std::vector<Participant> FactRules::SubjectsOf(const SentenceView& s, const Figure& f, const Attribute& a) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<Participant> out;
  const size_t left = a.cue.empty() ? f.first : std::min(f.first, a.cue_first);
  const size_t right = a.cue.empty() ? f.last : std::max(f.last, a.cue_last);
  const EntityMention* agent = nullptr;
  size_t agent_at = 0;
  for (const EntityMention* e : s.entities) {
    size_t b = 0, l = 0;
    if (!TokenRange(t, e->span, &b, &l) || Listener(t, b)) continue;
    if (l < left && left - l <= kSubjectWindow) {
      if (AgentCandidate(t, *e, b, l, f, a, left, &out) && (!agent || b > agent_at)) {
        agent = e;
        agent_at = b;
      }
    } else if (!a.cue.empty() && b > a.cue_last && l < f.first && a.cue_last < f.first) {
      out.push_back({e->entity_id, e->text, "object"});  // "fined Microsoft $500 million"
    } else if (b > right && b - right <= kSubjectWindow / 2) {
      SubjectAfter(t, *e, b, right, &out);
    }
  }
  // A weak attribute (a measure, a count of things) with no entity is anchored by its noun phrase.
  if (out.empty() && !agent && a.anchored) AddAnchor(s, right, &out);
  // "Brian Nichols, 37,": the age is the named person's.
  if (a.rule == "apposition(age)") {
    agent = nullptr;
    for (const EntityMention* e : s.entities) {
      if (e->span.end == t[f.first - 2].span.end) agent = e;
    }
  }
  if (agent) out.insert(out.begin(), {agent->entity_id, agent->text, "agent"});
  return Finalize(std::move(out), a);
}

// With no entity to tie it to, the noun phrase after the figure's first role preposition anchors
// it: "13 nautical miles away from the merchant vessel" -> from "vessel" (id "n:vessel").
void FactRules::AddAnchor(const SentenceView& s, size_t right, std::vector<Participant>* out) const {
  const std::vector<Token>& t = s.tokens;
  // Past the counted noun of "thousands of workers": its "of" is not an anchor.
  while (right + 1 < t.size() && (t[right + 1].lower == "of" || t[right + 1].word) &&
         s.tokens[right + 1].lower != "" && right + 2 < t.size() && t[right + 1].lower == "of") {
    right += 2;
  }
  for (size_t j = right + 1; j < t.size() && j <= right + 4; ++j) {
    if (!t[j].word) return;
    int role = 0;
    if (lex_.role_prepositions().MatchAt(t, j, &role) == 0) continue;
    size_t head = 0;
    for (size_t k = j + 1; k < t.size() && k <= j + 4; ++k) {
      if (!t[k].word || t[k].capitalized || lex_.role_prepositions().MatchAt(t, k, nullptr) > 0 ||
          words_.clause_boundaries().MatchAt(t, k, nullptr) > 0 || words_.clause_verbs().MatchAt(t, k, nullptr) > 0) {
        break;
      }
      const std::string& w = t[k].lower;
      if (w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 3, 3, "ing") == 0)) break;
      if (words_.stop_words().MatchAt(t, k, nullptr) == 0) head = k;
    }
    if (head == 0) return;
    const std::string noun = Singular(t[head].lower);
    out->push_back({"n:" + noun, std::string(s.tokens[head].lower), lex_.role_name(role)});
    return;
  }
}

// "the two companies", "its three units": a reference to things already counted, not a figure
// the sentence states.
bool FactRules::Definite(const SentenceView& s, const Figure& f) const {
  return f.q->kind == QuantityKind::kCount && f.first > 0 && lex_.determiners().MatchAt(s.tokens, f.first - 1, nullptr) > 0;
}

// "two women and one man died": a figure coordinated with another count is a part of a total.
bool FactRules::Coordinated(const SentenceView& s, const Figure& f) const {
  const std::vector<Token>& t = s.tokens;
  auto count_at = [&](size_t k) {
    for (const Quantity* q : s.quantities) {
      if (q != f.q && q->kind == f.q->kind && q->span.begin <= t[k].span.begin && t[k].span.end <= q->span.end) return true;
    }
    return false;
  };
  for (size_t j = f.last + 1; j < t.size() && j <= f.last + 4; ++j) {
    if (t[j].lower == "and") return j + 1 < t.size() && count_at(j + 1);
    if (!t[j].word) break;
  }
  // Backwards, the figure must follow "and" directly: "seven villages and killing 10" is not a pair.
  if (f.first >= 2 && t[f.first - 1].lower == "and") {
    const size_t j = f.first - 1;
    return count_at(j - 1) || (j > 1 && count_at(j - 2)) || (j > 2 && count_at(j - 3));
  }
  return false;
}

std::string FactRules::FrameOf(const SentenceView& s, const Figure& f) const {
  const std::vector<Token>& t = s.tokens;
  if ((f.q->kind == QuantityKind::kCount || f.q->kind == QuantityKind::kNumber) && Coordinated(s, f)) return "part";
  // "expand their agreement to $100 billion": the amount a change aims at, not the current one
  // (a toll that "rose to 10" is 10).
  if (f.q->kind == QuantityKind::kMoney && IsChangeTarget(words_, t, f.first)) return "target";
  // A frame word next to the figure, within its phrase: "a further $10 billion", "three other
  // rifles", "$300 billion pre-money" — never past a comma, "and" or another figure.
  auto blocks = [&](size_t k) {
    if (t[k].IsPunct(',') || t[k].lower == "and" || IsHardBoundary(t[k])) return true;
    for (const Quantity* q : s.quantities) {
      if (q != f.q && q->span.begin <= t[k].span.begin && t[k].span.end <= q->span.end) return true;
    }
    return false;
  };
  int payload = 0;
  for (size_t j = f.first, steps = 0; j-- > 0 && steps < 3 && !blocks(j); ++steps) {
    if (lex_.frames().MatchAt(t, j, &payload) > 0) return lex_.frame_name(payload);
  }
  for (size_t j = f.last + 1, steps = 0; j < t.size() && steps < 4 && !blocks(j); ++j, ++steps) {
    if (lex_.frames().MatchAt(t, j, &payload) > 0) return lex_.frame_name(payload);
  }
  return "";
}

// The date of the figure's clause: a resolved date between the nearest hard boundaries.
const TimeExpression* FactRules::TimeOf(const SentenceView& s, const Figure& f) const {
  const std::vector<Token>& t = s.tokens;
  size_t b = f.first, e = f.last;
  while (b > 0 && !IsHardBoundary(t[b - 1]) && !t[b - 1].IsPunct(',')) --b;
  while (e + 1 < t.size() && !IsHardBoundary(t[e + 1]) && !t[e + 1].IsPunct(',')) ++e;
  const Span clause{t[b].span.begin, t[e].span.end};
  auto distance = [&](const TimeExpression* x) {
    return x->span.end <= f.q->span.begin ? f.q->span.begin - x->span.end : x->span.begin - f.q->span.end;
  };
  const TimeExpression* best = nullptr;
  for (const TimeExpression* x : s.times) {
    if (!OnCalendar(*x) || !Overlaps(x->span, clause)) continue;
    if (!best || distance(x) < distance(best)) best = x;  // the nearest date of the clause
  }
  if (best) return best;
  // Else the sentence's date nearest the figure ("$1 billion in 2019 and $10 billion in 2023"): "At the end of July, an armed man ... making off
  // with jewellery worth €103 million" is July's robbery.
  for (const TimeExpression* x : s.times) {
    if (!OnCalendar(*x)) continue;
    if (!best || distance(x) < distance(best)) best = x;
  }
  return best;
}

// "could cost up to $2 billion", "may have killed 10": a modal right before the cue or the figure
// (auxiliaries and "not" may stand between).
bool FactRules::Hypothetical(const SentenceView& s, const Figure& f, const Attribute& a) const {
  const std::vector<Token>& t = s.tokens;
  size_t j = a.cue.empty() ? f.first : std::min(f.first, a.cue_first);
  for (size_t steps = 0; j > 0 && steps < 3; ++steps) {
    --j;
    if (lex_.modals().MatchAt(t, j, nullptr) > 0) return true;
    if (lex_.after_skips().MatchAt(t, j, nullptr) == 0 && t[j].lower != "not") return false;
  }
  return false;
}

void FactRules::AddAttribution(const std::vector<Claim>& claims, const std::vector<Relay>& relays, Fact* fact) const {
  for (const Claim& c : claims) {
    if (c.content.begin <= fact->value.span.begin && fact->value.span.end <= c.content.end) {
      fact->speaker = c.speaker;
      fact->primary_source = c.primary_source;
      // The speaker tells the figure and the outlet relays it; neither is what it is about.
      auto& subjects = fact->subjects;
      subjects.erase(std::remove_if(subjects.begin(), subjects.end(),
                                    [&](const Participant& p) {
                                      return (!c.speaker_id.empty() && p.entity_id == c.speaker_id) ||
                                             (!p.name.empty() && c.speaker.find(p.name) != std::string::npos) ||
                                             (!p.name.empty() && p.name == c.primary_source);
                                    }),
                     subjects.end());
      fact->hedged = c.hedged;
      fact->rule += ";claim=" + c.cue;
      return;
    }
  }
  for (const Relay& r : relays) {
    if (!r.named) continue;
    fact->primary_source = r.outlet;
    fact->rule += ";relay=" + r.cue;
    return;
  }
}

// "Amazon's investment in OpenAI", "death toll in Qeshm", "number of cables".
std::string FactRules::LabelOf(const Fact& fact) const {
  std::string owner, rest, parties;
  for (const Participant& p : fact.subjects) {
    if (p.role == "agent" || p.role == "possessor") {
      if (owner.empty()) owner = p.name + "'s ";
    } else if (p.role == "party") {
      parties += (parties.empty() ? "" : " and ") + p.name;
    } else if (p.role == "object") {
      rest += " (" + p.name + ")";
    } else {
      rest += " " + p.role + " " + p.name;
    }
  }
  if (!parties.empty()) rest = (parties.find(" and ") != std::string::npos ? " between " : " with ") + parties + rest;
  return owner + fact.attribute_label + rest;
}

void FactRules::Extract(std::string_view text, const SentenceView& s, const std::vector<Claim>& claims,
                        const std::vector<Relay>& relays, std::vector<Fact>* out) const {
  (void)text;
  for (const Quantity* q : s.quantities) {
    bool in_date = false;
    for (const TimeExpression* x : s.times) in_date = in_date || Overlaps(x->span, q->span);
    Figure f;
    f.q = q;
    if (in_date || !TokenRange(s.tokens, q->span, &f.first, &f.last)) continue;
    const Attribute a = AttributeOf(s, f);
    if (!a.found() || (a.rank < 2 && Definite(s, f))) continue;
    Fact fact;
    fact.sentence = s.index;
    fact.value = *q;
    if (const FactLexicon::Measure* m = MeasureOf(s, f)) fact.value.unit = m->unit;
    fact.attribute = a.name;
    fact.cue = a.cue;
    fact.direction = a.direction;
    if (a.direction < 0) {  // "fell 5%": the move is -5%
      fact.value.value = -q->value;
      fact.value.low = -q->high;
      fact.value.high = -q->low;
    }
    const std::string counted = a.name.rfind("count:", 0) == 0 ? q->qualifies : "";
    fact.attribute_label = !counted.empty() ? "number of " + counted
                           : a.name.rfind("share:", 0) == 0 ? "share of " + a.name.substr(6)
                                                            : lex_.Label(a.name);
    fact.subjects = SubjectsOf(s, f, a);
    fact.frame = FrameOf(s, f);
    if (const TimeExpression* when = TimeOf(s, f)) {
      fact.has_time = true;
      fact.time = *when;
    }
    fact.hypothetical = Hypothetical(s, f, a);
    fact.generic = lex_.IsGeneric(a.name);
    fact.rule = "fact=" + a.rule + (fact.hypothetical ? ";hypothetical" : "");
    AddAttribution(claims, relays, &fact);
    fact.label = LabelOf(fact);
    out->push_back(std::move(fact));
  }
}

}  // namespace extract
}  // namespace newsline
