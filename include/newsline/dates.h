// Time expressions: finding them in text and resolving them to calendar intervals.
//
// A TimeExpression keeps its surface text and span, a TIMEX3-style value ("2025-10", "2026-Q1",
// "P8Y", "PRESENT_REF"), its type, its true granularity ("in 2019" is a year, never 2019-01-01),
// a half-open day interval when it can be resolved, and the rule that produced it.
//
// Tagging follows RE2's shape: build a TemporalTagger once, check ok(), then call Tag() from any
// number of threads.
//
//   newsline::TemporalTagger tagger;                       // default options: US month/day order
//   newsline::TagContext ctx;
//   ctx.reference = *newsline::Day::Parse("2026-03-18");  // the article's date, if known
//   for (const auto& t : tagger.Tag("In late February, AWS and OpenAI announced ...", ctx))
//     std::cout << newsline::FormatTimeExpression(t) << "\n";
//   // DATE 2026-02 month END [2026-02-21,2026-03-01) rule=mod+month-name
//
// Without a reference date, absolute expressions still resolve; relative ones ("last month",
// "in October", "on Friday") keep their text and an underspecified value ("XXXX-10") and stay
// unresolved. The machine's clock is never used. See docs/temporal.md.
#ifndef NEWSLINE_DATES_H_
#define NEWSLINE_DATES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/article.h"
#include "newsline/calendar.h"

namespace newsline {

enum class TimexType { kDate, kTime, kDuration, kSet };
const char* TimexTypeName(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

enum class Granularity { kUnknown, kDay, kWeek, kMonth, kQuarter, kHalf, kSeason, kYear, kDecade, kCentury };
const char* GranularityName(Granularity g);  // "day", "week", ...

// kOnOrBefore is an upper bound: the expression lies on or before the end of its interval, which
// is the latest period it can be ("by 18 Mar 2026": a report relayed by an article of that day).
enum class TimexMod { kNone, kStart, kMid, kEnd, kApprox, kBefore, kAfter, kOnOrBefore };
// "", "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE" (TIMEX3's names)
const char* TimexModName(TimexMod mod);

// The tense of the clause around an expression; it decides which way an underspecified
// expression ("in October", "on Friday") is resolved from the reference date.
enum class Tense { kUnknown, kPast, kPresent, kFuture };
const char* TenseName(Tense tense);  // "unknown", "past", "present", "future"

struct TimeExpression {
  Span span;         // into the text that was tagged (Article::text when tagging an article)
  std::string text;  // surface text
  TimexType type = TimexType::kDate;
  Granularity granularity = Granularity::kUnknown;
  TimexMod mod = TimexMod::kNone;
  std::string value;      // TIMEX3 value: "2025-10", "2026-W07", "P8Y", "PRESENT_REF", "XXXX-10"
  bool resolved = false;  // true when `interval` is meaningful (a DATE anchored on the calendar)
  // [begin, end), narrowed by `mod` ("late February" -> last third); for kOnOrBefore the latest
  // period the expression can be (it may be any time before).
  DayInterval interval;
  bool relative = false;  // depended on the reference date ("last month", "in October")
  std::string rule;       // the rule that produced it, e.g. "month-name+year"
  Tense tense = Tense::kUnknown;  // the tense of its clause (detected, or the caller's hint)
  std::string freq;               // SET only: TIMEX3 freq, e.g. "2X" for "twice a year"; else ""
  // "Sunday, June 9, 2024": the weekday the text names beside a full date (ISO 1 = Monday .. 7),
  // 0 when none; weekday_mismatch when the resolved day falls on another weekday — an internal
  // inconsistency of the article.
  int stated_weekday = 0;
  bool weekday_mismatch = false;
};

// Compact one-line form used by tests and tools:
//   "DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-name"
//   "DATE 2026-02 month END [2026-02-21,2026-03-01) rule=mod+month-name"
//   "DATE XXXX-10 month unresolved rule=month-name"
//   "DURATION P8Y year rule=duration"
std::string FormatTimeExpression(const TimeExpression& t);

// Options for building a TemporalTagger. Every field has a default.
struct TaggerOptions {
  // How to read all-numeric dates such as 03/04/2026.
  enum class NumericDateOrder { kMonthDay, kDayMonth };
  // Default: kMonthDay (US newswire). Use kDayMonth for British/European sources.
  NumericDateOrder numeric_date_order = NumericDateOrder::kMonthDay;
  // A bare four-digit number is read as a year only inside [min_year, max_year] (and only in a
  // plausible context: "in 2019", "since 2019", "2019's", not "2019 employees").
  // Default: 1900 and 2100.
  int min_year = 1900;
  int max_year = 2100;
  // Tag durations ("over eight years") and sets ("every year"). Default: true for both.
  bool tag_durations = true;
  bool tag_sets = true;
  // Tag vague references to the present/past/future ("now", "recently", "the future").
  // Default: true.
  bool tag_vague_refs = true;
};

// What the caller knows about the text being tagged.
struct TagContext {
  // The article's publication day, anchoring relative expressions. Default: none (relative
  // expressions stay unresolved).
  std::optional<Day> reference;
  // A tense for every expression in the text. Default: kUnknown, meaning detect the tense of
  // each expression's clause from the verbs around it ("announced", "will", "is expected to").
  Tense tense = Tense::kUnknown;
};

// Finds and resolves time expressions. Built once from options, then immutable.
// Thread-safety: after construction every method is const and safe to call concurrently.
class TemporalTagger {
 public:
  explicit TemporalTagger(const TaggerOptions& options = TaggerOptions());
  ~TemporalTagger();
  TemporalTagger(const TemporalTagger&) = delete;
  TemporalTagger& operator=(const TemporalTagger&) = delete;

  // False when the options were invalid (e.g. min_year > max_year); error() says why. A tagger
  // that is not ok() returns no expressions.
  bool ok() const;
  const std::string& error() const;
  const TaggerOptions& options() const;

  // Tags `text` (UTF-8; one sentence or several). Spans are byte offsets into `text`. Sentences
  // are found naively inside `text` to scope tense detection. Results are in text order and do
  // not overlap.
  std::vector<TimeExpression> Tag(std::string_view text, const TagContext& ctx) const;

  // Tags an article sentence by sentence (Article::sentences; a naive split of Article::text when
  // there are none). Spans are relative to Article::text. The reference is `reference` when
  // given, else the article's exact publication day, else none.
  std::vector<TimeExpression> TagArticle(const Article& article,
                                         std::optional<Day> reference = std::nullopt) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The tense of the clause around `span` in `sentence`: the nearest tense-bearing verb group
// ("will", "is expected to" -> future; "announced", "had", "said" -> past; "is", "says" ->
// present); kUnknown when there is none.
Tense DetectTense(std::string_view sentence, Span span);

// Options for estimating the publication date of an undated article.
struct EstimateOptions {
  // The latest day the article can have been published, when the caller knows it (e.g. the day
  // the file was collected). Default: none. Never taken from the machine's clock.
  std::optional<Day> not_after;
};

// Estimates the publication date of an article that carries none, from the expressions tagged
// WITHOUT a reference date (TagArticle(article) on an undated article): absolute dates the
// article reports as past give lower bounds, dates it reports as future give upper bounds, and
// month names written without a year are placed in the publication year (news style writes the
// year only for dates outside the current year). Returns kEstimated with an interval and one
// evidence line per bound when both bounds are supported; otherwise kUnknown, still carrying the
// evidence found (a lone lower bound leaves interval.begin set and interval empty). Never a
// single invented day.
PublicationDate EstimatePublicationDate(const Article& article, const std::vector<TimeExpression>& expressions,
                                        const EstimateOptions& options = EstimateOptions());

}  // namespace newsline

#endif  // NEWSLINE_DATES_H_
