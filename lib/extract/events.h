// Event rules: trigger words -> typed events with participants and roles, amounts and a date.
#ifndef NEWSLINE_LIB_EXTRACT_EVENTS_H_
#define NEWSLINE_LIB_EXTRACT_EVENTS_H_

#include <string_view>
#include <vector>

#include "extract/claims.h"
#include "extract/extractor_internal.h"
#include "extract/lexicon.h"
#include "newsline/article.h"
#include "newsline/extraction.h"

namespace newsline {
namespace extract {

// Thread-safety: const methods are thread-safe.
class EventRules {
 public:
  // REQUIRES: `lexicon` and `pack` outlive this object.
  EventRules(const Lexicon* lexicon, const PackView* pack) : lex_(*lexicon), pack_(*pack) {}

  // Appends the events of sentence `s` (ids left empty). `relays` are the sentence's relay cues
  // (from ClaimRules::FindRelays), `published` the article's date for reporting events.
  void Extract(std::string_view text, const SentenceView& s, const std::vector<Relay>& relays,
               const PublicationDate& published, std::vector<Event>* out) const;

 private:
  bool Negated(const std::vector<Token>& t, size_t at) const;
  std::string NameOf(const EntityMention& m) const;

  const Lexicon& lex_;
  const PackView& pack_;
};

// A TimeExpression standing for the article's publication date (exact day or estimated
// interval), with rule `rule`. REQUIRES: published.known()
TimeExpression ArticleDateExpression(const PublicationDate& published, std::string rule);

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_EVENTS_H_
