// Attention over time: items counted by the period of their article's publication date.
#include <cstdio>
#include <map>
#include <tuple>

#include "newsline/analysis.h"

namespace newsline {

std::string PeriodLabel(Day day, VolumePeriod period) {
  char buf[32];
  switch (period) {
    case VolumePeriod::kDay: return day.ToString();
    case VolumePeriod::kWeek: std::snprintf(buf, sizeof buf, "%04d-W%02d", day.iso_week_year(), day.iso_week()); break;
    case VolumePeriod::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", day.year(), day.month()); break;
  }
  return buf;
}

std::vector<VolumeBucket> CountVolume(const std::vector<ArticleRef>& items, const VolumeOptions& options) {
  // (undated?, period, outlet) -> count: labels sort by time, "undated" after them.
  std::map<std::tuple<bool, std::string, std::string>, size_t> counts;
  for (const ArticleRef& a : items) {
    const bool dated = a.published.exact();
    const std::string period = dated ? PeriodLabel(a.published.day(), options.period) : kUndatedPeriod;
    ++counts[{!dated, period, options.by_outlet ? a.outlet : ""}];
  }
  std::vector<VolumeBucket> out;
  for (const auto& [key, n] : counts) out.push_back({std::get<1>(key), std::get<2>(key), n});
  return out;
}

}  // namespace newsline
