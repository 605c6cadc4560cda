// BuildTimeline: merging mentions across articles, dates at their granularity, disagreements.
#include <algorithm>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsline/analysis.h"

namespace newsline {
namespace {

TimeExpression Date(const std::string& value, Granularity g, const char* begin, const char* end) {
  TimeExpression t;
  t.value = value;
  t.granularity = g;
  t.resolved = true;
  t.interval = {*Day::Parse(begin), *Day::Parse(end)};
  return t;
}

Quantity Money(const std::string& text, double value, bool vague = false) {
  Quantity q;
  q.kind = QuantityKind::kMoney;
  q.text = text;
  q.value = value;
  q.unit = "USD";
  q.vague = vague;
  return q;
}

EventRecord Rec(const std::string& article, const std::string& type, std::vector<Participant> participants,
                const TimeExpression* date, std::vector<Quantity> amounts = {}, const std::string& outlet = "",
                const std::string& primary = "") {
  EventRecord r;
  r.article.id = article;
  r.article.outlet = outlet;
  r.event.id = article + ":e" + type;
  r.event.type = type;
  r.event.participants = std::move(participants);
  if (date) {
    r.event.has_date = true;
    r.event.date = *date;
  }
  r.event.amounts = std::move(amounts);
  r.event.primary_source = primary;
  r.event.summary = type;
  return r;
}

const std::vector<Participant> kMsftInOpenAI = {{"microsoft", "Microsoft", "investor"}, {"openai", "OpenAI", "investee"}};
const std::vector<Participant> kAwsOpenAI = {{"amazon-web-services", "AWS", "party"}, {"openai", "OpenAI", "party"}};

// "id | n mentions | sources | disagreements"
std::string Compact(const TimelineEvent& e) {
  std::string s = e.id + " | " + std::to_string(e.mentions.size()) + " | src=" + std::to_string(e.primary_source_count());
  for (const std::string& d : e.disagreements) s += " | " + d;
  return s;
}

std::vector<std::string> CompactAll(const Timeline& t) {
  std::vector<std::string> out;
  for (const TimelineEvent& e : t.events) out.push_back(Compact(e));
  return out;
}

TEST(BuildTimelineTest, MergesAcrossArticlesAndKeepsGranularity) {
  const TimeExpression y2019 = Date("2019", Granularity::kYear, "2019-01-01", "2020-01-01");
  const TimeExpression y2023 = Date("2023", Granularity::kYear, "2023-01-01", "2024-01-01");
  const TimeExpression late_feb = Date("2026-02", Granularity::kMonth, "2026-02-20", "2026-03-01");
  const TimeExpression feb = Date("2026-02", Granularity::kMonth, "2026-02-01", "2026-03-01");
  std::vector<EventRecord> events = {
      Rec("a1", "investment", kMsftInOpenAI, &y2019, {Money("$1 billion", 1e9)}),
      Rec("a3", "investment", kMsftInOpenAI, &y2019, {Money("$1 billion", 1e9)}),
      Rec("a3", "investment", kMsftInOpenAI, &y2023, {Money("$10 billion", 1e10)}),
      Rec("a3", "announcement", kAwsOpenAI, &late_feb),
      Rec("a1", "announcement", kAwsOpenAI, &feb),
      // Undated and compatible with two dated investments: ambiguous, stays on its own.
      Rec("a4", "investment", kMsftInOpenAI, nullptr),
  };
  Timeline t = BuildTimeline(events);
  EXPECT_EQ(CompactAll(t), (std::vector<std::string>{
                               "investment:microsoft+openai:2019 | 2 | src=2",
                               "investment:microsoft+openai:2023 | 1 | src=1",
                               "announcement:amazon-web-services+openai:2026-02 | 2 | src=2",
                               "investment:microsoft+openai:undated | 1 | src=1",
                           }));
  // The merged announcement keeps the most precise date ("late February").
  EXPECT_EQ(t.events[2].date.interval.begin, *Day::Parse("2026-02-20"));
  EXPECT_EQ(t.events[0].date.granularity, Granularity::kYear);
}

TEST(BuildTimelineTest, DisagreementsAreFlaggedNotDropped) {
  const TimeExpression feb = Date("2026-02", Granularity::kMonth, "2026-02-01", "2026-03-01");
  const TimeExpression y2026 = Date("2026", Granularity::kYear, "2026-01-01", "2027-01-01");
  const std::vector<Participant> deal = {{"amazon", "Amazon", "party"}, {"openai", "OpenAI", "party"}};
  Timeline t = BuildTimeline({
      Rec("a1", "agreement", deal, &feb, {Money("$50 billion", 5e10)}, "", "Financial Times"),
      Rec("a2", "agreement", deal, &y2026, {Money("$50Bn", 5e10)}, "", "Financial Times"),
      Rec("a3", "agreement", deal, &feb, {Money("several $38 billion", 3.8e10, true)}, "Digbly"),
  });
  EXPECT_EQ(CompactAll(t), (std::vector<std::string>{
                               "agreement:amazon+openai:2026-02 | 3 | src=2 | amount: $50 billion (2) vs several "
                               "$38 billion (1)"}));
  // Sums with no figure ("billions", "multibillion-dollar") fit any figure and each other.
  Timeline vague = BuildTimeline({
      Rec("a1", "agreement", deal, &feb, {Money("$50 billion", 5e10)}),
      Rec("a2", "agreement", deal, &feb, {Money("billions", 1e9, true)}),
      Rec("a3", "agreement", deal, &feb, {Money("multibillion-dollar", 1e9, true)}),
  });
  ASSERT_EQ(vague.events.size(), 1u);
  EXPECT_TRUE(vague.events[0].disagreements.empty()) << vague.events[0].disagreements[0];
  EXPECT_EQ(vague.events[0].amounts.size(), 2u);  // the two vague sums are one scale, shown once
}

TEST(BuildTimelineTest, DifferentInvestorsOrDisjointDatesAreDifferentEvents) {
  const TimeExpression y2019 = Date("2019", Granularity::kYear, "2019-01-01", "2020-01-01");
  const TimeExpression y2026 = Date("2026", Granularity::kYear, "2026-01-01", "2027-01-01");
  const std::vector<Participant> aws_in_openai = {{"amazon-web-services", "AWS", "investor"},
                                                  {"openai", "OpenAI", "investee"}};
  Timeline t = BuildTimeline({Rec("a1", "investment", kMsftInOpenAI, &y2019),
                              Rec("a2", "investment", aws_in_openai, &y2026),
                              Rec("a3", "investment", kMsftInOpenAI, &y2026)});
  EXPECT_EQ(t.events.size(), 3u);
}

TEST(BuildTimelineTest, RemovingAnArticleLeavesTheRestMerged) {
  const TimeExpression y2019 = Date("2019", Granularity::kYear, "2019-01-01", "2020-01-01");
  std::vector<EventRecord> all = {Rec("a1", "investment", kMsftInOpenAI, &y2019),
                                  Rec("a2", "investment", kMsftInOpenAI, &y2019),
                                  Rec("a3", "investment", kMsftInOpenAI, &y2019)};
  EXPECT_EQ(CompactAll(BuildTimeline(all)),
            std::vector<std::string>{"investment:microsoft+openai:2019 | 3 | src=3"});
  all.erase(all.begin() + 1);
  EXPECT_EQ(CompactAll(BuildTimeline(all)),
            std::vector<std::string>{"investment:microsoft+openai:2019 | 2 | src=2"});
  std::vector<EventRecord> reversed(all.rbegin(), all.rend());
  EXPECT_EQ(CompactAll(BuildTimeline(reversed)), CompactAll(BuildTimeline(all)));
}

// "by <day>": what an article published that day relays from another outlet.
TimeExpression By(const char* day) {
  TimeExpression t = Date(day, Granularity::kDay, day, day);
  t.interval.end = t.interval.begin + 1;
  t.mod = TimexMod::kOnOrBefore;
  return t;
}

const std::vector<Participant> kFt = {{"financial-times", "Financial Times", "publisher"}};

TEST(BuildTimelineTest, RelayedReportsMergeIntoOneBoundedEvent) {
  const TimeExpression by18 = By("2026-03-18"), by19 = By("2026-03-19"), by22 = By("2026-03-22");
  // Three articles relaying one FT report on three days are one report, known to have appeared
  // by the earliest of them; bounds never disagree with each other.
  Timeline t = BuildTimeline({Rec("a2", "report", kFt, &by19, {}, "Kestrel", "Financial Times"),
                              Rec("a1", "report", kFt, &by18, {}, "Meridian", "Financial Times"),
                              Rec("a3", "report", kFt, &by22, {}, "Harbourview", "Financial Times")});
  EXPECT_EQ(CompactAll(t), std::vector<std::string>{"report:financial-times:by-2026-03-18 | 3 | src=1"});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].date.mod, TimexMod::kOnOrBefore);
  EXPECT_EQ(t.events[0].date.interval.begin, *Day::Parse("2026-03-18"));
}

TEST(BuildTimelineTest, AReportsOwnDateWinsOverTheBoundsItFits) {
  const TimeExpression mid_march = Date("2026-03", Granularity::kMonth, "2026-03-11", "2026-03-21");
  const TimeExpression by18 = By("2026-03-18"), by25 = By("2026-03-25"), by05 = By("2026-03-05");
  Timeline t = BuildTimeline({Rec("a1", "report", kFt, &by18, {}, "Meridian", "Financial Times"),
                              Rec("a7", "report", kFt, &mid_march, {}, "Enterprise", "Financial Times"),
                              Rec("a9", "report", kFt, &by25, {}, "Tidewater", "Financial Times"),
                              // Relayed by March 5: it cannot be the mid-March report.
                              Rec("a0", "report", kFt, &by05, {}, "Early", "Financial Times")});
  EXPECT_EQ(CompactAll(t), (std::vector<std::string>{"report:financial-times:by-2026-03-05 | 1 | src=1",
                                                     "report:financial-times:2026-03 | 3 | src=1"}));
}

TEST(BuildTimelineTest, ABoundJoinsTheEventRelayingTheSameSource) {
  const TimeExpression mid_march = Date("2026-03", Granularity::kMonth, "2026-03-11", "2026-03-21");
  const TimeExpression mar22 = Date("2026-03-22", Granularity::kDay, "2026-03-22", "2026-03-23");
  const TimeExpression by22 = By("2026-03-22");
  const std::vector<Participant> threat = {{"microsoft", "Microsoft", "plaintiff"}, {"openai", "OpenAI", "defendant"}};
  // The bound fits both dated threats; it relays the FT, as only the mid-March one does.
  Timeline t = BuildTimeline({Rec("a7", "legal_threat", threat, &mid_march, {}, "Enterprise", "Financial Times"),
                              Rec("a5", "legal_threat", threat, &mar22, {}, "Harbourview"),
                              Rec("a6", "legal_threat", threat, &by22, {}, "Harbourview", "Financial Times")});
  EXPECT_EQ(CompactAll(t), (std::vector<std::string>{"legal_threat:microsoft+openai:2026-03 | 2 | src=1",
                                                     "legal_threat:microsoft+openai:2026-03-22 | 1 | src=1"}));
}

TEST(BuildTimelineTest, MergeKeyIsTypeAndRoles) {
  Event e;
  e.type = "investment";
  e.participants = {{"openai", "OpenAI", "investee"}, {"microsoft", "Microsoft", "investor"}};
  EXPECT_EQ(EventMergeKey(e), "investment|investee=openai|investor=microsoft");
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// Issue 11: one event told with different days by different articles is flagged on both.
TEST(TimelineDaysTest, DifferentDaysForOneEventAreFlaggedWithTheirSources) {
  const std::vector<Participant> parties = {{"acme", "Acme", "party"}, {"beta", "Beta", "party"}};
  TimeExpression tuesday = Date("2026-03-03", Granularity::kDay, "2026-03-03", "2026-03-04");
  TimeExpression wednesday = Date("2026-03-04", Granularity::kDay, "2026-03-04", "2026-03-05");
  TimeExpression month_later = Date("2026-04-04", Granularity::kDay, "2026-04-04", "2026-04-05");
  Timeline t = BuildTimeline({Rec("a1", "agreement", parties, &tuesday, {}, "Wire A"),
                              Rec("a2", "agreement", parties, &wednesday, {}, "Paper B"),
                              Rec("a3", "agreement", parties, &month_later, {}, "Paper C")});
  ASSERT_EQ(t.events.size(), 3u);
  EXPECT_EQ(t.events[0].disagreements, (std::vector<std::string>{"day: 2026-03-03 (Wire A) vs 2026-03-04 (Paper B)"}));
  EXPECT_EQ(t.events[1].disagreements, (std::vector<std::string>{"day: 2026-03-04 (Paper B) vs 2026-03-03 (Wire A)"}));
  EXPECT_TRUE(t.events[2].disagreements.empty());  // a month apart: another event
}

TEST(TimelineDaysTest, AWeekdayThatContradictsItsDateIsFlagged) {
  TimeExpression d = Date("2024-06-09", Granularity::kDay, "2024-06-09", "2024-06-10");
  d.text = "Monday, June 9, 2024";
  d.stated_weekday = 1;
  d.weekday_mismatch = true;
  EventRecord r = Rec("a1", "launch", {{"acme", "Acme", "announcer"}}, &d, {}, "Wire A");
  Timeline t = BuildTimeline({r});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].disagreements,
            (std::vector<std::string>{"weekday: \"Monday, June 9, 2024\" names a Monday but 2024-06-09 is a Sunday "
                                      "(inconsistent within Wire A)"}));
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

EventRecord Mention(const std::string& article, const std::string& lemma, const std::string& who,
                    const std::string& sentence) {
  EventRecord r;
  r.article.id = article;
  r.event.id = article + ":e0";
  r.event.type = "death";
  r.event.lemma = lemma;
  r.event.participants = {{"d:" + who, who, "party"}};
  r.event.summary = "death";
  r.sentence_text = sentence;
  return r;
}

size_t EventsOf(const std::vector<EventRecord>& records) { return BuildTimeline(records).events.size(); }

TEST(TimelineMergeTest, OneTriggerLemmaWithoutASharedParticipantMergesWhenTheSentencesAgree) {
  // Participants are often missed or named differently ("Page" / "the pin-up model"): one
  // trigger lemma and alike sentences are one event.
  EXPECT_EQ(EventsOf({Mention("a1", "die", "Bettie Page", "Bettie Page, the pin-up model of the 1950s, died in Los Angeles"),
                      Mention("a2", "die", "Los Angeles", "The 1950s pin-up model died Thursday in a Los Angeles hospital")}),
            1u);
  // Different lemmas ("died" / "killed") with no participant in common stay apart...
  EXPECT_EQ(EventsOf({Mention("a1", "die", "Bettie Page", "Bettie Page, the pin-up model of the 1950s, died in Los Angeles"),
                      Mention("a2", "kill", "Los Angeles", "The 1950s pin-up model was killed in a Los Angeles hospital")}),
            2u);
  // ...and so do one lemma's mentions in unrelated sentences.
  EXPECT_EQ(EventsOf({Mention("a1", "die", "Bettie Page", "Bettie Page, the pin-up model of the 1950s, died in Los Angeles"),
                      Mention("a2", "die", "Ohio", "A farmer died after his tractor overturned near Columbus, Ohio")}),
            2u);
}

TEST(TimelineMergeTest, TwoStoriesOfOneKindStayApartByTheirArticlesWords) {
  // ECB+ topic 1: two actresses checking into rehab, in articles about each. The mentions share
  // the lemma and a generic sentence; the articles' keywords tell the stories apart.
  auto rehab = [](const std::string& article, const std::string& who, const std::string& sentence,
                  std::vector<std::string> keywords) {
    EventRecord r = Mention(article, "check into", who, sentence);
    r.event.type = "admission";
    r.article_keywords = std::move(keywords);
    return r;
  };
  // Twenty keywords each, as Extract keeps; two words in common.
  const std::vector<std::string> reid = {"reid", "tara", "promises", "malibu", "actress", "rehab", "publicist",
                                         "american", "pie", "treatment", "center", "star", "party", "magazine",
                                         "people", "statement", "privacy", "family", "friends", "support"};
  const std::vector<std::string> lohan = {"lohan", "lindsay", "betty", "ford", "actress", "rehab", "probation",
                                          "judge", "court", "sentence", "jail", "days", "hearing", "attorney",
                                          "shawn", "holley", "monday", "ordered", "violation", "los"};
  const EventRecord a1 = rehab("a1", "Tara Reid", "Tara Reid has checked into rehab, her publicist said", reid);
  const EventRecord a2 = rehab("a2", "Promises", "The American Pie actress checked into Promises in Malibu", reid);
  const EventRecord a3 = rehab("a3", "Betty Ford", "The actress checked into the Betty Ford clinic, a judge was told", lohan);
  EXPECT_EQ(EventsOf({a1, a2}), 1u);
  EXPECT_EQ(EventsOf({a1, a2, a3}), 2u);
  // A shared participant (the same clinic) does not join two stories' events either.
  const EventRecord a4 = rehab("a4", "Promises", "The actress checked into Promises, a judge was told", lohan);
  const EventRecord a5 = rehab("a5", "Lindsay Lohan", "Lindsay Lohan checked into rehab on the judge's order", lohan);
  EXPECT_EQ(EventsOf({a1, a2, a4, a5}), 2u);
}

TEST(TimelineMergeTest, UndatedEventsSplitByTheOrderOfMentionsAreJoined) {
  // Three mentions of one death, none sharing a participant, all alike: one event whatever order
  // they come in.
  std::vector<EventRecord> records = {
      Mention("a1", "die", "Bettie Page", "Bettie Page, the pin-up model of the 1950s, died in Los Angeles"),
      Mention("a2", "die", "Los Angeles", "The 1950s pin-up model died Thursday in a Los Angeles hospital"),
      Mention("a3", "die", "Page", "Page, the pin-up model, died in a Los Angeles hospital at 85")};
  EXPECT_EQ(EventsOf(records), 1u);
  std::reverse(records.begin(), records.end());
  EXPECT_EQ(EventsOf(records), 1u);
}

TEST(TimelineMergeTest, MentionsWithNoParticipantOrDateStayOffTheTimelineUnlessAsked) {
  EventRecord quake;
  quake.article.id = "a1";
  quake.event.id = "a1:e0";
  quake.event.type = "disaster";
  quake.event.lemma = "earthquake";
  quake.sentence_text = "The quake destroyed dozens of homes";
  EXPECT_EQ(BuildTimeline({quake}).events.size(), 0u);
  TimelineOptions options;
  options.include_unanchored = true;
  EXPECT_EQ(BuildTimeline({quake}, options).events.size(), 1u);
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

const TimeExpression kMarch2026 = Date("2026-03", Granularity::kMonth, "2026-03-01", "2026-04-01");

TEST(TimelineSourcesTest, OneOutletWrittenTwoWaysIsOneIndependentSource) {
  const std::vector<Participant> crash = {{"d:boeing", "Boeing", "party"}};
  Timeline t = BuildTimeline({Rec("a1", "accident", crash, &kMarch2026, {}, "Daily Post", "Financial Times"),
                              Rec("a2", "accident", crash, &kMarch2026, {}, "Evening Star", "FT")});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].primary_sources, std::vector<std::string>{"Financial Times"});
}

TEST(TimelineSourcesTest, AnArticleCreditingTheEventToAnOutletRelaysItInItsOtherMentions) {
  // A headline states the event; the body says "..., the AP reported": both relay the AP.
  const std::vector<Participant> strike = {{"d:union", "Union", "party"}};
  Timeline t = BuildTimeline({Rec("a1", "strike", strike, &kMarch2026, {}, "Daily Post"),
                              Rec("a1", "strike", strike, &kMarch2026, {}, "Daily Post", "AP"),
                              Rec("a2", "strike", strike, &kMarch2026, {}, "Evening Star", "AP")});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].primary_sources, std::vector<std::string>{"AP"});
  // An article crediting two outlets credits neither with its unattributed mention.
  t = BuildTimeline({Rec("a1", "strike", strike, &kMarch2026, {}, "Daily Post"),
                     Rec("a1", "strike", strike, &kMarch2026, {}, "Daily Post", "AP"),
                     Rec("a1", "strike", strike, &kMarch2026, {}, "Daily Post", "Reuters")});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].primary_sources, (std::vector<std::string>{"Daily Post", "AP", "Reuters"}));
}

TEST(TimelineEntitiesTest, AnAcronymInOneArticleIsTheNameItAbbreviatesInAnother) {
  // ECB+-style coverage: one outlet writes "NTSB", another the full name; each article resolves
  // only its own aliases.
  const std::vector<Participant> full = {{"d:national-transportation-safety-board", "National Transportation Safety Board", "agent"}};
  const std::vector<Participant> acronym = {{"d:ntsb", "NTSB", "agent"}};
  Timeline t = BuildTimeline({Rec("a1", "investigation", full, &kMarch2026, {}, "Daily Post"),
                              Rec("a2", "investigation", acronym, &kMarch2026, {}, "Evening Star")});
  ASSERT_EQ(t.events.size(), 1u);
  ASSERT_EQ(t.events[0].participants.size(), 1u);
  EXPECT_EQ(t.events[0].participants[0].name, "National Transportation Safety Board");
  // Two names with those initials: the acronym is left alone.
  const std::vector<Participant> other = {{"d:national-teachers-support-board", "National Teachers Support Board", "agent"}};
  t = BuildTimeline({Rec("a1", "investigation", full, &kMarch2026, {}, "Daily Post"),
                     Rec("a3", "investigation", other, &kMarch2026, {}, "Gazette"),
                     Rec("a2", "investigation", acronym, &kMarch2026, {}, "Evening Star")});
  bool acronym_kept = false;
  for (const TimelineEvent& e : t.events) {
    for (const Participant& p : e.participants) acronym_kept = acronym_kept || p.entity_id == "d:ntsb";
  }
  EXPECT_TRUE(acronym_kept);
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

TEST(TimelineSourcesTest, UnnamedReportsCountForNoSourceOfTheirOwn) {
  // "According to reports, ..." relays someone the article does not name: no independent source.
  // With one outlet named for the event elsewhere, it counts for that one.
  const std::vector<Participant> strike = {{"d:union", "Union", "party"}};
  EventRecord relayed = Rec("a2", "strike", strike, &kMarch2026, {}, "Evening Star");
  relayed.event.unnamed_report = true;
  Timeline t = BuildTimeline({Rec("a1", "strike", strike, &kMarch2026, {}, "Daily Post", "AP"), relayed});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].primary_sources, std::vector<std::string>{"AP"});
  EXPECT_EQ(t.events[0].mentions[1].primary_source, "AP");
  // Two outlets named: which one it relays is unknown, so it counts for none.
  t = BuildTimeline({Rec("a1", "strike", strike, &kMarch2026, {}, "Daily Post", "AP"),
                     Rec("a3", "strike", strike, &kMarch2026, {}, "Gazette", "Reuters"), relayed});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].primary_sources, (std::vector<std::string>{"AP", "Reuters"}));
}

TEST(TimelineSourcesTest, AMentionOnUnnamedSourcesRestatesTheOneNamedReport) {
  // One article relays the Globe; another says "sources suggest the mayor may resign" (no source
  // named); a third states it as its own reporting.
  const std::vector<Participant> mayor = {{"d:mayor", "Mayor", "agent"}};
  EventRecord hedged = Rec("a2", "resignation", mayor, &kMarch2026, {}, "");
  hedged.event.hedged = true;
  hedged.event.unnamed_sources = true;
  Timeline t = BuildTimeline({Rec("a1", "resignation", mayor, &kMarch2026, {}, "Daily Post", "Boston Globe"), hedged});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].primary_sources, std::vector<std::string>{"Boston Globe"});
  t = BuildTimeline({Rec("a1", "resignation", mayor, &kMarch2026, {}, "Daily Post", "Boston Globe"), hedged,
                     Rec("a3", "resignation", mayor, &kMarch2026, {}, "Evening Star")});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].primary_sources, (std::vector<std::string>{"Boston Globe", "Evening Star"}));
  // Merely hedged ("may"), not put on anyone's word: its own article's reporting.
  hedged.event.unnamed_sources = false;
  t = BuildTimeline({Rec("a1", "resignation", mayor, &kMarch2026, {}, "Daily Post", "Boston Globe"), hedged});
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].primary_sources, (std::vector<std::string>{"Boston Globe", "article a2"}));
}

}  // namespace
}  // namespace newsline
