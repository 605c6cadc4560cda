// Helpers shared by the entity tests: file reading and compact renderings of mentions.
#ifndef NEWSLINE_TESTS_ENTITIES_ENTITIES_TESTUTIL_H_
#define NEWSLINE_TESTS_ENTITIES_ENTITIES_TESTUTIL_H_

#include <set>
#include <string>
#include <vector>

#include "newsline/entities.h"

namespace newsline {
namespace testing_entities {

// The file's bytes, or "" when it cannot be read.
std::string ReadFile(const std::string& path);
// The seed article whose name starts with `prefix` ("003"), or "" when ../shared is absent.
std::string ReadSeed(const std::string& prefix);
bool SharedDataAvailable();
// The dispute pack shipped in corpus/.
const DomainPack& DisputePack();
// "Redmond>microsoft:descriptor" for each mention.
std::vector<std::string> Render(const std::vector<EntityMention>& mentions);
// Ids of mentions with the given kind filter (all but discovered when pack_only).
std::set<std::string> Ids(const std::vector<EntityMention>& mentions, bool pack_only);
// "money 5e+10 USD q=deal", with " vague" when vague.
std::string Render(const Quantity& q);

}  // namespace testing_entities
}  // namespace newsline

#endif  // NEWSLINE_TESTS_ENTITIES_ENTITIES_TESTUTIL_H_
