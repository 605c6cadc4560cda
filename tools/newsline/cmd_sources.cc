// `newsline sources [QUERY]`: the outlets, how many articles and claims each has, and who relays
// whom — the primary sources each outlet's claims come from.
#include <iostream>
#include <nlohmann/json.hpp>
#include <map>
#include <set>

#include "format.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {

RunFunction SetupSources(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  options->AddTo(sub, /*paging=*/false, /*kinds=*/false);
  return [options, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    auto articles = searcher->Articles(request);
    if (!articles.ok()) return ReportError(articles.status());
    auto claims = searcher->Claims(request);
    if (!claims.ok()) return ReportError(claims.status());

    struct Outlet {
      uint32_t articles = 0, claims = 0, own_claims = 0;
      std::map<std::string, uint32_t> relays;  // primary source -> claims relayed
    };
    auto name_of = [](const std::string& outlet) { return outlet.empty() ? std::string("(unknown)") : outlet; };
    std::map<std::string, Outlet> outlets;
    std::map<std::string, std::set<std::string>> relayed_by;
    for (const auto& a : *articles) ++outlets[name_of(a.outlet)].articles;
    for (const auto& r : *claims) {
      Outlet& o = outlets[name_of(r.article.outlet)];
      ++o.claims;
      if (r.claim.primary_source.empty() || r.claim.primary_source == r.article.outlet) {
        ++o.own_claims;
      } else {
        ++o.relays[r.claim.primary_source];
        relayed_by[r.claim.primary_source].insert(name_of(r.article.outlet));
      }
    }

    if (global->json) {
      nlohmann::json out{{"outlets", nlohmann::json::array()}, {"primary_sources", nlohmann::json::array()}};
      for (const auto& [name, o] : outlets) {
        nlohmann::json relays = nlohmann::json::array();
        for (const auto& [source, n] : o.relays) relays.push_back({{"source", source}, {"claims", n}});
        out["outlets"].push_back({{"name", name}, {"articles", o.articles}, {"claims", o.claims},
                                  {"own_claims", o.own_claims}, {"relays", relays}});
      }
      for (const auto& [source, by] : relayed_by) {
        out["primary_sources"].push_back({{"name", source}, {"relayed_by", by}});
      }
      return PrintOutput(out, "outlets", *global);
    }
    Style style = Style::FromEnvironment();
    Table table({"outlet", "articles", "claims", "own", "relays"});
    for (const auto& [name, o] : outlets) {
      std::string relays;
      for (const auto& [source, n] : o.relays) relays += (relays.empty() ? "" : ", ") + source + " (" + std::to_string(n) + ")";
      table.AddRow({name, std::to_string(o.articles), std::to_string(o.claims), std::to_string(o.own_claims),
                    relays.empty() ? "-" : relays});
    }
    table.Print(std::cout, style);
    if (!relayed_by.empty()) {
      std::cout << "\n" << style.Bold("primary sources relayed by other outlets") << "\n";
      for (const auto& [source, by] : relayed_by) {
        std::string list;
        for (const auto& o : by) list += (list.empty() ? "" : ", ") + o;
        size_t indent = 2 + DisplayWidth(source) + 4;
        std::cout << "  " << source << " <- " << WrapText(list, style.width, indent, indent) << "\n";
      }
    }
    return kExitOk;
  };
}

}  // namespace newsline_tool
