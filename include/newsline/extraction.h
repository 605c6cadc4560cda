// Events and attributed claims: what happened when, who says what, on whose authority.
//
// Annotations bundles everything extracted from one article. Every event and claim keeps its
// sentence, its spans and the rule that fired, so a researcher can check it against the text.
//
// (The extractor API is declared below the data types.)
#ifndef NEWSLINE_EXTRACTION_H_
#define NEWSLINE_EXTRACTION_H_

#include <string>
#include <vector>

#include "newsline/article.h"
#include "newsline/dates.h"
#include "newsline/entities.h"

namespace newsline {

struct Participant {
  std::string entity_id;
  std::string name;
  std::string role;  // "investor", "investee", "party", "plaintiff", "defendant", "announcer", ...
};

struct Event {
  std::string id;          // stable within the article: "<article id>:e<n>"
  std::string type;        // "investment", "agreement", "announcement", "restructuring", "launch",
                           // "legal_threat", "lawsuit", "talks", "report", "ipo_plan", ...
  uint32_t sentence = 0;   // index into Article::sentences
  Span trigger;            // the trigger word(s)
  std::vector<Participant> participants;
  std::vector<Quantity> amounts;
  // The date: the attached time expression (its granularity kept), or for reporting events the
  // article's publication date. `has_date` false when neither exists.
  bool has_date = false;
  TimeExpression date;
  std::string summary;     // short readable line, e.g. "Microsoft invests $1 billion in OpenAI"
  std::string rule;
};

enum class Stance { kAsserts, kDenies };
const char* StanceName(Stance stance);  // "asserts", "denies"

struct Claim {
  std::string id;          // "<article id>:c<n>"
  uint32_t sentence = 0;
  // Who says it: an entity id where known, and the speaker's surface text; kinds of unnamed
  // speakers are "unnamed" ("unnamed executives", "sources", "a person familiar with").
  std::string speaker_id;
  std::string speaker;
  bool speaker_unnamed = false;
  std::string cue;         // "said", "according to", "reportedly", "is of the view"
  Span cue_span;
  Span content;            // the claimed content
  bool negated = false;    // polarity: "does not violate", "refutes that"
  bool hedged = false;
  std::vector<std::string> hedges;  // the hedge words found ("reportedly", "purportedly")
  std::string topic;       // normalized key ("breach", "deal_value", ...) or a fallback key
  std::string topic_label; // readable label
  Stance stance = Stance::kAsserts;
  std::vector<Quantity> quantities;
  // The attribution chain: the outlet the claim is relayed from ("Financial Times"), or empty
  // when the article is itself the primary source.
  std::string primary_source;
  std::string primary_source_cue;  // "according to a report in", "first reported by"
  std::string rule;
};

// Everything extracted from one article.
struct Annotations {
  std::string article_id;
  std::vector<TimeExpression> times;
  std::vector<EntityMention> entities;
  std::vector<Quantity> quantities;
  std::vector<Event> events;
  std::vector<Claim> claims;
};

}  // namespace newsline

#endif  // NEWSLINE_EXTRACTION_H_
