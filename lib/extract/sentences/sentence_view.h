// Shared internal types of the per-article extraction: a sentence with its tokens and the
// mentions found in it, the attribution state carried across sentences, and pack lookups.
#ifndef NEWSLINE_LIB_EXTRACT_SENTENCES_SENTENCE_VIEW_H_
#define NEWSLINE_LIB_EXTRACT_SENTENCES_SENTENCE_VIEW_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon/extractor_tokens.h"
#include "extract/lexicon/lexicon.h"
#include "newsline/article.h"
#include "newsline/dates.h"
#include "newsline/domain_pack.h"
#include "newsline/entities.h"
#include "newsline/extraction.h"

namespace newsline {
namespace extract {

// One sentence of an article, tokenized, with the mentions that fall inside it.
struct SentenceView {
  uint32_t index = 0;
  Span span;
  std::vector<Token> tokens;
  std::vector<const EntityMention*> entities;
  std::vector<const Quantity*> quantities;
  std::vector<const TimeExpression*> times;
};

// Builds a SentenceView for text[span] from article-wide mention lists (pointers stay valid
// while the lists do). Mentions are selected by span containment.
SentenceView MakeSentenceView(std::string_view text, uint32_t index, Span span,
                              const std::vector<EntityMention>& entities,
                              const std::vector<Quantity>& quantities,
                              const std::vector<TimeExpression>& times);

// Canonical names from the domain pack (or the surface text when there is no pack entry).
// Thread-safety: const; safe to share.
class PackView {
 public:
  explicit PackView(const DomainPack* pack) : pack_(pack) {}
  // The canonical outlet name for any of its names ("FT" -> "Financial Times"); "" when the
  // pack does not know it.
  std::string OutletName(std::string_view any_name) const;
  // The pack name of an entity or outlet id; "" when unknown.
  std::string NameOf(std::string_view id) const;
  // True when the mention is an outlet (type "outlet" or a pack outlet id).
  bool IsOutlet(const EntityMention& m) const;
  const DomainPack* pack() const { return pack_; }

 private:
  const DomainPack* pack_;
};

// A speaker as remembered for pronoun resolution.
struct SpeakerMemo {
  std::string id;
  std::string text;
  bool unnamed = false;
  bool person = false;
  bool plural = false;
  std::string primary_source;
  std::string primary_source_cue;
  uint32_t sentence = 0;
};

// State carried from sentence to sentence within one article.
struct AttributionState {
  // The outlet of the report the article last introduced ("According to a report in Financial
  // Times" -> "Financial Times"); later "the report" / "as per the report" refer to it.
  std::string active_report;
  bool has_last = false;
  SpeakerMemo last;  // the previous claim's speaker
  bool has_last_person = false;
  SpeakerMemo last_person;  // the previous person speaker (for "he"/"she")
  // Entities of the previous sentence (organizations and people), for "the two companies".
  std::vector<EntityMention> previous_entities;
  // The pack topic of the last claim that had one, for an elliptical reply ("X says it does not").
  bool has_last_topic = false;
  std::string last_topic, last_topic_label;
  Stance last_stance = Stance::kAsserts;
  uint32_t last_topic_sentence = 0;
  // The last person and organization the text named (for "he", "it" with no earlier speaker).
  bool has_person_mention = false, has_org_mention = false;
  EntityMention last_person_mention, last_org_mention;
  uint32_t person_mention_sentence = 0, org_mention_sentence = 0;
  // The article's own outlet: "told <own outlet>" relays nothing.
  std::string own_outlet;
};

// Lowercase ASCII copy.
std::string Lower(std::string_view s);
// Trims spaces, quotes and trailing commas/colons from a span of text (keeps the span inside).
Span TrimSpan(std::string_view text, Span span);
// True when entity type names an organization-like or person participant.
bool IsActorType(std::string_view type);
// True when the amount starting at token `at` is the target of a change verb within the six
// tokens before its "to" (up to 12): "would grow to $100 billion", "expand their agreement to $100 billion".
bool IsChangeTarget(const Lexicon& lex, const std::vector<Token>& t, size_t at);

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_SENTENCES_SENTENCE_VIEW_H_
