// `newsline facts [QUERY] [--attribute A] [--slots]`: every figure the sources state, with what
// it measures, whom it is about, its frame and time, who states it; with --slots, the figures
// compared across articles (conflicts, reconciled, overlaps).
#include <iostream>
#include <tuple>

#include "format.h"
#include "newsline/analysis.h"
#include "newsline/report.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {
namespace {

void PrintFacts(const std::vector<newsline::FactRecord>& facts, const Style& style) {
  std::cout << facts.size() << " fact" << (facts.size() == 1 ? "" : "s") << "\n";
  std::string attribute;
  for (const auto& r : facts) {
    if (r.fact.attribute != attribute || &r == &facts.front()) {
      attribute = r.fact.attribute;
      std::cout << "\n" << style.Bold(r.fact.attribute_label) << "\n";
    }
    std::string line = "  " + r.fact.label + ": " + style.Bold(r.fact.value.text);
    if (!r.fact.value.qualifier.empty()) line += " (" + r.fact.value.qualifier + ")";
    if (!r.fact.frame.empty()) line += " [" + r.fact.frame + "]";
    line += " · " + newsline::ArticleLabel(r.article);
    if (!r.fact.primary_source.empty()) line += " via " + r.fact.primary_source;
    if (r.fact.hypothetical) line += " · " + style.Yellow("hypothetical");
    if (r.fact.hedged) line += " · " + style.Yellow("hedged");
    std::cout << WrapText(line, style.width, 4) << "\n";
  }
}

}  // namespace

void PrintFactSlots(const std::vector<newsline::FactSlot>& slots, const Style& style) {
  for (const auto& slot : slots) {
    std::string tag = slot.relation == newsline::FactRelation::kConflict     ? style.Red("CONFLICT")
                      : slot.relation == newsline::FactRelation::kReconciled ? style.Yellow("RECONCILED")
                      : slot.relation == newsline::FactRelation::kOverlap    ? style.Green("OVERLAP")
                                                                             : style.Dim("single");
    std::string when = slot.has_time ? " (" + newsline::DateLabel(slot.time) + ")" : "";
    std::cout << "\n" << style.Bold(slot.label + when) << "  " << tag << "\n";
    if (!slot.reason.empty()) std::cout << "  " << style.Dim(WrapText(slot.reason, style.width, 2, 2)) << "\n";
    for (const auto& reading : slot.readings) {
      std::string counts = std::to_string(reading.articles.size()) + " article" +
                           (reading.articles.size() == 1 ? "" : "s") + ", " +
                           std::to_string(reading.primary_source_count()) + " independent source" +
                           (reading.primary_source_count() == 1 ? "" : "s") + " (" + Join(reading.primary_sources) + ")";
      std::cout << "  " << style.Bold(reading.value) << (reading.frame.empty() ? "" : " [" + reading.frame + "]")
                << " — " << WrapText(counts, style.width, 4, 6 + DisplayWidth(reading.value)) << "\n";
      for (const auto& f : reading.facts) {
        std::string where = f.outlet.empty() ? f.article_label : f.outlet;
        if (!f.primary_source.empty() && f.primary_source != where) where += " via " + f.primary_source;
        std::cout << "    - " << WrapText("\"" + f.sentence + "\"", style.width, 6, 6) << "\n"
                  << "      " << style.Dim(where) << "\n";
      }
    }
  }
}

RunFunction SetupFacts(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  auto attribute = std::make_shared<std::string>();
  auto slots = std::make_shared<bool>(false);
  options->AddTo(sub, /*paging=*/false, /*kinds=*/false);
  sub->add_option("--attribute", *attribute, "Only facts of this attribute (valuation, death_toll, ...)");
  sub->add_flag("--slots", *slots, "Compare the facts across articles: conflicts, reconciled frames, overlaps");
  return [options, attribute, slots, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    if (!attribute->empty()) request.filters.emplace_back("attribute", *attribute);
    auto facts = searcher->Facts(request);
    if (!facts.ok()) return ReportError(facts.status());
    std::stable_sort(facts->begin(), facts->end(), [](const auto& a, const auto& b) {
      return std::tie(a.fact.attribute, a.article.id, a.fact.id) < std::tie(b.fact.attribute, b.article.id, b.fact.id);
    });
    Style style = Style::FromEnvironment();
    if (*slots) {
      newsline::FactComparison comparison = newsline::CompareFacts(*facts);
      if (global->json) {
        return PrintOutput(nlohmann::json::parse(newsline::FactComparisonToJson(comparison)), "slots", *global);
      } else {
        PrintFactSlots(comparison.slots, style);
      }
      return kExitOk;
    }
    if (global->json) {
      return PrintOutput(nlohmann::json::parse(newsline::FactsToJson(*facts)), "facts", *global);
    }
    PrintFacts(*facts, style);
    return kExitOk;
  };
}

}  // namespace newsline_tool
