// The entities of the articles a query matches, with their mentions and the forms they were
// found under (`newsline entities`).
//
//   auto entities = newsline::ListEntities(*searcher, request);
//
// Thread-safety: as the Searcher it is given (one per thread).
#ifndef NEWSLINE_ENTITY_LIST_H_
#define NEWSLINE_ENTITY_LIST_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsline/query.h"
#include "newsline/status.h"

namespace newsline {

// One entity over the articles a request matches: its id, display name and type, how many
// times and in how many articles it is mentioned, and the surface forms it was found under
// (names, aliases, descriptors: "Contoso", "Contoso Ltd", "the software maker").
struct EntitySummary {
  std::string id;
  std::string name;
  std::string type;
  std::vector<std::string> aliases;
  uint64_t mentions = 0;
  uint64_t articles = 0;
};

// The entities of the articles `request` matches (its kinds are ignored: articles are read),
// most mentioned first. `max` bounds the articles read (0 = no limit).
Result<std::vector<EntitySummary>> ListEntities(Searcher& searcher, const SearchRequest& request, size_t max = 0);

}  // namespace newsline

#endif  // NEWSLINE_ENTITY_LIST_H_
