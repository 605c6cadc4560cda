// `newsline claims [QUERY]`: attributed claims with speaker, topic, stance, hedges, outlet and the
// primary source they are relayed from.
#include <iostream>
#include <tuple>

#include "format.h"

#include "output.h"
#include "query_options.h"

namespace newsline_tool {

nlohmann::json ClaimJson(const newsline::ClaimRecord& r) {
  const newsline::Claim& c = r.claim;
  return {{"id", c.id},
          {"article", r.article.id},
          {"outlet", r.article.outlet},
          {"speaker", c.speaker},
          {"speaker_id", c.speaker_id},
          {"speaker_unnamed", c.speaker_unnamed},
          {"speaker_from", newsline::SpeakerFromName(c.speaker_from)},
          {"cue", c.cue},
          {"topic", c.topic},
          {"topic_label", c.topic_label},
          {"stance", newsline::StanceName(c.stance)},
          {"negated", c.negated},
          {"hedged", c.hedged},
          {"hedges", c.hedges},
          {"primary_source", c.primary_source},
          {"content", r.content_text},
          {"text", r.sentence_text},
          {"rule", c.rule}};
}

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
      nlohmann::json out{{"claims", nlohmann::json::array()}};
      for (const auto& r : *claims) out["claims"].push_back(ClaimJson(r));
      return PrintOutput(out, "claims", *global);
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
