// Calendar days and half-open day intervals: the unit every newsline date is expressed in.
//
// A Day is a proleptic-Gregorian calendar day stored as a count of days since 1970-01-01, so it
// is cheap to compare, subtract and sort. A DayInterval is half-open, [begin, end): "2019" is
// [2019-01-01, 2020-01-01), "late February 2026" is [2026-02-20, 2026-03-01).
//
// Thread-safety: values; safe to share.
#ifndef NEWSLINE_CALENDAR_H_
#define NEWSLINE_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsline {

class Day {
 public:
  // Default: 1970-01-01.
  constexpr Day() = default;
  static constexpr Day FromDaysSinceEpoch(int32_t days) { return Day(days); }
  // Returns nullopt for an invalid date (February 30, month 13, day 0).
  static std::optional<Day> FromCivil(int year, int month, int day);
  // Parses "YYYY-MM-DD" or "YYYYMMDD"; nullopt when malformed or invalid.
  static std::optional<Day> Parse(std::string_view text);

  constexpr int32_t days_since_epoch() const { return days_; }
  int year() const;
  int month() const;  // 1..12
  int day() const;    // 1..31
  // ISO weekday: 1 = Monday ... 7 = Sunday.
  int iso_weekday() const;
  // "Monday" .. "Sunday" for an ISO weekday; "" outside 1..7.
  static const char* WeekdayName(int iso_weekday);
  // ISO 8601 week-numbering year and week (1..53).
  int iso_week_year() const;
  int iso_week() const;

  std::string ToString() const;   // "2026-02-27"
  std::string ToCompact() const;  // "20260227" (sorts as text; Xapian's DateRangeProcessor form)

  // Day arithmetic; AddMonths/AddYears clamp the day to the target month's length.
  constexpr Day operator+(int32_t n) const { return Day(days_ + n); }
  constexpr Day operator-(int32_t n) const { return Day(days_ - n); }
  constexpr int32_t operator-(Day other) const { return days_ - other.days_; }
  Day AddMonths(int months) const;
  Day AddYears(int years) const { return AddMonths(12 * years); }
  Day FirstOfMonth() const;

  constexpr bool operator==(Day o) const { return days_ == o.days_; }
  constexpr bool operator!=(Day o) const { return days_ != o.days_; }
  constexpr bool operator<(Day o) const { return days_ < o.days_; }
  constexpr bool operator<=(Day o) const { return days_ <= o.days_; }
  constexpr bool operator>(Day o) const { return days_ > o.days_; }
  constexpr bool operator>=(Day o) const { return days_ >= o.days_; }

 private:
  constexpr explicit Day(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

// Half-open interval of days [begin, end). REQUIRES: begin <= end.
struct DayInterval {
  Day begin;
  Day end;

  bool empty() const { return !(begin < end); }
  int32_t length() const { return end - begin; }
  bool Contains(Day d) const { return begin <= d && d < end; }
  // True when the two intervals share at least one day.
  bool Overlaps(const DayInterval& o) const { return begin < o.end && o.begin < end; }
  bool operator==(const DayInterval& o) const { return begin == o.begin && end == o.end; }
  bool operator!=(const DayInterval& o) const { return !(*this == o); }
  // "[2026-02-20, 2026-03-01)"
  std::string ToString() const;
};

}  // namespace newsline

#endif  // NEWSLINE_CALENDAR_H_
