// Resolution of the temporal tagger (see time_resolver.h).
#include "extract/dates/time_resolver.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace newsline {
namespace timex {
namespace {

std::string Format(const char* fmt, int a, int b = 0, int c = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, a, b, c);
  return buf;
}

Day Civil(int y, int m, int d) { return *Day::FromCivil(y, m, d); }

int FloorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Monday of ISO week `week` of ISO year `year`.
Day IsoWeekMonday(int year, int week) {
  Day jan4 = Civil(year, 1, 4);
  return jan4 - (jan4.iso_weekday() - 1) + 7 * (week - 1);
}

// The underspecified value for an expression that needs a reference day it does not have.
std::string Placeholder(const Parsed& p) {
  switch (p.gran) {
    case Granularity::kDay:
      if (p.weekday) return "XXXX-WXX-" + std::to_string(p.weekday);
      if (p.index && p.day) return Format("XXXX-%02d-%02d", p.index, p.day);
      return "XXXX-XX-XX";
    case Granularity::kWeek: return p.weekend ? "XXXX-WXX-WE" : "XXXX-WXX";
    case Granularity::kMonth: return p.index ? Format("XXXX-%02d", p.index) : "XXXX-XX";
    case Granularity::kQuarter: return p.index ? Format("XXXX-Q%d", p.index) : "XXXX-QX";
    case Granularity::kHalf: return p.index ? Format("XXXX-H%d", p.index) : "XXXX-HX";
    case Granularity::kSeason:
      return "XXXX-" + std::string(kSeasonCodes[p.index >= 1 && p.index <= 4 ? p.index : 0]);
    case Granularity::kYear: return "XXXX";
    case Granularity::kDecade: return "XXX";
    case Granularity::kCentury: return "XX";
    case Granularity::kUnknown: break;
  }
  return "XXXX";
}

Day AddUnits(Day d, Unit u, int n) {
  switch (u) {
    case Unit::kHour: return d + n / 24;
    case Unit::kDay: return d + n;
    case Unit::kWeek: case Unit::kWeekend: return d + 7 * n;
    case Unit::kMonth: return d.AddMonths(n);
    case Unit::kQuarter: return d.AddMonths(3 * n);
    case Unit::kYear: return d.AddYears(n);
    case Unit::kDecade: return d.AddYears(10 * n);
    case Unit::kCentury: return d.AddYears(100 * n);
    default: return d;
  }
}

// Chooses among candidate periods the one the direction or tense points to.
// direction: -1 last (entirely before ref), +1 next (starting after ref), 0 by tense.
template <typename Candidate>
const Candidate* Choose(const std::vector<Candidate>& c, Day ref, int direction, Tense tense) {
  const Candidate* best = nullptr;
  if (direction == -1) {
    for (const auto& x : c)
      if (x.interval.end <= ref && (!best || best->interval.begin < x.interval.begin)) best = &x;
    return best;
  }
  if (direction == 1) {
    for (const auto& x : c)
      if (x.interval.begin > ref && (!best || x.interval.begin < best->interval.begin)) best = &x;
    return best;
  }
  if (tense == Tense::kPast) {
    for (const auto& x : c)
      if (x.interval.begin <= ref && (!best || best->interval.begin < x.interval.begin)) best = &x;
    return best;
  }
  if (tense == Tense::kFuture) {
    for (const auto& x : c)
      if (x.interval.end > ref && (!best || x.interval.begin < best->interval.begin)) best = &x;
    return best;
  }
  long best_gap = 1L << 40;
  for (const auto& x : c) {
    // Distance from the reference to the period's start (a period that contains it is at 0).
    long gap = x.interval.Contains(ref) ? 0
               : ref < x.interval.begin ? static_cast<long>(x.interval.begin - ref)
                                        : static_cast<long>(ref - x.interval.begin);
    // Ties go to the past: news mostly reports what happened.
    if (gap < best_gap || (gap == best_gap && best && x.interval.begin < best->interval.begin)) {
      best = &x;
      best_gap = gap;
    }
  }
  return best;
}

void SetPeriod(TimeExpression* t, const Period& period, const Parsed& p) {
  t->value = period.value;
  t->interval = NarrowByMod(period.interval, t->granularity, p.mod);
  t->resolved = true;
  if (!p.day_part.empty()) t->value += "T" + p.day_part;
}

}  // namespace

std::optional<Period> MakePeriod(Granularity g, int year, int index, int day, bool weekend) {
  if (year < 1 || year > 9998) return std::nullopt;
  Period p;
  switch (g) {
    case Granularity::kDay: {
      auto d = Day::FromCivil(year, index, day);
      if (!d) return std::nullopt;
      p.value = d->ToString();
      p.interval = {*d, *d + 1};
      return p;
    }
    case Granularity::kWeek: {
      if (index < 1 || index > 53) return std::nullopt;
      Day monday = IsoWeekMonday(year, index);
      p.value = Format("%04d-W%02d", year, index);
      p.interval = {monday, monday + 7};
      if (weekend) {
        p.value += "-WE";
        p.interval = {monday + 5, monday + 7};
      }
      return p;
    }
    case Granularity::kMonth: {
      if (index < 1 || index > 12) return std::nullopt;
      Day b = Civil(year, index, 1);
      p.value = Format("%04d-%02d", year, index);
      p.interval = {b, b.AddMonths(1)};
      return p;
    }
    case Granularity::kQuarter: {
      if (index < 1 || index > 4) return std::nullopt;
      Day b = Civil(year, 3 * (index - 1) + 1, 1);
      p.value = Format("%04d-Q%d", year, index);
      p.interval = {b, b.AddMonths(3)};
      return p;
    }
    case Granularity::kHalf: {
      if (index < 1 || index > 2) return std::nullopt;
      Day b = Civil(year, 6 * (index - 1) + 1, 1);
      p.value = Format("%04d-H%d", year, index);
      p.interval = {b, b.AddMonths(6)};
      return p;
    }
    case Granularity::kSeason: {
      if (index < 1 || index > 4) return std::nullopt;
      Day b = Civil(year, 3 * index, 1);  // SP Mar, SU Jun, FA Sep, WI Dec (meteorological)
      p.value = Format("%04d-", year) + std::string(kSeasonCodes[index]);
      p.interval = {b, b.AddMonths(3)};
      return p;
    }
    case Granularity::kYear:
      p.value = Format("%04d", year);
      p.interval = {Civil(year, 1, 1), Civil(year + 1, 1, 1)};
      return p;
    case Granularity::kDecade: {
      int start = year - year % 10;
      p.value = Format("%03d", start / 10);
      p.interval = {Civil(start, 1, 1), Civil(start + 10, 1, 1)};
      return p;
    }
    case Granularity::kCentury: {
      int start = year - year % 100;
      p.value = Format("%02d", start / 100);
      p.interval = {Civil(start, 1, 1), Civil(start + 100, 1, 1)};
      return p;
    }
    case Granularity::kUnknown: break;
  }
  return std::nullopt;
}

DayInterval NarrowByMod(DayInterval iv, Granularity g, TimexMod mod) {
  if (mod != TimexMod::kStart && mod != TimexMod::kMid && mod != TimexMod::kEnd) return iv;
  int part = mod == TimexMod::kStart ? 0 : mod == TimexMod::kMid ? 1 : 2;
  switch (g) {
    case Granularity::kDay: return iv;
    case Granularity::kMonth: {
      Day b = iv.begin;
      if (part == 0) return {b, b + 10};
      if (part == 1) return {b + 10, b + 20};
      return {b + 20, iv.end};
    }
    case Granularity::kYear:  // Jan-Apr, May-Aug, Sep-Dec
      return {iv.begin.AddMonths(4 * part), iv.begin.AddMonths(4 * part + 4)};
    case Granularity::kQuarter:
    case Granularity::kSeason:  // one month each
      return {iv.begin.AddMonths(part), iv.begin.AddMonths(part + 1)};
    case Granularity::kHalf:  // two months each
      return {iv.begin.AddMonths(2 * part), iv.begin.AddMonths(2 * part + 2)};
    case Granularity::kDecade: {  // years 0-3, 4-6, 7-9
      static constexpr int kCut[] = {0, 4, 7, 10};
      return {iv.begin.AddYears(kCut[part]), iv.begin.AddYears(kCut[part + 1])};
    }
    case Granularity::kCentury: {
      static constexpr int kCut[] = {0, 33, 67, 100};
      return {iv.begin.AddYears(kCut[part]), iv.begin.AddYears(kCut[part + 1])};
    }
    case Granularity::kWeek:
    case Granularity::kUnknown: {
      int32_t len = iv.length();
      Day a = iv.begin + len * part / 3;
      Day b = iv.begin + len * (part + 1) / 3;
      return b > a ? DayInterval{a, b} : iv;
    }
  }
  return iv;
}

namespace {

// "the next three weeks", "PRESENT_REF": a value as written, with its window around the reference.
void ResolveValue(const Parsed& p, std::optional<Day> ref, TimeExpression* t) {
  t->value = p.value;
  t->relative = p.window > 0 || p.value == "PRESENT_REF" || p.value == "PAST_REF" || p.value == "FUTURE_REF";
  if (p.window > 0 && ref) {
    if (p.window_forward) {
      t->interval = {*ref + 1, AddUnits(*ref + 1, p.unit, p.window)};
    } else {
      t->interval = {AddUnits(*ref, p.unit, -p.window), *ref};
    }
    t->resolved = !t->interval.empty();
  }
}

// The period `p.shift` units from the reference day ("last month", "next year's first half").
std::optional<Period> ShiftedPeriod(const Parsed& p, Day r, Tense tense) {
  switch (p.unit) {
    case Unit::kDay: {
      const Day d = r + p.shift;
      return MakePeriod(Granularity::kDay, d.year(), d.month(), d.day());
    }
    case Unit::kWeek: case Unit::kWeekend: {
      int shift = p.shift;
      // "the weekend" in a past clause on a weekday is the one before; on Sat/Sun it is this one.
      if (p.shift_back_if_past && tense == Tense::kPast && r.iso_weekday() < 6) shift -= 1;
      const Day d = r + 7 * shift;
      return MakePeriod(Granularity::kWeek, d.iso_week_year(), d.iso_week(), 0, p.weekend);
    }
    case Unit::kMonth: {
      const Day d = r.FirstOfMonth().AddMonths(p.shift);
      return MakePeriod(Granularity::kMonth, d.year(), d.month(), 0);
    }
    case Unit::kQuarter: {
      int qi = r.year() * 4 + (r.month() - 1) / 3 + p.shift;
      if (p.shift_back_if_past && tense == Tense::kPast) qi -= 1;
      return MakePeriod(Granularity::kQuarter, FloorDiv(qi, 4), qi - 4 * FloorDiv(qi, 4) + 1, 0);
    }
    case Unit::kYear: {
      const int y = r.year() + p.shift;
      const bool sub_period = p.index > 0 && p.gran != Granularity::kYear;
      return sub_period ? MakePeriod(p.gran, y, p.index, p.day) : MakePeriod(Granularity::kYear, y, 0, 0);
    }
    case Unit::kDecade:
      return MakePeriod(Granularity::kDecade, (FloorDiv(r.year(), 10) + p.shift) * 10, 0, 0);
    case Unit::kCentury:
      return MakePeriod(Granularity::kCentury, (FloorDiv(r.year(), 100) + p.shift) * 100, 0, 0);
    default:
      return std::nullopt;
  }
}

void ResolveShift(const Parsed& p, std::optional<Day> ref, Tense tense, TimeExpression* t) {
  t->relative = true;
  const std::optional<Period> period = ref ? ShiftedPeriod(p, *ref, tense) : std::nullopt;
  if (!period) {
    t->value = Placeholder(p);
    return;
  }
  SetPeriod(t, *period, p);
  const Day r = *ref;
  if (p.clip == Parsed::Clip::kBeforeRef && t->interval.Contains(r) && t->interval.begin < r) {
    t->interval.end = r;
  } else if (p.clip == Parsed::Clip::kAfterRef && t->interval.Contains(r) && r + 1 < t->interval.end) {
    t->interval.begin = r + 1;
  }
}

// Days from the reference to a named weekday: this: the same ISO week; last/next: strictly
// before/after; a past (future) clause: the latest (earliest) such day up to (from) the
// reference; otherwise the nearest, ties past.
int WeekdayOffset(const Parsed& p, Day r, Tense tense) {
  const int back = (r.iso_weekday() - p.weekday + 7) % 7;  // days back to the latest such day <= r
  const int fwd = (p.weekday - r.iso_weekday() + 7) % 7;   // days forward to the earliest >= r
  if (p.direction == 2) return p.weekday - r.iso_weekday();
  if (p.direction == -1) return back == 0 ? -7 : -back;
  if (p.direction == 1) return fwd == 0 ? 7 : fwd;
  if (tense == Tense::kPast) return -back;
  if (tense == Tense::kFuture) return fwd;
  return fwd < back ? fwd : -back;
}

// The year of a period written without one ("in October", "the third quarter") around the
// reference, by direction and tense; nullptr when none fits.
const Period* ChooseYear(const Parsed& p, Day r, Tense tense, const std::vector<Period>& c) {
  const Period* chosen = nullptr;
  const bool quarterish = p.gran == Granularity::kQuarter || p.gran == Granularity::kHalf;
  if (p.direction == 2) {
    for (const auto& x : c)
      if (x.interval.begin.year() == r.year() || (p.gran == Granularity::kSeason && x.interval.Contains(r))) chosen = &x;
    return chosen;
  }
  if (p.direction == 0 && quarterish && !(p.prepositional && tense == Tense::kFuture)) {
    // "the third quarter" is the latest one that has begun: results are reported after the fact.
    return Choose(c, r, 0, Tense::kPast);
  }
  chosen = Choose(c, r, p.direction, tense);
  // A tense-directed choice more than ~10 months away is less likely than the nearest one
  // ("extended to Nov. 20" written on Nov. 2: the verb is past, the date is ahead).
  if (chosen && p.direction == 0 && (tense == Tense::kPast || tense == Tense::kFuture)) {
    int32_t gap = chosen->interval.begin - r;
    if (gap < 0) gap = -gap;
    if (gap > 300) chosen = Choose(c, r, 0, Tense::kUnknown);
  }
  return chosen;
}

void ResolveUnderspecified(const Parsed& p, std::optional<Day> ref, Tense tense, TimeExpression* t) {
  t->relative = true;
  if (!ref) {
    t->value = Placeholder(p);
    if (!p.day_part.empty() && p.weekday) t->value += "T" + p.day_part;
    return;
  }
  const Day r = *ref;
  if (p.weekday) {
    const Day d = r + WeekdayOffset(p, r, tense);
    SetPeriod(t, *MakePeriod(Granularity::kDay, d.year(), d.month(), d.day()), p);
    return;
  }
  std::vector<Period> c;
  for (int y = r.year() - 2; y <= r.year() + 2; ++y) {
    if (auto period = MakePeriod(p.gran, y, p.index, p.day)) c.push_back(*period);
  }
  const Period* chosen = ChooseYear(p, r, tense, c);
  if (!chosen) {
    t->value = Placeholder(p);
    return;
  }
  SetPeriod(t, *chosen, p);
}

}  // namespace

TimeExpression Resolve(const Parsed& p, std::optional<Day> ref, Tense tense) {
  TimeExpression t;
  t.type = p.type;
  t.granularity = p.gran;
  t.mod = p.mod;
  t.rule = p.rule;
  t.tense = tense;
  t.freq = p.freq;
  if (!p.day_part.empty()) t.type = TimexType::kTime;
  switch (p.anchor) {
    case Anchor::kValue:
      ResolveValue(p, ref, &t);
      break;
    case Anchor::kAbsolute:
      if (auto period = MakePeriod(p.gran, p.year, p.index, p.day)) {
        SetPeriod(&t, *period, p);
      } else {
        t.value = Placeholder(p);
      }
      break;
    case Anchor::kShift:
      ResolveShift(p, ref, tense, &t);
      break;
    case Anchor::kUnderspecified:
      ResolveUnderspecified(p, ref, tense, &t);
      break;
  }
  return t;
}

}  // namespace timex
}  // namespace newsline
