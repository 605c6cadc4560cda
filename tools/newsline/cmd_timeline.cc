// `newsline timeline [QUERY]`: dated events in order, each at its true granularity, with
// participants, amounts, outlets, independent primary sources and a mark where mentions
// disagree; --html FILE writes the self-contained timeline page.
#include <fstream>
#include <iostream>
#include <optional>
#include <set>

#include "newsline/analysis.h"
#include "newsline/report.h"
#include "errors.h"
#include "format.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {
namespace {

// The page's attention chart: the articles behind the events, per day when they span two months
// or less, per ISO week up to two years, else per month.
void AddArticleVolume(const std::vector<newsline::EventRecord>& events, newsline::TimelinePageOptions* page) {
  std::vector<newsline::ArticleRef> articles;
  std::set<std::string> seen;
  std::optional<newsline::Day> first, last;
  for (const newsline::EventRecord& r : events) {
    if (!seen.insert(r.article.id).second) continue;
    articles.push_back(r.article);
    if (!r.article.published.exact()) continue;
    const newsline::Day d = r.article.published.day();
    if (!first || d < *first) first = d;
    if (!last || *last < d) last = d;
  }
  const int32_t span = first ? *last - *first : 0;
  newsline::VolumeOptions volume;
  volume.period = span <= 62 ? newsline::VolumePeriod::kDay
                  : span <= 730 ? newsline::VolumePeriod::kWeek
                                : newsline::VolumePeriod::kMonth;
  page->volume = newsline::CountVolume(articles, volume);
  page->volume_caption = std::string("articles with events, per ") +
                         (volume.period == newsline::VolumePeriod::kDay ? "day"
                          : volume.period == newsline::VolumePeriod::kWeek ? "week" : "month");
}

}  // namespace
RunFunction SetupTimeline(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  auto html = std::make_shared<std::string>();
  auto undated = std::make_shared<bool>(false);
  options->AddTo(sub, /*paging=*/false, /*kinds=*/false);
  sub->add_option("--html", *html, "Write the timeline as a self-contained HTML page to this file");
  sub->add_flag("--undated", *undated, "Also list events that have no date (--json always lists them, each with has_date)");
  return [options, html, undated, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    auto events = searcher->Events(request);
    if (!events.ok()) return ReportError(events.status());
    newsline::TimelineOptions timeline_options;
    timeline_options.include_undated = *undated || global->json;
    newsline::Timeline timeline = newsline::BuildTimeline(*events, timeline_options);

    if (!html->empty()) {
      std::string query = Join(options->words, " ");
      newsline::TimelinePageOptions page_options;
      page_options.subtitle = query.empty() ? Join(global->databases) : "query: " + query;
      AddArticleVolume(*events, &page_options);
      const std::string page = newsline::TimelineHtml(timeline, page_options);
      std::ofstream out(*html, std::ios::binary);
      if (!(out << page)) {
        return Fail(kExitFailure, "cannot write " + *html);
      }
      if (!global->json) std::cerr << "wrote " << *html << " (" << timeline.events.size() << " events)\n";
    }
    if (global->json) {
      return PrintOutput(nlohmann::json::parse(newsline::TimelineToJson(timeline)), "events", *global);
    }
    if (!html->empty()) return kExitOk;

    Style style = Style::FromEnvironment();
    std::cout << timeline.events.size() << " event" << (timeline.events.size() == 1 ? "" : "s") << "\n";
    size_t date_width = 0;
    for (const auto& e : timeline.events) {
      date_width = std::max(date_width, DisplayWidth(e.has_date ? newsline::DateLabel(e.date) : "undated"));
    }
    size_t indent = date_width + 2;
    uint32_t stories = 0;  // shown only when the articles tell more than one story
    for (const auto& e : timeline.events) stories = std::max(stories, e.story + 1);
    for (const auto& e : timeline.events) {
      std::string date = e.has_date ? newsline::DateLabel(e.date) : "undated";
      std::string mark = e.disagreements.empty() ? "" : style.Red(" ⚠");
      std::cout << "\n" << style.Bold(date) << std::string(indent - DisplayWidth(date), ' ')
                << WrapText(style.Cyan(e.type) + "  " + e.summary, style.width, indent, indent) << mark << "\n";
      std::vector<std::string> details;
      std::vector<std::string> who;
      for (const auto& p : e.participants) who.push_back(p.name + (p.role.empty() ? "" : " (" + p.role + ")"));
      if (!who.empty()) details.push_back("participants: " + Join(who));
      std::vector<std::string> amounts;
      for (const auto& q : e.amounts) amounts.push_back(q.text);
      if (!amounts.empty()) details.push_back("amounts: " + Join(amounts));
      details.push_back(std::to_string(e.outlets.size()) + " outlet" + (e.outlets.size() == 1 ? "" : "s") + ", " +
                        std::to_string(e.primary_source_count()) + " independent source" +
                        (e.primary_source_count() == 1 ? "" : "s") +
                        (stories > 1 ? ", story " + std::to_string(e.story + 1) : ""));
      for (const auto& d : details) {
        std::cout << std::string(indent, ' ') << style.Dim(WrapText(d, style.width, indent, indent)) << "\n";
      }
      for (const auto& d : e.disagreements) {
        std::cout << std::string(indent, ' ') << style.Red(WrapText("disagree: " + d, style.width, indent, indent))
                  << "\n";
      }
    }
    return kExitOk;
  };
}

}  // namespace newsline_tool
