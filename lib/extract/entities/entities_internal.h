// Lib-internal pieces of entity matching shared between the pack matcher and discovery.
#ifndef NEWSLINE_LIB_EXTRACT_ENTITIES_ENTITIES_INTERNAL_H_
#define NEWSLINE_LIB_EXTRACT_ENTITIES_ENTITIES_INTERNAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/entities/entities_tokenize.h"
#include "newsline/entities.h"

namespace newsline {
namespace entities {

// What the pack pass left for discovery, per token.
enum class TokenClaim : uint8_t {
  kFree = 0,
  kPack,        // part of a pack mention
  kSuppressed,  // a pack alias that needed context and had none: not a name here
};

// Confidence of each way of matching (one place, so they stay comparable).
struct Confidence {
  static constexpr double kName = 1.0;
  static constexpr double kAlias = 0.95;
  static constexpr double kContextAlias = 0.85;
  static constexpr double kAppositiveDescriptor = 0.85;
  static constexpr double kDescriptor = 0.7;
  static constexpr double kOrgSuffix = 0.75;
  static constexpr double kPersonTitle = 0.75;
  static constexpr double kRoleApposition = 0.75;
  static constexpr double kAcronymDefinition = 0.7;
  static constexpr double kCoreference = 0.6;
  static constexpr double kOrgWord = 0.6;
  static constexpr double kCapitalizedName = 0.5;
  static constexpr double kAcronym = 0.4;
  static constexpr double kCapitalizedWord = 0.3;
};

// Per-article memory discovery reads and extends: folded surname / acronym / name head -> id,
// and id -> type.
struct DiscoveryMemory {
  std::map<std::string, std::string>* known;
  std::map<std::string, std::string>* known_type;
  const std::unordered_set<std::string>* lowercase;  // the article's lower-case words
};

// Finds names in the free tokens of `text` and appends them to `out` (spans offset by `base`).
void DiscoverEntities(std::string_view text, const std::vector<Token>& tokens,
                      const std::vector<TokenClaim>& claims, uint32_t base, bool single_words,
                      DiscoveryMemory memory, std::vector<EntityMention>* out);

}  // namespace entities
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_ENTITIES_ENTITIES_INTERNAL_H_
