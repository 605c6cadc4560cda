// Analysis at query time: compare claims across sources and merge events across articles.
//
// Both functions are pure: they take decoded records (claims or events plus the id, outlet and
// date of the article each came from — whatever subset a query matched, from any number of
// shards) and return library types, never text. Because nothing is materialized at index time,
// results stay correct when articles are added, replaced or removed.
//
//   auto claims = searcher->Claims(request);               // every claim a query matched
//   newsline::Comparison c = newsline::CompareClaims(*claims);
//   for (const auto& t : c.topics)
//     std::cout << t.label << ": " << newsline::TopicRelationName(t.relation) << "\n";
//
//   newsline::Timeline tl = newsline::BuildTimeline(event_records);
//
// Thread-safety: pure functions; safe to call concurrently.
#ifndef NEWSLINE_ANALYSIS_H_
#define NEWSLINE_ANALYSIS_H_

#include <string>
#include <vector>

#include "newsline/article.h"
#include "newsline/dates.h"
#include "newsline/entities.h"
#include "newsline/extraction.h"
#include "newsline/records.h"

namespace newsline {

// Inputs: the records Searcher::Claims() and Searcher::Events() return (newsline/records.h) — a
// claim or event with the ArticleRef (id, outlet, published, ...) it came from, its sentence and,
// for claims, the content text. Programs without an index fill them from Extractor output.

// ---------------------------------------------------------------------------------------------
// Comparing facts: the figures sources state, slotted by what they measure.
//
// A slot holds the facts about one attribute of the same subjects at compatible times, in one
// unit ("Amazon's investment in OpenAI", USD). Facts with no subject join the one slot of their
// attribute they fit, or stand apart when several would fit. Within a slot, facts whose intervals
// agree (with the rounding a scale word implies: "$4bn" and "about $4 billion") form one
// reading; readings that cannot both be true are a conflict; readings that differ but carry
// different frames ("pre-money" / "post-money", "upfront" / "total") are reconciled.

enum class FactRelation {
  kConflict,    // readings that cannot both be true, from different articles
  kReconciled,  // different figures explained by their frames
  kOverlap,     // one reading stated by several articles
  kSingle,      // one reading, one article
};
const char* FactRelationName(FactRelation relation);  // "conflict", "reconciled", "overlap", "single"

struct FactRef {
  std::string id;
  std::string article;
  std::string outlet;
  std::string article_label;
  std::string text;       // the figure as written, with its qualifier ("more than 300")
  std::string sentence;
  std::string speaker;
  std::string primary_source;  // the independent source this fact counts for
  bool hedged = false;
  double low = 0, high = 0;    // the interval, with rounding tolerance
  std::string frame;
};

// Facts of a slot whose intervals agree.
struct FactReading {
  std::string value;   // as first written ("$50 billion", "more than 300 people")
  double low = 0;      // the interval all its facts allow
  double high = 0;
  std::string frame;
  std::vector<std::string> articles;
  std::vector<std::string> outlets;
  std::vector<std::string> primary_sources;
  size_t primary_source_count() const { return primary_sources.size(); }
  std::vector<FactRef> facts;
};

struct FactSlot {
  std::string key;        // "investment|USD|agent=amazon|in=openai|2019"
  std::string attribute;  // "investment"
  std::string label;      // "Amazon's investment in OpenAI"
  std::string unit;       // "USD", "%", "" (counts), "W", "days"
  std::vector<Participant> subjects;
  bool has_time = false;
  TimeExpression time;
  FactRelation relation = FactRelation::kSingle;
  std::string reason;     // "different values: $50 billion (3 articles) vs $38 billion (1 article)"
  std::vector<FactReading> readings;  // most stated first
};

struct FactComparison {
  std::vector<FactSlot> slots;  // conflicts, reconciled, overlaps, single; then by articles
};

struct FactComparisonOptions {
  // Only slots of this attribute. Default: "" (all).
  std::string attribute;
  // Keep facts the text states as hypothetical ("could cost up to"). Default: false.
  bool include_hypothetical = false;
  // Keep slots with one reading in one article. Default: true.
  bool include_single = true;
};

FactComparison CompareFacts(const std::vector<FactRecord>& facts, const FactComparisonOptions& options = {});

// The independent source a fact counts for: its primary source, else its outlet, else its article.
std::string IndependentSource(const FactRecord& record);

// ---------------------------------------------------------------------------------------------
// Comparing claims.

enum class TopicRelation {
  kConflict,  // opposite stances by different speakers, or different values for one quantity
  kOverlap,   // one position found in several articles
  kSingle,    // one position, one article
};
const char* TopicRelationName(TopicRelation relation);  // "conflict", "overlap", "single"

// One claim as shown inside a side.
struct ClaimRef {
  std::string id;
  std::string article;
  std::string outlet;
  std::string article_label;  // the outlet, else the title or file name (ArticleLabel)
  std::string speaker;
  std::string text;  // the content (or the sentence when no content text was given)
  std::string sentence;
  bool hedged = false;
  std::vector<std::string> hedges;
  std::string primary_source;  // the independent source this claim counts for
};

// One position on a topic.
struct ComparisonSide {
  std::string stance;  // "asserts" / "denies"; for value topics also "asserts"
  std::string value;   // value topics: the quantity as first written ("$50 billion"); else ""
  std::vector<std::string> speakers;         // distinct, in first-seen order
  std::vector<std::string> outlets;          // distinct known outlets
  std::vector<std::string> articles;         // distinct article ids
  std::vector<std::string> primary_sources;  // distinct independent sources
  size_t primary_source_count() const { return primary_sources.size(); }
  std::vector<ClaimRef> claims;
};

struct TopicComparison {
  std::string topic;
  std::string label;
  bool value_topic = false;
  TopicRelation relation = TopicRelation::kSingle;
  std::string reason;  // why it is a conflict/overlap, e.g. "opposite stances: Microsoft vs OpenAI"
  std::vector<ComparisonSide> sides;
};

// One wording of a quotation, and where it is printed.
struct QuoteVariant {
  std::string text;                   // as printed in the first article carrying it
  std::vector<std::string> words;     // its words as printed (punctuation dropped)
  std::vector<bool> differs;          // per word: not in the most printed wording
  std::vector<std::string> articles;  // distinct article ids
  std::vector<std::string> outlets;   // distinct known outlets
  std::vector<std::string> claims;    // ids of the claims whose sentence quotes it
};

// One quotation printed by several articles, possibly in different words ("we will not back
// down" / "we won't back down"); a shorter excerpt of it counts as the same quotation.
struct QuoteComparison {
  std::string speaker;                 // the speaker of its first claim
  std::vector<QuoteVariant> variants;  // the most printed wording first
  // A wording conflict: the variants differ in a content word or a negation, not only in
  // contractions or function words ("who" / "that"); `difference` names the words.
  bool changes_meaning = false;
  std::string difference;  // the words that differ, e.g. "not" added; "fined" vs "charged"
};

struct Comparison {
  std::vector<TopicComparison> topics;  // conflicts first, then overlaps, then single positions
  // Quotations printed by two or more articles (wording conflicts first). CompareClaims fills it
  // from the quoted passages of the claims' sentences.
  std::vector<QuoteComparison> quotes;
  // The figures, when the caller compared facts too (CompareFacts): `newsline compare` shows
  // both. CompareClaims leaves it empty.
  std::vector<FactSlot> facts;
};

struct ComparisonOptions {
  // Only this topic key. Default: "" (every topic).
  std::string topic;
  // Include fallback topics ("t:..." keys no pack names). Default: true.
  bool include_fallback_topics = true;
  // Include claims that only pose the question ("centres on whether ..."). Default: false.
  bool include_questions = false;
  // Claims no pack topic takes are grouped into propositions across articles by what their
  // contents share (entities, content words; docs/analysis.md, "Propositions"): the least
  // average cosine similarity within a proposition. 0 or less keeps the extractor's fallback
  // topics instead.
  double proposition_similarity = 0.25;
};

// Groups claims by topic, splits each topic into sides (stance, or value for value topics),
// counts independent primary sources (claims relaying the same outlet count once; a claim with
// no primary source counts for its own outlet, or its article when the outlet is unknown), and
// classifies each topic as conflict, overlap or single.
Comparison CompareClaims(const std::vector<ClaimRecord>& claims, const ComparisonOptions& options = {});

// The independent source a claim record counts for (see CompareClaims).
std::string IndependentSource(const ClaimRecord& record);

// ---------------------------------------------------------------------------------------------
// Merging events into a timeline.

struct EventMention {
  std::string event_id;
  std::string article_id;
  std::string outlet;
  // The independent source this mention counts for; "" when it relays unnamed reports
  // ("according to reports"), which count for no source.
  std::string primary_source;
  bool has_date = false;
  TimeExpression date;
  std::vector<Participant> participants;
  std::vector<Quantity> amounts;
  std::string summary;
  std::string sentence;
  bool hedged = false;
  Factuality factuality = Factuality::kHappened;
};

struct TimelineEvent {
  std::string id;    // "<type>:<participant ids>:<date value>", stable across runs
  std::string type;
  bool has_date = false;
  TimeExpression date;  // the most precise date the mentions agree on, granularity kept
  std::string summary;
  std::vector<Participant> participants;  // union over mentions, first role seen
  std::vector<Quantity> amounts;          // distinct values over mentions
  std::vector<std::string> outlets;
  std::vector<std::string> primary_sources;
  size_t primary_source_count() const { return primary_sources.size(); }
  // Attributes the mentions disagree on, one line each: "amount: $50 billion (3) vs several
  // $38 billion (1)", "date: 2025-10 vs 2025-11", "participants: role of openai: investee vs investor",
  // "factuality: happened (Wire A) vs negated (Paper B)", "day: ...", "weekday: ...".
  std::vector<std::string> disagreements;
  std::vector<EventMention> mentions;
  // The story its articles tell: the articles given are grouped by how alike they are (two
  // earthquakes brought in together are two stories), numbered from 0 in the order of their first
  // article. The mentions of one event come from one story.
  uint32_t story = 0;
};

struct Timeline {
  std::vector<TimelineEvent> events;  // dated events by date (begin, then end), then undated ones
};

struct TimelineOptions {
  // Keep events that have no date. Default: true (they come last).
  bool include_undated = true;
  // Drop events mentioned only in hedged sentences. Default: false.
  bool drop_hedged_only = false;
  // Keep events none of whose mentions names a participant or a date ("the quake", "died" with
  // no one named): they place nothing on a timeline, but cross-document coreference scores them.
  // Default: false (such mentions still join the events they fit).
  bool include_unanchored = false;
  // How alike two groups of articles must be (mean TF-IDF cosine of their titles, keywords,
  // sentences with events and participants) to tell one story; mentions of one event come from
  // one story. Lower joins more. Default tuned on the ECB+ development topics (docs/analysis.md).
  double story_threshold = 0.06;
};

// Merges event mentions across articles: same type, compatible participants (sharing an entity,
// no conflicting roles) and compatible dates (intervals that overlap). An undated mention joins
// the one dated event it is compatible with, or stays on its own when that is ambiguous.
Timeline BuildTimeline(const std::vector<EventRecord>& events, const TimelineOptions& options = {});

// ---------------------------------------------------------------------------------------------
// Attention over time: how many articles (or events, or claims, by their article) appeared per
// day, ISO week or month, in all or per outlet.

enum class VolumePeriod { kDay, kWeek, kMonth };

// The period of items whose article has no exact publication date.
inline constexpr const char* kUndatedPeriod = "undated";

struct VolumeOptions {
  VolumePeriod period = VolumePeriod::kMonth;
  bool by_outlet = false;  // one bucket per (period, outlet) instead of per period
};

struct VolumeBucket {
  std::string period;  // "2026-03-18", "2026-W12", "2026-03"; kUndatedPeriod when the article has no exact date
  std::string outlet;  // with by_outlet: the outlet ("" when unknown); else ""
  size_t count = 0;
};

// "2026-03-18", "2026-W12" (ISO week) or "2026-03".
std::string PeriodLabel(Day day, VolumePeriod period);

// Counts `items` (one per article, event or claim: its article) by the period of their article's
// publication date, oldest first, "undated" last; within a period by outlet name.
std::vector<VolumeBucket> CountVolume(const std::vector<ArticleRef>& items, const VolumeOptions& options = {});

}  // namespace newsline

#endif  // NEWSLINE_ANALYSIS_H_
