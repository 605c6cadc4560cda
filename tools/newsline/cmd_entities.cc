// `newsline entities [QUERY]`: the entities of the matching articles with their aliases (the forms
// they were found under) and how often and in how many articles they are mentioned.
#include <iostream>
#include <nlohmann/json.hpp>

#include "format.h"
#include "newsline/entity_list.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {

RunFunction SetupEntities(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  auto limit = std::make_shared<size_t>(40);
  auto discovered = std::make_shared<bool>(false);
  options->AddTo(sub, /*paging=*/false, /*kinds=*/false);
  sub->add_option("--top", *limit, "How many entities to list in text output (0 = all)");
  sub->add_flag("--discovered", *discovered,
                "Also list entities found without the domain pack (ids d:...); the default when no pack entity is indexed");
  return [options, limit, discovered, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    auto entities = newsline::ListEntities(*searcher, request);
    if (!entities.ok()) return ReportError(entities.status());
    // Articles indexed with no pack have only discovered entities: list those rather than nothing.
    const bool any_pack_entity = std::any_of(entities->begin(), entities->end(), [](const newsline::EntitySummary& e) {
      return e.id.rfind("d:", 0) != 0;
    });
    if (!*discovered && any_pack_entity) {
      auto& list = *entities;
      list.erase(std::remove_if(list.begin(), list.end(),
                                [](const newsline::EntitySummary& e) { return e.id.rfind("d:", 0) == 0; }),
                 list.end());
    }
    if (global->json) {
      nlohmann::json out{{"entities", nlohmann::json::array()}};
      for (const auto& e : *entities) {
        out["entities"].push_back({{"id", e.id}, {"name", e.name}, {"type", e.type}, {"aliases", e.aliases},
                                   {"mentions", e.mentions}, {"articles", e.articles}});
      }
      return PrintOutput(out, "entities", *global);
    }
    Style style = Style::FromEnvironment();
    Table table({"entity", "type", "mentions", "articles", "also found as"});
    size_t shown = 0;
    for (const auto& e : *entities) {
      if (*limit && shown++ >= *limit) break;
      std::string aliases;
      for (const auto& a : e.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
      table.AddRow({e.name, e.type, std::to_string(e.mentions), std::to_string(e.articles), aliases});
    }
    std::cout << entities->size() << " entities" << (*limit && entities->size() > *limit ? " (top " + std::to_string(*limit) + ")" : "")
              << "\n";
    table.Print(std::cout, style);
    return kExitOk;
  };
}

}  // namespace newsline_tool
