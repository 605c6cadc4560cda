// Day and DayInterval: civil conversion, validation, ISO weeks, month arithmetic.
#include "newsline/calendar.h"

#include <gtest/gtest.h>

namespace newsline {
namespace {

TEST(DayTest, CivilRoundTrip) {
  auto d = Day::FromCivil(2026, 2, 27);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->ToString(), "2026-02-27");
  EXPECT_EQ(d->ToCompact(), "20260227");
  EXPECT_EQ(d->year(), 2026);
  EXPECT_EQ(d->month(), 2);
  EXPECT_EQ(d->day(), 27);
  EXPECT_EQ(Day::FromCivil(1970, 1, 1)->days_since_epoch(), 0);
}

TEST(DayTest, RejectsInvalidDates) {
  EXPECT_FALSE(Day::FromCivil(2026, 2, 30).has_value());
  EXPECT_FALSE(Day::FromCivil(2026, 13, 1).has_value());
  EXPECT_FALSE(Day::FromCivil(2026, 0, 1).has_value());
  EXPECT_FALSE(Day::FromCivil(2025, 2, 29).has_value());
  EXPECT_TRUE(Day::FromCivil(2024, 2, 29).has_value());
}

TEST(DayTest, Parse) {
  EXPECT_EQ(Day::Parse("2026-03-18")->ToString(), "2026-03-18");
  EXPECT_EQ(Day::Parse("20260318")->ToString(), "2026-03-18");
  EXPECT_FALSE(Day::Parse("2026-3-18").has_value());
  EXPECT_FALSE(Day::Parse("2026-02-31").has_value());
  EXPECT_FALSE(Day::Parse("").has_value());
  EXPECT_FALSE(Day::Parse("2026-0a-01").has_value());
}

TEST(DayTest, WeekdaysAndIsoWeeks) {
  auto d = *Day::FromCivil(2026, 11, 22);  // a Sunday
  EXPECT_EQ(d.iso_weekday(), 7);
  EXPECT_EQ(d.iso_week(), 47);
  auto jan1 = *Day::FromCivil(2027, 1, 1);  // Friday, ISO week 53 of 2026
  EXPECT_EQ(jan1.iso_week_year(), 2026);
  EXPECT_EQ(jan1.iso_week(), 53);
}

TEST(DayTest, MonthArithmeticClamps) {
  auto d = *Day::FromCivil(2026, 1, 31);
  EXPECT_EQ(d.AddMonths(1).ToString(), "2026-02-28");
  EXPECT_EQ(d.AddMonths(-2).ToString(), "2025-11-30");
  EXPECT_EQ(d.AddYears(-7).ToString(), "2019-01-31");
  EXPECT_EQ(d.FirstOfMonth().ToString(), "2026-01-01");
  EXPECT_EQ((d + 1).ToString(), "2026-02-01");
}

TEST(DayIntervalTest, HalfOpenOverlap) {
  DayInterval year2025{*Day::FromCivil(2025, 1, 1), *Day::FromCivil(2026, 1, 1)};
  DayInterval march2025{*Day::FromCivil(2025, 3, 1), *Day::FromCivil(2025, 4, 1)};
  DayInterval jan2026{*Day::FromCivil(2026, 1, 1), *Day::FromCivil(2026, 2, 1)};
  EXPECT_TRUE(year2025.Overlaps(march2025));
  EXPECT_FALSE(year2025.Overlaps(jan2026));  // end is exclusive
  EXPECT_EQ(year2025.length(), 365);
  EXPECT_EQ(march2025.ToString(), "[2025-03-01, 2025-04-01)");
}

}  // namespace
}  // namespace newsline
