// Entities and quantities: who and what a sentence is about, with aliases resolved to one entity,
// and the amounts it states.
//
// (The domain pack and matcher API are declared below the data types.)
#ifndef NEWSLINE_ENTITIES_H_
#define NEWSLINE_ENTITIES_H_

#include <string>
#include <vector>

#include "newsline/article.h"

namespace newsline {

// How a mention was matched.
enum class MatchKind {
  kName,        // the pack's canonical name
  kAlias,       // one of the pack's aliases ("AWS", "Redmond")
  kDescriptor,  // an epithet the pack allows for the entity ("the software giant")
  kDiscovered,  // found without a pack entry (capitalized name, suffix, title, acronym)
};
const char* MatchKindName(MatchKind kind);

struct EntityMention {
  Span span;
  std::string text;       // surface text
  std::string entity_id;  // the pack id ("microsoft") or a discovered id ("d:info-tech-research-group")
  std::string type;       // "organization", "person", "product", "place", "outlet", ...
  double confidence = 1.0;
  MatchKind how = MatchKind::kName;
  std::string matched;    // the pack name, alias or descriptor that matched, or the discovery rule
};

enum class QuantityKind { kMoney, kPower, kDuration, kCount, kPercent };
const char* QuantityKindName(QuantityKind kind);

struct Quantity {
  Span span;
  std::string text;     // "$50 billion", "2GW", "several $38 billion"
  QuantityKind kind = QuantityKind::kCount;
  double value = 0;     // normalized: money in units of `unit`, power in watts, duration in days
  std::string unit;     // "USD", "W", "%", "P8Y"-style for durations, "" for counts
  bool vague = false;   // "hundreds of billions", "several $38 billion", "billions"
  std::string qualifies;  // what it qualifies, where the sentence shows it ("agreement", "investment")
};

}  // namespace newsline

#endif  // NEWSLINE_ENTITIES_H_
