// `newsline compare [QUERY] [--topic T]`: the claims a query matches, grouped by topic; within a
// topic, the sides with their speakers, outlets and independent primary sources; conflicts and
// overlaps with their evidence sentences and hedges; then the figures, by fact slot.
#include <fstream>
#include <iostream>

#include "newsline/analysis.h"
#include "errors.h"
#include "format.h"
#include "newsline/report.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {
namespace {

// A variant's words with the ones that differ from the most printed wording marked [like this].
std::string MarkedWords(const newsline::QuoteVariant& v) {
  std::string out;
  for (size_t k = 0; k < v.words.size(); ++k) {
    out += (k ? " " : "") + (v.differs[k] ? "[" + v.words[k] + "]" : v.words[k]);
  }
  return out;
}

void PrintQuotes(const std::vector<newsline::QuoteComparison>& quotes, const Style& style) {
  for (const auto& q : quotes) {
    const std::string tag = q.changes_meaning ? style.Red("WORDING CONFLICT")
                            : q.variants.size() > 1 ? style.Yellow("variants")
                                                    : style.Green("same words");
    std::cout << "\n" << style.Bold(q.speaker.empty() ? std::string("(unnamed)") : q.speaker) << "  " << tag << "\n";
    if (q.changes_meaning) std::cout << "  " << style.Dim(q.difference) << "\n";
    for (const auto& v : q.variants) {
      std::cout << "  - " << WrapText("\"" + MarkedWords(v) + "\"", style.width, 4, 4) << "\n"
                << "    " << style.Dim(WrapText(std::to_string(v.articles.size()) + (v.articles.size() == 1 ? " article" : " articles") +
                                                (v.outlets.empty() ? "" : " (" + Join(v.outlets) + ")"),
                                            style.width, 4, 4))
                << "\n";
    }
  }
}

}  // namespace

RunFunction SetupCompare(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  auto only_topic = std::make_shared<std::string>();
  auto all = std::make_shared<bool>(false);
  auto html = std::make_shared<std::string>();
  sub->add_option("query", options->words, "Query selecting the claims to compare (default: all)");
  sub->add_option("--topic", *only_topic, "Only this topic key (e.g. breach, deal_value)");
  sub->add_option("--from", options->from, "Only claims from articles dated on or after this day");
  sub->add_option("--to", options->to, "Only claims from articles dated on or before this day");
  sub->add_option("--source", options->sources, "Only claims in articles from this outlet (repeatable)");
  sub->add_option("--entity", options->entities, "Only claims about this entity id (repeatable)");
  sub->add_flag("--all", *all, "Also show topics with a single position in a single article");
  sub->add_option("--html", *html, "Write the comparison as a self-contained HTML page to this file");
  return [options, only_topic, all, html, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    auto claims = searcher->Claims(request);
    if (!claims.ok()) return ReportError(claims.status());
    newsline::ComparisonOptions compare_options;
    compare_options.topic = *only_topic;
    newsline::Comparison comparison = newsline::CompareClaims(*claims, compare_options);
    if (!*all && only_topic->empty()) {
      auto& topics = comparison.topics;
      topics.erase(std::remove_if(topics.begin(), topics.end(),
                                  [](const newsline::TopicComparison& t) {
                                    return t.relation == newsline::TopicRelation::kSingle;
                                  }),
                   topics.end());
    }
    // The figures beside the claims (no pack needed): fact slots with a conflict, a frame that
    // reconciles them, or one figure in several articles.
    if (only_topic->empty()) {
      auto facts = searcher->Facts(request);
      if (!facts.ok()) return ReportError(facts.status());
      newsline::FactComparisonOptions fact_options;
      fact_options.include_single = *all;
      comparison.facts = newsline::CompareFacts(*facts, fact_options).slots;
    }
    if (!html->empty()) {
      newsline::ComparisonPageOptions page;
      page.subtitle = options->words.empty() ? "all claims and figures" : "query: " + Join(options->words, " ");
      page.include_single = *all;
      std::ofstream out(*html, std::ios::binary);
      out << newsline::ComparisonHtml(comparison, page);
      if (!out.flush()) {
        return Fail(kExitFailure, "cannot write " + *html);
      }
      if (!global->json) {
        std::cerr << "wrote " << *html << " (" << comparison.topics.size() << " topics, " << comparison.facts.size()
                  << " figures, " << comparison.quotes.size() << " quotations)\n";
        return kExitOk;
      }
    }
    if (global->json) {
      std::cout << newsline::ComparisonToJson(comparison) << "\n";
      return kExitOk;
    }

    Style style = Style::FromEnvironment();
    if (comparison.topics.empty() && comparison.facts.empty() && comparison.quotes.empty()) {
      std::cout << "no topic or figure with a conflict or an overlap" << (*all ? "" : " (--all shows single positions)")
                << "\n";
      return kExitOk;
    }
    for (const auto& t : comparison.topics) {
      std::string relation = newsline::TopicRelationName(t.relation);
      std::string tag = t.relation == newsline::TopicRelation::kConflict ? style.Red("CONFLICT")
                        : t.relation == newsline::TopicRelation::kOverlap ? style.Green("OVERLAP")
                                                                          : style.Dim("single");
      std::cout << "\n" << style.Bold(t.label.empty() ? t.topic : t.label) << "  " << tag << "\n";
      if (!t.reason.empty()) std::cout << "  " << style.Dim(WrapText(t.reason, style.width, 2, 2)) << "\n";
      for (const auto& side : t.sides) {
        std::string head = side.value.empty() ? side.stance : side.value;
        std::cout << "  " << style.Bold(head) << " — "
                  << WrapText(Join(side.speakers), style.width, 4, 5 + DisplayWidth(head)) << "\n";
        std::string counts = side.outlets.empty() ? std::string()
                                                  : std::to_string(side.outlets.size()) + " outlet" +
                                                        (side.outlets.size() == 1 ? "" : "s") + " (" +
                                                        Join(side.outlets) + "), ";
        counts += std::to_string(side.primary_source_count()) +
                             " independent source" + (side.primary_source_count() == 1 ? "" : "s") + " (" +
                             Join(side.primary_sources) + ")";
        std::cout << "    " << WrapText(counts, style.width, 4, 4) << "\n";
        for (const auto& c : side.claims) {
          std::string where = c.outlet.empty() ? c.article_label : c.outlet;
          if (!c.primary_source.empty() && c.primary_source != where) where += " via " + c.primary_source;
          std::string hedge = c.hedged ? style.Yellow(" [hedged: " + Join(c.hedges) + "]") : "";
          std::cout << "    - " << WrapText(c.speaker + ": \"" + c.text + "\"", style.width, 6, 6) << "\n"
                    << "      " << style.Dim(where) << hedge << "\n";
        }
      }
    }
    if (!comparison.facts.empty()) {
      std::cout << "\n" << style.Bold("Figures") << "\n";
      PrintFactSlots(comparison.facts, style);
    }
    if (!comparison.quotes.empty()) {
      std::cout << "\n" << style.Bold("Quotes") << "\n";
      PrintQuotes(comparison.quotes, style);
    }
    return kExitOk;
  };
}

}  // namespace newsline_tool
