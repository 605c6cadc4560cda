// The HTML timeline page: built from timeline JSON, then loaded in a real headless browser
// (Debian's chromium) to check what the page shows after its script ran.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "newsline/report.h"
#include "report/browser_testutil.h"

namespace newsline {
namespace {

constexpr const char* kTimeline = R"JSON({"events": [
 {"id": "e1", "type": "investment", "summary": "Microsoft invests $1 billion in OpenAI",
  "date": {"value": "2019", "label": "2019", "granularity": "year", "begin": "2019-01-01", "end": "2020-01-01", "mod": ""},
  "participants": [{"id": "microsoft", "name": "Microsoft", "role": "investor"}],
  "amounts": [{"text": "$1 billion"}], "outlets": ["Outlet A", "Outlet B"], "primary_sources": ["Outlet A"],
  "disagreements": [], "mentions": [{"outlet": "Outlet A", "sentence": "Microsoft invested $1 billion in 2019."}]},
 {"id": "e2", "type": "agreement", "summary": "AWS and OpenAI announce a deal <script>alert(1)</script>",
  "date": {"value": "2026-02", "label": "late Feb 2026", "granularity": "month", "begin": "2026-02-20", "end": "2026-03-01", "mod": "END"},
  "participants": [], "amounts": [{"text": "$50 billion"}, {"text": "several $38 billion"}],
  "outlets": ["Outlet A", "Outlet C"], "primary_sources": ["Financial Times"],
  "disagreements": [{"attribute": "amount", "values": ["$50 billion", "$38 billion"]}],
  "mentions": [{"outlet": "Outlet C", "sentence": "The deal is worth several $38 billion."}]},
 {"id": "e3", "type": "report", "summary": "The FT reports the dispute",
  "date": {"value": "2026-03-18", "label": "18 Mar 2026", "granularity": "day", "begin": "2026-03-18", "end": "2026-03-19", "mod": ""},
  "participants": [], "amounts": [], "outlets": ["Outlet B"], "primary_sources": [], "disagreements": [], "mentions": []},
 {"id": "e4", "type": "legal_threat", "summary": "Legal threat: Microsoft against OpenAI and Amazon over the cloud exclusivity of the Frontier platform",
  "date": null, "participants": [], "amounts": [], "outlets": ["Outlet A", "Outlet B"], "primary_sources": ["Financial Times"],
  "disagreements": ["factuality: considered (Outlet A) vs negated (Outlet B)"],
  "mentions": [{"outlet": "Outlet B", "factuality": "negated", "sentence": "No lawsuit has been filed."}]}
]})JSON";

TimelinePageOptions Page(const std::string& title, const std::string& subtitle) {
  TimelinePageOptions options;
  options.title = title;
  options.subtitle = subtitle;
  // Articles per month: two in February 2026, one in March, one undated.
  options.volume = {{"2026-02", "", 2}, {"2026-03", "", 1}, {"undated", "", 1}};
  options.volume_caption = "articles with events, per month";
  return options;
}

size_t Count(const std::string& text, const std::regex& re) {
  return std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator());
}

TEST(TimelineHtmlTest, ATimelineInMemoryMakesTheSamePageAsItsJson) {
  Timeline timeline;
  TimelineEvent e;
  e.id = "e1";
  e.type = "strike";
  e.summary = "Dock workers strike";
  e.has_date = true;
  e.date.value = "2026-03-18";
  e.date.granularity = Granularity::kDay;
  e.date.resolved = true;
  e.date.interval = {*Day::Parse("2026-03-18"), *Day::Parse("2026-03-19")};
  timeline.events.push_back(e);
  const TimelinePageOptions options = Page("Strike", "");
  const std::string page = TimelineHtml(timeline, options);
  auto from_json = TimelineHtml(TimelineToJson(timeline, -1), options);
  ASSERT_TRUE(from_json.ok());
  EXPECT_EQ(page, *from_json);
  EXPECT_NE(page.find("Dock workers strike"), std::string::npos);
}

TEST(TimelineHtmlTest, RejectsNonTimelineJson) {
  EXPECT_FALSE(TimelineHtml("{\"topics\": []}").ok());
  EXPECT_FALSE(TimelineHtml("not json").ok());
}

TEST(TimelineHtmlTest, SelfContainedAndEscaped) {
  auto html = TimelineHtml(kTimeline, Page("Dispute timeline", "query: openai"));
  ASSERT_TRUE(html.ok()) << html.status().ToString();
  EXPECT_EQ(html->find("<script src"), std::string::npos);
  EXPECT_EQ(html->find("http://"), html->find("http://www.w3.org/2000/svg"));  // only the SVG namespace
  EXPECT_EQ(html->find("https://"), std::string::npos);
  EXPECT_EQ(html->find("<script>alert(1)"), std::string::npos);  // escaped in the list and the data
  EXPECT_NE(html->find("late Feb 2026 — AWS and OpenAI announce a deal &lt;script&gt;"), std::string::npos);
}

TEST(TimelineHtmlTest, HeadlessBrowserShowsEventsOnAnAxis) {
  std::string chromium = newsline_test::FindChromium();
  if (chromium.empty()) GTEST_SKIP() << "chromium is not installed (NEWSLINE_INSTALL_BROWSER=1 scripts/deps.sh --test installs it)";
  auto html = TimelineHtml(kTimeline, Page("Dispute timeline", ""));
  ASSERT_TRUE(html.ok());
  const std::string dom = newsline_test::LoadInChromium(chromium, *html, 1400, "timeline").dom;
  ASSERT_FALSE(dom.empty()) << "chromium printed nothing";
  // One bar per dated event, drawn by the script, with its granularity as a class.
  EXPECT_EQ(Count(dom, std::regex("<g class=\"bar ")), 3u) << dom.substr(0, 2000);
  EXPECT_EQ(Count(dom, std::regex("<g class=\"bar year")), 1u);
  EXPECT_EQ(Count(dom, std::regex("<g class=\"bar day")), 1u);
  // The conflicting dated event is highlighted and selected first; its details show both values.
  EXPECT_EQ(Count(dom, std::regex("<g class=\"bar month conflict selected\"")), 1u);
  EXPECT_NE(dom.find("Sources disagree: amount ($50 billion vs $38 billion)"), std::string::npos);
  EXPECT_NE(dom.find("The deal is worth several $38 billion."), std::string::npos);
  EXPECT_NE(dom.find("1 independent primary source(s)"), std::string::npos);
  // The undated event with its disagreement is in its own lane, in red.
  EXPECT_EQ(Count(dom, std::regex("<button class=\"conflict\" data-id=\"e4\"")), 1u) << dom;
  EXPECT_NE(dom.find("Undated (1)"), std::string::npos);
  // The axis has year ticks, and the zoom control is there.
  EXPECT_NE(dom.find(">2019</text>"), std::string::npos);
  EXPECT_NE(dom.find(">2026</text>"), std::string::npos);
  EXPECT_NE(dom.find("Show all</button>"), std::string::npos);
  // The attention chart: a bar per dated period, the undated article in its caption.
  EXPECT_EQ(Count(dom, std::regex("<rect class=\"vbar\"")), 2u);
  EXPECT_NE(dom.find("articles with events, per month · 1 undated"), std::string::npos);
}

TEST(TimelineHtmlTest, DesktopAndPhoneWidthsShowEverythingWithoutOverflow) {
  std::string chromium = newsline_test::FindChromium();
  if (chromium.empty()) GTEST_SKIP() << "chromium is not installed (NEWSLINE_INSTALL_BROWSER=1 scripts/deps.sh --test installs it)";
  auto html = TimelineHtml(kTimeline, Page("Dispute timeline", ""));
  ASSERT_TRUE(html.ok());
  for (int width : {1400, 400}) {
    const newsline_test::Loaded page = newsline_test::LoadInChromium(chromium, *html, width, "timeline");
    ASSERT_FALSE(page.layout.empty()) << width << ": no layout record\n" << page.dom.substr(0, 1500);
    // No horizontal overflow, no label cut by the chart's edge, every bar, lane entry and the
    // details heading drawn with a size; three bars, one undated entry, two events in red.
    EXPECT_NE(page.layout.find("\"overflow\":false"), std::string::npos) << width << " " << page.layout;
    EXPECT_NE(page.layout.find("\"cut\":0"), std::string::npos) << width << " " << page.layout;
    EXPECT_NE(page.layout.find("\"hidden\":0"), std::string::npos) << width << " " << page.layout;
    EXPECT_NE(page.layout.find("\"bars\":3"), std::string::npos) << width << " " << page.layout;
    EXPECT_NE(page.layout.find("\"undated\":1"), std::string::npos) << width << " " << page.layout;
    EXPECT_NE(page.layout.find("\"red\":2"), std::string::npos) << width << " " << page.layout;
    EXPECT_NE(page.layout.find("\"volume\":2"), std::string::npos) << width << " " << page.layout;
    // On a phone the details go below the chart; on a desktop beside it.
    EXPECT_NE(page.layout.find(width < 700 ? "\"stacked\":true" : "\"stacked\":false"), std::string::npos)
        << width << " " << page.layout;
    EXPECT_TRUE(page.screenshot) << width;
  }
}

}  // namespace
}  // namespace newsline
