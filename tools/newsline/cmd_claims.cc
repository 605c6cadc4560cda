// `newsline claims [QUERY]`: attributed claims with speaker, topic, stance, hedges, outlet and the
// primary source they are relayed from.
#include <iostream>
#include <tuple>

#include "format.h"
#include "newsline/report.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {

RunFunction SetupClaims(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  options->AddTo(sub, /*paging=*/false, /*kinds=*/false);
  return [options, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    auto claims = searcher->Claims(request);
    if (!claims.ok()) return ReportError(claims.status());
    std::stable_sort(claims->begin(), claims->end(), [](const auto& a, const auto& b) {
      return std::tie(a.claim.topic, a.article.outlet, a.claim.id) < std::tie(b.claim.topic, b.article.outlet, b.claim.id);
    });
    if (global->json) {
      return PrintOutput(nlohmann::json::parse(newsline::ClaimsToJson(*claims)), "claims", *global);
    }
    Style style = Style::FromEnvironment();
    std::cout << claims->size() << " claim" << (claims->size() == 1 ? "" : "s") << "\n";
    std::string topic;
    for (const auto& r : *claims) {
      const newsline::Claim& c = r.claim;
      if (c.topic != topic || &r == &claims->front()) {
        topic = c.topic;
        std::cout << "\n" << style.Bold(c.topic_label.empty() ? (c.topic.empty() ? "(no topic)" : c.topic) : c.topic_label)
                  << "\n";
      }
      std::string who = c.speaker.empty() ? "(unknown speaker)" : c.speaker;
      std::string stance = c.stance == newsline::Stance::kDenies ? style.Red("denies") : style.Green("asserts");
      std::string line = "  " + who + " " + stance + " · " + c.cue + " · " +
                         newsline::ArticleLabel(r.article);
      if (!c.primary_source.empty()) line += " via " + c.primary_source;
      if (c.hedged) line += " · " + style.Yellow("hedged");
      std::cout << line << "\n";
      std::cout << "    " << WrapText("\"" + r.content_text + "\"", style.width, 4, 4) << "\n";
    }
    return kExitOk;
  };
}

}  // namespace newsline_tool
