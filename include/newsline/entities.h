// Entities and quantities: who and what a sentence is about, with aliases resolved to one entity,
// and the amounts it states.
//
// (The matcher and quantity API are declared below the data types; the domain pack in
// newsline/domain_pack.h.)
#ifndef NEWSLINE_ENTITIES_H_
#define NEWSLINE_ENTITIES_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "newsline/article.h"
#include "newsline/domain_pack.h"

namespace newsline {

// How a mention was matched.
enum class MatchKind {
  kName,        // the pack's canonical name
  kAlias,       // one of the pack's aliases ("AWS", "Redmond")
  kDescriptor,  // an epithet the pack allows for the entity ("the software giant")
  kDiscovered,  // found without a pack entry (capitalized name, suffix, title, acronym)
};
const char* MatchKindName(MatchKind kind);

// The type of a discovered name nothing in its article types.
inline constexpr const char* kUnknownEntityType = "unknown";

struct EntityMention {
  Span span;
  std::string text;       // surface text
  std::string entity_id;  // the pack id ("microsoft") or a discovered id ("d:info-tech-research-group")
  std::string type;       // "organization", "person", "product", "place", "outlet", ... or kUnknownEntityType
  double confidence = 1.0;
  MatchKind how = MatchKind::kName;
  std::string matched;    // the pack name, alias or descriptor that matched, or the discovery rule
};

// kNumber: a bare number no unit or counted noun follows ("magnitude 6.1", "killed 4",
// "Nichols, 37"); the fact layer decides what, if anything, it measures.
enum class QuantityKind { kMoney, kPower, kDuration, kCount, kPercent, kNumber };
const char* QuantityKindName(QuantityKind kind);

struct Quantity {
  Span span;
  std::string text;     // "$50 billion", "2GW", "several $38 billion"
  QuantityKind kind = QuantityKind::kCount;
  double value = 0;     // normalized: money in units of `unit`, power in watts, duration in days
  std::string unit;     // "USD", "W", "%", "P8Y"-style for durations, "" for counts
  bool vague = false;   // "hundreds of billions", "several $38 billion", "billions"
  std::string qualifies;  // what it qualifies, where the sentence shows it ("agreement", "investment")
  // The interval of values the statement allows, in the units of `value`: "more than 300" ->
  // [300, inf), "about $4 billion" -> [3.6e9, 4.4e9], "$10-20 billion" -> [1e10, 2e10], "thousands
  // of" -> [2000, 9999]; [value, value] for an exact figure.
  double low = 0;
  double high = 0;
  // Half a unit of the last digit written when a scale word rounds it ("$4bn" -> 0.5e9, "4.2
  // billion" -> 0.05e9); 0 for a figure written in full ("312").
  double precision = 0;
  // The words that widened the interval: "about", "more than", "up to", "range", "dozens of", ...;
  // "" for an exact figure.
  std::string qualifier;
};

// ---------------------------------------------------------------------------------------------
// Matching entities.
//
//   newsline::DomainPack pack = newsline::DomainPack::FromFile("corpus/dispute-pack.json");
//   newsline::EntityMatcher matcher(pack);          // or EntityMatcher() for discovery only
//   for (const newsline::EntityMention& m : matcher.MatchArticle(article))
//     std::cout << m.text << " -> " << m.entity_id << " (" << MatchKindName(m.how) << ")\n";
//
// Sentence by sentence, with the article's state carried along (descriptors such as "the tech
// giant" resolve to the most recently mentioned entity the pack allows):
//
//   newsline::EntityMatchState state;
//   for (const auto& s : article.sentences)
//     auto mentions = matcher.Match(s.span.Of(article.text), &state, s.span.begin);

// Options for EntityMatcher.
struct EntityMatchOptions {
  // Find names the pack does not list (capitalized names, organization suffixes, people with
  // titles, acronyms defined in the text). Default: true.
  bool discover = true;
  // Discovery also tags single capitalized words inside a sentence ("Volcker", "Nvidia") and
  // undefined acronyms ("OPEC") at low confidence. Default: true.
  bool discover_single_words = true;
  // How many words either side of a needs_context alias are searched for its context words.
  // Default: 20.
  uint32_t context_window = 20;
  // How many sentences back a descriptor ("the software giant") may find its entity. Default: 6.
  uint32_t descriptor_lookback = 6;
};

// What has been mentioned so far in one article: lets Match() run sentence by sentence and still
// resolve descriptors ("the start-up"), surnames ("Bickley") and defined acronyms ("SRE").
// Thread-safety: not thread-safe; use one per article.
class EntityMatchState {
 public:
  EntityMatchState() = default;
  // Forget everything (a new article).
  void Reset() { *this = EntityMatchState(); }

 private:
  friend class EntityMatcher;
  struct Recent {
    std::string entity_id;
    std::string type;
    uint64_t sentence = 0;
  };
  std::vector<Recent> recent_;                     // oldest first, bounded
  std::map<std::string, std::string> known_;       // folded surname/acronym/head -> discovered id
  std::map<std::string, std::string> known_type_;  // discovered id -> type
  uint64_t sentence_ = 0;                          // sentences seen so far
  // Words the whole article writes in lower case (MatchArticle): a capitalized sentence opener
  // among them is a common word ("Witnesses said"), not a name.
  std::unordered_set<std::string> lowercase_;
};

// Finds entity mentions in text: pack names, aliases and descriptors (longest match first, per
// alias case rules, possessives and hyphenated forms), then discovery for what the pack does not
// know. Mentions come back in text order without overlaps.
// Thread-safety: immutable after construction; Match() may be called from many threads, each with
// its own EntityMatchState.
class EntityMatcher {
 public:
  // Discovery only.
  explicit EntityMatcher(EntityMatchOptions options = {});
  // REQUIRES: pack.ok() (a failed pack matches nothing but discovery still runs).
  explicit EntityMatcher(DomainPack pack, EntityMatchOptions options = {});
  ~EntityMatcher();
  EntityMatcher(const EntityMatcher&);
  EntityMatcher& operator=(const EntityMatcher&);

  // Mentions in `text`; spans are byte offsets into `text` plus `base_offset`. `state` may be
  // null (each call then stands alone); otherwise it is read and updated.
  std::vector<EntityMention> Match(std::string_view text, EntityMatchState* state = nullptr,
                                   uint32_t base_offset = 0) const;
  // Every sentence of the article in order (the whole text when it has no sentences); spans are
  // relative to article.text.
  std::vector<EntityMention> MatchArticle(const Article& article) const;

  const DomainPack& pack() const;
  const EntityMatchOptions& options() const;

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

// The key discovered entities merge on, across articles: case folded, possessive and a leading
// "the" dropped, legal-form suffixes dropped ("Inc", "Corp", "Ltd"), periods of abbreviations
// dropped, words joined by '-': "Info-Tech Research Group" -> "info-tech-research-group",
// "Microsoft Corp." -> "microsoft", "U.S." -> "us".
std::string CanonicalEntityKey(std::string_view name);
// "d:" + CanonicalEntityKey(name).
std::string DiscoveredEntityId(std::string_view name);

// ---------------------------------------------------------------------------------------------
// Quantities.

// Money, power, durations, percentages and counts in `text`, in text order; spans are offsets
// into `text` plus `base_offset`. Thread-safe.
std::vector<Quantity> ExtractQuantities(std::string_view text, uint32_t base_offset = 0);
// Every sentence of the article (the whole text when it has no sentences).
std::vector<Quantity> ExtractQuantities(const Article& article);

}  // namespace newsline

#endif  // NEWSLINE_ENTITIES_H_
