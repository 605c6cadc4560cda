// Resolution of the temporal tagger: turns a Parsed expression into a TIMEX3 value, granularity
// and day interval, given an optional reference day and the tense of its clause.
#ifndef NEWSLINE_LIB_EXTRACT_DATES_TIME_RESOLVER_H_
#define NEWSLINE_LIB_EXTRACT_DATES_TIME_RESOLVER_H_

#include <optional>

#include "extract/dates/time_parse.h"
#include "newsline/calendar.h"
#include "newsline/dates.h"

namespace newsline {
namespace timex {

// Fills everything but span and text. Never looks at the machine's clock: without `reference`,
// expressions that need it stay unresolved with an underspecified value ("XXXX-10").
TimeExpression Resolve(const Parsed& parsed, std::optional<Day> reference, Tense tense);

// The calendar period (value and interval) of granularity `g` in `year` (index: month, quarter,
// half, season or ISO week; day: day of month). nullopt when invalid.
struct Period {
  std::string value;
  DayInterval interval;
};
std::optional<Period> MakePeriod(Granularity g, int year, int index, int day, bool weekend = false);

// Narrows an interval of granularity `g` to the part `mod` names: START/MID/END keep the first,
// middle or last third (months: days 1-10, 11-20, 21-end). Other mods leave it unchanged.
DayInterval NarrowByMod(DayInterval interval, Granularity g, TimexMod mod);

}  // namespace timex
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_DATES_TIME_RESOLVER_H_
