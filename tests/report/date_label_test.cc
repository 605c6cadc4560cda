// DateLabel: every granularity prints as a person would write it.
#include <gtest/gtest.h>

#include "newsline/report.h"

namespace newsline {
namespace {

TimeExpression Resolved(Granularity g, const char* value, int y0, int m0, int d0, int y1, int m1, int d1,
                        TimexMod mod = TimexMod::kNone) {
  TimeExpression t;
  t.resolved = true;
  t.granularity = g;
  t.value = value;
  t.mod = mod;
  t.interval = {*Day::FromCivil(y0, m0, d0), *Day::FromCivil(y1, m1, d1)};
  return t;
}

TEST(DateLabelTest, Granularities) {
  EXPECT_EQ(DateLabel(Resolved(Granularity::kYear, "2019", 2019, 1, 1, 2020, 1, 1)), "2019");
  EXPECT_EQ(DateLabel(Resolved(Granularity::kMonth, "2025-10", 2025, 10, 1, 2025, 11, 1)), "Oct 2025");
  EXPECT_EQ(DateLabel(Resolved(Granularity::kMonth, "2026-02", 2026, 2, 20, 2026, 3, 1, TimexMod::kEnd)),
            "late Feb 2026");
  EXPECT_EQ(DateLabel(Resolved(Granularity::kDay, "2026-03-18", 2026, 3, 18, 2026, 3, 19)), "18 Mar 2026");
  EXPECT_EQ(DateLabel(Resolved(Granularity::kQuarter, "2026-Q1", 2026, 1, 1, 2026, 4, 1)), "Q1 2026");
  EXPECT_EQ(DateLabel(Resolved(Granularity::kHalf, "2025-H2", 2025, 7, 1, 2026, 1, 1)), "H2 2025");
  EXPECT_EQ(DateLabel(Resolved(Granularity::kSeason, "2025-SU", 2025, 6, 1, 2025, 9, 1)), "summer 2025");
  EXPECT_EQ(DateLabel(Resolved(Granularity::kDecade, "199", 1990, 1, 1, 2000, 1, 1)), "the 1990s");
  EXPECT_EQ(DateLabel(Resolved(Granularity::kWeek, "2026-W07", 2026, 2, 9, 2026, 2, 16)), "week 7 of 2026");
  EXPECT_EQ(DateLabel(Resolved(Granularity::kYear, "2026", 2026, 1, 1, 2026, 4, 1, TimexMod::kStart)),
            "early 2026");
  // An upper bound: a report relayed by an article of that day.
  EXPECT_EQ(DateLabel(Resolved(Granularity::kDay, "2026-03-18", 2026, 3, 18, 2026, 3, 19, TimexMod::kOnOrBefore)),
            "by 18 Mar 2026");
}

TEST(DateLabelTest, UnresolvedAndDurations) {
  TimeExpression t;
  t.text = "last month";
  t.resolved = false;
  EXPECT_EQ(DateLabel(t), "\"last month\"");
  t.type = TimexType::kDuration;
  t.text = "over eight years";
  EXPECT_EQ(DateLabel(t), "over eight years");
}

}  // namespace
}  // namespace newsline
