// `newsline articles [QUERY]`: the indexed articles with title, outlet and publication date
// (exact, or the estimated interval for undated articles).
#include <filesystem>
#include <iostream>

#include "format.h"
#include "newsline/report.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {

RunFunction SetupArticles(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  auto evidence = std::make_shared<bool>(false);
  options->AddTo(sub, /*paging=*/false, /*kinds=*/false);
  sub->add_flag("--evidence", *evidence, "Show the evidence behind estimated publication dates");
  return [options, evidence, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    auto articles = searcher->Articles(request);
    if (!articles.ok()) return ReportError(articles.status());
    std::stable_sort(articles->begin(), articles->end(), [](const newsline::Article& a, const newsline::Article& b) {
      bool ka = a.published.known(), kb = b.published.known();
      if (ka != kb) return ka;
      if (ka && a.published.interval.begin != b.published.interval.begin) {
        return a.published.interval.begin < b.published.interval.begin;
      }
      return a.path < b.path;
    });

    if (global->json) {
      return PrintOutput(nlohmann::json::parse(newsline::ArticlesToJson(*articles)), "articles", *global);
    }
    Style style = Style::FromEnvironment();
    Table table({"published", "outlet", "title"});
    for (const auto& a : *articles) {
      table.AddRow({PublishedText(a.published), a.outlet.empty() ? "(unknown)" : a.outlet,
                    a.title.empty() ? "(untitled) " + std::filesystem::path(a.path).filename().string() : a.title});
    }
    std::cout << articles->size() << " article" << (articles->size() == 1 ? "" : "s") << "\n";
    table.Print(std::cout, style);
    if (*evidence) {
      for (const auto& a : *articles) {
        if (a.published.kind != newsline::PublicationDate::Kind::kEstimated) continue;
        std::cout << "\n" << style.Bold(a.title.empty() ? a.path : a.title) << ": " << PublishedText(a.published) << "\n";
        for (const auto& e : a.published.evidence) std::cout << "  - " << WrapText(e, style.width, 4, 4) << "\n";
      }
    }
    return kExitOk;
  };
}

}  // namespace newsline_tool
