// Attribution spans: where a cue's speaker starts and ends (a noun phrase that can speak, never a
// clause or a fragment) and where its content does (a clause, never a bare adjunct).
#include <algorithm>

#include "extract/attribution/attribution.h"

namespace newsline {
namespace extract {

Phrase AttributionRules::SpeakerBefore(const std::vector<Token>& t, size_t cue, bool view,
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

Phrase AttributionRules::TrimToEntity(const SentenceView& s, Phrase np) const {
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

bool AttributionRules::ReducedRelative(const SentenceView& s, Phrase np) const {
  // The speaker of a cue inside a relative clause with no "that": a noun, then a pronoun or a
  // name, then the cue ("terms they believed were settled", "the category Fabrikam says falls
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

Phrase AttributionRules::NameBeforeAppositive(const SentenceView& s, size_t comma) const {
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
    // "Jane Doe, Contoso's chief executive, said": an appositive opened by a possessive name is a title.
    const bool possessive_title = k + 2 < comma && t[k + 2].lower == "'s";
    if (b == 0 && b < k && (!t[k + 1].capitalized || possessive_title)) return {b, k};
    return {};
  }
  return {};
}

Phrase AttributionRules::CutAtInnerCue(const std::vector<Token>& t, Phrase np) const {
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

Phrase AttributionRules::NameBeforeRelative(const SentenceView& s, size_t comma) const {
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

Phrase AttributionRules::OpeningSubject(const SentenceView& s, size_t cue) const {
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

bool AttributionRules::ValidSpeaker(const SentenceView& s, Phrase p) const {
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

bool AttributionRules::VerbBefore(const std::vector<Token>& t, size_t from) const {
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

bool AttributionRules::ClauseFollows(const std::vector<Token>& t, size_t from) const {
  if (from < t.size() && (t[from].lower == "that" || t[from].IsPunct(':'))) return true;
  // "maintains its Amazon partnership is compatible with ...": a finite verb soon after the cue.
  for (size_t k = from; k < t.size() && k < from + 7; ++k) {
    if (k > from && IsBoundary(t, k)) return false;
    if (k > from && lex_.Is(WordClass::kClauseVerbs, t, k)) return true;
  }
  return false;
}

// Nothing of substance follows token k: the sentence ends, or a trailer (", citing sources").
bool AttributionRules::TrivialAfter(const std::vector<Token>& t, size_t k) const {
  while (k < t.size() && (t[k].IsPunct('"') || t[k].IsPunct('\''))) ++k;
  if (k >= t.size() || t[k].IsPunct('.') || t[k].IsPunct('!') || t[k].IsPunct('?')) return true;
  if (t[k].IsPunct(',') && (k + 1 >= t.size() || lex_.trailers().MatchAt(t, k + 1, nullptr) > 0))
    return true;
  return false;
}

// The content at token k is an object that says nothing ("said nothing after officers surrounded
// him", "said little."), not a clause ("said nothing had changed").
bool AttributionRules::EmptyObject(const std::vector<Token>& t, size_t k) const {
  const size_t n = k < t.size() ? lex_.empty_objects().MatchAt(t, k, nullptr) : 0;
  if (n == 0) return false;
  const size_t next = k + n;
  return next >= t.size() || !t[next].word || AdjunctAt(t, next) || lex_.prepositions().MatchAt(t, next, nullptr) > 0;
}

// An adjunct opens at token k: "in its statement", "on Tuesday", "last December".
bool AttributionRules::AdjunctAt(const std::vector<Token>& t, size_t k) const {
  int payload = 0;
  if (k >= t.size() || lex_.adjunct_starts().MatchAt(t, k, &payload) == 0) return false;
  return payload == 0 || (k + 1 < t.size() && lex_.time_nouns().MatchAt(t, k + 1, nullptr) > 0);
}

// A clause opens at token k: an article or a pronoun, then an auxiliary within four words
// ("the plant would close", "it has").
bool AttributionRules::ClauseStartsAt(const std::vector<Token>& t, size_t k) const {
  if (lex_.name_articles().MatchAt(t, k, nullptr) == 0 && lex_.pronouns().MatchAt(t, k, nullptr) == 0) return false;
  for (size_t j = k + 1; j < t.size() && j <= k + 4; ++j) {
    if (!t[j].word) return false;
    if (lex_.finite_auxiliaries().MatchAt(t, j, nullptr) > 0) return true;
  }
  return false;
}

// Only a short adjunct follows token k to the end of the sentence ("..., the agency said in its
// weekly review."): no verb, no "that", no further cue or clause.
bool AttributionRules::BareAdjunctToEnd(const std::vector<Token>& t, size_t k) const {
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
Phrase AttributionRules::ContentAfter(const std::vector<Token>& t, size_t k) const {
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

bool AttributionRules::ContentBounds(const std::vector<Token>& t, Phrase* content) const {
  // A trailing attribution is not content: "..., according to the Contoso Times".
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
  // (A sentence may open with "And" or "But".) ", and later seen by the Gazette, Northwind employees may
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

bool AttributionRules::NounPhraseOnly(const std::vector<Token>& t, Phrase content) const {
  if (content.empty()) return false;
  // A content after a complementizer or a colon is a clause ("denies that the deal opens ...").
  const size_t before = content.begin - 1;
  if (content.begin > 0 && (lex_.Is(WordClass::kComplementizers, t, before) || t[before].IsPunct(':'))) return false;
  // ContentAfter keeps a "that" only as a determiner ("disputes that figure").
  const size_t start = lex_.Is(WordClass::kComplementizers, t, content.begin) ? content.begin + 1 : content.begin;
  if (start >= content.end || VerbBefore(t, start)) return false;
  for (size_t k = start; k < content.end && !(k > start && IsBoundary(t, k)); ++k) {
    if (lex_.Is(WordClass::kClauseVerbs, t, k) || lex_.Is(WordClass::kAuxiliaries, t, k)) return false;
  }
  return true;
}

}  // namespace extract
}  // namespace newsline
