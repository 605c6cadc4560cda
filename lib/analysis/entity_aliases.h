// One entity named differently in different articles. Each article resolves its own aliases ("the
// National Transportation Safety Board (NTSB)"), but an article that only ever writes "NTSB" and
// another that only writes the full name give two discovered ids. Across a collection, an acronym
// is the entity whose name it abbreviates when exactly one name in the collection has those
// initials ("WSJ" and "Wall Street Journal"; not "AP" when both "Associated Press" and "Arizona
// Police" occur).
#ifndef NEWSLINE_LIB_ANALYSIS_ENTITY_ALIASES_H_
#define NEWSLINE_LIB_ANALYSIS_ENTITY_ALIASES_H_

#include <map>
#include <string>
#include <vector>

#include "newsline/extraction.h"

namespace newsline {
namespace analysis {

class EntityAliases {
 public:
  // Every participant of every mention (repeats decide nothing; order does not matter).
  explicit EntityAliases(const std::vector<const Participant*>& participants);
  // The id `p` stands for in the collection and that entity's name; `p` itself when it is no
  // other entity's alias.
  Participant Unified(const Participant& p) const;

 private:
  struct Target {
    std::string id, name;
  };
  std::map<std::string, Target> alias_of_;  // acronym id -> full name entity
};

}  // namespace analysis
}  // namespace newsline

#endif  // NEWSLINE_LIB_ANALYSIS_ENTITY_ALIASES_H_
