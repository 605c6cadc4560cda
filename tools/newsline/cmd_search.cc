// `newsline search QUERY`: hits with kind, date, outlet, title and a highlighted snippet; facet
// counts with --facets; "did you mean" when the index suggests a spelling.
#include <iostream>
#include <nlohmann/json.hpp>

#include "format.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {
namespace {

nlohmann::json DateJson(const newsline::SearchHit& hit) {
  if (!hit.has_date) return nullptr;
  nlohmann::json j{{"begin", hit.date.begin.ToString()},
                   {"end", hit.date.end.ToString()},
                   {"granularity", hit.granularity}};
  if (!hit.date_mod.empty()) j["mod"] = hit.date_mod;
  return j;
}

std::string DateText(const newsline::SearchHit& hit) {
  if (!hit.has_date) return "undated";
  if (hit.date_mod == "ON_OR_BEFORE") return "by " + (hit.date.end - 1).ToString();  // not after this day
  if (hit.date.length() == 1) return hit.date.begin.ToString();
  return hit.date.begin.ToString() + ".." + (hit.date.end - 1).ToString();
}

}  // namespace

RunFunction SetupSearch(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  auto facets = std::make_shared<bool>(false);
  auto collapse = std::make_shared<bool>(false);
  options->AddTo(sub, /*paging=*/true, /*kinds=*/true);
  sub->add_flag("--facets", *facets, "Show counts per outlet, entity, event type, topic and year");
  sub->add_flag("--collapse", *collapse, "Show one hit per group of near-duplicate articles");
  return [options, facets, collapse, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    if (*facets) request.facets = {"source", "entity", "type", "topic", "year", "kind"};
    request.collapse_duplicates = *collapse;
    request.exact_count = true;  // "N matches" on the terminal: a person reads the number
    auto response = searcher->Search(request);
    if (!response.ok()) return ReportError(response.status());

    if (global->json) {
      nlohmann::json out;
      out["total"] = response->matches_estimated;
      out["exact"] = response->matches_lower == response->matches_upper;
      out["hits"] = nlohmann::json::array();
      for (const auto& hit : response->hits) {
        out["hits"].push_back({{"id", hit.id},
                               {"kind", newsline::DocKindName(hit.kind)},
                               {"title", hit.title},
                               {"outlet", hit.outlet},
                               {"article", hit.article_id},
                               {"date", DateJson(hit)},
                               {"snippet", hit.snippet},
                               {"duplicates", hit.duplicates}});
      }
      out["facets"] = nlohmann::json::object();
      for (const auto& facet : response->facets) {
        nlohmann::json values = nlohmann::json::array();
        for (const auto& v : facet.values) values.push_back({{"value", v.value}, {"count", v.count}});
        out["facets"][facet.field] = {{"exact", facet.exact}, {"counted_by", facet.counted_by}, {"values", values}};
      }
      if (!response->corrected_query.empty()) out["did_you_mean"] = response->corrected_query;
      return PrintOutput(out, "hits", *global);
    }

    Style style = Style::FromEnvironment();
    bool exact = response->matches_lower == response->matches_upper;
    std::cout << (exact ? "" : "about ") << response->matches_estimated << " match"
              << (response->matches_estimated == 1 ? "" : "es") << "\n";
    if (!response->corrected_query.empty()) {
      std::cout << "did you mean: " << style.Bold(response->corrected_query) << "?\n";
    }
    for (const auto& hit : response->hits) {
      std::cout << "\n"
                << style.Dim(std::to_string(hit.rank + 1) + ".") << " "
                << style.Cyan(newsline::DocKindName(hit.kind)) << "  " << DateText(hit) << "  "
                << (hit.outlet.empty() ? "unknown outlet" : hit.outlet) << "\n";
      std::cout << "   " << style.Bold(WrapText(hit.title, style.width, 3, 3)) << "\n";
      if (!hit.snippet.empty())
        std::cout << "   " << WrapText(style.Highlight(hit.snippet), style.width, 3, 3) << "\n";
      std::cout << "   " << style.Dim("id " + hit.id) << "\n";
      if (!hit.duplicates.empty()) {
        std::cout << "   " << style.Dim("+" + std::to_string(hit.duplicates.size()) + " near-duplicate(s)")
                  << "\n";
      }
    }
    for (const auto& facet : response->facets) {
      std::cout << "\n" << style.Bold(facet.field) << (facet.exact ? "" : " (approximate)") << "\n";
      Table table({"value", "count"});
      for (const auto& v : facet.values) table.AddRow({v.value, std::to_string(v.count)});
      table.Print(std::cout, style);
    }
    return kExitOk;
  };
}

}  // namespace newsline_tool
