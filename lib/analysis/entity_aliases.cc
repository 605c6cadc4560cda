// One entity named differently in different articles (see entity_aliases.h).
#include "analysis/entity_aliases.h"

#include <set>

#include "analysis/source_names.h"

namespace newsline {
namespace analysis {

EntityAliases::EntityAliases(const std::vector<const Participant*>& participants) {
  std::map<std::string, std::set<std::string>> names;  // id -> the names it was found under
  for (const Participant* p : participants) {
    if (!p->entity_id.empty() && !p->name.empty()) names[p->entity_id].insert(p->name);
  }
  std::map<std::string, std::set<std::string>> by_initials;  // of multi-word names -> ids
  std::map<std::string, std::string> full_name;              // id -> its longest multi-word name
  for (const auto& [id, found] : names) {
    for (const std::string& name : found) {
      if (name.find(' ') == std::string::npos) continue;
      const std::string initials = Initials(name);
      if (LooksLikeAcronym(initials)) by_initials[initials].insert(id);
      if (name.size() > full_name[id].size()) full_name[id] = name;
    }
  }
  for (const auto& [id, found] : names) {
    if (found.size() != 1 || !LooksLikeAcronym(*found.begin())) continue;
    auto it = by_initials.find(*found.begin());
    if (it == by_initials.end() || it->second.size() != 1 || *it->second.begin() == id) continue;
    const std::string& target = *it->second.begin();
    alias_of_[id] = {target, full_name[target]};
  }
}

Participant EntityAliases::Unified(const Participant& p) const {
  auto it = alias_of_.find(p.entity_id);
  if (it == alias_of_.end()) return p;
  return {it->second.id, it->second.name, p.role};
}

}  // namespace analysis
}  // namespace newsline
