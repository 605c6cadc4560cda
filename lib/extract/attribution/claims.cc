// Claim rules: cue -> speaker -> content -> polarity, hedges, topic, stance, primary source.
#include "extract/attribution/claims.h"

#include <algorithm>
#include <set>

namespace newsline {
namespace extract {
namespace {

// A speaker a pronoun stands for, resolved or not ("he", "the agency").
bool ByPronoun(SpeakerFrom from) { return from == SpeakerFrom::kPronoun || from == SpeakerFrom::kPronounUnresolved; }

}  // namespace

bool ClaimRules::Elliptical(const std::vector<Token>& t, Phrase content) const {
  // "it does not", "they do", "it is not", "it has not": a pronoun and auxiliaries only.
  if (content.empty() || content.end - content.begin > 4) return false;
  if (!(t[content.begin].lower == "it" || t[content.begin].lower == "they" ||
        t[content.begin].lower == "this"))
    return false;
  for (size_t k = content.begin + 1; k < content.end; ++k) {
    if (!lex_.Is(WordClass::kElidedAuxiliaries, t, k)) return false;
  }
  return content.end - content.begin >= 2;
}

namespace {

// The speaker a claim takes from an earlier one: who, unnamed or not, and through whom.
void TakeSpeaker(const SpeakerMemo& memo, Claim* c) {
  c->speaker_id = memo.id;
  c->speaker = memo.text;
  c->speaker_unnamed = memo.unnamed;
  c->primary_source = memo.primary_source;
  c->primary_source_cue = memo.primary_source_cue;
}

}  // namespace

bool ClaimRules::OpeningPluralSubject(std::string_view text, const SentenceView& s, Phrase p,
                                      const AttributionState& state, bool outlet_subject, Claim* c) const {
  // "Unnamed Contoso executives are said to ..., and they argue": the plural subject that
  // opens the same sentence.
  const std::vector<Token>& t = s.tokens;
  for (size_t k = 0; k < p.begin && k < 6; ++k) {
    size_t n = lex_.unnamed_speakers().MatchAt(t, k, nullptr);
    if (n == 0) continue;
    size_t b = 0, e = k + n;
    while (b < k && lex_.speaker_leads().MatchAt(t, b, nullptr) > 0) b += lex_.speaker_leads().MatchAt(t, b, nullptr);
    while (e < p.begin && t[e].word && (t[e].capitalized || lex_.unnamed_speakers().MatchAt(t, e, nullptr) > 0)) ++e;
    if (IsBoundary(t, b) || b >= e) return false;
    ResolveSpeaker(text, s, {b, e}, state, outlet_subject, c);
    c->rule += "(antecedent of " + Lower(TextOf(text, t, p.begin, p.end)) + ")";
    return true;
  }
  return false;
}

void ClaimRules::PreviousOrganizations(std::string_view text, const SentenceView& s, Phrase p,
                                       const AttributionState& state, Claim* c) const {
  // "The companies argue": the organizations the previous sentences named.
  std::string names;
  const size_t shown = std::min<size_t>(3, state.previous_entities.size());
  for (size_t k = 0; k < shown; ++k) {
    const EntityMention& m = state.previous_entities[k];
    const std::string n = pack_.NameOf(m.entity_id);
    names += (k ? (k + 1 == shown ? " and " : ", ") : "") + (n.empty() ? m.text : n);
  }
  c->speaker_id = state.previous_entities[0].entity_id;
  c->speaker = names;
  c->rule += ";speaker=plural(" + Lower(TextOf(text, s.tokens, p.begin, p.end)) + ")";
  c->speaker_from = SpeakerFrom::kPlural;
  if (state.has_last && state.last.sentence + 2 >= s.index) {
    c->primary_source = state.last.primary_source;
    c->primary_source_cue = state.last.primary_source_cue;
  }
}

bool ClaimRules::ResolvePlural(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                               bool outlet_subject, Claim* c) const {
  if (p.begin > 0 && OpeningPluralSubject(text, s, p, state, outlet_subject, c)) return true;
  if (state.has_last && state.last.plural && state.last.sentence + 2 >= s.index) {
    // "Ford and GM maintain ... . Their argument ...: they say": the last plural speaker.
    TakeSpeaker(state.last, c);
    c->rule += ";speaker=plural-speaker(" + Lower(TextOf(text, s.tokens, p.begin, p.end)) + ")";
    c->speaker_from = SpeakerFrom::kPlural;
    return true;
  }
  if (state.previous_entities.size() < 2) return false;
  PreviousOrganizations(text, s, p, state, c);
  return true;
}

void ClaimRules::ResolveSingular(std::string_view text, const SentenceView& s, Phrase p,
                                 const AttributionState& state, int pronoun, Claim* c) const {
  const std::string word = Lower(TextOf(text, s.tokens, p.begin, p.end));
  const SpeakerMemo* memo = nullptr;
  if (pronoun == 0 && state.has_last_person) memo = &state.last_person;
  else if (pronoun == 2 && state.has_last && !state.last.person) memo = &state.last;
  else if ((pronoun == 1 || pronoun == 3) && state.has_last) memo = &state.last;
  // A person (for he/she) or an organization (for it/the company) the text named more recently
  // than the last matching speaker: "Palomino ... . He told reporters ...".
  const EntityMention* named = pronoun == 0   ? (state.has_person_mention ? &state.last_person_mention : nullptr)
                               : pronoun == 2 ? (state.has_org_mention ? &state.last_org_mention : nullptr)
                                              : nullptr;
  const uint32_t named_sentence = pronoun == 0 ? state.person_mention_sentence : state.org_mention_sentence;
  // The last speaker stays the antecedent while it is recent (a person named in passing since
  // is less salient: "Yeutter said ... Reagan's plan ... . He said ...").
  if (named && named->text.size() >= 3 && (!memo || memo->sentence + 3 < s.index) && named_sentence + 3 >= s.index) {
    const std::string name = pack_.NameOf(named->entity_id);
    c->speaker = name.empty() ? named->text : name;
    c->speaker_id = named->entity_id;
    c->rule += ";speaker=antecedent(" + word + ")";
    c->speaker_from = SpeakerFrom::kAntecedent;
    return;
  }
  if (!memo && pronoun == 0 && state.has_last) memo = &state.last;  // no person at all: the last speaker
  if (memo) {
    TakeSpeaker(*memo, c);
    c->rule += ";speaker=pronoun(" + word + ")";
    c->speaker_from = SpeakerFrom::kPronoun;
    return;
  }
  // An unresolved "he" is a name we could not find, not an unnamed source; "they" with no
  // antecedent is an unnamed group ("They said ..." of economists, traders).
  c->speaker_unnamed = pronoun == 1;
  c->rule += ";speaker=pronoun-unresolved";
  c->speaker_from = SpeakerFrom::kPronounUnresolved;
}

// A pronoun speaker ("he", "they", "the company") resolved to its antecedent: for "they" the
// plural antecedents (ResolvePlural), else the last speaker or named person of its kind. False
// when `p` is "it"/"the company" naming an entity itself (`named_entity`), which the caller
// resolves as a name.
bool ClaimRules::ResolvePronoun(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                                bool outlet_subject, int pronoun, bool named_entity, Claim* c) const {
  if (pronoun == 1 && ResolvePlural(text, s, p, state, outlet_subject, c)) return true;
  if (pronoun == 2 && named_entity) return false;
  ResolveSingular(text, s, p, state, pronoun, c);
  return true;
}

// "the newspaper", "the paper": an article and an outlet descriptor, nothing else.
bool ClaimRules::OutletDescriptor(const std::vector<Token>& t, Phrase p) const {
  if (p.empty()) return false;
  const size_t head = p.end - 1;
  if (!lex_.Is(WordClass::kOutletDescriptors, t, head) || head == p.begin) return false;
  return head == p.begin + 1 && lex_.name_articles().MatchAt(t, p.begin, nullptr) == 1;
}

// A speaker that is a report or an outlet ("a report in the Gazette", "the Gazette report", "AP said",
// "the newspaper said"): the outlet is the claim's primary source. False when the speaker is none.
// `outlet_subject`: the cue makes its subject an outlet ("reported"); `entity`: the name in the
// phrase, or null.
bool ClaimRules::ReportSpeaker(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                               bool outlet_subject, const EntityMention* entity, Claim* c) const {
  const std::vector<Token>& t = s.tokens;
  bool report = false;
  for (size_t k = p.begin; k < p.end; ++k) report = report || lex_.report_nouns().MatchAt(t, k, nullptr) > 0;
  const bool pack_outlet = entity && pack_.IsOutlet(*entity);
  // With no pack that lists outlets, a speaker that names one (or stands for the one last cited)
  // is a report too.
  const bool descriptor = OutletDescriptor(t, p);
  if (!report && !outlet_subject && !pack_outlet && attribution_.PackListsOutlets()) return false;
  std::string outlet_id;
  std::string outlet = attribution_.OutletIn(text, s, p, &outlet_id);
  if (!outlet.empty() && outlet_id.empty() && !report && !attribution_.LooksLikeOutlet(outlet))
    outlet.clear();  // "Gelco reported"
  // A speaker that is only a name with no pack: the name ends like an outlet's ("The Gazette said");
  // "WCCO TV Managing Editor Jane Doe said" is a person with an outlet's title.
  if (!report && !outlet_subject && !pack_outlet && outlet_id.empty() && !attribution_.EndsLikeOutlet(outlet))
    outlet.clear();
  if (outlet.empty() && (report || descriptor) && !state.active_report.empty() && Lower(c->speaker) != "reports")
    outlet = state.active_report;
  if (outlet.empty()) return false;
  c->primary_source = outlet;
  c->primary_source_id = outlet_id;
  c->primary_source_cue = Lower(TextOf(text, t, p.begin, p.end));
  if (!outlet_id.empty()) c->speaker_id = outlet_id;
  c->speaker_unnamed = false;
  c->rule += ";speaker=report";
  c->speaker_from = SpeakerFrom::kReport;
  return true;
}

void ClaimRules::ResolveSpeaker(std::string_view text, const SentenceView& s, Phrase p,
                                const AttributionState& state, bool outlet_subject, Claim* c) const {
  const std::vector<Token>& t = s.tokens;
  c->speaker = std::string(TrimSpan(text, SpanOf(t, p.begin, p.end)).Of(text));
  const Span span = SpanOf(t, p.begin, p.end);
  int pronoun = -1;
  if (lex_.pronouns().MatchAt(t, p.begin, &pronoun) != p.end - p.begin) pronoun = -1;
  const EntityMention* entity = nullptr;
  // The head is last ("Acme chief executive Jane Doe"), except in a coordination ("Ford and GM").
  bool coordinated = false;
  for (size_t k = p.begin; k < p.end; ++k) coordinated = coordinated || t[k].lower == "and";
  for (const EntityMention* m : s.entities) {
    if (Inside(m->span, span) && (IsActorType(m->type) || pack_.IsOutlet(*m))) {
      if (!(coordinated && entity)) entity = m;
    }
  }
  if (pronoun >= 0 && ResolvePronoun(text, s, p, state, outlet_subject, pronoun, entity != nullptr, c)) return;
  for (size_t k = p.begin; k < p.end; ++k) {
    if (lex_.unnamed_speakers().MatchAt(t, k, nullptr) > 0) c->speaker_unnamed = true;
  }
  if (entity) c->speaker_id = entity->entity_id;
  // "a company spokesman", "the firm's chief executive": someone speaking for the organization
  // the text is about — the first one named in this sentence, else the last one named before.
  if (!entity) {
    bool company = false, person = false;
    for (size_t k = p.begin; k < p.end; ++k) {
      company = company || t[k].lower == "company" || t[k].lower == "firm" || t[k].lower == "group";
      person = person || lex_.person_words().MatchAt(t, k, nullptr) > 0;
    }
    if (company && person) {
      const EntityMention* org = nullptr;
      for (const EntityMention* m : s.entities) {  // the first one: usually the subject
        if (!org && m->type == "organization" && !pack_.IsOutlet(*m) && m->span.end <= t[p.begin].span.begin)
          org = m;
      }
      if (!org && state.has_org_mention && state.org_mention_sentence + 3 >= s.index)
        org = &state.last_org_mention;
      if (org) {
        c->speaker_id = org->entity_id;
        c->rule += ";speaker-org=" + org->entity_id;
      }
    }
  }
  if (entity && pronoun == 2 && !pack_.NameOf(entity->entity_id).empty()) {
    c->speaker = pack_.NameOf(entity->entity_id);  // "the start-up", a pack descriptor of Fabrikam
    c->rule += ";speaker=descriptor";
    c->speaker_from = SpeakerFrom::kDescriptor;
    return;
  }
  if (ReportSpeaker(text, s, p, state, outlet_subject, entity, c)) return;
  c->rule += c->speaker_unnamed ? ";speaker=unnamed" : ";speaker=phrase";
  c->speaker_from = c->speaker_unnamed ? SpeakerFrom::kUnnamed : SpeakerFrom::kPhrase;
}

bool ClaimRules::Negated(const std::vector<Token>& t, size_t at, size_t floor) const {
  for (size_t j = at; j > floor && at - j < 7;) {
    --j;
    size_t a = lex_.affirmations().MatchAt(t, j, nullptr);
    if (a > 0 && j + a <= at + 1) return false;
    if (lex_.negations().MatchAt(t, j, nullptr) > 0) return true;
    if (IsBoundary(t, j)) return false;
  }
  return false;
}

bool ClaimRules::Conditional(const std::vector<Token>& t, size_t at, size_t floor) const {
  for (size_t j = at; j > floor && at - j < 15;) {
    --j;
    if (lex_.conditionals().MatchAt(t, j, nullptr) > 0) return true;
    if (t[j].IsPunct(',') || t[j].IsPunct(';') || t[j].IsPunct('.') || t[j].lower == "but") return false;
  }
  return false;
}

// Hedges over the speaker phrase, cue and content (`region`): "reportedly", "may", "is said to".
// An unnamed speaker is one hedge, "unnamed source", whatever words name it ("people familiar
// with ... said"); words that also carry the cue stay ("sources suggest").
void ClaimRules::AddHedges(std::string_view text, const std::vector<Token>& t, Span region, Claim* claim) const {
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].span.begin < region.begin) continue;
    if (t[k].span.begin >= region.end) break;
    int payload = 0;
    size_t n = lex_.hedges().MatchAt(t, k, &payload);
    if (n == 0) continue;
    if (payload == Lexicon::kUnnamedSourceHedge && claim->speaker_unnamed &&
        t[k + n - 1].span.end <= claim->cue_span.begin) {
      k += n - 1;
      continue;
    }
    if (n == 1 && t[k].capitalized && (t[k].lower == "may" || t[k].lower == "could")) {
      continue;  // "May" the month, or a sentence-initial "Could"
    }
    std::string h = Lower(TextOf(text, t, k, k + n));
    if (std::find(claim->hedges.begin(), claim->hedges.end(), h) == claim->hedges.end())
      claim->hedges.push_back(h);
    k += n - 1;
  }
}

// Polarity: a negation in the content's first main clause. A leading subordinate clause
// ("because the contract has never been published, outsiders cannot ...") is skipped.
bool ClaimRules::MainClauseNegated(const std::vector<Token>& t, Phrase content) const {
  size_t main_clause = content.begin;
  {
    bool subordinate = lex_.Is(WordClass::kSubordinators, t, content.begin);
    for (size_t k = content.begin; subordinate && k < content.end; ++k) {
      if (t[k].IsPunct(',')) {
        main_clause = k + 1;
        break;
      }
    }
  }
  for (size_t k = main_clause; k < content.end; ++k) {
    if (k > main_clause && IsBoundary(t, k) && !t[k].IsPunct('"')) break;
    if (t[k].lower == "without") continue;  // "in talks ... without going to court" is not a denial
    size_t a = lex_.affirmations().MatchAt(t, k, nullptr);
    if (a > 0) {
      k += a - 1;
      continue;
    }
    if (lex_.negations().MatchAt(t, k, nullptr) > 0) {
      return true;
    }
  }
  return false;
}

// Primary source: a relay in the sentence beats the speaker's own outlet; a "reportedly" with no
// relay points at the article's active report.
void ClaimRules::SetPrimarySource(const std::vector<Relay>& relays, const AttributionState& state, Claim* claim) const {
  const Relay* best = nullptr;
  for (const Relay& r : relays) {
    if (!best || r.priority > best->priority) best = &r;
  }
  if (best) {
    claim->primary_source = best->outlet;
    claim->primary_source_id = best->outlet_id;
    claim->primary_source_cue = best->cue;
  } else if (claim->primary_source.empty() && !state.active_report.empty()) {
    for (const std::string& h : claim->hedges) {
      if (lex_.IsReportHedge(h)) {
        claim->primary_source = state.active_report;
        claim->primary_source_cue = h;
        break;
      }
    }
  }
  if (!claim->primary_source.empty() && claim->primary_source_id.empty() && pack_.pack()) {
    if (const PackOutlet* o = pack_.pack()->FindOutlet(claim->primary_source)) claim->primary_source_id = o->id;
  }
}

// Remember the speaker for pronouns in later sentences, and the claim's source as the active report.
void ClaimRules::RememberSpeaker(const SentenceView& s, const Claim& claim, AttributionState* state) const {
  SpeakerMemo memo;
  memo.id = claim.speaker_id;
  memo.text = claim.speaker;
  memo.unnamed = claim.speaker_unnamed;
  memo.primary_source = claim.primary_source;
  memo.primary_source_cue = claim.primary_source_cue;
  memo.sentence = s.index;
  {
    std::string lower = Lower(claim.speaker);
    std::vector<Token> st = Tokenize(claim.speaker, {0, static_cast<uint32_t>(claim.speaker.size())});
    for (size_t k = 0; k < st.size(); ++k) {
      if (lex_.person_words().MatchAt(st, k, nullptr) > 0) memo.person = true;
    }
    for (const EntityMention* m : s.entities) {
      if (m->entity_id == claim.speaker_id && m->type == "person") memo.person = true;
    }
    memo.plural = lower.find(" and ") != std::string::npos || lower.find("companies") != std::string::npos;
  }
  // An unresolved "He" is no antecedent for the next pronoun.
  const bool unresolved = claim.speaker_from == SpeakerFrom::kPronounUnresolved;
  if (!unresolved) {
    state->has_last = true;
    state->last = memo;
  }
  if (memo.person && !unresolved) {
    state->has_last_person = true;
    state->last_person = memo;
  }
  if (!claim.primary_source.empty()) state->active_report = claim.primary_source;
}

// Fallback topic: the entities the content names plus its first salient word ("t:misc" with no entity).
void ClaimRules::SetFallbackTopic(const SentenceView& s, Phrase content, Claim* claim) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<std::string> ids, names;
  for (const EntityMention* m : s.entities) {
    if (!Inside(m->span, claim->content) || !IsActorType(m->type)) continue;
    if (std::find(ids.begin(), ids.end(), m->entity_id) != ids.end()) continue;
    ids.push_back(m->entity_id);
  }
  std::sort(ids.begin(), ids.end());
  if (ids.size() > 2) ids.resize(2);
  for (const std::string& id : ids) {
    std::string n = pack_.NameOf(id);
    for (const EntityMention* m : s.entities) {
      if (n.empty() && m->entity_id == id) n = m->text;
    }
    names.push_back(n);
  }
  std::string term;
  for (size_t k = content.begin; k < content.end && term.empty(); ++k) {
    const Token& tok = t[k];
    if (!tok.word || tok.capitalized || tok.lower.size() < 5) continue;
    if (lex_.stop_words().MatchAt(t, k, nullptr) > 0 || lex_.hedges().MatchAt(t, k, nullptr) > 0) continue;
    bool alpha =
        std::all_of(tok.lower.begin(), tok.lower.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    if (!alpha) continue;
    term = tok.lower;
    if (term.size() > 5 && term.back() == 's' && term[term.size() - 2] != 's') term.pop_back();
  }
  std::string key = "t:";
  std::string label;
  for (size_t k = 0; k < ids.size(); ++k) {
    key += (k ? "+" : "") + ids[k];
    label += (k ? ", " : "") + names[k];
  }
  // A salient word alone is too weak to say two claims are about the same thing: without an
  // entity the claim goes to "t:misc", which comparisons leave out.
  if (!term.empty() && !ids.empty()) key += ":" + term;
  if (!term.empty()) label += (label.empty() ? "" : ": ") + term;
  if (key == "t:") key = "t:misc";
  claim->topic = key;
  claim->topic_label = label.empty() ? "other" : label;
}

// How much a pack topic's words weigh in the content: polarity words count double (and say
// which side, unless they sit in a conditional: "if they break it"), other terms once; a
// question word before the first polarity word makes the claim a question ("whether").
ClaimRules::Scored ClaimRules::ScoreTopic(const TopicDef& def, const std::vector<Token>& t, Phrase content) const {
  Scored sc{&def, 0, 0, 0, false};
  bool first_polar = true;
  for (size_t k = content.begin; k < content.end; ++k) {
    size_t n = 0;
    if ((n = def.asserts.MatchAt(t, k, nullptr)) > 0 || (n = def.denies.MatchAt(t, k, nullptr)) > 0) {
      const bool is_assert = def.asserts.MatchAt(t, k, nullptr) == n;
      if (!Conditional(t, k, content.begin)) {
        if (first_polar) {
          for (size_t j = content.begin; j < k; ++j) {
            if (lex_.questions().MatchAt(t, j, nullptr) > 0) sc.question = true;
            if (t[j].IsPunct(';') || t[j].IsPunct(':')) sc.question = false;
          }
          first_polar = false;
        }
        const bool neg = Negated(t, k, content.begin);
        if (is_assert != neg)
          ++sc.pos;
        else
          ++sc.neg;
        sc.score += 2;
      }
      k += n - 1;
      continue;
    }
    if ((n = def.terms.MatchAt(t, k, nullptr)) > 0) {
      if (!Conditional(t, k, content.begin)) sc.score += 1;
      k += n - 1;
    }
  }
  return sc;
}

// The money amounts of the claim a value topic takes: its quantity words near the amount, never a
// target of change ("would grow to $100 billion").
std::vector<Quantity> ClaimRules::ValueQuantities(const TopicDef& def, const std::vector<Token>& t,
                                                  const std::vector<Quantity>& quantities) const {
  std::vector<Quantity> qs;
  for (const Quantity& q : quantities) {
    if (q.kind != QuantityKind::kMoney) continue;
    size_t qb = 0, qe = 0;
    for (size_t k = 0; k < t.size(); ++k) {
      if (t[k].span.begin < q.span.begin) qb = k + 1;
      if (t[k].span.begin < q.span.end) qe = k + 1;
    }
    // "the agreement would grow to $100 billion": a target of change, not the deal's value.
    if (IsChangeTarget(lex_, t, qb)) continue;
    bool ok = std::find(def.quantity_words.begin(), def.quantity_words.end(), q.qualifies) !=
              def.quantity_words.end();
    if (!ok) {
      // A quantity word within five tokens of the amount.
      for (size_t k = qb > 5 ? qb - 5 : 0; k < std::min(t.size(), qe + 5) && !ok; ++k) {
        for (const std::string& w : def.quantity_words) {
          if (PhraseSet::WordMatches(w, t[k].lower)) ok = true;
        }
      }
    }
    if (ok) qs.push_back(q);
  }
  return qs;
}

namespace {

// A side from a topic's polarity words (more negative than positive ones: denies), else from the
// content's negation; an inverting cue ("denies that") turns it.
Stance StanceOf(int pos, int neg, bool content_negated, bool inverts) {
  bool denies = (pos || neg) ? neg > pos : content_negated;
  if (inverts) denies = !denies;
  return denies ? Stance::kDenies : Stance::kAsserts;
}

}  // namespace

ClaimRules::TopicScores ClaimRules::ScoreTopics(const SentenceView& s, Phrase content, const Claim& claim) const {
  // Each pack topic scores its terms in the content; polarity words count double and decide the
  // stance unless they sit in a conditional ("if they break it").
  TopicScores out;
  std::set<std::string> sentence_ids;
  for (const EntityMention* m : s.entities) sentence_ids.insert(m->entity_id);
  if (!claim.speaker_id.empty()) sentence_ids.insert(claim.speaker_id);
  for (const TopicDef& def : lex_.topics()) {
    if (!def.entities.empty()) {
      bool any = false;
      for (const std::string& id : def.entities) any = any || sentence_ids.count(id) > 0;
      if (!any) continue;
    }
    const Scored sc = ScoreTopic(def, s.tokens, content);
    if (def.value_topic) {
      std::vector<Quantity> qs = ValueQuantities(def, s.tokens, claim.quantities);
      if (!qs.empty() && sc.score >= def.min_score && !out.value) {
        out.value = &def;
        out.value_quantities = std::move(qs);
      }
      continue;
    }
    if (sc.score >= def.min_score) out.stance.push_back(sc);
  }
  std::stable_sort(out.stance.begin(), out.stance.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
  return out;
}

bool ClaimRules::AnswerLastTopic(const SentenceView& s, Phrase content, bool opposite, const AttributionState& state,
                                 const Claim& claim, std::vector<Claim>* out) const {
  if (!state.has_last_topic || state.last_topic_sentence + 2 < s.index || !Elliptical(s.tokens, content)) return false;
  Claim c = claim;
  c.topic = state.last_topic;
  c.topic_label = state.last_topic_label;
  c.stance = opposite == (state.last_stance == Stance::kAsserts) ? Stance::kDenies : Stance::kAsserts;
  c.rule += ";topic=ellipsis(" + c.topic + ")";
  out->push_back(std::move(c));
  return true;
}

size_t ClaimRules::EmitTopicClaims(const SentenceView& s, const TopicScores& topics, bool content_negated,
                                   const CueInfo& info, AttributionState* state, const Claim& claim,
                                   std::vector<Claim>* out) const {
  size_t emitted = 0;
  for (const Scored& sc : topics.stance) {
    if (emitted == 2 || (emitted == 1 && sc.pos + sc.neg == 0)) break;
    Claim c = claim;
    c.topic = sc.def->id;
    c.topic_label = sc.def->label;
    c.question = sc.question;
    c.stance = StanceOf(sc.pos, sc.neg, content_negated, info.inverts);
    c.rule += ";topic=pack(" + c.topic + ",score=" + std::to_string(sc.score) + ")";
    c.rule += emitted ? ";second-topic" : "";
    if (!emitted) {
      state->has_last_topic = true;
      state->last_topic = c.topic;
      state->last_topic_label = c.topic_label;
      state->last_stance = c.stance;
      state->last_topic_sentence = s.index;
    }
    out->push_back(std::move(c));
    ++emitted;
  }
  if (topics.value) {
    Claim c = claim;
    c.topic = topics.value->id;
    c.topic_label = topics.value->label;
    c.quantities = topics.value_quantities;
    c.value_topic = true;
    c.stance = info.inverts ? Stance::kDenies : Stance::kAsserts;
    c.rule += ";topic=value(" + c.topic + ")";
    out->push_back(std::move(c));
    ++emitted;
  }
  return emitted;
}

void ClaimRules::Finish(std::string_view text, const SentenceView& s, const Attribution& a, Span region,
                        const std::vector<Relay>& relays, AttributionState* state, Claim claim,
                        std::vector<Claim>* out) const {
  const std::vector<Token>& t = s.tokens;
  const Phrase content = a.content;
  const CueInfo& info = a.cue.info;
  claim.content = SpanOf(t, content.begin, content.end);

  AddHedges(text, t, region, &claim);
  if (claim.speaker_unnamed) claim.hedges.push_back("unnamed source");
  claim.hedged = !claim.hedges.empty();

  // Polarity: a negation in the content's first main clause, or an inverting cue.
  const bool content_negated = MainClauseNegated(t, content);
  claim.negated = content_negated != info.inverts;

  for (const Quantity* q : s.quantities) {
    // Bare numbers are the fact layer's to read; a claim carries amounts, counts and percentages.
    if (q->kind != QuantityKind::kNumber && Inside(q->span, claim.content)) claim.quantities.push_back(*q);
  }
  SetPrimarySource(relays, *state, &claim);
  RememberSpeaker(s, claim, state);

  TopicScores topics = ScoreTopics(s, content, claim);
  if (info.value_only && !topics.value) return;  // an unattributed figure on no value topic
  if (info.value_only) topics.stance.clear();
  if (topics.stance.empty() && !topics.value &&
      AnswerLastTopic(s, content, content_negated != info.inverts, *state, claim, out)) {
    return;
  }
  if (EmitTopicClaims(s, topics, content_negated, info, state, claim, out) > 0) return;
  if (a.noun_object) return;  // a thing denied, and no topic says what it stands for

  SetFallbackTopic(s, content, &claim);
  claim.stance = StanceOf(0, 0, content_negated, info.inverts);
  claim.rule += ";topic=fallback";
  out->push_back(std::move(claim));
}

void ClaimRules::Extract(std::string_view text, const SentenceView& s, const std::vector<Relay>& relays,
                         AttributionState* state, std::vector<Claim>* out) const {
  ExtractClaims(text, s, relays, state, out);
  // Remember the organizations of this sentence (and the one before, when this one names fewer
  // than two) for "the companies" / "they" in the next sentence.
  std::vector<EntityMention> actors;
  for (const EntityMention* m : s.entities) {
    if (m->type != "organization" || pack_.IsOutlet(*m)) continue;
    bool dup = false;
    for (const EntityMention& a : actors) dup = dup || a.entity_id == m->entity_id;
    if (!dup) actors.push_back(*m);
  }
  if (actors.size() < 2) {
    for (const EntityMention& m : state->previous_entities) {
      bool dup = false;
      for (const EntityMention& a : actors) dup = dup || a.entity_id == m.entity_id;
      if (!dup && actors.size() < 3) actors.push_back(m);
    }
  }
  state->previous_entities = std::move(actors);
  // The last person and organization named, for "he" / "it" in later sentences.
  for (const EntityMention* m : s.entities) {
    if (m->type == "person") {
      state->has_person_mention = true;
      state->last_person_mention = *m;
      state->person_mention_sentence = s.index;
    } else if (m->type == "organization" && !pack_.IsOutlet(*m)) {
      state->has_org_mention = true;
      state->last_org_mention = *m;
      state->org_mention_sentence = s.index;
    }
  }
}

// "According to people briefed on ...", "Citing people familiar with the matter, ...": the claims
// of the sentence rest on unnamed sources; the hedge that says so, or none.
std::vector<std::string> ClaimRules::BasisHedges(std::string_view text, const SentenceView& s) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<std::string> basis_hedges;
  for (size_t k = 0; k < t.size(); ++k) {
    int payload = 0;
    size_t n = 0;
    if (t[k].lower == "citing")
      n = 1;
    else if ((n = lex_.cues().MatchAt(t, k, &payload)) > 0 &&
             lex_.cue_info(payload).kind != CueKind::kAccordingTo)
      n = 0;
    if (n == 0) continue;
    Phrase basis = attribution_.PhraseAfter(t, k + n);
    bool unnamed = false;
    for (size_t j = basis.begin; j < basis.end; ++j)
      unnamed = unnamed || lex_.unnamed_speakers().MatchAt(t, j, nullptr) > 0;
    if (unnamed && attribution_.OutletIn(text, s, basis, nullptr).empty()) {
      basis_hedges.push_back("unnamed sources (" + Lower(TextOf(text, t, k, basis.end)) + ")");
      break;
    }
  }
  return basis_hedges;
}

void ClaimRules::AddPassiveClaim(std::string_view text, const SentenceView& s, const Attribution& passive,
                                 const std::vector<Relay>& relays, AttributionState* state,
                                 std::vector<Claim>* out) const {
  const std::vector<Token>& t = s.tokens;
  const Cue& c = passive.cue;
  Claim claim;
  claim.sentence = s.index;
  claim.cue = Lower(TextOf(text, t, c.begin, c.end));
  claim.cue_span = SpanOf(t, c.begin, c.end);
  claim.rule = "cue=passive:" + claim.cue;
  if (passive.stance_holder) {
    ResolveSpeaker(text, s, passive.speaker, *state, false, &claim);
    if (claim.primary_source.empty() && !state->active_report.empty()) {
      claim.primary_source = state->active_report;
      claim.primary_source_cue = claim.cue;
      if (pack_.pack()) {
        if (const PackOutlet* o = pack_.pack()->FindOutlet(state->active_report)) claim.primary_source_id = o->id;
      }
    }
    claim.rule += ";stance-holder";
  } else if (!state->active_report.empty()) {
    claim.speaker = state->active_report;
    claim.primary_source = state->active_report;
    claim.primary_source_cue = claim.cue;
    if (pack_.pack()) {
      if (const PackOutlet* o = pack_.pack()->FindOutlet(state->active_report)) {
        claim.speaker_id = o->id;
        claim.primary_source_id = o->id;
      }
    }
    claim.rule += ";speaker=active-report";
    claim.speaker_from = SpeakerFrom::kActiveReport;
  } else {
    claim.speaker = "unnamed source";
    claim.speaker_unnamed = true;
    claim.rule += ";speaker=unnamed";
  }
  if (!passive.clause) return;
  Finish(text, s, passive, s.span, relays, state, std::move(claim), out);
}

namespace {

// A claim whose speaker is another claim's ("he" in the frame "Brennan said he ...").
void CopySpeaker(const Claim& from, const char* rule, SpeakerFrom from_kind, Claim* to) {
  to->speaker = from.speaker;
  to->speaker_id = from.speaker_id;
  to->speaker_unnamed = from.speaker_unnamed;
  to->rule += rule;
  to->speaker_from = from_kind;
}

// The primary source of a frame or parenthetical claim, when the inner claim names none.
void AdoptSource(const Claim& from, const std::string& how, Claim* to) {
  if (from.primary_source.empty() || !to->primary_source.empty()) return;
  to->primary_source = from.primary_source;
  to->primary_source_id = from.primary_source_id;
  to->primary_source_cue = from.primary_source_cue;
  to->rule += ";source=" + how;
}

}  // namespace

std::vector<Claim> ClaimRules::ResolveDrafts(std::string_view text, const SentenceView& s,
                                             const std::vector<Attribution>& drafts,
                                             const std::vector<std::string>& basis_hedges,
                                             const AttributionState& state) const {
  static const char* kKindNames[] = {"verb", "view", "according_to", "passive"};
  const std::vector<Token>& t = s.tokens;
  std::vector<Claim> resolved(drafts.size());
  for (size_t k = 0; k < drafts.size(); ++k) {
    const Attribution& d = drafts[k];
    Claim& claim = resolved[k];
    claim.sentence = s.index;
    claim.cue = Lower(TextOf(text, t, d.cue.begin, d.cue.end));
    claim.cue_span = SpanOf(t, d.cue.begin, d.cue.end);
    claim.listener = TextOf(text, t, d.listener.begin, d.listener.end);
    claim.rule = std::string("cue=") + kKindNames[static_cast<int>(d.cue.info.kind)] + ":" + claim.cue;
    if (d.speaker_after && d.cue.info.kind == CueKind::kVerb) claim.rule += ";inverted";
    ResolveSpeaker(text, s, d.speaker, state, d.cue.info.outlet_subject, &claim);
    if (!claim.speaker_unnamed) claim.hedges = basis_hedges;  // an unnamed speaker is hedged as such
  }
  return resolved;
}

void ClaimRules::FinishDrafts(std::string_view text, const SentenceView& s, const std::vector<Attribution>& drafts,
                              const std::vector<Claim>& resolved, const std::vector<Relay>& relays,
                              AttributionState* state, std::vector<Claim>* out) const {
  Claim named_before_store;
  const Claim* named_before = nullptr;  // the last claim of this sentence with a named speaker
  for (size_t k = 0; k < drafts.size(); ++k) {
    const Attribution& d = drafts[k];
    if (d.dropped) continue;
    Claim claim = resolved[k];
    if (named_before && d.frame < 0 && ByPronoun(claim.speaker_from)) {
      // "Jane Doe ... told the Gazette that ..., and she predicted that ...": she is Jane Doe.
      CopySpeaker(*named_before, ";speaker=same-sentence", SpeakerFrom::kSameSentence, &claim);
    }
    const bool named = claim.speaker_from != SpeakerFrom::kReport && !ByPronoun(claim.speaker_from);
    size_t rb = std::min({d.speaker.begin, d.cue.begin, d.reach.begin});
    size_t re = std::max({d.speaker.end, d.cue.end, d.reach.end});
    if (d.frame >= 0) {
      const Claim& outer = resolved[d.frame];
      if (ByPronoun(claim.speaker_from) || claim.speaker_from == SpeakerFrom::kPlural) {
        CopySpeaker(outer, ";speaker=frame", SpeakerFrom::kFrame, &claim);  // "Brennan said he did not believe ...": he is Brennan
      }
      AdoptSource(outer, "frame(" + outer.cue + ")", &claim);
      rb = std::min(rb, drafts[d.frame].speaker.begin);
    }
    if (named || claim.speaker_from == SpeakerFrom::kFrame) {
      named_before_store = claim;
      named_before = &named_before_store;
    }
    if (d.relayed_by >= 0) {
      AdoptSource(resolved[d.relayed_by], "parenthetical(" + resolved[d.relayed_by].cue + ")", &claim);
      re = std::max(re, drafts[d.relayed_by].cue.end);
    }
    if (d.clause) Finish(text, s, d, SpanOf(s.tokens, rb, re), relays, state, std::move(claim), out);
  }
}

void ClaimRules::ExtractClaims(std::string_view text, const SentenceView& s, const std::vector<Relay>& relays,
                               AttributionState* state, std::vector<Claim>* out) const {
  for (const Relay& r : relays) {
    if (r.outlet != state->active_report && r.priority >= 1) state->active_report = r.outlet;
  }
  const std::vector<Attribution> records = attribution_.Attribute(text, s);
  if (records.empty()) return;
  const CueKind kind = records.front().cue.info.kind;
  if (kind == CueKind::kPassive) {
    AddPassiveClaim(text, s, records.front(), relays, state, out);
    return;
  }
  // Unnamed sources behind a sentence ("citing people familiar with ...") hedge its verb claims.
  const bool verbs = kind == CueKind::kVerb || kind == CueKind::kView;
  const std::vector<std::string> basis_hedges = verbs ? BasisHedges(text, s) : std::vector<std::string>{};
  FinishDrafts(text, s, records, ResolveDrafts(text, s, records, basis_hedges, *state), relays, state, out);
}

}  // namespace extract

}  // namespace newsline
