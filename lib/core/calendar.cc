// Day and DayInterval, on top of Howard Hinnant's date library.
#include "newsline/calendar.h"

#include <date/date.h>
#include <date/iso_week.h>

#include <cstdio>

namespace newsline {
namespace {

date::year_month_day ToYmd(int32_t days) { return date::year_month_day{date::sys_days{date::days{days}}}; }

}  // namespace

std::optional<Day> Day::FromCivil(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < -9999 || year > 9999) return std::nullopt;
  date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                           date::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return Day(date::sys_days{ymd}.time_since_epoch().count());
}

std::optional<Day> Day::Parse(std::string_view text) {
  int y = 0, m = 0, d = 0;
  auto digits = [&](size_t pos, size_t n, int* out) {
    if (pos + n > text.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + (text[i] - '0');
    }
    *out = v;
    return true;
  };
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    if (!digits(0, 4, &y) || !digits(5, 2, &m) || !digits(8, 2, &d)) return std::nullopt;
  } else if (text.size() == 8) {
    if (!digits(0, 4, &y) || !digits(4, 2, &m) || !digits(6, 2, &d)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  return FromCivil(y, m, d);
}

int Day::year() const { return static_cast<int>(ToYmd(days_).year()); }
int Day::month() const { return static_cast<int>(static_cast<unsigned>(ToYmd(days_).month())); }
int Day::day() const { return static_cast<int>(static_cast<unsigned>(ToYmd(days_).day())); }

const char* Day::WeekdayName(int iso_weekday) {
  static const char* const kNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return iso_weekday >= 1 && iso_weekday <= 7 ? kNames[iso_weekday - 1] : "";
}

int Day::iso_weekday() const {
  return static_cast<int>(date::weekday{date::sys_days{date::days{days_}}}.iso_encoding());
}

int Day::iso_week_year() const {
  iso_week::year_weeknum_weekday w{date::sys_days{date::days{days_}}};
  return static_cast<int>(w.year());
}

int Day::iso_week() const {
  iso_week::year_weeknum_weekday w{date::sys_days{date::days{days_}}};
  return static_cast<int>(static_cast<unsigned>(w.weeknum()));
}

std::string Day::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year(), month(), day());
  return buf;
}

std::string Day::ToCompact() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", year(), month(), day());
  return buf;
}

Day Day::AddMonths(int months) const {
  auto ymd = ToYmd(days_);
  auto ym = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
  auto d = ymd.day() > last ? last : ymd.day();
  return Day(date::sys_days{date::year_month_day{ym.year(), ym.month(), d}}.time_since_epoch().count());
}

Day Day::FirstOfMonth() const {
  auto ymd = ToYmd(days_);
  return Day(date::sys_days{date::year_month_day{ymd.year(), ymd.month(), date::day{1}}}.time_since_epoch().count());
}

std::string DayInterval::ToString() const { return "[" + begin.ToString() + ", " + end.ToString() + ")"; }

}  // namespace newsline
