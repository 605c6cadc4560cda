// Attributed claims: finds attribution cues in a sentence, the speaker, the claimed content, its
// polarity, hedges, topic, stance, quantities and attribution chain (primary source).
#ifndef NEWSLINE_LIB_EXTRACT_CLAIMS_H_
#define NEWSLINE_LIB_EXTRACT_CLAIMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor_internal.h"
#include "extract/lexicon.h"
#include "newsline/extraction.h"

namespace newsline {
namespace extract {

// An outlet a sentence says it relays ("according to a report in Financial Times").
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

// The claim rules. Stateless apart from the AttributionState the caller threads through the
// sentences of one article (in order).
// Thread-safety: const methods are thread-safe; the state object is per article.
class ClaimRules {
 public:
  // REQUIRES: `lexicon` and `pack` outlive this object.
  ClaimRules(const Lexicon* lexicon, const PackView* pack) : lex_(*lexicon), pack_(*pack) {}

  // Appends the claims of sentence `s` (ids are left empty) and updates `state`.
  void Extract(std::string_view text, const SentenceView& s, AttributionState* state,
               std::vector<Claim>* out) const;

  // The relay cues of a sentence that name an outlet (or "the report" when one is active).
  std::vector<Relay> FindRelays(std::string_view text, const SentenceView& s,
                                const AttributionState& state) const;

 private:
  struct Phrase {  // a token range [begin, end)
    size_t begin = 0;
    size_t end = 0;
    bool empty() const { return end <= begin; }
  };
  struct Cue {
    size_t begin = 0;
    size_t end = 0;
    CueInfo info;
  };
  struct Scored {  // a pack topic's weight in one claim
    const TopicDef* def;
    int score;
    int pos;
    int neg;
    bool question;
  };
  struct Draft;

  void ExtractClaims(std::string_view text, const SentenceView& s, AttributionState* state,
                     std::vector<Claim>* out) const;
  bool IsBoundary(const std::vector<Token>& t, size_t i) const;
  // The speaker phrase ending before the cue at `cue`, not reaching back past `floor` (the end of
  // an earlier cue: "the FT said Microsoft executives believe" gives "Microsoft executives").
  Phrase SpeakerBefore(const std::vector<Token>& t, size_t cue, bool view, size_t floor) const;
  Phrase PhraseAfter(const std::vector<Token>& t, size_t from) const;
  // True when a finite verb follows `from` before the next comma, period or cue.
  bool VerbBefore(const std::vector<Token>& t, size_t from) const;
  // True when a name no pack lists reads as a news outlet's ("New York Times", "NetworkWorld").
  bool LooksLikeOutlet(const std::string& name) const;
  // True when a clause (the claimed content) starts at `from`: "that", ":", or a finite verb soon.
  bool ClauseFollows(const std::vector<Token>& t, size_t from) const;
  // The speaker phrase cut after its last name when only verb-phrase words follow it.
  Phrase TrimToEntity(const SentenceView& s, Phrase np) const;
  // True when the content is only a pronoun and auxiliaries ("it does not").
  bool Elliptical(const std::vector<Token>& t, Phrase content) const;
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
  bool ValidSpeaker(const SentenceView& s, Phrase p) const;
  void ResolveSpeaker(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                      bool possessive_ok, Claim* c) const;
  // A news outlet (a pack outlet or a name with a media word) or a report noun starts at token k.
  bool NamesSourceAfter(std::string_view text, const SentenceView& s, size_t k) const;
  // A pack that lists outlets says which names are outlets; else a name must look like one.
  bool PackListsOutlets() const;
  bool PostposedReport(const std::vector<Token>& t, Phrase name, size_t after_cue) const;
  std::string OutletIn(std::string_view text, const SentenceView& s, Phrase p, std::string* id) const;
  // The content's bounds: trailing attributions, quotes, punctuation and dangling conjunctions
  // trimmed; false when what is left is not a clause (a lone word, the rest of a listener).
  static std::vector<bool> QuoteMask(const std::vector<Token>& t);
  std::vector<Cue> FindCues(std::string_view text, const SentenceView& s, const std::vector<bool>& inside_quote) const;
  bool TrivialAfter(const std::vector<Token>& t, size_t k) const;
  Phrase ContentAfter(const std::vector<Token>& t, size_t k) const;
  std::vector<std::string> BasisHedges(std::string_view text, const SentenceView& s) const;
  // Frames ("the FT said X believes ..."), parenthetical relays ("X, the FT said, ...") and where
  // forward contents stop (the next claim's speaker).
  void LinkFramesAndRelays(const std::vector<Token>& t, std::vector<Draft>* drafts) const;
  void AddAccordingToDraft(const SentenceView& s, const std::vector<Cue>& cues, std::vector<Draft>* drafts) const;
  void AddPassiveClaim(std::string_view text, const SentenceView& s, const std::vector<Cue>& cues,
                       const std::vector<Relay>& relays, AttributionState* state, std::vector<Claim>* out) const;
  void SetPrimarySource(const std::vector<Relay>& relays, const AttributionState& state, Claim* claim) const;
  void RememberSpeaker(const SentenceView& s, const Claim& claim, AttributionState* state) const;
  void SetFallbackTopic(const SentenceView& s, Phrase content, Claim* claim) const;
  std::vector<Draft> VerbDrafts(const SentenceView& s, const std::vector<Cue>& cues,
                                const std::vector<bool>& inside_quote) const;
  void AddDraftWithSpeakerBefore(const SentenceView& s, Phrase np, const Cue& cue, const std::vector<bool>& inside_quote,
                                 std::vector<Draft>* drafts) const;
  bool AddDraftWithSpeakerAfter(const SentenceView& s, const Cue& c, std::vector<Draft>* drafts) const;
  Scored ScoreTopic(const TopicDef& def, const std::vector<Token>& t, Phrase content) const;
  std::vector<Quantity> ValueQuantities(const TopicDef& def, const std::vector<Token>& t,
                                        const std::vector<Quantity>& quantities) const;
  bool ResolvePronoun(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                      bool outlet_subject, int pronoun, bool named_entity, Claim* c) const;
  bool ContentBounds(const std::vector<Token>& t, Phrase* content) const;
  bool EmptyObject(const std::vector<Token>& t, size_t k) const;
  bool AdjunctAt(const std::vector<Token>& t, size_t k) const;
  bool BareAdjunctToEnd(const std::vector<Token>& t, size_t k) const;
  bool ClauseStartsAt(const std::vector<Token>& t, size_t k) const;
  void AddHedges(std::string_view text, const std::vector<Token>& t, Span region, Claim* claim) const;
  bool MainClauseNegated(const std::vector<Token>& t, Phrase content) const;
  void Finish(std::string_view text, const SentenceView& s, Phrase content, Span region, const CueInfo& info,
              const std::vector<Relay>& relays, AttributionState* state, Claim claim,
              std::vector<Claim>* out) const;
  bool Negated(const std::vector<Token>& t, size_t at, size_t floor) const;
  bool Conditional(const std::vector<Token>& t, size_t at, size_t floor) const;

  const Lexicon& lex_;
  const PackView& pack_;
};

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_CLAIMS_H_
