// Fact rules: every figure of a sentence (amount, count, percentage, measurement) becomes a fact
// when the sentence says what it measures — its attribute from the fact lexicon, the entities it
// is about with their roles, its frame, the time it holds, and who states it.
#ifndef NEWSLINE_LIB_EXTRACT_FACTS_FACTS_H_
#define NEWSLINE_LIB_EXTRACT_FACTS_FACTS_H_

#include <string_view>
#include <vector>

#include "extract/attribution/attribution.h"
#include "extract/sentences/sentence_view.h"
#include "extract/lexicon/fact_lexicon.h"
#include "newsline/extraction.h"

namespace newsline {
namespace extract {

// Thread-safety: const methods are thread-safe.
class FactRules {
 public:
  // REQUIRES: the lexicons and the pack view outlive this object.
  FactRules(const FactLexicon* facts, const Lexicon* lexicon, const PackView* pack)
      : lex_(*facts), words_(*lexicon), pack_(*pack) {}

  // Appends the facts of sentence `s` (ids left empty). `claims` are the claims of this sentence
  // (they give a fact its speaker and primary source), `relays` its relay cues.
  void Extract(std::string_view text, const SentenceView& s, const std::vector<Claim>& claims,
               const std::vector<Relay>& relays, std::vector<Fact>* out) const;

 private:
  struct Figure;     // a quantity with its token range
  struct Attribute;  // what it measures, and the cue that said so
  static Attribute FromCue(const AttributeCue& cue, const std::vector<Token>& t, size_t j, size_t n, const char* rule);
  Attribute AttributeOf(const SentenceView& s, const Figure& f) const;
  Attribute BeforeCue(const SentenceView& s, const Figure& f) const;
  Attribute AfterCue(const SentenceView& s, const Figure& f) const;
  const Quantity* FigureAt(const SentenceView& s, size_t j) const;
  bool WholeOfPartitive(const SentenceView& s, const Figure& f) const;
  Attribute NounCue(const Figure& f) const;
  Attribute AgeApposition(const SentenceView& s, const Figure& f) const;
  Attribute Fallback(const SentenceView& s, const Figure& f) const;
  const FactLexicon::Measure* MeasureOf(const SentenceView& s, const Figure& f) const;
  std::vector<Participant> SubjectsOf(const SentenceView& s, const Figure& f, const Attribute& a) const;
  bool ReachesFigure(const std::vector<Token>& t, size_t l, size_t left) const;
  bool AgentCandidate(const std::vector<Token>& t, const EntityMention& e, size_t b, size_t l, const Figure& f,
                      const Attribute& a, size_t left, std::vector<Participant>* out) const;
  void SubjectAfter(const std::vector<Token>& t, const EntityMention& e, size_t b, size_t right,
                    std::vector<Participant>* out) const;
  std::vector<Participant> Finalize(std::vector<Participant> out, const Attribute& a) const;
  std::string FrameOf(const SentenceView& s, const Figure& f) const;
  void AddAnchor(const SentenceView& s, size_t right, std::vector<Participant>* out) const;
  bool Coordinated(const SentenceView& s, const Figure& f) const;
  bool Definite(const SentenceView& s, const Figure& f) const;
  size_t PastCoordinated(const SentenceView& s, size_t j) const;
  bool FigureBefore(const SentenceView& s, const Figure& f, size_t at) const;
  bool Listener(const std::vector<Token>& t, size_t b) const;
  bool GovernedAt(const std::vector<Token>& t, size_t b, size_t floor, int* role, size_t* at = nullptr) const;
  const TimeExpression* TimeOf(const SentenceView& s, const Figure& f) const;
  bool Hypothetical(const SentenceView& s, const Figure& f, const Attribute& a) const;
  void AddAttribution(const std::vector<Claim>& claims, const std::vector<Relay>& relays, Fact* fact) const;
  std::string LabelOf(const Fact& fact) const;

  const FactLexicon& lex_;
  const Lexicon& words_;
  const PackView& pack_;
};

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_FACTS_FACTS_H_
