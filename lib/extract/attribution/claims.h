// Attributed claims: finds attribution cues in a sentence, the speaker, the claimed content, its
// polarity, hedges, topic, stance, quantities and attribution chain (primary source).
#ifndef NEWSLINE_LIB_EXTRACT_ATTRIBUTION_CLAIMS_H_
#define NEWSLINE_LIB_EXTRACT_ATTRIBUTION_CLAIMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/attribution/attribution.h"
#include "extract/sentences/sentence_view.h"
#include "extract/lexicon/lexicon.h"
#include "newsline/extraction.h"

namespace newsline {
namespace extract {

// The claim rules. Stateless apart from the AttributionState the caller threads through the
// sentences of one article (in order).
// Thread-safety: const methods are thread-safe; the state object is per article.
class ClaimRules {
 public:
  // REQUIRES: `lexicon` and `pack` outlive this object.
  ClaimRules(const Lexicon* lexicon, const PackView* pack) : lex_(*lexicon), pack_(*pack), attribution_(lexicon, pack) {}

  // Appends the claims of sentence `s` (ids are left empty) and updates `state`. `relays` are
  // the sentence's (AttributionRules::FindRelays, with `state` as it was before this call).
  void Extract(std::string_view text, const SentenceView& s, const std::vector<Relay>& relays,
               AttributionState* state, std::vector<Claim>* out) const;

 private:
  struct Scored {  // a pack topic's weight in one claim
    const TopicDef* def;
    int score;
    int pos;
    int neg;
    bool question;
  };
  // Each record's cue and speaker (speakers first: a frame's speaker binds the pronoun of the
  // claim inside it).
  std::vector<Claim> ResolveDrafts(std::string_view text, const SentenceView& s, const std::vector<Attribution>& drafts,
                                   const std::vector<std::string>& basis_hedges, const AttributionState& state) const;
  // The claims of the records: speakers bound through frames and the same sentence, sources
  // adopted from frames and parentheticals, then Finish.
  void FinishDrafts(std::string_view text, const SentenceView& s, const std::vector<Attribution>& drafts,
                    const std::vector<Claim>& resolved, const std::vector<Relay>& relays, AttributionState* state,
                    std::vector<Claim>* out) const;

  void ExtractClaims(std::string_view text, const SentenceView& s, const std::vector<Relay>& relays,
                     AttributionState* state, std::vector<Claim>* out) const;
  bool IsBoundary(const std::vector<Token>& t, size_t i) const { return attribution_.IsBoundary(t, i); }
  // True when the content is only a pronoun and auxiliaries ("it does not").
  bool Elliptical(const std::vector<Token>& t, Phrase content) const;
  bool OutletDescriptor(const std::vector<Token>& t, Phrase p) const;
  bool ReportSpeaker(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                     bool outlet_subject, const EntityMention* entity, Claim* c) const;
  void ResolveSpeaker(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                      bool possessive_ok, Claim* c) const;
  std::vector<std::string> BasisHedges(std::string_view text, const SentenceView& s) const;
  // A passive cue's claim: its subject's when it holds a stance, else the active report's or an
  // unnamed source's.
  void AddPassiveClaim(std::string_view text, const SentenceView& s, const Attribution& passive,
                       const std::vector<Relay>& relays, AttributionState* state, std::vector<Claim>* out) const;
  void SetPrimarySource(const std::vector<Relay>& relays, const AttributionState& state, Claim* claim) const;
  void RememberSpeaker(const SentenceView& s, const Claim& claim, AttributionState* state) const;
  void SetFallbackTopic(const SentenceView& s, Phrase content, Claim* claim) const;
  Scored ScoreTopic(const TopicDef& def, const std::vector<Token>& t, Phrase content) const;
  std::vector<Quantity> ValueQuantities(const TopicDef& def, const std::vector<Token>& t,
                                        const std::vector<Quantity>& quantities) const;
  bool ResolvePronoun(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                      bool outlet_subject, int pronoun, bool named_entity, Claim* c) const;
  // The antecedents of "they": the plural subject opening the sentence, the last plural speaker,
  // the organizations the previous sentences named. False when none applies.
  bool ResolvePlural(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                     bool outlet_subject, Claim* c) const;
  bool OpeningPluralSubject(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                            bool outlet_subject, Claim* c) const;
  void PreviousOrganizations(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                             Claim* c) const;
  // "he", "it", "the company": a recently named person or organization, else the last speaker of
  // its kind; unresolved otherwise.
  void ResolveSingular(std::string_view text, const SentenceView& s, Phrase p, const AttributionState& state,
                       int pronoun, Claim* c) const;
  void AddHedges(std::string_view text, const std::vector<Token>& t, Span region, Claim* claim) const;
  bool MainClauseNegated(const std::vector<Token>& t, Phrase content) const;
  // The claim of a content (a clause, trimmed): hedges, polarity, quantities, source, topic.
  void Finish(std::string_view text, const SentenceView& s, const Attribution& a, Span region,
              const std::vector<Relay>& relays, AttributionState* state, Claim claim, std::vector<Claim>* out) const;
  // The pack topics a claim's content scores on: stance topics best first, and the first value
  // topic with the figures it reads.
  struct TopicScores {
    std::vector<Scored> stance;
    const TopicDef* value = nullptr;
    std::vector<Quantity> value_quantities;
  };
  TopicScores ScoreTopics(const SentenceView& s, Phrase content, const Claim& claim) const;
  // An elliptical reply takes the topic of the claim it answers ("The union says the plan
  // crosses a line. The employers say it does not."): true when `claim` was one.
  bool AnswerLastTopic(const SentenceView& s, Phrase content, bool opposite, const AttributionState& state,
                       const Claim& claim, std::vector<Claim>* out) const;
  // One claim per topic (two stance topics at most, and the value topic); how many.
  size_t EmitTopicClaims(const SentenceView& s, const TopicScores& topics, bool content_negated, const CueInfo& info,
                         AttributionState* state, const Claim& claim, std::vector<Claim>* out) const;
  bool Negated(const std::vector<Token>& t, size_t at, size_t floor) const;
  bool Conditional(const std::vector<Token>& t, size_t at, size_t floor) const;

  const Lexicon& lex_;
  const PackView& pack_;
  AttributionRules attribution_;
};

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_ATTRIBUTION_CLAIMS_H_
