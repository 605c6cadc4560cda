// Events and attributed claims: what happened when, who says what, on whose authority.
//
// Annotations bundles everything extracted from one article. Every event and claim keeps its
// sentence, its spans and the rule that fired, so a researcher can check it against the text.
//
//   newsline::DomainPack pack = newsline::DomainPack::FromFile("corpus/dispute-pack.json");
//   newsline::Extractor extractor(pack);            // compiled once; check ok()
//   if (!extractor.ok()) { std::cerr << extractor.error() << "\n"; return 1; }
//   newsline::Annotations a = extractor.Extract(article);   // from any number of threads
//   for (const newsline::Claim& c : a.claims)
//     std::cout << c.speaker << " " << newsline::StanceName(c.stance) << " " << c.topic << "\n";
//
// (The extractor API is declared below the data types.)
#ifndef NEWSLINE_EXTRACTION_H_
#define NEWSLINE_EXTRACTION_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/article.h"
#include "newsline/calendar.h"
#include "newsline/dates.h"
#include "newsline/domain_pack.h"
#include "newsline/entities.h"
#include "newsline/status.h"

namespace newsline {

// The general roles of an event's participants, every kind of event has them. A type's own rules
// give specific ones instead ("investor", "investee", "plaintiff", "defendant", "announcer",
// "publisher").
namespace roles {
inline constexpr char kAgent[] = "agent";      // who does it ("the FBI arrested ...")
inline constexpr char kPatient[] = "patient";  // who undergoes it ("... arrested John Smith", "Page died")
inline constexpr char kPlace[] = "place";      // where
inline constexpr char kParty[] = "party";      // takes part, how is not told
}  // namespace roles

struct Participant {
  std::string entity_id;
  std::string name;
  std::string role;  // a roles:: name or a type's own ("investor", "plaintiff", ...)
};

// Whether the source says an event happened, from the words around its trigger (modality,
// negation, tense, condition, hedges).
enum class Factuality {
  kHappened,      // asserted as done ("resigned", "was arrested")
  kOngoing,       // in progress ("is negotiating")
  kPlanned,       // expected, scheduled, announced for later ("will launch", "plans to", "is set to")
  kConsidered,    // considered, threatened, weighed ("is weighing a lawsuit", "threatened to sue")
  kNegated,       // denied or negated ("did not resign", "no arrest has been made")
  kHypothetical,  // conditional or modal ("if", "would sue them if", "could")
  kRumoured,      // reported as rumour ("reportedly", "is said to")
};
// "happened", "ongoing", "planned", "considered", "negated", "hypothetical", "rumoured".
const char* FactualityName(Factuality factuality);
bool ParseFactuality(std::string_view name, Factuality* out);

struct Event {
  std::string id;          // stable within the article: "<article id>:e<n>"
  std::string type;        // "investment", "agreement", "announcement", "restructuring", "launch",
                           // "legal_threat", "lawsuit", "talks", "report", "ipo_plan", ...
  uint32_t sentence = 0;   // index into Article::sentences
  Span trigger;            // the trigger word(s)
  std::vector<Participant> participants;
  std::vector<Quantity> amounts;
  // The date: the time expression attached to the trigger's own clause (its granularity kept), or
  // for reporting events and events told in the present the article's publication date — an
  // upper bound (mod kOnOrBefore, "by 18 Mar 2026") when the sentence relays another outlet.
  // `has_date` false when neither exists.
  bool has_date = false;
  TimeExpression date;
  std::string summary;     // short readable line, e.g. "Contoso invests $1 billion in Fabrikam"
  std::string rule;
  // The outlet the sentence relays ("FT reported", "according to the Financial Times"); "" when
  // the article itself is the source.
  std::string primary_source;
  // Relayed from reports the article does not name ("according to reports", "reportedly", with no
  // outlet cited before): no independent source of its own.
  bool unnamed_report = false;
  // Told on the word of sources the article does not name ("sources suggest", "people familiar
  // with the matter said"): the article's own reporting, unless the event's other mentions credit
  // one named report, which it then restates (BuildTimeline).
  bool unnamed_sources = false;
  bool hedged = false;     // "reportedly", "is said to", "may": the event itself is uncertain
  Factuality factuality = Factuality::kHappened;
  std::string factuality_cue;  // the words that decided it ("has not", "is weighing"); "" for kHappened
  // The trigger's head word, lowercased and stemmed ("died" -> "die", "shootings" -> "shoot"):
  // mentions without a shared participant merge only when their lemmas match.
  std::string lemma;
};

// The part of an event that must match for two mentions to be merged: its type and its
// participants with their roles ("investment|investee=openai|investor=microsoft"). The index
// stores it as a facet so a query can fetch merge candidates; the timeline merges on it.
std::string EventMergeKey(const Event& event);

enum class Stance { kAsserts, kDenies };
const char* StanceName(Stance stance);  // "asserts", "denies"

// How a claim's speaker was found.
enum class SpeakerFrom {
  kPhrase,             // the noun phrase at the cue ("the ministry said")
  kUnnamed,            // an unnamed-source phrase ("a person familiar with the talks")
  kDescriptor,         // a pack descriptor of an entity ("the carmaker" for Ford)
  kReport,             // a report or document: its outlet speaks ("the AP reported", "the report says")
  kActiveReport,       // no speaker: the report the article last cited ("... reportedly ...")
  kPronoun,            // a pronoun: the last speaker of its kind ("he", "the agency")
  kPronounUnresolved,  // a pronoun with nothing before it to stand for
  kAntecedent,         // a pronoun: a name seen earlier in the article
  kPlural,             // "they": the plural subject or the organizations just named
  kFrame,              // a pronoun in a framed claim: the framing speaker ("Smith said he ...")
  kSameSentence,       // a pronoun: the speaker named earlier in the sentence ("X told Y ..., and he said")
};
const char* SpeakerFromName(SpeakerFrom from);  // "phrase", "unnamed", ..., "same-sentence"

struct Claim {
  std::string id;          // "<article id>:c<n>"
  uint32_t sentence = 0;
  // Who says it: an entity id where known, and the speaker's surface text; kinds of unnamed
  // speakers are "unnamed" ("unnamed executives", "sources", "a person familiar with").
  std::string speaker_id;
  std::string speaker;
  bool speaker_unnamed = false;
  std::string cue;         // "said", "according to", "reportedly", "is of the view"
  Span cue_span;
  std::string listener;    // whom the speaker told ("told [the paper] that ..."); "" when none
  Span content;            // the claimed content
  bool negated = false;    // polarity: "does not violate", "refutes that"
  bool hedged = false;
  std::vector<std::string> hedges;  // the hedge words found ("reportedly", "purportedly")
  std::string topic;       // normalized key ("breach", "deal_value", ...) or a fallback key
  std::string topic_label; // readable label
  Stance stance = Stance::kAsserts;
  SpeakerFrom speaker_from = SpeakerFrom::kPhrase;
  std::vector<Quantity> quantities;
  // The attribution chain: the outlet the claim is relayed from ("Financial Times"), or empty
  // when the article is itself the primary source.
  std::string primary_source;
  std::string primary_source_cue;  // "according to a report in", "first reported by"
  std::string rule;
  std::string primary_source_id;   // the pack's outlet id of primary_source, "" when unknown
  // The content is an open question ("centres on whether the merger needs approval")
  // rather than a position: the claim has a topic but takes no side on it.
  bool question = false;
  // The topic is a value topic ("deal_value"): the claim's side is the quantity it states.
  bool value_topic = false;
  // The entity ids its content names (outlets excepted), in order of first mention; the
  // comparison groups claims of different articles about the same thing partly by them.
  std::vector<std::string> entities;
};

// A figure a source states about something: "Amazon will invest $50 billion in OpenAI" is a
// fact with attribute "investment", subjects Amazon (agent) and OpenAI (in), value $50 billion.
// Facts about the same attribute of the same subjects at compatible times are compared across
// articles (CompareFacts in newsline/analysis.h).
struct Fact {
  std::string id;          // "<article id>:f<n>"
  uint32_t sentence = 0;
  Quantity value;          // the figure: value, unit, interval (low/high), precision, qualifier
  // What the figure measures, from a general lexicon of attribute words (docs/analysis.md):
  // "valuation", "investment", "death_toll", "price_move", "magnitude", ..., or "count:<noun>"
  // for a count of things no attribute word names ("count:cable"), "share:<noun>" for a
  // percentage of something, "amount" for money nothing names.
  std::string attribute;
  std::string attribute_label;  // readable: "death toll", "number of cables"
  Span cue;                     // the word(s) that named the attribute; empty when none
  // The entities it is about, each with a role: "agent" (the subject before the figure: who
  // invests, who is fined), or the preposition that links it after the figure ("in", "from",
  // "of", "for", "by", "against", ...); "possessor" for "Amazon's $50 billion".
  std::vector<Participant> subjects;
  // A frame that makes two different figures compatible: "pre-money", "post-money", "upfront",
  // "initial", "conditional", "total", "additional", "per year", "per share", ...; "" when none.
  std::string frame;
  int direction = 0;       // price moves: -1 fell, +1 rose; the interval is signed accordingly
  bool has_time = false;   // when it holds: a date in the figure's clause ("in 2019")
  TimeExpression time;
  std::string speaker;          // who states it, when a claim of the sentence carries it
  std::string primary_source;   // the outlet it is relayed from, "" when the article is the source
  bool hedged = false;          // the claim that carries it is hedged ("reportedly", unnamed sources)
  bool hypothetical = false;    // a modal or condition governs it ("could cost up to $2 billion")
  // The attribute says too little to compare the figure with others unless it has subjects
  // ("amount", "percentage", "count:people").
  bool generic = false;
  std::string label;            // the slot in words: "Amazon's investment in OpenAI"
  std::string rule;
};

// Everything extracted from one article.
struct Annotations {
  std::string article_id;
  std::vector<TimeExpression> times;
  std::vector<EntityMention> entities;
  std::vector<Quantity> quantities;
  std::vector<Event> events;
  std::vector<Claim> claims;
  std::vector<Fact> facts;
  // The date relative expressions were resolved against and
  // reporting events are dated by — the article's own date, or an estimate (kEstimated, with
  // its evidence) for an undated article; kUnknown when neither exists.
  PublicationDate reference;
  // The article's most frequent content words (lower-cased, stop words left out; at most
  // kArticleKeywords, most frequent first): what the article is about, so that BuildTimeline can
  // tell two stories' events of one kind apart (stored with each event; EventRecord).
  std::vector<std::string> keywords;
};

// The date an article is filed under: its own publication date, or for an undated article the
// extractor's estimate (`annotations.reference`, kind kEstimated, with its evidence) so that it
// and its events and claims can be found by date; kUnknown when neither exists. The one rule for
// both the index and the pipeline.
PublicationDate PublishedOrEstimate(const Article& article, const Annotations& annotations);

// How many keywords Extract keeps per article.
constexpr size_t kArticleKeywords = 20;

// ---------------------------------------------------------------------------------------------
// The per-article extractor.

struct ExtractorOptions {
  // Tag and resolve time expressions (TemporalTagger). Default: true.
  bool tag_dates = true;
  // Find entity mentions (EntityMatcher over the pack, plus discovery). Default: true.
  bool match_entities = true;
  // Find quantities (money, power, durations, counts). Default: true.
  bool extract_quantities = true;
  // Read facts (the figures sentences state, with attribute, subjects, frame). Default: true.
  bool extract_facts = true;
  // For an article without a publication date, estimate one from its text
  // (EstimatePublicationDate) and resolve relative dates against it. Default: true.
  bool estimate_undated = true;
  // A reference day that overrides the article's date for resolving relative expressions.
  // Default: none.
  std::optional<Day> reference;
};

// Runs the whole per-article extraction: dates, entities, quantities, events and claims, each
// with the rule that produced it. Built once from an optional domain pack whose "lexicon",
// "event_triggers" and "topics" sections extend the built-in rules (see docs/extraction.md).
// Thread-safety: immutable after construction; Extract() may be called concurrently.
class Extractor {
 public:
  // Built-in rules only, no pack (entities by discovery).
  Extractor();
  explicit Extractor(const DomainPack& pack, const ExtractorOptions& options = ExtractorOptions());
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // False when the pack failed to load or one of its extraction sections is malformed; error()
  // then names the JSON path ("topics[2].asserts: expected an array of strings"). An extractor
  // that is not ok() still runs with the built-in rules.
  bool ok() const;
  const std::string& error() const;
  Status status() const;

  // Everything extracted from one article. Event and claim ids are "<article id>:e<n>" and
  // "<article id>:c<n>".
  Annotations Extract(const Article& article) const;

  // Events, claims and (when `facts` is given) facts only, over mentions the caller already has
  // (spans into article.text). `reference` dates reporting events; pass article.published when
  // nothing better is known.
  void ExtractEventsAndClaims(const Article& article, const std::vector<TimeExpression>& times,
                              const std::vector<EntityMention>& entities,
                              const std::vector<Quantity>& quantities, const PublicationDate& reference,
                              std::vector<Event>* events, std::vector<Claim>* claims,
                              std::vector<Fact>* facts = nullptr) const;

  // Annotations::keywords of an article (Extract fills them when it finds events).
  std::vector<std::string> Keywords(const Article& article) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsline

#endif  // NEWSLINE_EXTRACTION_H_
