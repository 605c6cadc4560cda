// Lib-internal view of a compiled DomainPack: the alias index the entity matcher walks, and the raw
// JSON of sections other parts of the library own ("topics", "event_triggers", "lexicon", ...).
#ifndef NEWSLINE_LIB_EXTRACT_ENTITIES_DOMAIN_PACK_INTERNAL_H_
#define NEWSLINE_LIB_EXTRACT_ENTITIES_DOMAIN_PACK_INTERNAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "newsline/domain_pack.h"
#include "newsline/status.h"

namespace newsline {
namespace entities {

// Something a mention can resolve to: a pack entity or an outlet.
struct MatchTarget {
  std::string id;
  std::string type;
  std::string name;
  bool outlet = false;
  // Normalized context phrases (token sequences) that support needs_context aliases.
  std::vector<std::vector<std::string>> context;
};

// One compiled way of writing a target, as case-folded tokens.
struct AliasEntry {
  enum class Kind { kName, kAlias, kDescriptor };
  std::vector<std::string> folded;  // "amazon", "web", "services"
  std::vector<std::string> exact;   // the tokens as written, for case-sensitive entries
  std::string text;                 // the alias as written in the pack
  uint32_t target = 0;              // index into DomainPack::Impl::targets
  Kind kind = Kind::kAlias;
  bool case_sensitive = false;
  bool needs_context = false;
  bool needs_article = false;  // a descriptor written "the ...": the text must say "the" too
};

}  // namespace entities

struct DomainPack::Impl {
  std::string origin;
  std::string error;
  std::string error_path;
  Status::Code code = Status::Code::kOk;

  std::string name;
  std::string version;
  std::vector<PackEntity> entities;
  std::vector<PackOutlet> outlets;
  std::unordered_map<std::string, size_t> entity_by_id;
  std::unordered_map<std::string, size_t> outlet_by_id;
  std::unordered_map<std::string, size_t> entity_by_name;  // normalized name/alias -> entity
  std::unordered_map<std::string, size_t> outlet_by_name;  // normalized name/short/alias -> outlet

  // The matcher's view: targets (entities, then outlets) and their alias entries, indexed by
  // first folded token; each bucket is sorted longest entry first.
  std::vector<entities::MatchTarget> targets;
  std::unordered_map<std::string, size_t> target_by_id;
  std::vector<entities::AliasEntry> aliases;
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_token;

  // Top-level sections this loader does not interpret, verbatim.
  std::map<std::string, nlohmann::json, std::less<>> sections;
};

// The raw JSON of a top-level section the pack loader keeps for others ("topics",
// "event_triggers", "lexicon", or any other unknown top-level key); nullptr when absent.
// The compiled state behind a pack, for the extraction stage.
const DomainPack::Impl& PackState(const DomainPack& pack);

const nlohmann::json* SectionOf(const DomainPack& pack, std::string_view name);

}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_ENTITIES_DOMAIN_PACK_INTERNAL_H_
