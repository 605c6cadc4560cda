// Table-driven tests of the event rules: type, date at its granularity, roles, amounts.
#include <gtest/gtest.h>

#include <string>
#include <vector>

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
       {"restructuring 2025-10/month"}},
      {"Microsoft threatens OpenAI and Amazon with legal action amid the cloud wars.",
       {"legal_threat undated plaintiff=microsoft defendant=openai defendant=amazon"}},
      // Precision: lists of names, negated or hypothetical triggers, nouns without support.
      {"Nvidia, Cerebras, Cisco, Accenture, Snowflake, Oracle.", {}},
      {"Frontier is in use at AI-native companies including Abridge, Ambience, Clay, Decagon, Harvey, and Sierra.",
       {}},
      {"Microsoft is unlikely to pursue legal action.", {}},
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

TEST(EventRulesTest, ReportingEventTakesTheArticleDate) {
  Article a;
  a.id = "t";
  a.text = "Microsoft is weighing legal action against OpenAI, FT reported.";
  a.published = PublicationDate::Exact(*Day::Parse("2026-03-18"), FieldOrigin::kHeader);
  Extractor ex(DomainPack::FromFile(NEWSLINE_SOURCE_DIR "/corpus/dispute-pack.json"));
  Annotations got = ex.Extract(a);
  std::vector<std::string> compact;
  for (const Event& e : got.events) compact.push_back(Compact(e) + " ps=" + e.primary_source);
  EXPECT_EQ(compact, (std::vector<std::string>{
                         "legal_threat 2026-03-18/day plaintiff=microsoft defendant=openai ps=Financial Times",
                         "report 2026-03-18/day publisher=financial-times ps=Financial Times"}));
}

}  // namespace
}  // namespace newsline
