// Claim rules: cue -> speaker -> content -> polarity, hedges, topic, stance, primary source.
#include "extract/attribution/claims.h"

#include <algorithm>
#include <set>

namespace newsline {
namespace extract {
namespace {

// An "-ing" form ("saying", "adding"): its subject is the clause's.
bool IsParticiple(const Token& t) {
  return t.lower.size() > 4 && t.lower.compare(t.lower.size() - 3, 3, "ing") == 0;
}

// A speaker a pronoun stands for, resolved or not ("he", "the agency").
bool ByPronoun(SpeakerFrom from) { return from == SpeakerFrom::kPronoun || from == SpeakerFrom::kPronounUnresolved; }

}  // namespace

struct ClaimRules::Draft {
  Phrase speaker;
  bool speaker_after = false;  // "said Smith"
  Phrase content;
  Cue cue;
  int frame = -1;        // the draft whose content this claim is: "the FT said [X believe ...]"
  int relayed_by = -1;   // a parenthetical "..., the FT said, ..." that attributes this one
  bool dropped = false;  // a frame or a parenthetical relay: not a claim of its own
};


Phrase ClaimRules::SpeakerBefore(const std::vector<Token>& t, size_t cue, bool view,
                                             size_t floor) const {
  size_t j = cue;
  while (j > floor &&
         (lex_.speaker_skips().MatchAt(t, j - 1, nullptr) == 1 || (view && t[j - 1].lower == "if")))
    --j;
  const size_t end = j;
  // A pronoun right before the cue is the whole speaker: "terms they believed were settled".
  for (size_t k = end; k > floor && k + 3 >= end;) {
    --k;
    if (lex_.pronouns().MatchAt(t, k, nullptr) == end - k) {
      int kind = -1;
      lex_.pronouns().MatchAt(t, k, &kind);
      const bool object = k > 0 && lex_.Is(WordClass::kObjectPrepositions, t, k - 1);
      if (kind <= 1 && !object) return {k, end};  // he, she, they, the companies
    }
  }
  // At most ten words (the periods of "U.S." do not count).
  for (size_t words = 0; j > floor && words < 10;) {
    if (IsBoundary(t, j - 1)) {
      // "Ford and GM maintain": a conjunction between two names stays inside the phrase.
      const bool joins_names = t[j - 1].lower == "and" && j >= 2 && j < end && t[j - 2].word &&
                               t[j - 2].capitalized && t[j].capitalized;
      if (!joins_names) break;
    }
    if (t[j - 1].word) ++words;
    --j;
  }
  size_t begin = j;
  for (bool again = true; again && begin < end;) {
    again = false;
    size_t n = lex_.speaker_leads().MatchAt(t, begin, nullptr);
    if (n == 0 && lex_.speaker_skips().MatchAt(t, begin, nullptr) == 1) n = 1;
    if (n > 0 && begin + n < end) {
      begin += n;
      again = true;
    }
  }
  return {begin, end};
}

bool ClaimRules::VerbBefore(const std::vector<Token>& t, size_t from) const {
  // A finite verb before the next comma, period or cue: "that quality and service also mattered"
  // is a clause; "that distinction and considers ..." is a noun phrase.
  for (size_t j = from; j < t.size(); ++j) {
    if (t[j].IsPunct('.') || t[j].IsPunct(',') || t[j].IsPunct(';') || t[j].IsPunct(':')) return false;
    if (lex_.cues().MatchAt(t, j, nullptr) > 0) return false;
    if (lex_.Is(WordClass::kAuxiliaries, t, j)) return true;
    if (t[j].word && !t[j].capitalized && t[j].lower.size() > 4 &&
        t[j].lower.compare(t[j].lower.size() - 2, 2, "ed") == 0)
      return true;
  }
  return false;
}


bool ClaimRules::ClauseFollows(const std::vector<Token>& t, size_t from) const {
  if (from < t.size() && (t[from].lower == "that" || t[from].IsPunct(':'))) return true;
  // "maintains its Amazon partnership is compatible with ...": a finite verb soon after the cue.
  for (size_t k = from; k < t.size() && k < from + 7; ++k) {
    if (k > from && IsBoundary(t, k)) return false;
    if (k > from && lex_.Is(WordClass::kClauseVerbs, t, k)) return true;
  }
  return false;
}

Phrase ClaimRules::TrimToEntity(const SentenceView& s, Phrase np) const {
  // "The union also felt the need to [announce that]": words after the last name that
  // are not part of a speaker (no title, unnamed or report word) are the verb phrase, not the
  // speaker.
  const std::vector<Token>& t = s.tokens;
  size_t mention_end = np.begin;
  for (const EntityMention* m : s.entities) {
    if (!IsActorType(m->type) || !Inside(m->span, SpanOf(t, np.begin, np.end))) continue;
    for (size_t k = np.begin; k < np.end; ++k) {
      if (t[k].span.end == m->span.end) mention_end = std::max(mention_end, k + 1);
    }
  }
  if (mention_end == np.begin || np.end - mention_end < 2) return np;
  for (size_t k = mention_end; k < np.end; ++k) {
    if (!t[k].word || t[k].capitalized || lex_.person_words().MatchAt(t, k, nullptr) > 0 ||
        lex_.unnamed_speakers().MatchAt(t, k, nullptr) > 0 ||
        lex_.report_nouns().MatchAt(t, k, nullptr) > 0 || t[k].lower == "'s")
      return np;
  }
  return {np.begin, mention_end};
}

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

bool ClaimRules::ReducedRelative(const SentenceView& s, Phrase np) const {
  // The speaker of a cue inside a relative clause with no "that": a noun, then a pronoun or a
  // name, then the cue ("terms they believed were settled", "the category OpenAI says falls
  // outside ..."). The claim's content has a gap we cannot fill, so there is no claim.
  const std::vector<Token>& t = s.tokens;
  if (np.empty()) return false;
  int kind = -1;
  if (lex_.pronouns().MatchAt(t, np.begin, &kind) == np.end - np.begin) {
    if (np.begin == 0) return false;
    const Token& before = t[np.begin - 1];
    return before.word && !before.capitalized && !IsBoundary(t, np.begin - 1) &&
           lex_.stop_words().MatchAt(t, np.begin - 1, nullptr) == 0 &&
           lex_.speaker_leads().MatchAt(t, np.begin - 1, nullptr) == 0;
  }
  if (!(t[np.begin].lower == "the" || t[np.begin].lower == "a" || t[np.begin].lower == "an")) return false;
  size_t k = np.begin + 1;
  bool common_noun = false;
  for (; k < np.end && t[k].word && !t[k].capitalized; ++k) {
    if (lex_.person_words().MatchAt(t, k, nullptr) > 0 ||
        lex_.unnamed_speakers().MatchAt(t, k, nullptr) > 0 ||
        lex_.report_nouns().MatchAt(t, k, nullptr) > 0 || lex_.pronouns().MatchAt(t, np.begin, nullptr) > 0)
      return false;
    common_noun = true;
  }
  if (!common_noun || k == np.end) return false;
  for (; k < np.end; ++k) {  // names, joined by "and" ("the tool Acme and Globex announced")
    const bool joins = t[k].lower == "and" && k > np.begin && k + 1 < np.end && t[k + 1].capitalized;
    if (!(t[k].word && t[k].capitalized) && !joins) return false;
  }
  return true;
}

Phrase ClaimRules::NameBeforeAppositive(const SentenceView& s, size_t comma) const {
  // "<Name>, <appositive>, CUE": the appositive is at most 12 tokens, opened by a comma that
  // follows a person or organization the entity layer found.
  const std::vector<Token>& t = s.tokens;
  for (size_t k = comma; k > 0 && comma - k < 12;) {
    --k;
    if (!t[k].IsPunct(',')) continue;
    if (k == 0 || k + 1 == comma) return {};
    // "Time Inc's chief financial officer, Thayer Bigelow, told": the name is the appositive.
    bool name = comma - (k + 1) <= 5;
    for (size_t j = k + 1; j < comma && name; ++j) name = t[j].word && t[j].capitalized;
    if (name) return {k + 1, comma};
    for (const EntityMention* m : s.entities) {
      if (!IsActorType(m->type) || m->span.end != t[k - 1].span.end) continue;
      size_t b = k - 1;
      while (b > 0 && t[b - 1].span.begin >= m->span.begin) --b;
      return {b, k};
    }
    // No mention: a capitalized name opening the sentence ("Bell Canada, owned by BCE Inc, said").
    size_t b = k;
    while (b > 0 && t[b - 1].word && t[b - 1].capitalized && k - b < 6) --b;
    if (b == 0 && b < k && !t[k + 1].capitalized) return {b, k};
    return {};
  }
  return {};
}

Phrase ClaimRules::CutAtInnerCue(const std::vector<Token>& t, Phrase np) const {
  for (size_t k = np.begin + 1; k < np.end; ++k) {
    int payload = 0;
    if (lex_.cues().MatchAt(t, k, &payload) == 0) continue;
    const CueInfo& info = lex_.cue_info(payload);
    if (info.blocked || info.kind != CueKind::kVerb) continue;  // not "reportedly": a hedge
    // "The union also felt the need to announce that ...": the subject before the inner verb.
    size_t end = k;
    while (end > np.begin && lex_.speaker_skips().MatchAt(t, end - 1, nullptr) == 1) --end;
    return {np.begin, end};
  }
  return np;
}

Phrase ClaimRules::NameBeforeRelative(const SentenceView& s, size_t comma) const {
  const std::vector<Token>& t = s.tokens;
  for (size_t k = comma; k > 1 && comma - k < 30;) {
    --k;
    if (!t[k].IsPunct(',') || lex_.relative_openers().MatchAt(t, k + 1, nullptr) == 0) continue;
    size_t b = k;
    while (b > 0 && t[b - 1].word && t[b - 1].capitalized && k - b < 6) --b;
    for (const EntityMention* m : s.entities) {
      if (IsActorType(m->type) && m->span.end == t[k - 1].span.end) {
        while (b > 0 && t[b - 1].span.begin >= m->span.begin) --b;
      }
    }
    const Phrase name{b, k};
    return ValidSpeaker(s, name) ? name : Phrase{};
  }
  return {};
}

Phrase ClaimRules::OpeningSubject(const SentenceView& s, size_t cue) const {
  const std::vector<Token>& t = s.tokens;
  size_t e = 0;
  while (e < cue && e < 6 && t[e].word &&
         (t[e].capitalized || lex_.person_words().MatchAt(t, e, nullptr) > 0 ||
          lex_.speaking_bodies().MatchAt(t, e, nullptr) > 0 || lex_.unnamed_speakers().MatchAt(t, e, nullptr) > 0))
    ++e;
  for (size_t k = e; k < cue; ++k) {
    if (IsBoundary(t, k) && !(k + 1 == cue && (t[k].lower == "and" || t[k].IsPunct(',')))) return {};  // one clause
  }
  const Phrase subject{0, e};
  return ValidSpeaker(s, subject) ? subject : Phrase{};
}


bool ClaimRules::ValidSpeaker(const SentenceView& s, Phrase p) const {
  if (p.empty()) return false;
  const std::vector<Token>& t = s.tokens;
  if (lex_.pronouns().MatchAt(t, p.begin, nullptr) == p.end - p.begin) return true;
  // A clause is not a speaker: "she does not expect the CFTC to ...", "German firms have a
  // reputation for ...".
  int kind = -1;
  const size_t pronoun = lex_.pronouns().MatchAt(t, p.begin, &kind);
  if (pronoun > 0 && kind <= 2 && pronoun < p.end - p.begin) return false;
  for (size_t k = p.begin; k < p.end; ++k) {
    if (lex_.Is(WordClass::kSpeakerStops, t, k) && k + 1 < p.end) return false;
  }
  for (size_t k = p.begin; k < p.end; ++k) {
    if (t[k].word && t[k].capitalized && lex_.stop_words().MatchAt(t, k, nullptr) == 0) return true;
    if (lex_.unnamed_speakers().MatchAt(t, k, nullptr) > 0) return true;
    if (lex_.report_nouns().MatchAt(t, k, nullptr) > 0) return true;
    if (lex_.person_words().MatchAt(t, k, nullptr) > 0) return true;  // "a company spokesman said"
    if (lex_.speaking_bodies().MatchAt(t, k, nullptr) > 0) return true;  // "the ministry said"
  }
  const Span span = SpanOf(t, p.begin, p.end);
  for (const EntityMention* m : s.entities) {
    if (Inside(m->span, span)) return true;
  }
  return false;
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
  // "Unnamed Microsoft executives are said to ..., and they argue": the plural subject that
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
  bool report = false;
  for (size_t k = p.begin; k < p.end; ++k) {
    if (lex_.unnamed_speakers().MatchAt(t, k, nullptr) > 0) c->speaker_unnamed = true;
    if (lex_.report_nouns().MatchAt(t, k, nullptr) > 0) report = true;
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
    c->speaker = pack_.NameOf(entity->entity_id);  // "the start-up", a pack descriptor of OpenAI
    c->rule += ";speaker=descriptor";
    c->speaker_from = SpeakerFrom::kDescriptor;
    return;
  }
  if (report || outlet_subject || (entity && pack_.IsOutlet(*entity))) {
    std::string outlet_id;
    std::string outlet = attribution_.OutletIn(text, s, p, &outlet_id);
    if (!outlet.empty() && outlet_id.empty() && !report && !attribution_.LooksLikeOutlet(outlet))
      outlet.clear();  // "Gelco reported"
    if (outlet.empty() && report && !state.active_report.empty() && Lower(c->speaker) != "reports") {
      outlet = state.active_report;
    }
    if (!outlet.empty()) {
      c->primary_source = outlet;
      c->primary_source_id = outlet_id;
      c->primary_source_cue = Lower(TextOf(text, t, p.begin, p.end));
      if (!outlet_id.empty()) c->speaker_id = outlet_id;
      c->speaker_unnamed = false;
      c->rule += ";speaker=report";
      c->speaker_from = SpeakerFrom::kReport;
      return;
    }
  }
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

bool ClaimRules::ContentBounds(const std::vector<Token>& t, Phrase* content) const {
  // A trailing attribution is not content: "..., according to the Financial Times".
  while (content->end > content->begin && !t[content->end - 1].word && !t[content->end - 1].IsPunct('%') &&
         !t[content->end - 1].IsPunct('"'))
    --content->end;
  for (size_t k = content->begin + 1; k + 1 < content->end; ++k) {
    int payload = 0;
    if (t[k].IsPunct(',') && lex_.cues().MatchAt(t, k + 1, &payload) > 0 &&
        lex_.cue_info(payload).kind == CueKind::kAccordingTo &&
        PhraseAfter(t, k + 1 + lex_.cues().MatchAt(t, k + 1, nullptr)).end >= content->end) {
      content->end = k;
      break;
    }
  }
  // Trim quotes, punctuation and dangling conjunctions ("it is compliant, and") at both ends.
  auto dangling = [&](size_t k) {
    if (!t[k].word) return !t[k].IsPunct('%');
    return lex_.Is(WordClass::kDanglingEnds, t, k);
  };
  for (bool again = true; again;) {
    again = false;
    while (content->begin < content->end && !t[content->begin].word && !t[content->begin].IsPunct('$'))
      ++content->begin;
    // "Ultimately, ...", "However, ...": a discourse adverb before the content.
    if (content->begin + 1 < content->end && t[content->begin].word && IsBoundary(t, content->begin) &&
        t[content->begin + 1].IsPunct(',')) {
      content->begin += 2;
      again = true;
    }
  }
  while (content->end > content->begin && dangling(content->end - 1)) --content->end;
  // "telling the coach and company": a coordinated rest of the listener, not content. Content
  // is a clause: a lone word left over is none (a quoted one-word answer still is).
  const bool quoted = content->begin > 0 && t[content->begin - 1].IsPunct('"');
  // (A sentence may open with "And" or "But".) ", and later seen by the FT, AWS employees may
  // ...": the content starts after the coordinated phrase's comma.
  if (content->begin > 0 && content->begin < content->end && lex_.coordinators().MatchAt(t, content->begin, nullptr) > 0 &&
      !quoted) {
    size_t comma = content->begin + 1;
    while (comma < content->end && comma < content->begin + 12 && !t[comma].IsPunct(',')) ++comma;
    if (comma + 1 >= content->end || !t[comma].IsPunct(',')) return false;
    content->begin = comma + 1;
  }
  size_t words = 0;
  for (size_t k = content->begin; k < content->end; ++k) words += t[k].word;
  return words >= 2 || (quoted && !content->empty());
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

void ClaimRules::Finish(std::string_view text, const SentenceView& s, Phrase content, Span region,
                        const CueInfo& info, const std::vector<Relay>& relays, AttributionState* state,
                        Claim claim, std::vector<Claim>* out) const {
  const std::vector<Token>& t = s.tokens;
  if (!ContentBounds(t, &content)) return;
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

// Which tokens are inside double quotes; none when the quotes do not pair (trust nothing then).
std::vector<bool> ClaimRules::QuoteMask(const std::vector<Token>& t) {
  std::vector<bool> inside_quote(t.size(), false);
  bool open = false;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].IsPunct('"')) {
      open = !open;
      continue;
    }
    inside_quote[k] = open;
  }
  if (open) std::fill(inside_quote.begin(), inside_quote.end(), false);
  return inside_quote;
}

// The attribution cues of a sentence: not inside a quotation, not part of a name, not the noun
// ("the dispute has"), not "per" before a unit.
std::vector<ClaimRules::Cue> ClaimRules::FindCues(std::string_view text, const SentenceView& s,
                                                  const std::vector<bool>& inside_quote) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<Cue> cues;
  for (size_t i = 0; i < t.size();) {
    int payload = 0;
    size_t n = lex_.cues().MatchAt(t, i, &payload);
    if (n == 0) {
      ++i;
      continue;
    }
    const CueInfo& info = lex_.cue_info(payload);
    // A cue inside quoted speech belongs to the quote ("... standard fare for IP disputes ...");
    // a capitalized verb cue inside the sentence is a name ("the United States").
    const bool name_part = i > 0 && t[i].capitalized && info.kind == CueKind::kVerb;
    // "the contract dispute in cloud computing", "the dispute has": a noun, not the verb.
    bool noun = false;
    if ((t[i].lower == "dispute" || t[i].lower == "disputes" || t[i].lower == "claims") && i + n < t.size()) {
      noun = noun || t[i + n].IsPunct('.') || t[i + n].IsPunct(',') || lex_.Is(WordClass::kAfterCueNoun, t, i + n);
    }
    // "per share", "per CWT", "per U.S. Dollar": not a source; "per Bloomberg", "per the report" are.
    const bool no_name = info.name_after && !attribution_.NamesSourceAfter(text, s, i + n);
    if (!info.blocked && !inside_quote[i] && !name_part && !noun && !no_name) cues.push_back({i, i + n, info});
    i += n;
  }
  return cues;
}

// Nothing of substance follows token k: the sentence ends, or a trailer (", citing sources").
bool ClaimRules::TrivialAfter(const std::vector<Token>& t, size_t k) const {
  while (k < t.size() && (t[k].IsPunct('"') || t[k].IsPunct('\''))) ++k;
  if (k >= t.size() || t[k].IsPunct('.') || t[k].IsPunct('!') || t[k].IsPunct('?')) return true;
  if (t[k].IsPunct(',') && (k + 1 >= t.size() || lex_.trailers().MatchAt(t, k + 1, nullptr) > 0))
    return true;
  return false;
}

// The content at token k is an object that says nothing ("said nothing after officers surrounded
// him", "said little."), not a clause ("said nothing had changed").
bool ClaimRules::EmptyObject(const std::vector<Token>& t, size_t k) const {
  const size_t n = k < t.size() ? lex_.empty_objects().MatchAt(t, k, nullptr) : 0;
  if (n == 0) return false;
  const size_t next = k + n;
  return next >= t.size() || !t[next].word || AdjunctAt(t, next) || lex_.prepositions().MatchAt(t, next, nullptr) > 0;
}

// An adjunct opens at token k: "in its statement", "on Tuesday", "last December".
bool ClaimRules::AdjunctAt(const std::vector<Token>& t, size_t k) const {
  int payload = 0;
  if (k >= t.size() || lex_.adjunct_starts().MatchAt(t, k, &payload) == 0) return false;
  return payload == 0 || (k + 1 < t.size() && lex_.time_nouns().MatchAt(t, k + 1, nullptr) > 0);
}

// A clause opens at token k: an article or a pronoun, then an auxiliary within four words
// ("the plant would close", "it has").
bool ClaimRules::ClauseStartsAt(const std::vector<Token>& t, size_t k) const {
  if (lex_.name_articles().MatchAt(t, k, nullptr) == 0 && lex_.pronouns().MatchAt(t, k, nullptr) == 0) return false;
  for (size_t j = k + 1; j < t.size() && j <= k + 4; ++j) {
    if (!t[j].word) return false;
    if (lex_.finite_auxiliaries().MatchAt(t, j, nullptr) > 0) return true;
  }
  return false;
}

// Only a short adjunct follows token k to the end of the sentence ("..., the agency said in its
// weekly review."): no verb, no "that", no further cue or clause.
bool ClaimRules::BareAdjunctToEnd(const std::vector<Token>& t, size_t k) const {
  if (!AdjunctAt(t, k) || VerbBefore(t, k)) return false;
  constexpr size_t kMaxAdjunctTokens = 8;
  for (size_t j = k; j < t.size() && j < k + kMaxAdjunctTokens; ++j) {
    if (t[j].IsPunct('.') || t[j].IsPunct('!') || t[j].IsPunct('?')) return true;
    if (!t[j].word || t[j].lower == "that" || lex_.cues().MatchAt(t, j, nullptr) > 0 ||
        lex_.finite_auxiliaries().MatchAt(t, j, nullptr) > 0)
      return false;
  }
  return k + kMaxAdjunctTokens >= t.size();
}

// The content after a cue that starts at token k: "that", colons, commas and quotes skipped, and
// adjuncts before "that" ("said in its statement that", "said last December that").
Phrase ClaimRules::ContentAfter(const std::vector<Token>& t, size_t k) const {
  for (bool again = true; again;) {
    again = false;
    while (k < t.size() &&
           (t[k].lower == "that" || t[k].IsPunct(':') || t[k].IsPunct(',') || t[k].IsPunct('"'))) {
      // "disputes that figure": "that" is a determiner when no clause follows it.
      // "said that represents a total sale": "that" is the subject, followed by its verb.
      if (t[k].lower == "that" && k + 2 < t.size() && t[k + 1].lower.size() > 3 &&
          t[k + 1].lower.back() == 's' && t[k + 1].lower[t[k + 1].lower.size() - 2] != 's' &&
          (t[k + 2].lower == "a" || t[k + 2].lower == "an" || t[k + 2].lower == "the" ||
           t[k + 2].lower == "no"))
        break;
      if (t[k].lower == "that" && k + 1 < t.size() && t[k + 1].word && !t[k + 1].capitalized &&
          !IsBoundary(t, k + 1) && lex_.stop_words().MatchAt(t, k + 1, nullptr) == 0 &&
          PhraseAfter(t, k + 1).end - (k + 1) < 3 && !VerbBefore(t, k + 1))
        break;
      ++k;
    }
    if (size_t n = lex_.speaker_leads().MatchAt(t, k, nullptr); n > 1) {
      k += n;  // "said in a joint statement that ..."
      again = true;
    }
    // "said in its statement that", "said last December that": an adjunct before "that".
    const bool adjunct = AdjunctAt(t, k);
    for (size_t j = k; adjunct && j < t.size() && j < k + 14 && !again; ++j) {
      if (t[j].lower == "that" && j > k) {
        k = j + 1;
        again = true;
        break;
      }
      // "said in a report the plant would close": a subject and its auxiliary after the adjunct.
      if (j >= k + 2 && ClauseStartsAt(t, j)) {
        k = j;
        break;
      }
      const bool finite = lex_.finite_auxiliaries().MatchAt(t, j, nullptr) > 0;
      if (finite || (j > k && IsBoundary(t, j)) || lex_.cues().MatchAt(t, j, nullptr) > 0) break;
    }
    if (k + 2 < t.size() && t[k].lower == "the" && t[k + 1].lower == "fact" && t[k + 2].lower == "that") {
      k += 3;  // "underscored the fact that ..."
      again = true;
    }
    int payload = 0;
    size_t n = lex_.cues().MatchAt(t, k, &payload);
    if (n > 0 && lex_.cue_info(payload).kind == CueKind::kAccordingTo) {  // ", as per the report, that"
      k = PhraseAfter(t, k + n).end;
      again = true;
    }
  }
  return Phrase{k, t.size()};
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
    Phrase basis = PhraseAfter(t, k + n);
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

void ClaimRules::LinkFramesAndRelays(const std::vector<Token>& t, std::vector<Draft>* all) const {
  std::vector<Draft>& drafts = *all;
  // Frames and parenthetical relays. "The FT said Microsoft executives believe X": the inner
  // claim is the whole content of the outer one, which is dropped (its speaker becomes the inner
  // claim's source). "X, the FT said, ...": the parenthetical attributes the claim before it.
  for (size_t k = 0; k + 1 < drafts.size(); ++k) {
    Draft& outer = drafts[k];
    Draft& inner = drafts[k + 1];
    if (inner.speaker_after || outer.speaker_after || inner.relayed_by == -2) continue;
    size_t b = outer.content.begin;
    while (b < inner.speaker.begin && (t[b].IsPunct('"') || t[b].lower == "that" || t[b].IsPunct(','))) ++b;
    if (b == inner.speaker.begin && inner.cue.begin < outer.content.end) {
      inner.frame = static_cast<int>(k);
      outer.dropped = true;
    }
  }
  for (size_t k = 1; k < drafts.size(); ++k) {
    if (drafts[k].relayed_by != -2) continue;
    drafts[k].relayed_by = -1;
    drafts[k].dropped = true;
    drafts[k - 1].relayed_by = static_cast<int>(k);
    drafts[k - 1].content.end = std::min(drafts[k - 1].content.end, drafts[k].speaker.begin);
  }
  // Forward contents stop where the next claim's speaker starts.
  for (size_t k = 0; k + 1 < drafts.size(); ++k) {
    Draft& d = drafts[k];
    const Draft& next = drafts[k + 1];
    if (next.frame == static_cast<int>(k) || d.relayed_by == static_cast<int>(k + 1)) continue;
    size_t stop = next.speaker_after ? next.content.begin : next.speaker.begin;
    if (!next.speaker_after && stop > d.content.begin && stop < d.content.end) d.content.end = stop;
  }
}

// With no verb cue, "according to X" attributes the sentence (or the side of it the cue is not on).
void ClaimRules::AddAccordingToDraft(const SentenceView& s, const std::vector<Cue>& cues,
                                     std::vector<Draft>* drafts) const {
  const std::vector<Token>& t = s.tokens;
  for (const Cue& c : cues) {
    if (c.info.kind != CueKind::kAccordingTo) continue;
    Phrase sp = PhraseAfter(t, c.end);
    if (!ValidSpeaker(s, sp)) continue;
    size_t after = sp.end;
    while (after < t.size() && t[after].IsPunct(',')) ++after;
    const size_t before_len = c.begin;
    const size_t after_len = t.size() > after ? t.size() - after : 0;
    Phrase content;
    if (before_len >= 3 && after_len >= 3)
      content = {0, t.size()};
    else if (after_len >= before_len)
      content = {after, t.size()};
    else
      content = {0, c.begin};
    drafts->push_back({sp, true, content, c});
    break;
  }
}

// With no verb or "according to" cue, a passive one ("reportedly", "is said to") attributes the
// sentence to the active report, else to an unnamed source; its subject holds the stance when a
// stance verb follows ("executives reportedly regard X as a violation").
void ClaimRules::AddPassiveClaim(std::string_view text, const SentenceView& s, const std::vector<Cue>& cues,
                                 const std::vector<Relay>& relays, AttributionState* state,
                                 std::vector<Claim>* out) const {
  const std::vector<Token>& t = s.tokens;
  for (const Cue& c : cues) {
    if (c.info.kind != CueKind::kPassive) continue;
    Claim claim;
    claim.sentence = s.index;
    claim.cue = Lower(TextOf(text, t, c.begin, c.end));
    claim.cue_span = SpanOf(t, c.begin, c.end);
    claim.rule = "cue=passive:" + claim.cue;
    // "Unnamed Microsoft executives reportedly regard X as a violation", "Microsoft is reported
    // to reject the distinction": the subject holds the stance; the report is the source.
    size_t verb = c.end;
    if (verb < t.size() && t[verb].lower == "to") ++verb;
    const bool stance_verb = lex_.Is(WordClass::kStanceVerbs, t, verb);
    Phrase subject = stance_verb ? SpeakerBefore(t, c.begin, false, 0) : Phrase{};
    bool actor = false;
    for (const EntityMention* m : s.entities) {
      actor = actor || (IsActorType(m->type) && !pack_.IsOutlet(*m) &&
                        Inside(m->span, SpanOf(t, subject.begin, subject.end)));
    }
    if (stance_verb && actor && subject.begin == 0) {
      ResolveSpeaker(text, s, subject, *state, false, &claim);
      if (claim.primary_source.empty() && !state->active_report.empty()) {
        claim.primary_source = state->active_report;
        claim.primary_source_cue = claim.cue;
        if (pack_.pack()) {
          if (const PackOutlet* o = pack_.pack()->FindOutlet(state->active_report))
            claim.primary_source_id = o->id;
        }
      }
      claim.rule += ";stance-holder";
      Finish(text, s, {verb, t.size()}, s.span, c.info, relays, state, std::move(claim), out);
      return;
    }
    if (!state->active_report.empty()) {
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
    Finish(text, s, {0, t.size()}, s.span, c.info, relays, state, std::move(claim), out);
    return;
  }
}

// The claims of the sentence's verb and view cues, as drafts: the speaker before the cue (or after
// it: "said Smith"), the content after it (or before it, for a cue that ends the sentence, closes
// a quote or is parenthetical), a second cue of the same speaker ("..., and say it ...").
// A draft whose speaker `np` comes before the cue: its content after the cue (past a listener),
// or before it when the cue ends the sentence, closes a quotation or is parenthetical.
void ClaimRules::AddDraftWithSpeakerBefore(const SentenceView& s, Phrase np, const Cue& cue,
                                           const std::vector<bool>& inside_quote, std::vector<Draft>* all) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<Draft>& drafts = *all;
  const Cue& c = cue;
  Draft d{np, false, {}, cue};
  // "told the FT: ..." / "told NetworkWorld that ...": the listener is not the content.
  size_t after = c.end;
  if (cue.info.takes_listener) {
    while (after < t.size() && after < c.end + 12 && !IsBoundary(t, after) && t[after].lower != "to")
      ++after;
    if (after < t.size() && t[after].lower == "to")
      return;  // "told its staff to leave": an instruction
  }
  // "X," Osei said, ... / "X, the FT said, because ...": the content is what comes before.
  // A quote that ends a sentence ("... contract." He added, ...) is not this cue's content.
  const bool closes_quote =
      np.begin >= 3 && t[np.begin - 1].IsPunct('"') && !inside_quote[np.begin - 1] &&
      (t[np.begin - 2].IsPunct(',') || t[np.begin - 2].IsPunct('?') || t[np.begin - 2].IsPunct('!'));
  // (Not when a quote follows: "..., a person familiar ... said, \"We know our contract.\"")
  bool parenthetical = np.begin >= 3 && t[np.begin - 1].IsPunct(',') && after + 1 < t.size() &&
                       t[after].IsPunct(',') && !t[after + 1].IsPunct('"');
  if (parenthetical) {
    // "...: because it keeps state, they say, it does not violate ...": what comes before is
    // an adverbial clause; the claim is the main clause after the cue.
    size_t start = np.begin - 1;
    while (start > 0 && !t[start - 1].IsPunct(':') && !t[start - 1].IsPunct(';')) --start;
    parenthetical = parenthetical && !lex_.Is(WordClass::kSubordinators, t, start);
  }
  // "Showers continued ..., the agency said in its weekly review.": the cue ends the sentence
  // but for an adjunct; the content is the clause before the speaker.
  const bool adjunct_only = np.begin >= 3 && t[np.begin - 1].IsPunct(',') && BareAdjunctToEnd(t, after);
  if (TrivialAfter(t, after) || closes_quote || parenthetical || adjunct_only) {
    d.content = {0, np.begin};
    if (parenthetical && !drafts.empty() && drafts.back().content.begin < np.begin &&
        drafts.back().content.end + 1 >= np.begin) {
      d.relayed_by = -2;  // resolved below: it attributes the previous draft
    }
  } else {
    d.content = ContentAfter(t, after);
    // "a question that one analyst believes was drafted ...": content that opens with an
    // auxiliary has lost its subject to a relative clause.
    const bool gap = lex_.Is(WordClass::kSubjectlessOpeners, t, d.content.begin);
    if (gap || EmptyObject(t, d.content.begin)) return;
    // "More than a week after the FT reported that X, the companies ...": a cue inside a
    // subordinate clause claims only up to the clause's end.
    const bool opener = np.begin > 0 && lex_.Is(WordClass::kClauseOpeners, t, np.begin - 1);
    for (size_t k = d.content.begin; opener && k < d.content.end; ++k) {
      if (t[k].IsPunct(',') && !inside_quote[k]) {
        d.content.end = k;
        break;
      }
    }
  }
  drafts.push_back(d);
}

// "“…,” said the mayor": a draft whose speaker follows the cue, its content before it; false when the
// phrase after the cue is no speaker.
bool ClaimRules::AddDraftWithSpeakerAfter(const SentenceView& s, const Cue& c, std::vector<Draft>* drafts) const {
  const std::vector<Token>& t = s.tokens;
  // The speaker after the cue — never after "told" (the listener) or a
  // participle (", adding that ...").
  const bool participle = IsParticiple(t[c.end - 1]);
  if (c.begin > 0 && (t[c.begin - 1].IsPunct(',') || t[c.begin - 1].IsPunct('"')) &&
      !c.info.takes_listener && !participle) {
    Phrase sp = PhraseAfter(t, c.end);
    // "said U.S. West vice president and treasurer Jim Anderson": a second title joined by
    // "and" before the name belongs to the speaker.
    if (sp.end + 2 < t.size() && t[sp.end].lower == "and") {
      size_t e = sp.end + 1;
      while (e < t.size() && e < sp.end + 4 && t[e].word && !t[e].capitalized) ++e;
      size_t n = e;
      while (n < t.size() && t[n].word && t[n].capitalized) ++n;
      if (n > e && (n == t.size() || !t[n].word)) sp.end = n;
    }
    if (ValidSpeaker(s, sp)) {
      drafts->push_back({sp, true, {0, c.begin}, c});
      return true;
    }
  }
  return false;
}

std::vector<ClaimRules::Draft> ClaimRules::VerbDrafts(const SentenceView& s, const std::vector<Cue>& cues,
                                                      const std::vector<bool>& inside_quote) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<Draft> drafts;
  size_t floor = 0;  // the end of the previous speech cue
  for (const Cue& c : cues) {
    if (c.info.kind != CueKind::kVerb && c.info.kind != CueKind::kView) continue;
    // A verb that needs a clause and has none is no cue at all ("felt the need to ...").
    if (c.info.needs_that && !ClauseFollows(t, c.end)) continue;
    const size_t previous_floor = floor;
    floor = c.end;
    Phrase np = CutAtInnerCue(t, SpeakerBefore(t, c.begin, c.info.kind == CueKind::kView, previous_floor));
    // "if it believes ...": a cue inside a conditional clause attributes nothing.
    if (np.begin > 0 && lex_.conditionals().MatchAt(t, np.begin - 1, nullptr) > 0) continue;
    // "Microsoft's claim that ...": the possessor is the speaker.
    if (c.begin >= 2 && t[c.begin - 1].lower == "'s") {
      size_t b = c.begin - 1;
      while (b > 0 && t[b - 1].word && t[b - 1].capitalized && c.begin - 1 - b < 4) --b;
      // "In the union's telling": a capitalized function word opening the sentence is not the name.
      while (b < c.begin - 1 && lex_.stop_words().MatchAt(t, b, nullptr) == 1) ++b;
      if (b < c.begin - 1) np = {b, c.begin - 1};
    }
    // "did not believe", "never said": a negated cue inverts the claim. "they may say", "will
    // say": a permission or a forecast attributes nothing.
    Cue cue = c;
    bool modal = false;
    for (size_t k = np.end; k < c.begin; ++k) {
      if (lex_.negations().MatchAt(t, k, nullptr) > 0) cue.info.inverts = !cue.info.inverts;
      modal = modal || lex_.Is(WordClass::kModals, t, k);
    }
    if (modal) continue;
    if (ReducedRelative(s, np)) continue;  // "terms they believed were settled", "the category OpenAI says"
    // "Celine Marchetti, a portfolio manager at Pellmore Capital, told ...": the name before
    // the appositive is the speaker.
    if (np.empty() && c.begin > 0 && t[c.begin - 1].IsPunct(',')) {
      Phrase named = NameBeforeAppositive(s, c.begin - 1);
      if (named.empty()) named = NameBeforeRelative(s, c.begin - 1);
      if (!named.empty()) np = named;
    }
    // "DiCaprio, who earned a nomination for "Revolutionary Road," said": the comma is inside
    // the closing quote.
    if (np.empty() && c.begin > 1 && t[c.begin - 1].IsPunct('"') && t[c.begin - 2].IsPunct(','))
      np = NameBeforeRelative(s, c.begin - 2);
    // "Police pulled him over and say ...", "LaSalle refused to comply, saying ...": the subject
    // of the sentence speaks (a participle's "-ing" form after a comma).
    if (np.empty() && drafts.empty() && c.begin > 1 &&
        (t[c.begin - 1].lower == "and" || (IsParticiple(t[c.begin]) && t[c.begin - 1].IsPunct(','))))
      np = OpeningSubject(s, c.begin);
    if (ValidSpeaker(s, np)) {
      AddDraftWithSpeakerBefore(s, TrimToEntity(s, np), cue, inside_quote, &drafts);
      continue;
    }
    if (AddDraftWithSpeakerAfter(s, c, &drafts)) continue;
    if (np.empty() && !drafts.empty() && c.begin > 0 &&
        (t[c.begin - 1].lower == "and" || t[c.begin - 1].IsPunct(','))) {
      // A second cue with no speaker of its own is the same speaker's second claim, with its own
      // content and polarity: "consider X unworkable, and say it breaches ...", "rejects that
      // distinction and considers that the arrangement breaches ...".
      Draft& previous = drafts.back();
      size_t cut = c.begin - 1;
      while (cut > previous.content.begin && (t[cut - 1].IsPunct(',') || t[cut - 1].lower == "and")) --cut;
      if (previous.content.begin < cut && cut < previous.content.end) previous.content.end = cut;
      Draft second{previous.speaker, previous.speaker_after, ContentAfter(t, c.end), c};
      drafts.push_back(second);
    }
  }
  return drafts;
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
                                             const std::vector<Draft>& drafts,
                                             const std::vector<std::string>& basis_hedges,
                                             const AttributionState& state) const {
  static const char* kKindNames[] = {"verb", "view", "according_to", "passive"};
  const std::vector<Token>& t = s.tokens;
  std::vector<Claim> resolved(drafts.size());
  for (size_t k = 0; k < drafts.size(); ++k) {
    const Draft& d = drafts[k];
    Claim& claim = resolved[k];
    claim.sentence = s.index;
    claim.cue = Lower(TextOf(text, t, d.cue.begin, d.cue.end));
    claim.cue_span = SpanOf(t, d.cue.begin, d.cue.end);
    claim.rule = std::string("cue=") + kKindNames[static_cast<int>(d.cue.info.kind)] + ":" + claim.cue;
    if (d.speaker_after && d.cue.info.kind == CueKind::kVerb) claim.rule += ";inverted";
    ResolveSpeaker(text, s, d.speaker, state, d.cue.info.outlet_subject, &claim);
    if (!claim.speaker_unnamed) claim.hedges = basis_hedges;  // an unnamed speaker is hedged as such
  }
  return resolved;
}

void ClaimRules::FinishDrafts(std::string_view text, const SentenceView& s, const std::vector<Draft>& drafts,
                              const std::vector<Claim>& resolved, const std::vector<Relay>& relays,
                              AttributionState* state, std::vector<Claim>* out) const {
  Claim named_before_store;
  const Claim* named_before = nullptr;  // the last claim of this sentence with a named speaker
  for (size_t k = 0; k < drafts.size(); ++k) {
    const Draft& d = drafts[k];
    if (d.dropped) continue;
    Claim claim = resolved[k];
    if (named_before && d.frame < 0 && ByPronoun(claim.speaker_from)) {
      // "Scott Bickley ... told NetworkWorld that ..., and he predicted that ...": he is Bickley.
      CopySpeaker(*named_before, ";speaker=same-sentence", SpeakerFrom::kSameSentence, &claim);
    }
    const bool named = claim.speaker_from != SpeakerFrom::kReport && !ByPronoun(claim.speaker_from);
    size_t rb = std::min({d.speaker.begin, d.cue.begin, d.content.begin});
    size_t re = std::max({d.speaker.end, d.cue.end, d.content.end});
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
    Finish(text, s, d.content, SpanOf(s.tokens, rb, re), d.cue.info, relays, state, std::move(claim), out);
  }
}

void ClaimRules::ExtractClaims(std::string_view text, const SentenceView& s, const std::vector<Relay>& relays,
                               AttributionState* state, std::vector<Claim>* out) const {
  const std::vector<Token>& t = s.tokens;
  if (t.empty()) return;
  for (const Relay& r : relays) {
    if (r.outlet != state->active_report && r.priority >= 1) state->active_report = r.outlet;
  }
  const std::vector<bool> inside_quote = QuoteMask(t);
  const std::vector<Cue> cues = FindCues(text, s, inside_quote);
  if (cues.empty()) return;

  std::vector<Draft> drafts = VerbDrafts(s, cues, inside_quote);
  const std::vector<std::string> basis_hedges = drafts.empty() ? std::vector<std::string>{} : BasisHedges(text, s);
  LinkFramesAndRelays(t, &drafts);
  if (drafts.empty()) AddAccordingToDraft(s, cues, &drafts);
  if (drafts.empty()) {
    AddPassiveClaim(text, s, cues, relays, state, out);
    return;
  }
  FinishDrafts(text, s, drafts, ResolveDrafts(text, s, drafts, basis_hedges, *state), relays, state, out);
}

}  // namespace extract

}  // namespace newsline
