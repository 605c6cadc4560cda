// Attribution: who a sentence says its content comes from. The outlets a sentence relays
// ("according to a report in the Boston Globe", ", AP reported", "first reported by X"), which
// names are outlets (a pack's, or with no pack a name with a media word), and the token-range
// helpers the claim rules share; and each sentence's attribution records (cue, speaker span,
// listener, content span, frame). Claims, events and facts read the relays of each sentence; the
// claim rules read the records. The report an article last cited is carried in AttributionState
// (sentences/sentence_view.h).
#ifndef NEWSLINE_LIB_EXTRACT_ATTRIBUTION_ATTRIBUTION_H_
#define NEWSLINE_LIB_EXTRACT_ATTRIBUTION_ATTRIBUTION_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/sentences/sentence_view.h"
#include "extract/lexicon/lexicon.h"
#include "newsline/extraction.h"

namespace newsline {
namespace extract {

// An outlet a sentence says it relays ("according to a report in the Boston Globe").
struct Relay {
  std::string outlet;     // canonical name where the pack knows it, else the surface name
  std::string outlet_id;  // pack outlet id or ""
  std::string cue;        // "first reported by", "according to a report in", "reported"
  int priority = 0;       // "first reported by" beats "seen by" in the same sentence
  size_t token = 0;       // where the cue starts
  size_t first = 0;       // the first token of the cue or the outlet's name, whichever comes first
  size_t end = 0;         // token after the phrase naming the outlet
  bool named = false;     // the sentence names the outlet (not "the report" carried forward)
};

// A phrase: the token range [begin, end) of a sentence.
struct Phrase {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return end <= begin; }
};

// The text and the character span of tokens [b, e); empty when the range is.
std::string TextOf(std::string_view text, const std::vector<Token>& t, size_t b, size_t e);
Span SpanOf(const std::vector<Token>& t, size_t b, size_t e);
bool Inside(Span inner, Span outer);

// An attribution cue of a sentence: tokens [begin, end) and what the lexicon says of it.
struct Cue {
  size_t begin = 0;
  size_t end = 0;
  CueInfo info;           // as the lexicon gives it, `inverts` flipped by a negation before the cue
  bool negated = false;   // "did not say", "never denied"
};

// One attribution of a sentence, as spans: who speaks, by which cue, to whom, what they say, and
// how it nests in another attribution of the sentence. "The Gazette said Contoso executives believe
// the deal is void": two records, the second framed by the first; "X, the Gazette said, ...": the Gazette's
// record relays the one before it. Speakers are unresolved spans ("he" stays "he"); the claim
// rules resolve them, read polarity, hedges and topic, and set the primary source.
struct Attribution {
  Phrase speaker;              // empty when no phrase speaks (a passive cue: "reportedly")
  bool speaker_after = false;  // "..., said Jane Doe"
  Phrase content;              // the claimed content, trimmed (ContentBounds)
  Cue cue;
  Phrase listener = {};           // "told [the paper] that ...": empty when the cue takes none
  Phrase reach = {};              // the content before trimming: with the speaker and cue, the region hedges are read in
  int frame = -1;              // the record whose content this one is ("the Gazette said [X believe ...]")
  int relayed_by = -1;         // a parenthetical "..., the Gazette said, ..." that attributes this one
  bool dropped = false;        // a frame or a parenthetical relay: not a claim of its own
  bool stance_holder = false;  // a passive cue's subject holds the stance ("X reportedly regard ...")
  bool clause = false;         // the content is a clause (not a lone word or the rest of a listener)
  // "disputes that figure": a denial whose object is a noun phrase. A claim only where a
  // pack topic says what the phrase stands for; with no pack there is no proposition to compare.
  bool noun_object = false;
};

// Thread-safety: const methods are thread-safe.
class AttributionRules {
 public:
  // REQUIRES: `lexicon` and `pack` outlive this object.
  AttributionRules(const Lexicon* lexicon, const PackView* pack) : lex_(*lexicon), pack_(*pack) {}

  // The attributions of a sentence, in order of their cues: verb and view cues ("said", "is of
  // the view"), else one "according to", else one passive cue. Empty when the sentence has none.
  std::vector<Attribution> Attribute(std::string_view text, const SentenceView& s) const;
  // The relay cues of a sentence that name an outlet (or "the report" when one is active).
  std::vector<Relay> FindRelays(std::string_view text, const SentenceView& s, const AttributionState& state) const;
  // The outlet named in tokens `p` (a pack outlet, else with no pack a capitalized run); "" when
  // none. `id` (may be null) gets the pack outlet id.
  std::string OutletIn(std::string_view text, const SentenceView& s, Phrase p, std::string* id) const;
  // True when a name no pack lists reads as a news outlet's ("New York Times", "Contoso Gazette").
  bool LooksLikeOutlet(const std::string& name) const;
  // True when the last word of a name is a media word ("Contoso Times", "The AP"; not "WCCO TV
  // Managing Editor Jane Doe").
  bool EndsLikeOutlet(const std::string& name) const;
  // A news outlet (a pack outlet or a name with a media word) or a report noun starts at token k.
  bool NamesSourceAfter(std::string_view text, const SentenceView& s, size_t k) const;
  // A pack that lists outlets says which names are outlets; else a name must look like one.
  bool PackListsOutlets() const;
  // Token i ends a phrase: a clause boundary (not a hyphen inside a word, nor the period of an
  // abbreviation: "U.S. Trade Representative").
  bool IsBoundary(const std::vector<Token>& t, size_t i) const;
  // The phrase from `from` to the next boundary, at most 12 tokens.
  Phrase PhraseAfter(const std::vector<Token>& t, size_t from) const;

 private:
  bool PostposedReport(const std::vector<Token>& t, Phrase name, size_t after_cue) const;

  // Records (attribute.cc).
  static std::vector<bool> QuoteMask(const std::vector<Token>& t);
  std::vector<Cue> FindCues(std::string_view text, const SentenceView& s, const std::vector<bool>& inside_quote) const;
  std::vector<Attribution> VerbDrafts(const SentenceView& s, const std::vector<Cue>& cues,
                                      const std::vector<bool>& inside_quote) const;
  void AddDraftWithSpeakerBefore(const SentenceView& s, Phrase np, const Cue& cue, const std::vector<bool>& inside_quote,
                                 std::vector<Attribution>* drafts) const;
  bool AddDraftWithSpeakerAfter(const SentenceView& s, const Cue& c, std::vector<Attribution>* drafts) const;
  // Frames ("the Gazette said X believes ..."), parenthetical relays ("X, the Gazette said, ...") and where
  // forward contents stop (the next claim's speaker).
  void LinkFramesAndRelays(const std::vector<Token>& t, std::vector<Attribution>* drafts) const;
  void AddAccordingTo(const SentenceView& s, const std::vector<Cue>& cues, std::vector<Attribution>* drafts) const;
  void AddPassive(const SentenceView& s, const std::vector<Cue>& cues, std::vector<Attribution>* out) const;

  // Speaker spans (attribution_spans.cc).
  // The speaker phrase ending before the cue at `cue`, not reaching back past `floor` (the end of
  // an earlier cue: "the Gazette said Contoso executives believe" gives "Contoso executives").
  Phrase SpeakerBefore(const std::vector<Token>& t, size_t cue, bool view, size_t floor) const;
  // The speaker phrase cut after its last name when only verb-phrase words follow it.
  Phrase TrimToEntity(const SentenceView& s, Phrase np) const;
  // True when the speaker phrase opens a relative clause without "that" ("terms they believed").
  bool ReducedRelative(const SentenceView& s, Phrase np) const;
  // The named speaker before an appositive ending at the comma `comma`; empty when none.
  Phrase NameBeforeAppositive(const SentenceView& s, size_t comma) const;
  // "<Name>, who ... , CUE": the name before a relative clause of up to 30 tokens (commas and
  // quotes inside it allowed); empty when there is none.
  Phrase NameBeforeRelative(const SentenceView& s, size_t comma) const;
  // The speaker phrase up to a verb of saying or believing inside it, minus adverbs before it
  // ("The union also felt the need to" -> "The union"): a phrase holding a verb is a clause.
  Phrase CutAtInnerCue(const std::vector<Token>& t, Phrase np) const;
  // "Police pulled him over and say ...": the subject that opens the sentence, for a cue right
  // after "and" with no speaker of its own; empty when the sentence opens with no speaker.
  Phrase OpeningSubject(const SentenceView& s, size_t cue) const;
  // A noun phrase that can speak: a name, a title, an unnamed-source or report phrase, a pronoun.
  bool ValidSpeaker(const SentenceView& s, Phrase p) const;

  // Content spans (attribution_spans.cc).
  // True when a finite verb follows `from` before the next comma, period or cue.
  bool VerbBefore(const std::vector<Token>& t, size_t from) const;
  // True when a clause (the claimed content) starts at `from`: "that", ":", or a finite verb soon.
  bool ClauseFollows(const std::vector<Token>& t, size_t from) const;
  bool TrivialAfter(const std::vector<Token>& t, size_t k) const;
  bool EmptyObject(const std::vector<Token>& t, size_t k) const;
  bool AdjunctAt(const std::vector<Token>& t, size_t k) const;
  bool ClauseStartsAt(const std::vector<Token>& t, size_t k) const;
  bool BareAdjunctToEnd(const std::vector<Token>& t, size_t k) const;
  Phrase ContentAfter(const std::vector<Token>& t, size_t k) const;
  // "dispute the partnership", "denied the allegations": no finite verb before the content's
  // first boundary, so it is a noun phrase, not a proposition another source could contradict.
  bool NounPhraseOnly(const std::vector<Token>& t, Phrase content) const;
  // The content's bounds: trailing attributions, quotes, punctuation and dangling conjunctions
  // trimmed; false when what is left is not a clause (a lone word, the rest of a listener).
  bool ContentBounds(const std::vector<Token>& t, Phrase* content) const;

  const Lexicon& lex_;
  const PackView& pack_;
};

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_ATTRIBUTION_ATTRIBUTION_H_
