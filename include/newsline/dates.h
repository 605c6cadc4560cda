// Time expressions: finding them in text and resolving them to calendar intervals.
//
// A TimeExpression keeps its surface text and span, a TIMEX3-style value ("2025-10", "2026-Q1",
// "P8Y", "PRESENT_REF"), its type, its true granularity ("in 2019" is a year, never 2019-01-01),
// a half-open day interval when it can be resolved, and the rule that produced it.
//
// (The tagger/resolver API is declared below the data types.)
#ifndef NEWSLINE_DATES_H_
#define NEWSLINE_DATES_H_

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

enum class TimexMod { kNone, kStart, kMid, kEnd, kApprox, kBefore, kAfter };
const char* TimexModName(TimexMod mod);  // "", "START", "MID", "END", "APPROX", "BEFORE", "AFTER"

struct TimeExpression {
  Span span;         // into the text that was tagged (Article::text when tagging an article)
  std::string text;  // surface text
  TimexType type = TimexType::kDate;
  Granularity granularity = Granularity::kUnknown;
  TimexMod mod = TimexMod::kNone;
  std::string value;      // TIMEX3 value: "2025-10", "2026-W07", "P8Y", "PRESENT_REF", "XXXX-10"
  bool resolved = false;  // true when `interval` is meaningful (a DATE anchored on the calendar)
  DayInterval interval;   // [begin, end), narrowed by `mod` ("late February" -> last third)
  bool relative = false;  // depended on the reference date ("last month", "in October")
  std::string rule;       // the rule that produced it, e.g. "month-name+year"
};

}  // namespace newsline

#endif  // NEWSLINE_DATES_H_
