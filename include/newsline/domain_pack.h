// DomainPack: the domain knowledge of one story (entities, aliases, descriptors, relations,
// outlets) loaded from a JSON file and compiled once into a fast alias matcher.
//
//   newsline::DomainPack pack = newsline::DomainPack::FromFile("corpus/dispute-pack.json");
//   if (!pack.ok()) { std::cerr << pack.error() << "\n"; return 1; }  // "...: entities[3].aliases[1]: ..."
//   const newsline::PackEntity* aws = pack.FindEntity("amazon-web-services");
//   bool yes = pack.Related("amazon-web-services", "part_of", "amazon");
//   const newsline::PackOutlet* ft = pack.FindOutlet("FT");   // -> Financial Times
//
// The file format is documented in docs/domain-packs.md. Top-level sections other than
// name/version/description/entities/outlets ("topics", "event_triggers", "lexicon", ...) are
// kept verbatim for the parts of the library that own them.
//
// Thread-safety: a DomainPack is an immutable value handle over shared compiled state; copies are
// cheap and every const method may be called from any number of threads.
#ifndef NEWSLINE_DOMAIN_PACK_H_
#define NEWSLINE_DOMAIN_PACK_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/status.h"

namespace newsline {

// One way of writing an entity's name.
struct PackAlias {
  std::string text;            // "AWS", "Redmond"
  bool case_sensitive = false; // "sensitive": the tokens must match with their case
  bool needs_context = false;  // a short or common word: needs a context word or a list nearby
};

// A typed link between two pack entries ("amazon-web-services" part_of "amazon").
struct PackRelation {
  std::string type;    // part_of, product_of, ceo_of, employee_of, fellow_of, customer_of, ...
  std::string target;  // an entity or outlet id
};

struct PackEntity {
  std::string id;    // stable, lowercase: "microsoft", "amazon-web-services"
  std::string type;  // organization, person, product, program, place, outlet, regulator, ...
  std::string name;  // canonical name: "Amazon Web Services"
  std::vector<PackAlias> aliases;
  std::vector<PackAlias> descriptors;  // epithets that may refer back to it: "the software giant"
  std::vector<std::string> context;    // words that support its needs_context aliases
  std::vector<PackRelation> relations;
};

struct PackOutlet {
  std::string id;    // "financial-times"
  std::string name;  // "Financial Times"
  std::vector<PackAlias> short_names;  // "FT" (case-sensitive by default)
  std::vector<PackAlias> aliases;      // "the Financial Times", "ft.com"
};

class DomainPack {
 public:
  // An empty pack: ok(), no entities (matching then runs on discovery alone).
  DomainPack();

  // Parses and compiles a pack. Check ok() before use; a failed pack behaves as an empty one.
  static DomainPack FromFile(const std::string& path);
  // `origin` names the source in error messages (a path or "<string>").
  static DomainPack FromJson(std::string_view json_text, std::string origin = "<string>");

  bool ok() const;
  // "" when ok(); otherwise "<origin>: <json path>: <what was expected>", e.g.
  // "pack.json: entities[3].aliases[1]: expected a string or an object".
  const std::string& error() const;
  // The JSON path of the problem ("entities[3].aliases[1]"), "" when ok() or for syntax errors.
  const std::string& error_path() const;
  // error() as a Status (kInvalidArgument, kNotFound or kIOError), OK when ok().
  Status status() const;

  const std::string& name() const;
  const std::string& version() const;

  const std::vector<PackEntity>& entities() const;
  const std::vector<PackOutlet>& outlets() const;

  // Lookups; nullptr when absent. Names are compared over normalized tokens (case folded,
  // possessive and punctuation ignored), so "amazon web services" finds "Amazon Web Services".
  const PackEntity* FindEntity(std::string_view id) const;
  // By canonical name or any alias (not descriptors).
  const PackEntity* FindEntityByName(std::string_view name) const;
  const PackOutlet* FindOutletById(std::string_view id) const;
  // By name, short name or alias: FindOutlet("FT") is the Financial Times.
  const PackOutlet* FindOutlet(std::string_view any_name) const;

  // Every way of writing the entity or outlet `id`: its name first, then its aliases (and an
  // outlet's short names), without descriptors. Empty when `id` is unknown. The index uses these
  // as synonyms.
  std::vector<std::string> AliasesOf(std::string_view id) const;
  // The relations declared on `id`.
  std::vector<PackRelation> RelationsOf(std::string_view id) const;
  // True when `from` has a relation of `type` to `to`, directly or through part_of links on either
  // side: Related("bedrock", "product_of", "amazon") holds when Bedrock is a product of AWS and
  // AWS is part_of Amazon; Related("x", "part_of", "z") follows part_of chains.
  bool Related(std::string_view from, std::string_view type, std::string_view to) const;

  // The compiled state, opaque here (lib/extract/entities/domain_pack_internal.h): the
  // extraction stage names it and reaches it through PackState, a friend.
  struct Impl;

 private:
  friend const Impl& PackState(const DomainPack& pack);
  explicit DomainPack(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

}  // namespace newsline

#endif  // NEWSLINE_DOMAIN_PACK_H_
