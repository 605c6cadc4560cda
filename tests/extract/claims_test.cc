// Table-driven tests of the claim rules: cue, speaker, topic, stance, hedges, primary source.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsline/domain_pack.h"
#include "newsline/extraction.h"

namespace newsline {
namespace {

const DomainPack& Pack() {
  static const DomainPack* pack = new DomainPack(DomainPack::FromFile(NEWSLINE_SOURCE_DIR "/corpus/dispute-pack.json"));
  return *pack;
}

const Extractor& TheExtractor() {
  static const Extractor* ex = [] {
    ExtractorOptions o;
    o.reference = Day::Parse("2026-03-18");
    return new Extractor(Pack(), o);
  }();
  return *ex;
}

Article MakeArticle(const std::string& text) {
  Article a;
  a.id = "t";
  a.text = text;
  return a;
}

// "speaker_id|cue|topic|stance" plus "|Q" for a question, "|neg" when negated,
// "|h=<hedges>" when hedged and "|ps=<primary source>" when relayed.
std::string Compact(const Claim& c) {
  std::string s = (c.speaker_id.empty() ? "(" + c.speaker + ")" : c.speaker_id) + "|" + c.cue + "|" + c.topic + "|" +
                  StanceName(c.stance);
  if (c.question) s += "|Q";
  if (c.negated) s += "|neg";
  if (c.hedged) {
    s += "|h=";
    for (size_t k = 0; k < c.hedges.size(); ++k) s += (k ? "," : "") + c.hedges[k];
  }
  if (!c.primary_source.empty()) s += "|ps=" + c.primary_source;
  return s;
}

std::vector<std::string> ClaimsOf(const std::string& text) {
  Annotations a = TheExtractor().Extract(MakeArticle(text));
  std::vector<std::string> out;
  for (const Claim& c : a.claims) out.push_back(Compact(c));
  return out;
}

struct Row {
  const char* text;
  std::vector<std::string> expected;  // every claim, in order
};

TEST(ClaimRulesTest, PackLoads) {
  ASSERT_TRUE(Pack().ok()) << Pack().error();
  ASSERT_TRUE(TheExtractor().ok()) << TheExtractor().error();
}

TEST(ClaimRulesTest, Table) {
  const Row rows[] = {
      {"Microsoft reportedly believes that this could conflict with contractual clauses that require access "
       "to OpenAI's models to flow through Azure.",
       {"microsoft|believes|breach|asserts|h=reportedly,could"}},
      {"OpenAI maintains that this setup does not provide direct API access to its core models and therefore "
       "remains compliant with its agreement with Microsoft.",
       {"openai|maintains|breach|denies|neg", "openai|maintains|stateful_distinction|asserts|neg"}},
      {"OpenAI refutes that its Amazon deal allows backdoor access to its stateless models.",
       {"openai|refutes|breach|denies|neg"}},
      {"Microsoft is weighing legal action against OpenAI and Amazon, FT reported.",
       {"financial-times|reported|legal_action|asserts|ps=Financial Times"}},
      {"Microsoft is raising its voice, and according to the Financial Times, the company is not ruling out "
       "taking legal action against OpenAI.",
       {"financial-times|according to|legal_action|asserts|h=not ruling out|ps=Financial Times"}},
      {"OpenAI CEO Sam Altman is of the view that Microsoft is unlikely to pursue legal action.",
       {"sam-altman|is of the view|legal_action|denies|neg"}},
      {"\"This is a tricky issue,\" said Scott Bickley, advisory fellow at Info-Tech Research Group.",
       {"scott-bickley|said|t:misc|asserts"}},
      {"Unnamed Microsoft execs purportedly consider the AWS arrangement unworkable, and say it breaches their "
       "agreement with the AI darling.",
       {"microsoft|consider|breach|asserts|h=purportedly,unnamed source",
        "microsoft|say|breach|asserts|h=purportedly,unnamed source"}},
      {"Microsoft rejects that distinction and considers that the arrangement breaches its agreement with OpenAI.",
       {"microsoft|rejects|stateful_distinction|denies|neg", "microsoft|considers|breach|asserts"}},
      {"So, the friction centres on whether AWS can offer Frontier without violating the agreement with "
       "Microsoft, the FT report said, citing sources.",
       {"financial-times|said|breach|denies|Q|h=unnamed sources (citing sources)|ps=Financial Times"}},
      {"The three companies are said to be in discussions to resolve the issue.",
       {"(unnamed source)|are said to|t:misc|asserts|h=are said to,unnamed source"}},
      // Frames: the claim inside another's content is the claim; the outer speaker is its source.
      {"The FT said Microsoft executives believe the Amazon arrangement violates the spirit of their agreement.",
       {"microsoft|believe|breach|asserts|h=unnamed source|ps=Financial Times"}},
      {"The report also said OpenAI chief executive Sam Altman is of the view that Microsoft is unlikely to sue.",
       {"sam-altman|is of the view|legal_action|denies|neg"}},
      {"Brennan said he did not believe Microsoft wanted a lawsuit with its most important AI partner.",
       {"(Brennan)|believe|legal_action|denies|neg"}},
      // A parenthetical relay attributes the claim before it; the content stops there.
      {"Sam Altman is of the view that Microsoft is unlikely to pursue legal action, the FT said, partly because "
       "of regulatory probes.",
       {"sam-altman|is of the view|legal_action|denies|neg|ps=Financial Times"}},
      // Appositives and listeners: the named speaker, the content after "told the FT:".
      {"A person familiar with Microsoft's position told the FT: \"We will sue them if they breach it.\"",
       {"microsoft|told|legal_action|asserts|h=unnamed source|ps=Financial Times"}},
      {"\"It is a negotiation,\" Hal Brennan, principal analyst at Quarry Point Research, told The Compute Desk.",
       {"d:hal-brennan|told|t:misc|asserts"}},
      {"Amazon Web Services has told its staff to choose their words with care.", {}},
      // Content ends at the clause: no dangling "and", no trailing "according to".
      {"OpenAI and AWS maintain that it is compliant, and OpenAI denies that the deal opens a backdoor.",
       {"openai|maintain|breach|denies", "openai|denies|breach|denies|neg"}},
      // An elliptical reply takes the topic of the claim it answers, with the opposite stance.
      {"Microsoft says the arrangement crosses a line. OpenAI and Amazon Web Services say it does not.",
       {"microsoft|says|breach|asserts", "openai|say|breach|denies|neg"}},
      // "they" in the same sentence is the plural subject that opens it.
      {"Unnamed Microsoft executives are said to view the setup as unworkable, and they argue that it violates "
       "the agreement.",
       {"microsoft|argue|breach|asserts|h=unnamed source"}},
      // The subject of "reportedly regard" holds the stance.
      {"Unnamed Microsoft executives reportedly regard the AWS arrangement as a violation of the contract.",
       {"microsoft|reportedly|breach|asserts|h=reportedly,unnamed source"}},
      // A change target is not the deal's value.
      {"The companies said the November agreement would grow to $100 billion over eight years.",
       {"(The companies)|said|t:misc|asserts|h=unnamed source"}},
      // Not cues: a noun "dispute", a permission "may say", a relative clause without "that".
      {"Investors in the Microsoft-OpenAI dispute have so far treated it as a negotiation.", {}},
      {"An internal memo tells employees they may say the runtime is powered by OpenAI.", {}},
      {"Some executives complained that Altman reinterpreted terms they believed were settled.",
       {"(Some executives)|complained|t:sam-altman:reinterpreted|asserts|h=unnamed source"}},
      // The speaker is the name, not the verb phrase after it.
      {"OpenAI also felt the need to concurrently announce that nothing changed the terms of its partnership "
       "with Microsoft.",
       {"openai|announce that|t:microsoft:nothing|denies|neg"}},
      // A quote after "said," is the content, not a parenthetical.
      {"According to the FT report, a person familiar with Microsoft's position said, \"We will sue them.\"",
       {"microsoft|said|legal_action|asserts|h=unnamed source|ps=Financial Times"}},
      // Adjuncts and listeners before "that" are not content.
      {"Microsoft said in its statement that the arrangement breaches the agreement with OpenAI.",
       {"microsoft|said|breach|asserts"}},
      {"Microsoft told analysts on Tuesday that it would sue OpenAI.", {"microsoft|told|legal_action|asserts"}},
      {"Microsoft said last December that it would not sue OpenAI.", {"microsoft|said|legal_action|denies|neg"}},
      {"Bell Canada, owned by Bell Canada Enterprises Inc, said it would raise rates.", {"(Bell Canada)|said|t:misc|asserts"}},
      // Acts and figures are not statements: a rejected offer, debt notes, a valuation on no value topic.
      {"The board rejected the offer from Amazon.", {}},
      {"The company sold 100 mln dlrs of notes due 1997.", {}},
      {"The company's shares are valued at 5 mln dlrs.", {}},
      {"The board will meet to consider the proposal from OpenAI.", {}},
      // A title alone is a speaker; "that" before a verb is the subject; a second title with
      // "and" belongs to an inverted speaker; a relative clause's gap makes no claim.
      {"Petrobras will export more fuel, a company spokesman said.", {"(a company spokesman)|said|t:misc|asserts"}},
      {"Microsoft will not sue OpenAI, a company spokesman said.", {"microsoft|said|legal_action|denies|neg"}},
      {"The group has not been asked to clear the request, officials at the U.S. Trade Representative's Office said.",
       {"(officials at the U.S. Trade Representative's Office)|said|t:misc|denies|neg|h=unnamed source"}},
      {"Bickley said that represents a total sale of 600 mln dlrs.", {"scott-bickley|said|t:misc|asserts"}},
      {"\"Our company remains strong,\" said Acme vice president and treasurer Jim Anderson.",
       {"d:jim-anderson|said|t:misc|asserts"}},
      {"It is a question of vocabulary that one analyst believes was drafted with this dispute in mind.", {}},
      // Bodies and documents speak; the subject of a coordinated or participial cue speaks; the
      // name before a relative clause speaks; "per" an outlet relays it.
      {"The ministry said the talks would resume next week.", {"(The ministry)|said|t:misc|asserts"}},
      {"According to court records, Gomes has been jailed three times.",
       {"(court records)|according to|t:misc|asserts"}},
      {"Police pulled him over a few blocks away and say they had to subdue him.", {"(Police)|say|t:misc|asserts"}},
      {"LaSalle refused to comply, saying officers would need to kill him.", {"(LaSalle)|saying|t:misc|asserts"}},
      {"Actor Leonardo DiCaprio, who on Thursday earned a nomination for his work in \"Revolutionary Road,\" said "
       "strike concerns are hitting everyone.",
       {"(Actor Leonardo DiCaprio)|said|t:misc|asserts"}},
      {"The company will close the plant in March, per the Financial Times.",
       {"financial-times|per|t:misc|asserts|ps=Financial Times"}},
      {"He admitted he knew he had hit someone.", {"(He)|admitted|t:misc|asserts"}},
      // Not cues: "per" before a unit, "admitted" to a place, "confirmed" an act.
      {"Shares rose 5 per cent to $12 per share on Monday.", {}},
      {"The driver was admitted to hospital with head injuries.", {}},
      {"The board confirmed the appointment of a new chief executive.", {}},
      // Precision: no attribution cue, no claim.
      {"For several years, Microsoft and OpenAI have been working hand in hand in the field of AI.", {}},
      {"OpenAI has for some time sought to maintain its independence.", {}},
      {"Microsoft may consider legal options.", {}},
      {"The shares are traded over the counter in the United States.", {}},
      {"The dispute centres on Frontier, OpenAI's new enterprise platform for AI agents.", {}},
      {"Microsoft's aggressive legal response is \"standard fare for IP disputes among large tech firms.\"", {}},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(ClaimsOf(row.text), row.expected) << row.text;
  }
}

TEST(ClaimRulesTest, ReportCarriedForwardToLaterSentences) {
  std::vector<std::string> got = ClaimsOf(
      "According to a report in Financial Times, OpenAI's $50 billion partnership with Amazon is the reason. "
      "The report also claims that the companies' lawyers clashed for weeks.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "financial-times|according to|deal_value|asserts|ps=Financial Times");
  EXPECT_NE(got[1].find("|ps=Financial Times"), std::string::npos) << got[1];
}

TEST(ClaimRulesTest, PronounResolvesToPreviousSpeakerAndKeepsItsSource) {
  std::vector<std::string> got = ClaimsOf(
      "According to the FT report, a person familiar with Microsoft's position said, \"We know our contract.\" "
      "He added, \"We will sue them if they breach it.\"");
  ASSERT_EQ(got.size(), 2u);
  // The conditional "if they breach it" does not make the second claim about the breach.
  EXPECT_EQ(got[1], "microsoft|added|legal_action|asserts|h=unnamed source|ps=Financial Times");
}

TEST(ClaimRulesTest, FirstReportedByIsThePrimarySource) {
  std::vector<std::string> got = ClaimsOf(
      "Amazon has reportedly given employees strict guidance, according to an internal memo seen by the FT and "
      "first reported by Business Insider.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0].find("|ps=Business Insider"), std::string::npos) << got[0];
}

TEST(ClaimRulesTest, ValueTopicCarriesTheQuantity) {
  Annotations a = TheExtractor().Extract(MakeArticle(
      "The two companies have concluded a massive agreement, estimated at several $38 billion, aimed at "
      "distributing Frontier, OpenAI's new AI agent platform."));
  ASSERT_EQ(a.claims.size(), 1u);
  const Claim& c = a.claims[0];
  EXPECT_EQ(c.topic, "deal_value");
  EXPECT_TRUE(c.value_topic);
  ASSERT_EQ(c.quantities.size(), 1u);
  EXPECT_EQ(c.quantities[0].text, "several $38 billion");
  EXPECT_TRUE(c.quantities[0].vague);
  EXPECT_TRUE(c.hedged);
}

TEST(ClaimRulesTest, SpansAndRuleExplainTheClaim) {
  const std::string text = "OpenAI says it will soon expand the program to other AI builders.";
  Annotations a = TheExtractor().Extract(MakeArticle(text));
  ASSERT_EQ(a.claims.size(), 1u);
  const Claim& c = a.claims[0];
  EXPECT_EQ(c.id, "t:c0");
  EXPECT_EQ(c.cue_span.Of(text), "says");
  EXPECT_EQ(c.content.Of(text), "it will soon expand the program to other AI builders");
  EXPECT_EQ(c.rule.rfind("cue=verb:says;speaker=phrase", 0), 0u) << c.rule;
}

// A cue that ends its sentence but for an adjunct ("said in its weekly review", "said on
// Tuesday") claims the clause before the speaker, not the adjunct; a clause after the adjunct
// is still the content.
TEST(ClaimRulesTest, AnAdjunctAfterAFinalCueIsNotTheContent) {
  const struct {
    const char* text;
    const char* content;
  } rows[] = {
      {"Rain eased the drought in the north, the weather service said in its weekly report.",
       "Rain eased the drought in the north"},
      {"Exports fell sharply in March, the ministry said on Tuesday.", "Exports fell sharply in March"},
      {"The ministry said on Tuesday that exports fell sharply in March.", "exports fell sharply in March"},
      {"The ministry said in a report the plant would close.", "the plant would close"},
  };
  for (const auto& row : rows) {
    Annotations a = TheExtractor().Extract(MakeArticle(row.text));
    ASSERT_EQ(a.claims.size(), 1u) << row.text;
    EXPECT_EQ(a.claims[0].content.Of(row.text), row.content) << row.text;
  }
}

TEST(ClaimRulesTest, PackSectionErrorsNameTheJsonPath) {
  DomainPack bad = DomainPack::FromJson(R"({"name": "x", "version": "1", "entities": [],
      "topics": [{"id": "a", "asserts": ["x"]}, {"id": "b", "asserts": "y", "kind": "opinion"}]})");
  ASSERT_TRUE(bad.ok()) << bad.error();  // the loader keeps the section verbatim
  Extractor ex(bad);
  EXPECT_FALSE(ex.ok());
  EXPECT_EQ(ex.error(), "topics[1].kind: expected stance|value, got \"opinion\"");
  DomainPack bad_cue = DomainPack::FromJson(R"({"name": "x", "version": "1", "entities": [],
      "lexicon": {"cues": ["insists", {"phrase": "opined", "kind": "shout"}]}})");
  Extractor ex2(bad_cue);
  EXPECT_EQ(ex2.error(), "lexicon.cues[1].kind: expected verb|view|according_to|passive, got \"shout\"");
}

TEST(ClaimRulesTest, PackExtendsTheCueLexicon) {
  DomainPack pack = DomainPack::FromJson(R"({"name": "x", "version": "1", "entities": [],
      "lexicon": {"cues": [{"phrase": "opined", "kind": "verb"}], "hedges": ["perchance"]}})");
  Extractor plain;
  Extractor extended(pack);
  ASSERT_TRUE(extended.ok()) << extended.error();
  const Article a = MakeArticle("The Regulator opined that the merger is perchance harmful.");
  EXPECT_TRUE(plain.Extract(a).claims.empty());
  Annotations got = extended.Extract(a);
  ASSERT_EQ(got.claims.size(), 1u);
  EXPECT_EQ(got.claims[0].cue, "opined");
  EXPECT_EQ(got.claims[0].hedges, std::vector<std::string>{"perchance"});
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// With no pack, an outlet is named by its capitalized run: "The" goes, "New" stays, and a
// capitalized function word opening the sentence ("As per ...") is no name.
TEST(ClaimRulesNoPackTest, OutletNamesKeepTheirWords) {
  const Extractor extractor;
  Article a = MakeArticle("As per the New Yorker report, some executives have privately expressed frustration. "
                          "The two companies are reportedly working on a new system.");
  std::vector<std::string> sources;
  for (const Claim& c : extractor.Extract(a).claims) sources.push_back(c.primary_source);
  EXPECT_EQ(sources, (std::vector<std::string>{"New Yorker", "New Yorker"}));
}

// With no pack, a denial of a noun phrase is no claim (nothing says what the phrase stands for);
// a denial of a clause is. The outlet that speaks is the primary source ("The Contoso Times said",
// "the newspaper said" for the outlet last cited).
TEST(ClaimRulesNoPackTest, DenialsOfThingsAreNoClaimsAndOutletsThatSpeakAreSources) {
  const Extractor extractor;
  Article a = MakeArticle(
      "Jane Doe disputes Fabrikam's partnership. John Roe denies that the partnership is legal. "
      "The Contoso Times said the deal would close in May. The newspaper said the talks had stalled.");
  const Annotations got = extractor.Extract(a);
  std::vector<std::string> out;
  for (const Claim& c : got.claims) out.push_back(c.speaker + "|" + c.cue + "|" + c.primary_source);
  EXPECT_EQ(out, (std::vector<std::string>{"John Roe|denies|", "The Contoso Times|said|Contoso Times",
                                           "The newspaper|said|Contoso Times"}));
}

// The attribution record keeps whom a speaker told apart from what they said: "told X that C"
// gives listener X and content C; a cue that takes no listener leaves it empty.
TEST(ClaimRulesNoPackTest, TheListenerIsRecordedApartFromTheContent) {
  const Extractor extractor;
  Article a = MakeArticle("Jane Doe, an analyst at Fabrikam, told the Contoso Gazette that the merger would fail. "
                          "John Roe said the merger would succeed.");
  const Annotations got = extractor.Extract(a);
  ASSERT_EQ(got.claims.size(), 2u);
  const Claim& told = got.claims[0];
  EXPECT_EQ(told.speaker, "Jane Doe");
  EXPECT_EQ(told.listener, "the Contoso Gazette");
  EXPECT_EQ(a.text.substr(told.content.begin, told.content.end - told.content.begin), "the merger would fail");
  EXPECT_EQ(got.claims[1].speaker, "John Roe");
  EXPECT_EQ(got.claims[1].listener, "");
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

TEST(ClaimRulesTest, ASpeechVerbWhoseObjectSaysNothingMakesNoClaim) {
  // ECB+: "LaCalamita said nothing after officers surrounded him" reports silence; the sheriff's
  // claim around it stays.
  EXPECT_EQ(ClaimsOf("John Smith said nothing after officers surrounded him.").size(), 0u);
  EXPECT_EQ(ClaimsOf("The suspect said little.").size(), 0u);
  // "nothing" opening a clause is a claim.
  EXPECT_EQ(ClaimsOf("John Smith said nothing had changed in the agreement.").size(), 1u);
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

std::vector<std::string> SpeakersFrom(const std::string& text) {
  std::vector<std::string> out;
  for (const Claim& c : TheExtractor().Extract(MakeArticle(text)).claims) out.push_back(SpeakerFromName(c.speaker_from));
  return out;
}

TEST(ClaimRulesTest, HowTheSpeakerWasFoundIsTyped) {
  EXPECT_EQ(SpeakersFrom("The ministry said the plant would close in March."), std::vector<std::string>{"phrase"});
  EXPECT_EQ(SpeakersFrom("People familiar with the matter said the plant would close in March."),
            std::vector<std::string>{"unnamed"});
  EXPECT_EQ(SpeakersFrom("John Smith said the plant would close in March. He said the workers would be paid."),
            (std::vector<std::string>{"phrase", "pronoun"}));
  // The framing claim is not one of its own; the framed one's "he" is its speaker.
  EXPECT_EQ(SpeakersFrom("John Smith said he believed the plant would close in March."),
            std::vector<std::string>{"frame"});
}

}  // namespace
}  // namespace newsline
