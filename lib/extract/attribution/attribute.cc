// Attribution records: the cues of a sentence, each with its speaker span, listener, content
// span and how it nests in another (a frame, a parenthetical relay). Run once per sentence;
// the claim rules read the records (speaker resolution, polarity, topic, source).
#include <algorithm>

#include "extract/attribution/attribution.h"

namespace newsline {
namespace extract {
namespace {

// An "-ing" form ("saying", "adding"): its subject is the clause's.
bool IsParticiple(const Token& t) {
  return t.lower.size() > 4 && t.lower.compare(t.lower.size() - 3, 3, "ing") == 0;
}

}  // namespace

// Which tokens are inside double quotes; none when the quotes do not pair (trust nothing then).
std::vector<bool> AttributionRules::QuoteMask(const std::vector<Token>& t) {
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
std::vector<Cue> AttributionRules::FindCues(std::string_view text, const SentenceView& s,
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
    const bool no_name = info.name_after && !NamesSourceAfter(text, s, i + n);
    if (!info.blocked && !inside_quote[i] && !name_part && !noun && !no_name) cues.push_back({i, i + n, info});
    i += n;
  }
  return cues;
}

// With no verb cue, "according to X" attributes the sentence (or the side of it the cue is not on).
void AttributionRules::AddAccordingTo(const SentenceView& s, const std::vector<Cue>& cues,
                                     std::vector<Attribution>* drafts) const {
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

// The claims of the sentence's verb and view cues, as drafts: the speaker before the cue (or after
// it: "said Smith"), the content after it (or before it, for a cue that ends the sentence, closes
// a quote or is parenthetical), a second cue of the same speaker ("..., and say it ...").
// A draft whose speaker `np` comes before the cue: its content after the cue (past a listener),
// or before it when the cue ends the sentence, closes a quotation or is parenthetical.
void AttributionRules::AddDraftWithSpeakerBefore(const SentenceView& s, Phrase np, const Cue& cue,
                                           const std::vector<bool>& inside_quote, std::vector<Attribution>* all) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<Attribution>& drafts = *all;
  const Cue& c = cue;
  Attribution d{np, false, {}, cue};
  // "told the Gazette: ..." / "told the Gazette that ...": the listener is not the content.
  size_t after = c.end;
  if (cue.info.takes_listener) {
    while (after < t.size() && after < c.end + 12 && !IsBoundary(t, after) && t[after].lower != "to")
      ++after;
    if (after < t.size() && t[after].lower == "to")
      return;  // "told its staff to leave": an instruction
    d.listener = {c.end, after};
    while (!d.listener.empty() && !t[d.listener.end - 1].word) --d.listener.end;
  }
  // "X," Doe said, ... / "X, the Gazette said, because ...": the content is what comes before.
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
    // "Contoso executives dispute Fabrikam's partnership": a denial of a thing, not of a claim.
    const bool denial = cue.info.inverts != cue.negated;
    d.noun_object = denial && NounPhraseOnly(t, d.content);
    // "More than a week after the Gazette reported that X, the companies ...": a cue inside a
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
bool AttributionRules::AddDraftWithSpeakerAfter(const SentenceView& s, const Cue& c, std::vector<Attribution>* drafts) const {
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

std::vector<Attribution> AttributionRules::VerbDrafts(const SentenceView& s, const std::vector<Cue>& cues,
                                                      const std::vector<bool>& inside_quote) const {
  const std::vector<Token>& t = s.tokens;
  std::vector<Attribution> drafts;
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
    // "Contoso's claim that ...": the possessor is the speaker.
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
      if (lex_.negations().MatchAt(t, k, nullptr) > 0) {
        cue.info.inverts = !cue.info.inverts;
        cue.negated = !cue.negated;
      }
      modal = modal || lex_.Is(WordClass::kModals, t, k);
    }
    if (modal) continue;
    if (ReducedRelative(s, np)) continue;  // "terms they believed were settled", "the category Fabrikam says"
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
      Attribution& previous = drafts.back();
      size_t cut = c.begin - 1;
      while (cut > previous.content.begin && (t[cut - 1].IsPunct(',') || t[cut - 1].lower == "and")) --cut;
      if (previous.content.begin < cut && cut < previous.content.end) previous.content.end = cut;
      Attribution second{previous.speaker, previous.speaker_after, ContentAfter(t, c.end), c};
      drafts.push_back(second);
    }
  }
  return drafts;
}

void AttributionRules::LinkFramesAndRelays(const std::vector<Token>& t, std::vector<Attribution>* all) const {
  std::vector<Attribution>& drafts = *all;
  // Frames and parenthetical relays. "The Gazette said Contoso executives believe X": the inner
  // claim is the whole content of the outer one, which is dropped (its speaker becomes the inner
  // claim's source). "X, the Gazette said, ...": the parenthetical attributes the claim before it.
  for (size_t k = 0; k + 1 < drafts.size(); ++k) {
    Attribution& outer = drafts[k];
    Attribution& inner = drafts[k + 1];
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
    Attribution& d = drafts[k];
    const Attribution& next = drafts[k + 1];
    if (next.frame == static_cast<int>(k) || d.relayed_by == static_cast<int>(k + 1)) continue;
    size_t stop = next.speaker_after ? next.content.begin : next.speaker.begin;
    if (!next.speaker_after && stop > d.content.begin && stop < d.content.end) d.content.end = stop;
  }
}

// With no verb or "according to" cue, a passive one ("reportedly", "is said to") attributes the
// whole sentence, to no speaker of its own (the claim rules give it the active report or an
// unnamed source) — unless its subject holds a stance a stance verb states ("Unnamed Contoso
// executives reportedly regard X as a violation", "Contoso is reported to reject ..."): then the
// subject speaks and the content starts at the verb.
void AttributionRules::AddPassive(const SentenceView& s, const std::vector<Cue>& cues,
                                  std::vector<Attribution>* out) const {
  const std::vector<Token>& t = s.tokens;
  for (const Cue& c : cues) {
    if (c.info.kind != CueKind::kPassive) continue;
    Attribution a;
    a.cue = c;
    a.content = {0, t.size()};
    size_t verb = c.end;
    if (verb < t.size() && t[verb].lower == "to") ++verb;
    const bool stance_verb = lex_.Is(WordClass::kStanceVerbs, t, verb);
    const Phrase subject = stance_verb ? SpeakerBefore(t, c.begin, false, 0) : Phrase{};
    bool actor = false;
    for (const EntityMention* m : s.entities) {
      actor = actor || (IsActorType(m->type) && !pack_.IsOutlet(*m) &&
                        Inside(m->span, SpanOf(t, subject.begin, subject.end)));
    }
    if (stance_verb && actor && subject.begin == 0) {
      a.speaker = subject;
      a.stance_holder = true;
      a.content = {verb, t.size()};
    }
    out->push_back(a);
    return;
  }
}

std::vector<Attribution> AttributionRules::Attribute(std::string_view text, const SentenceView& s) const {
  const std::vector<Token>& t = s.tokens;
  if (t.empty()) return {};
  const std::vector<bool> inside_quote = QuoteMask(t);
  const std::vector<Cue> cues = FindCues(text, s, inside_quote);
  if (cues.empty()) return {};
  std::vector<Attribution> records = VerbDrafts(s, cues, inside_quote);
  LinkFramesAndRelays(t, &records);
  if (records.empty()) AddAccordingTo(s, cues, &records);
  if (records.empty()) AddPassive(s, cues, &records);
  for (Attribution& a : records) {
    a.reach = a.content;
    a.clause = ContentBounds(t, &a.content);
  }
  return records;
}

}  // namespace extract
}  // namespace newsline
