// ListEntities: aggregates the per-article entity summaries stored with article documents.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "newsline/entity_list.h"

namespace newsline {

Result<std::vector<EntitySummary>> ListEntities(Searcher& searcher, const SearchRequest& request, size_t max) {
  SearchRequest articles = request;
  articles.kinds = {DocKind::kArticle};
  articles.offset = 0;
  articles.limit = max ? static_cast<uint32_t>(max) : 1000000;
  articles.snippets = false;
  articles.facets.clear();
  articles.collapse_duplicates = false;
  articles.sort = SearchRequest::Sort::kDateAscending;
  auto response = searcher.Search(articles);
  if (!response.ok()) return response.status();

  struct Aggregate {
    EntitySummary summary;
    std::map<std::string, uint64_t> name_votes;
    std::set<std::string> forms;
  };
  std::map<std::string, Aggregate> by_id;
  for (const SearchHit& hit : response->hits) {
    nlohmann::json data = nlohmann::json::parse(hit.data, nullptr, /*allow_exceptions=*/false);
    if (data.is_discarded() || !data.contains("entities") || !data["entities"].is_array()) continue;
    for (const auto& e : data["entities"]) {
      if (!e.is_object() || !e.contains("id") || !e["id"].is_string()) continue;
      Aggregate& a = by_id[e["id"].get<std::string>()];
      a.summary.id = e["id"].get<std::string>();
      uint64_t mentions = e.value("mentions", 0u);
      a.summary.mentions += mentions;
      ++a.summary.articles;
      std::string type = e.value("type", "");
      if (a.summary.type.empty() || a.summary.type == "unknown") a.summary.type = type;
      a.name_votes[e.value("name", "")] += mentions;
      if (e.contains("forms") && e["forms"].is_array()) {
        for (const auto& f : e["forms"]) {
          if (f.is_string()) a.forms.insert(f.get<std::string>());
        }
      }
    }
  }
  std::vector<EntitySummary> out;
  for (auto& [id, a] : by_id) {
    // The name most mentions agree on; the other forms are its aliases.
    auto best = std::max_element(a.name_votes.begin(), a.name_votes.end(),
                                 [](const auto& x, const auto& y) { return x.second < y.second; });
    a.summary.name = best != a.name_votes.end() && !best->first.empty() ? best->first : id;
    for (const std::string& f : a.forms) {
      if (f != a.summary.name) a.summary.aliases.push_back(f);
    }
    out.push_back(std::move(a.summary));
  }
  std::sort(out.begin(), out.end(), [](const EntitySummary& x, const EntitySummary& y) {
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    return x.id < y.id;
  });
  return out;
}

}  // namespace newsline
