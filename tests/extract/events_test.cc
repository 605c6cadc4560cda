// Table-driven tests of the event rules: type, date at its granularity, roles, amounts.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <string>
#include <vector>

#include "newsline/analysis.h"
#include "newsline/domain_pack.h"
#include "newsline/extraction.h"

namespace newsline {
namespace {

const Extractor& TheExtractor() {
  static const Extractor* ex = [] {
    ExtractorOptions o;
    o.reference = Day::Parse("2026-03-18");
    return new Extractor(DomainPack::FromFile(NEWSLINE_SOURCE_DIR "/corpus/dispute-pack.json"), o);
  }();
  return *ex;
}

// "type date/granularity role=id,... amounts"
std::string Compact(const Event& e) {
  std::string s = e.type + " " + (e.has_date ? e.date.value + "/" + GranularityName(e.date.granularity) : "undated");
  for (const Participant& p : e.participants) s += " " + p.role + "=" + p.entity_id;
  for (const Quantity& q : e.amounts) s += " [" + q.text + "]";
  if (e.factuality != Factuality::kHappened) s += std::string(" (") + FactualityName(e.factuality) + ")";
  return s;
}

std::vector<std::string> EventsOf(const std::string& text) {
  Article a;
  a.id = "t";
  a.text = text;
  std::vector<std::string> out;
  for (const Event& e : TheExtractor().Extract(a).events) out.push_back(Compact(e));
  return out;
}

struct Row {
  const char* text;
  std::vector<std::string> expected;
};

TEST(EventRulesTest, Table) {
  const Row rows[] = {
      {"Microsoft invested $1 billion in OpenAI in 2019.",
       {"investment 2019/year investor=microsoft investee=openai [$1 billion]"}},
      {"Microsoft was one of OpenAI's earliest financial backers, investing $1 billion in 2019 and $10 billion in "
       "2023.",
       {"investment 2019/year investor=microsoft investee=openai [$1 billion]",
        "investment 2023/year investor=microsoft investee=openai [$10 billion]"}},
      {"In late February, AWS and OpenAI announced their intentions to co-create a stateful runtime environment.",
       {"announcement 2026-02/month announcer=amazon-web-services announcer=openai",
        "agreement 2026-02/month party=amazon-web-services party=openai"}},
      {"The company gave up that right when it signed off on its restructuring in October.",
       {"restructuring 2025-10/month"}},
      {"This re-affirmation followed yet another affirmation of the \"next chapter\" of the companies' "
       "collaboration in October 2025.",
       {"announcement 2025-10/month", "restructuring 2025-10/month"}},
      {"Microsoft threatens OpenAI and Amazon with legal action amid the cloud wars.",
       {"legal_threat undated plaintiff=microsoft defendant=openai defendant=amazon"}},
      // Precision: lists of names, negated or hypothetical triggers, nouns without support.
      {"Nvidia, Cerebras, Cisco, Accenture, Snowflake, Oracle.", {}},
      {"Frontier is in use at AI-native companies including Abridge, Ambience, Clay, Decagon, Harvey, and Sierra.",
       {}},
      // A negated mention is kept, marked (issue 12): the timeline sets it against one that happened.
      {"Microsoft is unlikely to pursue legal action.", {"legal_threat undated plaintiff=microsoft (negated)"}},
      {"The deal made Azure the backbone of the AI revolution.", {}},
      {"The agreement requires all API calls to be routed through Azure.", {}},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(EventsOf(row.text), row.expected) << row.text;
  }
}

TEST(EventRulesTest, ListAfterIncludingIsNotParticipants) {
  std::vector<std::string> got = EventsOf(
      "OpenAI has struck deals with nearly every big company, including Nvidia, Cerebras, Cisco, Accenture and "
      "Oracle.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], "agreement undated party=openai");
}

// Events of `text` in an article published on 2026-03-18, with the date's mod and the relayed
// outlet: "type date/granularity[/MOD] roles... [amounts] ps=outlet".
std::vector<std::string> EventsOfArticle(const std::string& text) {
  static const Extractor* ex = new Extractor(DomainPack::FromFile(NEWSLINE_SOURCE_DIR "/corpus/dispute-pack.json"));
  Article a;
  a.id = "t";
  a.text = text;
  a.published = PublicationDate::Exact(*Day::Parse("2026-03-18"), FieldOrigin::kHeader);
  std::vector<std::string> out;
  for (const Event& e : ex->Extract(a).events) {
    std::string s = Compact(e);
    if (e.has_date && e.date.mod != TimexMod::kNone) s.insert(s.find(' ', e.type.size() + 1), std::string("/") + TimexModName(e.date.mod));
    out.push_back(s + (e.primary_source.empty() ? "" : " ps=" + e.primary_source));
  }
  return out;
}

// What a sentence relays from an outlet appeared by the article's date, not on it.
TEST(EventRulesTest, RelayedEventsAreBoundedByTheArticleDate) {
  EXPECT_EQ(EventsOfArticle("Microsoft is weighing legal action against OpenAI, FT reported."),
            (std::vector<std::string>{
                "legal_threat 2026-03-18/day/ON_OR_BEFORE plaintiff=microsoft defendant=openai (considered) ps=Financial Times",
                "report 2026-03-18/day/ON_OR_BEFORE publisher=financial-times ps=Financial Times"}));
  // Told in the article's own voice, the present is the article's day.
  EXPECT_EQ(EventsOfArticle("Microsoft is weighing legal action against OpenAI."),
            (std::vector<std::string>{"legal_threat 2026-03-18/day plaintiff=microsoft defendant=openai (considered)"}));
}

TEST(EventRulesTest, ARelayTakesADateOnlyFromItsOwnClause) {
  // "In mid-March" dates the report; "in 2019" (the main clause) does not date the FT's report.
  EXPECT_EQ(EventsOfArticle("In mid-March, the FT reported that Microsoft was weighing legal action against OpenAI."),
            (std::vector<std::string>{
                "legal_threat 2026-03/month/MID plaintiff=microsoft defendant=openai (considered) ps=Financial Times",
                "report 2026-03/month/MID publisher=financial-times ps=Financial Times"}));
  EXPECT_EQ(EventsOfArticle("Microsoft invested $1 billion in OpenAI in 2019, the FT reported."),
            (std::vector<std::string>{
                "investment 2019/year investor=microsoft investee=openai [$1 billion] ps=Financial Times",
                "report 2026-03-18/day/ON_OR_BEFORE publisher=financial-times ps=Financial Times"}));
}

// A date inside a relative clause with its own verb dates that clause, not the trigger.
TEST(EventRulesTest, ADateInAnotherVerbsClauseIsNotTheTriggers) {
  const Row rows[] = {
      // "last month" belongs to "announced" (the partnership), not to the threat; the threat is
      // told in the present, so the article dates it.
      {"Microsoft is considering suing OpenAI over the partnership the two companies announced last month.",
       {"legal_threat 2026-03-18/day plaintiff=microsoft party=openai (considered)",
        "announcement 2026-02/month announcer=microsoft announcer=openai"}},
      {"Microsoft threatened legal action against OpenAI over the deal the companies signed in 2024.",
       {"legal_threat undated plaintiff=microsoft defendant=openai", "agreement 2024/year party=microsoft party=openai"}},
      // A noun trigger's own relative clause dates it.
      {"Microsoft and OpenAI praised the $5 billion deal they signed in 2024.",
       {"agreement 2024/year party=microsoft party=openai [$5 billion]"}},
  };
  for (const Row& row : rows) EXPECT_EQ(EventsOfArticle(row.text), row.expected) << row.text;
}

TEST(EventRulesTest, APlanRestatedIsNotDatedByTheArticle) {
  // "is to invest" restates an arrangement made earlier: undated, so the timeline can merge it
  // with the dated investment instead of adding one on the article's day.
  EXPECT_EQ(EventsOfArticle("AWS is to invest $50 billion in OpenAI."),
            (std::vector<std::string>{"investment undated investor=amazon-web-services investee=openai [$50 billion] (planned)"}));
}

TEST(EventRulesTest, ChangeTargetsAndEarlierAgreementsAreNotThisEventsAmounts) {
  // "to $100 billion" after "expand" is where the deal is going, not its value; an undated
  // "existing ... agreement" is an earlier deal named in passing and would merge into this one.
  EXPECT_EQ(EventsOf("Amazon and OpenAI would expand their existing $38 billion multi-year agreement to "
                     "$100 billion over eight years."),
            std::vector<std::string>{});
  EXPECT_EQ(EventsOf("Amazon signed a $38 billion agreement with OpenAI in November 2025 that would grow to "
                     "$100 billion."),
            (std::vector<std::string>{"agreement 2025-11/month party=amazon party=openai [$38 billion]"}));
}

// The timeline events (type and date value) of `text` in an article published on 2026-03-18.
std::vector<std::string> TimelineOfArticle(const std::string& text) {
  static const Extractor* ex = new Extractor(DomainPack::FromFile(NEWSLINE_SOURCE_DIR "/corpus/dispute-pack.json"));
  Article a;
  a.id = "t";
  a.text = text;
  a.published = PublicationDate::Exact(*Day::Parse("2026-03-18"), FieldOrigin::kHeader);
  std::vector<EventRecord> records;
  for (Event& e : ex->Extract(a).events) {
    EventRecord r;
    r.article.id = a.id;
    r.sentence_text = text;  // one sentence per row
    r.event = std::move(e);
    records.push_back(std::move(r));
  }
  std::vector<std::string> out;
  for (const TimelineEvent& t : BuildTimeline(records).events) out.push_back(t.type + " " + (t.has_date ? t.date.value : "undated"));
  return out;
}

TEST(EventRulesTest, TriggersWithoutParticipantsOrADateStayOffTheTimeline) {
  const Row rows[] = {
      // A mention with no named party is not dated by the article's day for being in the present.
      {"The three companies are in talks before Frontier launches more broadly.", {}},
      {"The talks go on.", {}},
      {"Frontier is in a limited preview with a handful of customers.", {}},
      {"This will be settled at a negotiating table, said an analyst at Quarry Point Research.", {}},
      {"Investors will listen to how it talks about the partnership with OpenAI.", {}},
      // ECB+ 4_1ecb: a death with no one named in its sentence and no date.
      {"The actress died after a long illness.", {}},
      // ... but with a day of its own it is on the timeline ("died": past, the Thursday before).
      {"The actress died Thursday in a Los Angeles hospital.", {"death 2026-03-12"}},
      // Real ones stay: named parties, or a date of their own.
      {"Amazon and OpenAI are in talks with Microsoft.", {"talks 2026-03-18"}},
      {"The product launched in October 2025.", {"launch 2025-10"}},
  };
  for (const Row& row : rows) EXPECT_EQ(TimelineOfArticle(row.text), row.expected) << row.text;
}

TEST(EventRulesTest, UnanchoredMentionsAreKeptForMerging) {
  // No participant and no date: still an event mention (cross-document coreference counts it).
  EXPECT_EQ(EventsOfArticle("The talks go on."), std::vector<std::string>{"talks undated"});
  EXPECT_EQ(EventsOfArticle("The quake destroyed dozens of homes."),
            (std::vector<std::string>{"disaster undated", "damage undated"}));
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// Issue 12: whether each mention says the event happened (real wording from ECB+, MEANTIME and
// the seeds; no pack).
TEST(EventFactualityTest, CuesBeforeTheTrigger) {
  static const Extractor extractor;
  struct {
    const char* text;
    const char* expected;  // "<type>=<factuality>" of the first event
  } rows[] = {
      {"Police arrested 23 pirates off the coast of Aden on Saturday.", "arrest=happened"},
      {"Police have not arrested anyone for the murder of Zurana Horton.", "arrest=negated"},
      {"The board will appoint Regina Benjamin as surgeon general.", "appointment=planned"},
      {"Reports say Microsoft Corp is weighing a lawsuit against OpenAI Inc.", "legal_threat=considered"},
      {"Boeing said it would acquire the supplier if regulators allow.", "acquisition=hypothetical"},
      {"The Red Sox reportedly hired Theo Epstein's deputy.", "appointment=rumoured"},
      {"Unions are protesting against the cuts in Athens.", "protest=ongoing"},
      {"Reports say Microsoft Corp will sue OpenAI Inc if they breach the contract.", "legal_threat=hypothetical"},
  };
  for (const auto& row : rows) {
    Article a;
    a.id = "t";
    a.text = row.text;
    Annotations an = extractor.Extract(a);
    ASSERT_FALSE(an.events.empty()) << row.text;
    EXPECT_EQ(an.events[0].type + "=" + FactualityName(an.events[0].factuality), row.expected)
        << row.text << " (cue: " << an.events[0].factuality_cue << ")";
  }
}

// The timeline sets a mention that says the event happened against one that says it did not.
TEST(EventFactualityTest, TheTimelineFlagsSourcesThatDisagreeOnWhetherItHappened) {
  static const Extractor extractor;
  std::vector<EventRecord> records;
  const char* texts[] = {"Police arrested Brian Nichols in Atlanta on Friday, March 11, 2005.",
                         "Police have not arrested Brian Nichols in Atlanta on Friday, March 11, 2005."};
  const char* outlets[] = {"Wire A", "Paper B"};
  for (int i = 0; i < 2; ++i) {
    Article a;
    a.id = std::string("a") + std::to_string(i);
    a.text = texts[i];
    for (Event& e : extractor.Extract(a).events) {
      EventRecord r;
      r.event = e;
      r.article.id = a.id;
      r.article.outlet = outlets[i];
      records.push_back(r);
    }
  }
  Timeline t = BuildTimeline(records);
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].disagreements,
            (std::vector<std::string>{"factuality: happened (Wire A) vs negated (Paper B)"}));
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// Extraction runs on the indexer's worker threads at once: nothing it shares may keep state
// (a shared Xapian::Stem did, and ASan caught a race in it).
TEST(ExtractorThreadsTest, ExtractorsOnSeveralThreadsGiveTheSameEvents) {
  Article a;
  a.id = "t";
  a.text = "Police arrested two men on Tuesday after the shooting. The company announced it acquired "
           "the startup in March, and the mayor resigned on Friday.";
  a.published = PublicationDate::Exact(*Day::Parse("2026-03-18"), FieldOrigin::kHeader);
  const Extractor extractor;
  const size_t expected = extractor.Extract(a).events.size();
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&] {
      for (int n = 0; n < 300; ++n) {
        if (extractor.Extract(a).events.size() != expected) ++mismatches;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_GT(expected, 0u);
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// Events of `text` extracted with no pack: "type date roles... ps=outlet".
std::vector<std::string> EventsWithoutPack(const std::string& text) {
  static const Extractor* ex = new Extractor();
  Article a;
  a.id = "t";
  a.text = text;
  std::vector<std::string> out;
  for (const Event& e : ex->Extract(a).events) out.push_back(Compact(e) + (e.primary_source.empty() ? "" : " ps=" + e.primary_source));
  return out;
}

TEST(EventRulesTest, WithoutAPackTheRelayedOutletIsTheSourceNotAParticipant) {
  // A seed sentence: the outlet after "according to" relays the threat; it does not threaten.
  const std::vector<std::string> got = EventsWithoutPack(
      "Faced with this situation, Microsoft is raising its voice, and according to the Financial Times, the "
      "company is not ruling out taking legal action against OpenAI and AWS.");
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].find("financial-times"), std::string::npos) << got[0];
  EXPECT_NE(got[0].find("ps=Financial Times"), std::string::npos) << got[0];
  // The outlet before its cue ("..., FT reported") too.
  const std::vector<std::string> before = EventsWithoutPack(
      "Microsoft is weighing legal action against OpenAI and Amazon over a proposed $50 billion partnership, FT "
      "reported.");
  ASSERT_FALSE(before.empty());
  EXPECT_EQ(before[0].find("d:ft"), std::string::npos) << before[0];
  // Participants come from the trigger's clause: the speaker after ", ... said" is not one
  // (MEANTIME 100911, paraphrased).
  const std::vector<std::string> won = EventsWithoutPack(
      "In Washington, Northrop Grumman and EADS defeated Boeing in the contest for the tanker contract, the "
      "United States Air Force said on Friday.");
  ASSERT_FALSE(won.empty());
  EXPECT_NE(won[0].find("d:boeing"), std::string::npos) << won[0];
  EXPECT_EQ(won[0].find("air-force"), std::string::npos) << won[0];
  // Names found with no type take part in business events: "Microsoft invests ... in OpenAI".
  EXPECT_EQ(EventsWithoutPack("In 2019, Microsoft invested $1 billion in OpenAI.")[0],
            "investment 2019/year investor=d:microsoft investee=d:openai [$1 billion]");
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

TEST(EventRulesTest, AReportHedgePassesOnTheReportTheArticleLastCited) {
  // "reportedly" with no outlet in its sentence: the event is the cited paper's report...
  const std::vector<std::string> got = EventsWithoutPack(
      "The Boston Globe reported on Monday that the mayor would resign. The city reportedly hired a new "
      "manager, Jane Doe, on Tuesday.");
  bool hired = false;
  for (const std::string& e : got) {
    if (e.rfind("appointment", 0) != 0) continue;
    hired = true;
    EXPECT_NE(e.find("ps=Boston Globe"), std::string::npos) << e;
  }
  EXPECT_TRUE(hired) << ::testing::PrintToString(got);
  // With no report cited before, "reportedly" relays reports the article does not name.
  {
    Article a;
    a.id = "t";
    a.text = "The city reportedly hired a new manager, Jane Doe, on Tuesday.";
    bool unnamed = false;
    for (const Event& e : Extractor().Extract(a).events) unnamed = unnamed || (e.unnamed_report && e.primary_source.empty());
    EXPECT_TRUE(unnamed);
  }
  // ...but "may" passes on no report.
  for (const std::string& e : EventsWithoutPack("The Boston Globe reported on Monday that the mayor would resign. "
                                                "The city may hire a new manager, Jane Doe, on Tuesday.")) {
    if (e.rfind("appointment", 0) == 0) {
      EXPECT_EQ(e.find("ps="), std::string::npos) << e;
    }
  }
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// The role each participant of the first event of `text` gets, "role=id" in order (no pack).
std::string RolesOf(const std::string& text) {
  const std::vector<std::string> events = EventsWithoutPack(text);
  if (events.empty()) return "(no event)";
  const std::string& e = events[0];
  const size_t space = e.find(' ', e.find(' ') + 1);
  return space == std::string::npos ? "" : e.substr(space + 1);
}

TEST(EventRolesTest, AgentAndPatientFromVoiceAndSide) {
  // Active: the subject does it, the object undergoes it; a place after "in" is neither.
  EXPECT_EQ(RolesOf("The FBI arrested John Smith in Detroit on Monday."),
            "agent=d:fbi patient=d:john-smith party=d:detroit");
  // Passive: the subject undergoes it, "by" names who does it.
  EXPECT_EQ(RolesOf("John Smith was arrested by the FBI in Detroit."),
            "patient=d:john-smith agent=d:fbi party=d:detroit");
  // A reduced relative: "shot by".
  EXPECT_EQ(RolesOf("Officer Jane Doe, shot by John Smith, is recovering."), "patient=d:jane-doe agent=d:john-smith");
  // Unaccusative verbs: the subject undergoes it.
  EXPECT_EQ(RolesOf("Bettie Page died Thursday in Los Angeles."), "patient=d:bettie-page party=d:los-angeles");
  // A noun: "of" the patient, "by" the agent.
  EXPECT_EQ(RolesOf("The killing of John Smith by Jane Doe was condemned."), "patient=d:john-smith agent=d:jane-doe");
  // A name modifying the noun that does it takes no role.
  EXPECT_EQ(RolesOf("A Michigan man shot John Smith on Monday."), "party=d:michigan patient=d:john-smith");
}

}  // namespace
}  // namespace newsline
