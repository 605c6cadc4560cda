// Attribution: who a sentence says its content comes from. The outlets a sentence relays
// ("according to a report in the Boston Globe", ", AP reported", "first reported by X"), which
// names are outlets (a pack's, or with no pack a name with a media word), and the token-range
// helpers the claim rules share. Claims, events and facts read the relays of each sentence; the
// report an article last cited is carried in AttributionState (extractor_internal.h).
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

// Thread-safety: const methods are thread-safe.
class AttributionRules {
 public:
  // REQUIRES: `lexicon` and `pack` outlive this object.
  AttributionRules(const Lexicon* lexicon, const PackView* pack) : lex_(*lexicon), pack_(*pack) {}

  // The relay cues of a sentence that name an outlet (or "the report" when one is active).
  std::vector<Relay> FindRelays(std::string_view text, const SentenceView& s, const AttributionState& state) const;
  // The outlet named in tokens `p` (a pack outlet, else with no pack a capitalized run); "" when
  // none. `id` (may be null) gets the pack outlet id.
  std::string OutletIn(std::string_view text, const SentenceView& s, Phrase p, std::string* id) const;
  // True when a name no pack lists reads as a news outlet's ("New York Times", "NetworkWorld").
  bool LooksLikeOutlet(const std::string& name) const;
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

  const Lexicon& lex_;
  const PackView& pack_;
};

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_ATTRIBUTION_ATTRIBUTION_H_
