// `newsline show ID`: one article, event or claim as stored in the index (its JSON data).
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "errors.h"
#include "format.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {

RunFunction SetupShow(CLI::App* sub, const GlobalOptions* global) {
  auto id = std::make_shared<std::string>();
  sub->add_option("id", *id, "An article, event or claim id (as printed by search, claims, timeline)")->required();
  return [id, global] {
    auto searcher = OpenSearcher(*global);
    if (!searcher) return kExitFailure;
    // Events and claims carry their article's id before the first ':'.
    std::string article = id->substr(0, id->find(':'));
    newsline::SearchRequest request;
    request.filters.emplace_back("article", article);
    request.limit = 100000;
    request.snippets = false;
    request.texts = true;
    auto response = searcher->Search(request);
    if (!response.ok()) return ReportError(response.status());
    for (const auto& hit : response->hits) {
      if (hit.id != *id) continue;
      if (global->json) {  // the stored JSON as it is (docs/index-schema.md)
        std::cout << hit.data << "\n";
        return kExitOk;
      }
      Style style = Style::FromEnvironment();
      std::cout << style.Bold(newsline::DocKindName(hit.kind)) << " " << hit.id << "\n";
      std::cout << "title:   " << hit.title << "\n";
      std::cout << "outlet:  " << (hit.outlet.empty() ? "(unknown)" : hit.outlet) << "\n";
      if (hit.has_date) std::cout << "date:    " << hit.date.ToString() << " (" << hit.granularity << ")\n";
      if (hit.kind == newsline::DocKind::kArticle) {
        std::cout << "\n" << hit.text << "\n";
      } else if (!hit.text.empty()) {
        std::cout << "sentence:\n  " << WrapText(hit.text, style.width, 2, 2) << "\n";
      }
      std::cout << "\n" << style.Dim("(--json shows every stored field)") << "\n";
      return kExitOk;
    }
    return Fail(kExitFailure, "no document with id '" + *id + "'");
  };
}

RunFunction SetupStats(CLI::App* /*sub*/, const GlobalOptions* global) {
  return [global] {
    auto searcher = OpenSearcher(*global);
    if (!searcher) return kExitFailure;
    newsline::SearchRequest request;
    request.limit = 0;
    request.snippets = false;
    request.facets = {"kind", "source", "year"};
    request.facet_values = 1000;
    request.check_at_least = 100000000;
    auto response = searcher->Search(request);
    if (!response.ok()) return ReportError(response.status());
    std::map<std::string, uint64_t> kinds;
    size_t outlets = 0, years = 0;
    for (const auto& f : response->facets) {
      if (f.field == "kind") {
        for (const auto& v : f.values) kinds[v.value] = v.count;
      } else if (f.field == "source") {
        outlets = f.values.size();
      } else if (f.field == "year") {
        years = f.values.size();
      }
    }
    if (global->json) {
      nlohmann::json out{{"documents", response->matches_estimated}, {"articles", kinds["article"]},
                         {"events", kinds["event"]}, {"claims", kinds["claim"]}, {"fact_documents", kinds["fact"]},
                         {"outlets", outlets}, {"years", years}, {"db", Join(global->databases)}};
      std::cout << JsonText(out) << "\n";
      return kExitOk;
    }
    std::cout << "index      " << Join(global->databases) << "\n"
              << "documents  " << response->matches_estimated << "\n"
              << "articles   " << kinds["article"] << "\n"
              << "events     " << kinds["event"] << "\n"
              << "claims     " << kinds["claim"] << "\n"
              << "fact docs  " << kinds["fact"] << " (one per article with figures)\n"
              << "outlets    " << outlets << "\n"
              << "years      " << years << "\n";
    return kExitOk;
  };
}

}  // namespace newsline_tool
