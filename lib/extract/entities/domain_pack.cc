// Loads, validates and compiles a domain pack (JSON) into lookups and the alias index.
#include "newsline/domain_pack.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

#include "extract/entities/domain_pack_internal.h"
#include "extract/entities/entities_tokenize.h"

namespace newsline {
namespace {

using nlohmann::json;

// Thrown inside the loader only; caught in Compile() and turned into the pack's error.
struct PackError {
  std::string path;
  std::string message;
};

[[noreturn]] void Fail(const std::string& path, std::string message) {
  throw PackError{path, std::move(message)};
}

const char* JsonTypeName(const json& j) { return j.type_name(); }

std::string Quote(const std::string& s) { return "\"" + s + "\""; }

void CheckKeys(const json& obj, const std::string& path, std::initializer_list<const char*> allowed) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool ok = false;
    for (const char* a : allowed) ok = ok || it.key() == a;
    // Free-form annotations are allowed anywhere.
    if (it.key() == "note" || it.key() == "description" || it.key() == "comment" ||
        it.key() == "url" || it.key() == "wikidata" || (!it.key().empty() && it.key()[0] == '_')) {
      ok = true;
    }
    if (!ok) {
      std::string list;
      for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
      Fail(path, "unknown key " + Quote(it.key()) + " (expected one of: " + list + ")");
    }
  }
}

std::string RequireString(const json& obj, const char* key, const std::string& path) {
  auto it = obj.find(key);
  if (it == obj.end()) Fail(path, std::string("missing required key \"") + key + "\"");
  if (!it->is_string()) {
    Fail(path + "." + key, std::string("expected a string, found ") + JsonTypeName(*it));
  }
  std::string value = it->get<std::string>();
  if (value.empty()) Fail(path + "." + key, "must not be empty");
  return value;
}

const json* OptionalArray(const json& obj, const char* key, const std::string& path) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return nullptr;
  if (!it->is_array()) {
    Fail(path.empty() ? key : path + "." + key, std::string("expected an array, found ") + JsonTypeName(*it));
  }
  return &*it;
}

bool ValidId(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// Plain-string default: a single word with an upper-case letter ("Redmond", "AWS") is matched
// with its case; a multi-word name ("Amazon Web Services") case-insensitively.
bool DefaultCaseSensitive(const std::string& text) {
  std::vector<entities::Token> tokens = entities::Tokenize(text);
  int words = 0;
  bool upper = false;
  for (const auto& t : tokens) {
    if (!t.word) continue;
    ++words;
    upper = upper || t.upper_initial || t.all_caps;
  }
  return words == 1 && upper;
}

PackAlias ParseAlias(const json& j, const std::string& path, bool default_needs_context,
                     bool allow_needs_context) {
  PackAlias alias;
  if (j.is_string()) {
    alias.text = j.get<std::string>();
    alias.case_sensitive = DefaultCaseSensitive(alias.text);
    alias.needs_context = default_needs_context;
  } else if (j.is_object()) {
    if (allow_needs_context) {
      CheckKeys(j, path, {"text", "case", "needs_context"});
    } else {
      CheckKeys(j, path, {"text", "case"});
    }
    alias.text = RequireString(j, "text", path);
    alias.case_sensitive = DefaultCaseSensitive(alias.text);
    auto c = j.find("case");
    if (c != j.end()) {
      if (!c->is_string() || (*c != "sensitive" && *c != "insensitive")) {
        Fail(path + ".case", "expected \"sensitive\" or \"insensitive\"");
      }
      alias.case_sensitive = *c == "sensitive";
    }
    auto nc = j.find("needs_context");
    if (nc != j.end()) {
      if (!nc->is_boolean()) Fail(path + ".needs_context", "expected true or false");
      alias.needs_context = nc->get<bool>();
    }
  } else {
    Fail(path, std::string("expected a string or an object, found ") + JsonTypeName(j));
  }
  if (alias.text.empty()) Fail(path, "must not be empty");
  if (entities::NormalizeTokens(alias.text).empty()) Fail(path, "has no letters or digits: " + Quote(alias.text));
  return alias;
}

std::vector<PackAlias> ParseAliases(const json& obj, const char* key, const std::string& path,
                                    bool allow_needs_context) {
  std::vector<PackAlias> out;
  const json* arr = OptionalArray(obj, key, path);
  if (!arr) return out;
  for (size_t i = 0; i < arr->size(); ++i) {
    out.push_back(ParseAlias((*arr)[i], path + "." + key + "[" + std::to_string(i) + "]", false,
                             allow_needs_context));
  }
  return out;
}

class Compiler {
 public:
  explicit Compiler(DomainPack::Impl* impl) : impl_(impl) {}

  void Run(const json& root) {
    if (!root.is_object()) Fail("", std::string("expected a JSON object at the top level, found ") + JsonTypeName(root));
    for (auto it = root.begin(); it != root.end(); ++it) {
      const std::string& key = it.key();
      if (key == "name") {
        if (!it->is_string()) Fail("name", "expected a string");
        impl_->name = it->get<std::string>();
      } else if (key == "version") {
        if (it->is_string()) {
          impl_->version = it->get<std::string>();
        } else if (it->is_number()) {
          impl_->version = it->dump();
        } else {
          Fail("version", "expected a string or a number");
        }
      } else if (key == "description" || key == "note" || key == "comment" || key == "entities" ||
                 key == "outlets") {
        continue;
      } else {
        impl_->sections.emplace(key, *it);  // "topics", "event_triggers", "lexicon", ...
      }
    }
    if (const json* entities = OptionalArray(root, "entities", "")) {
      for (size_t i = 0; i < entities->size(); ++i) ParseEntity((*entities)[i], "entities[" + std::to_string(i) + "]");
    }
    if (const json* outlets = OptionalArray(root, "outlets", "")) {
      for (size_t i = 0; i < outlets->size(); ++i) ParseOutlet((*outlets)[i], "outlets[" + std::to_string(i) + "]");
    }
    CheckRelations();
    BuildIndex();
  }

 private:
  void ClaimId(const std::string& id, const std::string& path) {
    if (!ValidId(id)) Fail(path + ".id", "expected a lowercase id of a-z, 0-9, '-', '_', '.': " + Quote(id));
    auto [it, inserted] = ids_.emplace(id, path);
    if (!inserted) Fail(path + ".id", "duplicate id " + Quote(id) + " (first used at " + it->second + ")");
  }

  void ParseEntity(const json& j, const std::string& path) {
    if (!j.is_object()) Fail(path, std::string("expected an object, found ") + JsonTypeName(j));
    CheckKeys(j, path, {"id", "type", "name", "aliases", "descriptors", "context", "relations"});
    PackEntity e;
    e.id = RequireString(j, "id", path);
    ClaimId(e.id, path);
    e.type = RequireString(j, "type", path);
    e.name = RequireString(j, "name", path);
    e.aliases = ParseAliases(j, "aliases", path, true);
    e.descriptors = ParseAliases(j, "descriptors", path, false);
    if (const json* ctx = OptionalArray(j, "context", path)) {
      for (size_t i = 0; i < ctx->size(); ++i) {
        const json& c = (*ctx)[i];
        std::string p = path + ".context[" + std::to_string(i) + "]";
        if (!c.is_string()) Fail(p, std::string("expected a string, found ") + JsonTypeName(c));
        if (entities::NormalizeTokens(c.get<std::string>()).empty()) Fail(p, "has no letters or digits");
        e.context.push_back(c.get<std::string>());
      }
    }
    if (const json* rels = OptionalArray(j, "relations", path)) {
      for (size_t i = 0; i < rels->size(); ++i) {
        const json& r = (*rels)[i];
        std::string p = path + ".relations[" + std::to_string(i) + "]";
        if (!r.is_object()) Fail(p, std::string("expected an object {type, target}, found ") + JsonTypeName(r));
        CheckKeys(r, p, {"type", "target"});
        PackRelation rel{RequireString(r, "type", p), RequireString(r, "target", p)};
        if (!ValidId(rel.type)) Fail(p + ".type", "expected a lowercase relation name like part_of: " + Quote(rel.type));
        relation_paths_.push_back(p);
        e.relations.push_back(std::move(rel));
      }
    }
    impl_->entity_by_id.emplace(e.id, impl_->entities.size());
    impl_->entities.push_back(std::move(e));
  }

  void ParseOutlet(const json& j, const std::string& path) {
    if (!j.is_object()) Fail(path, std::string("expected an object, found ") + JsonTypeName(j));
    CheckKeys(j, path, {"id", "name", "short_names", "aliases", "type"});
    PackOutlet o;
    o.id = RequireString(j, "id", path);
    ClaimId(o.id, path);
    o.name = RequireString(j, "name", path);
    o.short_names = ParseAliases(j, "short_names", path, true);
    o.aliases = ParseAliases(j, "aliases", path, true);
    impl_->outlet_by_id.emplace(o.id, impl_->outlets.size());
    impl_->outlets.push_back(std::move(o));
  }

  void CheckRelations() {
    size_t k = 0;
    for (const PackEntity& e : impl_->entities) {
      for (const PackRelation& r : e.relations) {
        const std::string& p = relation_paths_[k++];
        if (!ids_.count(r.target)) Fail(p + ".target", "unknown entity or outlet id " + Quote(r.target));
        if (r.target == e.id) Fail(p + ".target", "an entity cannot be related to itself");
      }
    }
  }

  void AddEntry(uint32_t target, const PackAlias& alias, entities::AliasEntry::Kind kind) {
    entities::AliasEntry entry;
    entry.text = alias.text;
    entry.target = target;
    entry.kind = kind;
    entry.case_sensitive = alias.case_sensitive;
    entry.needs_context = alias.needs_context;
    std::vector<entities::Token> tokens = entities::Tokenize(alias.text);
    for (const entities::Token& t : tokens) {
      if (!t.word) continue;
      entry.folded.push_back(t.folded);
      entry.exact.emplace_back(t.Of(alias.text));
    }
    if (kind == entities::AliasEntry::Kind::kDescriptor && entry.folded.size() > 1 &&
        (entry.folded[0] == "the" || entry.folded[0] == "a" || entry.folded[0] == "an")) {
      entry.needs_article = true;
      entry.folded.erase(entry.folded.begin());
      entry.exact.erase(entry.exact.begin());
    }
    if (entry.folded.empty()) return;
    // A name or alias equal to another entry of the same target and kind: keep the first.
    for (uint32_t idx : impl_->by_first_token[entry.folded[0]]) {
      const entities::AliasEntry& other = impl_->aliases[idx];
      if (other.target == target && other.folded == entry.folded && other.case_sensitive == entry.case_sensitive &&
          (other.kind == entities::AliasEntry::Kind::kDescriptor) == (kind == entities::AliasEntry::Kind::kDescriptor)) {
        return;
      }
    }
    auto idx = static_cast<uint32_t>(impl_->aliases.size());
    impl_->by_first_token[entry.folded[0]].push_back(idx);
    impl_->aliases.push_back(std::move(entry));
  }

  // Adds the canonical name unless an alias spells it the same way (the alias's rules then win).
  void AddName(uint32_t target, const std::string& name, const std::vector<PackAlias>& aliases) {
    for (const PackAlias& a : aliases) {
      if (a.text == name) return;
    }
    PackAlias alias{name, DefaultCaseSensitive(name), false};
    AddEntry(target, alias, entities::AliasEntry::Kind::kName);
  }

  void BuildIndex() {
    for (size_t i = 0; i < impl_->entities.size(); ++i) {
      const PackEntity& e = impl_->entities[i];
      auto t = static_cast<uint32_t>(impl_->targets.size());
      entities::MatchTarget target{e.id, e.type, e.name, false, {}};
      for (const std::string& c : e.context) {
        std::vector<std::string> words;
        for (const auto& tok : entities::Tokenize(c)) {
          if (tok.word) words.push_back(tok.folded);
        }
        target.context.push_back(std::move(words));
      }
      impl_->target_by_id.emplace(e.id, t);
      impl_->targets.push_back(std::move(target));
      AddName(t, e.name, e.aliases);
      for (const PackAlias& a : e.aliases) AddEntry(t, a, entities::AliasEntry::Kind::kAlias);
      for (const PackAlias& d : e.descriptors) AddEntry(t, d, entities::AliasEntry::Kind::kDescriptor);
      impl_->entity_by_name.emplace(entities::NormalizeTokens(e.name), i);
      for (const PackAlias& a : e.aliases) impl_->entity_by_name.emplace(entities::NormalizeTokens(a.text), i);
    }
    for (size_t i = 0; i < impl_->outlets.size(); ++i) {
      const PackOutlet& o = impl_->outlets[i];
      auto t = static_cast<uint32_t>(impl_->targets.size());
      impl_->target_by_id.emplace(o.id, t);
      impl_->targets.push_back(entities::MatchTarget{o.id, "outlet", o.name, true, {}});
      std::vector<PackAlias> all = o.short_names;
      all.insert(all.end(), o.aliases.begin(), o.aliases.end());
      AddName(t, o.name, all);
      for (const PackAlias& a : all) AddEntry(t, a, entities::AliasEntry::Kind::kAlias);
      impl_->outlet_by_name.emplace(entities::NormalizeTokens(o.name), i);
      for (const PackAlias& a : all) impl_->outlet_by_name.emplace(entities::NormalizeTokens(a.text), i);
    }
    for (auto& [first, bucket] : impl_->by_first_token) {
      std::stable_sort(bucket.begin(), bucket.end(), [this](uint32_t a, uint32_t b) {
        return impl_->aliases[a].folded.size() > impl_->aliases[b].folded.size();
      });
    }
  }

  DomainPack::Impl* impl_;
  std::unordered_map<std::string, std::string> ids_;  // id -> JSON path of its definition
  std::vector<std::string> relation_paths_;
};

std::shared_ptr<DomainPack::Impl> Compile(std::string_view text, std::string origin) {
  auto impl = std::make_shared<DomainPack::Impl>();
  impl->origin = std::move(origin);
  json root;
  try {
    root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/true,
                       /*ignore_comments=*/true);
  } catch (const json::parse_error& e) {
    impl->code = Status::Code::kInvalidArgument;
    impl->error = impl->origin + ": invalid JSON at byte " + std::to_string(e.byte) + ": " + e.what();
    return impl;
  } catch (const json::exception& e) {
    // A number out of range ("1e400") is an out_of_range, not a parse_error (found by fuzzing).
    impl->code = Status::Code::kInvalidArgument;
    impl->error = impl->origin + ": invalid JSON: " + e.what();
    return impl;
  }
  try {
    Compiler(impl.get()).Run(root);
  } catch (const PackError& e) {
    auto failed = std::make_shared<DomainPack::Impl>();
    failed->origin = impl->origin;
    failed->code = Status::Code::kInvalidArgument;
    failed->error_path = e.path;
    failed->error = impl->origin + ": " + (e.path.empty() ? "" : e.path + ": ") + e.message;
    return failed;
  } catch (const std::exception& e) {
    auto failed = std::make_shared<DomainPack::Impl>();
    failed->origin = impl->origin;
    failed->code = Status::Code::kInternal;
    failed->error = impl->origin + ": " + e.what();
    return failed;
  }
  return impl;
}

const std::shared_ptr<const DomainPack::Impl>& EmptyImpl() {
  static const std::shared_ptr<const DomainPack::Impl> kEmpty = std::make_shared<DomainPack::Impl>();
  return kEmpty;
}

}  // namespace

DomainPack::DomainPack() : impl_(EmptyImpl()) {}
DomainPack::DomainPack(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

DomainPack DomainPack::FromJson(std::string_view json_text, std::string origin) {
  return DomainPack(Compile(json_text, std::move(origin)));
}

DomainPack DomainPack::FromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    auto impl = std::make_shared<Impl>();
    impl->origin = path;
    impl->code = Status::Code::kNotFound;
    impl->error = path + ": cannot open the domain pack";
    return DomainPack(std::move(impl));
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    auto impl = std::make_shared<Impl>();
    impl->origin = path;
    impl->code = Status::Code::kIOError;
    impl->error = path + ": read error";
    return DomainPack(std::move(impl));
  }
  return FromJson(buf.str(), path);
}

bool DomainPack::ok() const { return impl_->code == Status::Code::kOk; }
const std::string& DomainPack::error() const { return impl_->error; }
const std::string& DomainPack::error_path() const { return impl_->error_path; }

Status DomainPack::status() const {
  switch (impl_->code) {
    case Status::Code::kOk: return Status::OK();
    case Status::Code::kNotFound: return Status::NotFound(impl_->error);
    case Status::Code::kIOError: return Status::IOError(impl_->error);
    case Status::Code::kInvalidArgument: return Status::InvalidArgument(impl_->error);
    default: return Status::Internal(impl_->error);
  }
}

const std::string& DomainPack::name() const { return impl_->name; }
const std::string& DomainPack::version() const { return impl_->version; }
const std::vector<PackEntity>& DomainPack::entities() const { return impl_->entities; }
const std::vector<PackOutlet>& DomainPack::outlets() const { return impl_->outlets; }

const PackEntity* DomainPack::FindEntity(std::string_view id) const {
  auto it = impl_->entity_by_id.find(std::string(id));
  return it == impl_->entity_by_id.end() ? nullptr : &impl_->entities[it->second];
}

const PackEntity* DomainPack::FindEntityByName(std::string_view name) const {
  auto it = impl_->entity_by_name.find(entities::NormalizeTokens(name));
  return it == impl_->entity_by_name.end() ? nullptr : &impl_->entities[it->second];
}

const PackOutlet* DomainPack::FindOutletById(std::string_view id) const {
  auto it = impl_->outlet_by_id.find(std::string(id));
  return it == impl_->outlet_by_id.end() ? nullptr : &impl_->outlets[it->second];
}

const PackOutlet* DomainPack::FindOutlet(std::string_view any_name) const {
  auto it = impl_->outlet_by_name.find(entities::NormalizeTokens(any_name));
  if (it != impl_->outlet_by_name.end()) return &impl_->outlets[it->second];
  // "The New Yorker" / "New Yorker", "the FT": retry without a leading article.
  std::string norm = entities::NormalizeTokens(any_name);
  if (norm.rfind("the ", 0) == 0) {
    it = impl_->outlet_by_name.find(norm.substr(4));
    if (it != impl_->outlet_by_name.end()) return &impl_->outlets[it->second];
  }
  return FindOutletById(any_name);
}

std::vector<std::string> DomainPack::AliasesOf(std::string_view id) const {
  std::vector<std::string> out;
  auto add = [&out](const std::string& s) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  if (const PackEntity* e = FindEntity(id)) {
    add(e->name);
    for (const PackAlias& a : e->aliases) add(a.text);
  } else if (const PackOutlet* o = FindOutletById(id)) {
    add(o->name);
    for (const PackAlias& a : o->short_names) add(a.text);
    for (const PackAlias& a : o->aliases) add(a.text);
  }
  return out;
}

std::vector<PackRelation> DomainPack::RelationsOf(std::string_view id) const {
  const PackEntity* e = FindEntity(id);
  return e ? e->relations : std::vector<PackRelation>{};
}

bool DomainPack::Related(std::string_view from, std::string_view type, std::string_view to) const {
  // Everything `id` is part of, transitively, including itself.
  auto containers = [this](std::string_view id) {
    std::vector<std::string> out{std::string(id)};
    for (size_t i = 0; i < out.size() && out.size() < 64; ++i) {
      const PackEntity* e = FindEntity(out[i]);
      if (!e) continue;
      for (const PackRelation& r : e->relations) {
        if (r.type == "part_of" && std::find(out.begin(), out.end(), r.target) == out.end()) {
          out.push_back(r.target);
        }
      }
    }
    return out;
  };
  if (type == "part_of") {
    std::vector<std::string> up = containers(from);
    return std::find(up.begin() + 1, up.end(), std::string(to)) != up.end();
  }
  // Other relations hold for the entity itself (a part's CEO is not the whole's), and reach the
  // target through its containers (a product of AWS is a product of Amazon).
  const PackEntity* e = FindEntity(from);
  if (!e) return false;
  for (const PackRelation& r : e->relations) {
    if (r.type != type) continue;
    std::vector<std::string> up = containers(r.target);
    if (std::find(up.begin(), up.end(), std::string(to)) != up.end()) return true;
  }
  return false;
}

const DomainPack::Impl& PackState(const DomainPack& pack) { return *pack.impl_; }

const nlohmann::json* SectionOf(const DomainPack& pack, std::string_view name) {
  const auto& sections = PackState(pack).sections;
  auto it = sections.find(name);
  return it == sections.end() ? nullptr : &it->second;
}

}  // namespace newsline
