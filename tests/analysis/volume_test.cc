// CountVolume: articles per day, ISO week or month, in all or per outlet; undated last.
#include <gtest/gtest.h>

#include "newsline/analysis.h"

namespace newsline {
namespace {

ArticleRef Published(const std::string& day, const std::string& outlet) {
  ArticleRef a;
  a.outlet = outlet;
  if (!day.empty()) a.published = PublicationDate::Exact(*Day::Parse(day), FieldOrigin::kHeader);
  return a;
}

TEST(VolumeTest, PeriodLabelsSortByTime) {
  const Day d = *Day::Parse("2027-01-01");  // a Friday in ISO week 53 of 2026
  EXPECT_EQ(PeriodLabel(d, VolumePeriod::kDay), "2027-01-01");
  EXPECT_EQ(PeriodLabel(d, VolumePeriod::kWeek), "2026-W53");
  EXPECT_EQ(PeriodLabel(d, VolumePeriod::kMonth), "2027-01");
}

TEST(VolumeTest, CountsByPeriodThenOutletWithUndatedLast) {
  const std::vector<ArticleRef> items = {Published("2026-03-18", "Wire A"), Published("", "Wire A"),
                                         Published("2026-03-19", "Paper B"), Published("2026-02-27", "Wire A"),
                                         Published("2026-03-18", "Wire A")};
  std::vector<VolumeBucket> months = CountVolume(items);
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0].period, "2026-02");
  EXPECT_EQ(months[0].count, 1u);
  EXPECT_EQ(months[1].period, "2026-03");
  EXPECT_EQ(months[1].count, 3u);
  EXPECT_EQ(months[2].period, "undated");
  VolumeOptions options;
  options.period = VolumePeriod::kDay;
  options.by_outlet = true;
  std::vector<VolumeBucket> days = CountVolume(items, options);
  ASSERT_EQ(days.size(), 4u);
  EXPECT_EQ(days[1].period, "2026-03-18");
  EXPECT_EQ(days[1].outlet, "Wire A");
  EXPECT_EQ(days[1].count, 2u);
  EXPECT_EQ(days[2].outlet, "Paper B");
}

}  // namespace
}  // namespace newsline
