// `newsline volume [QUERY] [--of articles|events|claims] [--by day|week|month] [--by-outlet]`:
// attention over time — how many articles (or events, or claims) each period brought, by the
// publication date of their articles, in all or per outlet.
#include <algorithm>
#include <iostream>

#include "format.h"
#include "newsline/analysis.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {
namespace {

// The articles behind what `of` names: the articles themselves, or the article of each event or
// claim.
newsline::Result<std::vector<newsline::ArticleRef>> Items(newsline::Searcher* searcher,
                                                          const newsline::SearchRequest& request,
                                                          const std::string& of) {
  std::vector<newsline::ArticleRef> items;
  if (of == "events") {
    auto events = searcher->Events(request);
    if (!events.ok()) return events.status();
    for (const auto& r : *events) items.push_back(r.article);
  } else if (of == "claims") {
    auto claims = searcher->Claims(request);
    if (!claims.ok()) return claims.status();
    for (const auto& r : *claims) items.push_back(r.article);
  } else {
    auto articles = searcher->Articles(request);
    if (!articles.ok()) return articles.status();
    for (const auto& a : *articles) {
      newsline::ArticleRef ref;
      ref.id = a.id;
      ref.outlet = a.outlet;
      ref.published = a.published;
      items.push_back(std::move(ref));
    }
  }
  return items;
}

void PrintVolume(const std::vector<newsline::VolumeBucket>& buckets, const std::string& of, bool by_outlet) {
  const Style style = Style::FromEnvironment();
  size_t most = 0, total = 0;
  for (const auto& b : buckets) {
    most = std::max(most, b.count);
    total += b.count;
  }
  std::cout << total << " " << of << "\n\n";
  Table table(by_outlet ? std::vector<std::string>{"period", "outlet", of, ""}
                        : std::vector<std::string>{"period", of, ""});
  const size_t bar_width = 40;
  for (const auto& b : buckets) {
    const size_t bar = most ? std::max<size_t>(1, b.count * bar_width / most) : 0;
    std::string bars;
    for (size_t k = 0; k < bar; ++k) bars += "█";
    if (by_outlet) {
      table.AddRow({b.period, b.outlet.empty() ? "(unknown)" : b.outlet, std::to_string(b.count), bars});
    } else {
      table.AddRow({b.period, std::to_string(b.count), bars});
    }
  }
  table.Print(std::cout, style);
}

}  // namespace

RunFunction SetupVolume(CLI::App* sub, const GlobalOptions* global) {
  auto options = std::make_shared<QueryOptions>();
  auto of = std::make_shared<std::string>("articles");
  auto by = std::make_shared<std::string>("month");
  auto by_outlet = std::make_shared<bool>(false);
  options->AddTo(sub, /*paging=*/false, /*kinds=*/false);
  sub->add_option("--of", *of, "What to count: articles (default), events or claims")
      ->check(CLI::IsMember({"articles", "events", "claims"}));
  sub->add_option("--by", *by, "The period: day, week (ISO) or month (default)")->check(CLI::IsMember({"day", "week", "month"}));
  sub->add_flag("--by-outlet", *by_outlet, "One row per period and outlet");
  return [options, of, by, by_outlet, global] {
    newsline::SearchRequest request;
    int exit_code = kExitOk;
    auto searcher = PrepareQuery(*options, *global, &request, &exit_code);
    if (!searcher) return exit_code;
    auto items = Items(searcher.get(), request, *of);
    if (!items.ok()) return ReportError(items.status());
    newsline::VolumeOptions volume;
    volume.period = *by == "day" ? newsline::VolumePeriod::kDay
                    : *by == "week" ? newsline::VolumePeriod::kWeek
                                    : newsline::VolumePeriod::kMonth;
    volume.by_outlet = *by_outlet;
    const std::vector<newsline::VolumeBucket> buckets = newsline::CountVolume(*items, volume);
    if (global->json) {
      nlohmann::json out{{"of", *of}, {"by", *by}, {"buckets", nlohmann::json::array()}};
      for (const auto& b : buckets) {
        nlohmann::json j{{"period", b.period}, {"count", b.count}};
        if (*by_outlet) j["outlet"] = b.outlet;
        out["buckets"].push_back(j);
      }
      return PrintOutput(out, "buckets", *global);
    }
    PrintVolume(buckets, *of, *by_outlet);
    return kExitOk;
  };
}

}  // namespace newsline_tool
