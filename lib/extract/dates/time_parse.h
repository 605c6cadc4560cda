// Internal representation of a time expression between matching and resolution: what the text
// says (a calendar period, a shift from the reference day, a duration...) before it is anchored.
#ifndef NEWSLINE_LIB_EXTRACT_DATES_TIME_PARSE_H_
#define NEWSLINE_LIB_EXTRACT_DATES_TIME_PARSE_H_

#include <string>

#include "extract/dates/time_lexicon.h"
#include "newsline/dates.h"

namespace newsline {
namespace timex {

enum class Anchor {
  kAbsolute,        // the text names the year: "March 3, 2026", "2019", "Q1 2026", "the 1990s"
  kUnderspecified,  // a period without its year, or a weekday: "in October", "on Friday", "Q1"
  kShift,           // so many units from the reference day: "last month", "two weeks ago", "today"
  kValue,           // a fixed value that is not a calendar period: durations, sets, PRESENT_REF
};

struct Parsed {
  TimexType type = TimexType::kDate;
  Anchor anchor = Anchor::kValue;
  Granularity gran = Granularity::kUnknown;
  int year = 0;     // kAbsolute: the year (decade/century: their first year)
  int index = 0;    // month 1..12, quarter 1..4, half 1..2, season 1..4, ISO week
  int day = 0;      // day of month
  int weekday = 0;  // 1..7 for weekday expressions
  int stated_weekday = 0;  // "Friday, March 6, 2026": the weekday named beside a full date
  // Direction forced by the text for underspecified periods and weekdays: -1 "last Friday",
  // +1 "next Friday", 0 decided by tense, 2 "this Friday" (the reference's own week/year).
  int direction = 0;
  Unit unit = Unit::kNone;  // kShift: the unit
  int shift = 0;            // kShift: how many units (negative into the past)
  bool shift_back_if_past = false;
  // A quarter or half used as a time frame ("in Q3"), not as a label ("third-quarter results"):
  // in a future clause it is the next such period rather than the latest one begun.
  bool prepositional = false;  // "the quarter" in a past-tense clause is the previous one
  enum class Clip { kNone, kBeforeRef, kAfterRef } clip = Clip::kNone;  // "earlier this year"
  TimexMod mod = TimexMod::kNone;
  std::string day_part;  // "TMO", "TNI"...: makes a TIME
  bool weekend = false;  // "-WE" week value
  std::string value;     // kValue: the final TIMEX3 value
  std::string freq;      // sets
  // Durations anchored on the reference ("the past two months"): the window [ref - n units, ref)
  // or, with window_forward, [ref + 1, ref + 1 + n units).
  int window = 0;
  bool window_forward = false;
  std::string rule;
};

}  // namespace timex
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_DATES_TIME_PARSE_H_
