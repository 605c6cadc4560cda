// Presentation helpers shared by the tool and research apps: date labels at their true
// granularity, and the self-contained HTML timeline page.
//
// Thread-safety: pure functions.
#ifndef NEWSLINE_REPORT_H_
#define NEWSLINE_REPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsline/analysis.h"
#include "newsline/dates.h"
#include "newsline/status.h"

namespace newsline {

// A date as a person writes it, at its true granularity: "2019", "the 1990s", "Q1 2026",
// "H2 2025", "summer 2025", "Oct 2025", "late Feb 2026", "week 7 of 2026", "18 Mar 2026";
// unresolved expressions show their text in quotes; durations show their text.
std::string DateLabel(const TimeExpression& t);

// The timeline as JSON, the stable form `newsline timeline --json` prints and docs/cli.md
// documents: {"events": [{"id", "type", "date": {"value", "label", "granularity", "begin", "end",
// "mod", "text"} | null, "summary", "participants": [{"id", "name", "role"}], "amounts": [{"text",
// "value", "unit", "vague"}], "outlets", "primary_sources", "disagreements", "mentions":
// [{"event", "article", "outlet", "primary_source", "date", "summary", "sentence", "hedged"}]}]}.
std::string TimelineToJson(const Timeline& timeline, int indent = 2);

// One article and its annotations as TEI P5 XML (`newsline export --tei`): the header with
// title, author, outlet, publication date (or its estimate, cert="low"), URL, id and path; the
// body as <p> per paragraph and <s xml:id="sN"> per sentence; and a <standOff> with the entities
// (<listPerson>, <listOrg>, <listPlace>, <listObject>, each with the names it went by), and
// <listAnnotation> of entity mentions, time expressions (<date> with when/from/to), claims
// (speaker, cue, polarity, hedges, topic, stance, primary source as <note>s) and facts
// (<measure>), and a <listEvent> (type, date, participants with roles, factuality). Every
// annotation points into the text with TEI's "#string-range(sN,offset,length)", offsets in
// characters within the sentence.
std::string ArticleToTei(const Article& article, const Annotations& annotations);

// The comparison as JSON (`newsline compare --json`): {"topics": [{"topic", "label", "relation",
// "reason", "value_topic", "sides": [{"stance", "value", "speakers", "outlets", "articles",
// "primary_sources", "primary_source_count", "claims": [{"id", "article", "outlet", "speaker",
// "text", "sentence", "hedged", "hedges", "primary_source"}]}]}], "facts": [FACT SLOT]}, where a
// FACT SLOT is {"key", "attribute", "label", "unit", "subjects": [{"id", "name", "role"}], "date",
// "relation", "reason", "readings": [{"value", "low", "high" (null: no bound), "frame", "articles",
// "outlets", "primary_sources", "primary_source_count", "facts": [{"id", "article", "outlet",
// "article_label", "text", "sentence", "speaker", "primary_source", "hedged", "frame"}]}]}; and
// "quotes": [{"speaker", "changes_meaning", "difference", "variants": [{"text", "words", "differs",
// "articles", "outlets", "claims"}]}].
std::string ComparisonToJson(const Comparison& comparison, int indent = 2);
// Fact slots alone: {"slots": [FACT SLOT]}.
std::string FactComparisonToJson(const FactComparison& comparison, int indent = 2);

// Articles as JSON (`newsline articles --json`): {"articles": [{"id", "title", "outlet",
// "published": {"kind": "exact"|"estimated"|"unknown", "begin", "end" (exclusive; absent when
// unknown), "origin", "raw"?, "evidence"?}, "path", "url", "format", "locator"?}]}. "published"
// has the shape the index stores (docs/index-schema.md).
std::string ArticlesToJson(const std::vector<Article>& articles, int indent = 2);

// Claim records as JSON (`newsline claims --json`, the Python module's `claims()`): {"claims":
// [{"id", "article", "outlet", "speaker", "speaker_id", "speaker_unnamed", "speaker_from", "cue",
// "topic", "topic_label", "stance", "negated", "hedged", "hedges", "primary_source", "content"
// (the content's text), "text" (the sentence), "rule"}]}.
std::string ClaimsToJson(const std::vector<ClaimRecord>& claims, int indent = 2);
// Fact records as JSON (`newsline facts --json`, `facts()`): {"facts": [{"id", "article",
// "outlet", "attribute", "attribute_label", "label", "value": {"text", "kind", "value", "unit",
// "low", "high" (null: no bound), "qualifier", "counted"}, "subjects": [{"id", "name", "role"}],
// "frame", "direction", "date" (TIMEX3 value or null), "speaker", "primary_source", "hedged",
// "hypothetical", "text" (the sentence), "rule"}]}.
std::string FactsToJson(const std::vector<FactRecord>& facts, int indent = 2);

struct TimelinePageOptions {
  // The page's heading. Default: "newsline timeline".
  std::string title = "newsline timeline";
  // A line under the heading (the query, the database). Default: "".
  std::string subtitle;
  // Attention over time, drawn as bars above the timeline (CountVolume; the "undated" bucket is
  // counted in the caption, not drawn), and what it counts ("articles per week"). Default: none.
  std::vector<VolumeBucket> volume;
  std::string volume_caption;
};

// Renders a timeline, given as the JSON that `newsline timeline --json` prints (see docs/cli.md),
// into one self-contained HTML page: no network, no external scripts. The page draws the events
// on a time axis with each event's span at its granularity, marks events whose mentions disagree,
// and shows an event's sources and sentences when it is clicked.
// Returns InvalidArgument when the JSON is not a timeline.
Result<std::string> TimelineHtml(std::string_view timeline_json, const TimelinePageOptions& options = {});
// The same page for a Timeline built in the program (BuildTimeline): what a research app or the
// tool holds, with no JSON step of its own.
std::string TimelineHtml(const Timeline& timeline, const TimelinePageOptions& options = {});

struct ComparisonPageOptions {
  // The page's heading. Default: "newsline comparison".
  std::string title = "newsline comparison";
  // A line under the heading (the query, the database). Default: "".
  std::string subtitle;
  // Also list topics and figures with one position in one article. Default: false.
  bool include_single = false;
};

// Renders a comparison (CompareClaims, with `facts` from CompareFacts) into one self-contained
// HTML page, no network: claims, figures and quotations where sources disagree first, then where
// they agree; each side with its stance or value, speakers, outlets, independent sources and the
// source sentences (anchored by claim and fact id); a quotation's differing words marked; a filter
// box and a "conflicts only" switch. Every text is escaped.
std::string ComparisonHtml(const Comparison& comparison, const ComparisonPageOptions& options = {});

}  // namespace newsline

#endif  // NEWSLINE_REPORT_H_
