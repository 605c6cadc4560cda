// DateLabel: a time expression as a person writes it, at its granularity.
#include <cstdio>

#include "newsline/report.h"

namespace newsline {
namespace {

const char* const kMonthAbbrev[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string ModPrefix(TimexMod mod) {
  switch (mod) {
    case TimexMod::kStart: return "early ";
    case TimexMod::kMid: return "mid ";
    case TimexMod::kEnd: return "late ";
    case TimexMod::kApprox: return "about ";
    case TimexMod::kBefore: return "before ";
    case TimexMod::kAfter: return "after ";
    case TimexMod::kOnOrBefore: return "by ";
    case TimexMod::kNone: return "";
  }
  return "";
}

// Year of the value when it starts with 4 digits ("2025-10" -> 2025), else from the interval.
int YearOf(const TimeExpression& t) {
  const std::string& v = t.value;
  if (v.size() >= 4 && isdigit(v[0]) && isdigit(v[1]) && isdigit(v[2]) && isdigit(v[3])) return std::stoi(v.substr(0, 4));
  return t.interval.begin.year();
}

}  // namespace

std::string DateLabel(const TimeExpression& t) {
  if (t.type == TimexType::kDuration || t.type == TimexType::kSet) return t.text;
  if (!t.resolved) return "\"" + t.text + "\"";
  const std::string mod = ModPrefix(t.mod);
  const Day b = t.interval.begin;
  char buf[64];
  switch (t.granularity) {
    case Granularity::kDay:
      std::snprintf(buf, sizeof buf, "%d %s %d", b.day(), kMonthAbbrev[b.month() - 1], b.year());
      return mod + buf;
    case Granularity::kWeek:
      std::snprintf(buf, sizeof buf, "week %d of %d", b.iso_week(), b.iso_week_year());
      return mod + buf;
    case Granularity::kMonth: {
      // The value carries the month even when `mod` narrowed the interval.
      int year = YearOf(t);
      int month = b.month();
      if (t.value.size() >= 7 && t.value[4] == '-') month = std::stoi(t.value.substr(5, 2));
      std::snprintf(buf, sizeof buf, "%s %d", kMonthAbbrev[month - 1], year);
      return mod + buf;
    }
    case Granularity::kQuarter:
    case Granularity::kHalf:
    case Granularity::kSeason: {
      // TIMEX3 values: 2026-Q1, 2025-H2, 2025-SU.
      static const std::pair<const char*, const char*> kSeasons[] = {
          {"SP", "spring"}, {"SU", "summer"}, {"FA", "autumn"}, {"WI", "winter"}};
      std::string suffix = t.value.size() > 5 ? t.value.substr(5) : "";
      int year = YearOf(t);
      if (t.granularity == Granularity::kSeason) {
        for (const auto& s : kSeasons) {
          if (suffix == s.first) return mod + s.second + " " + std::to_string(year);
        }
      }
      if (!suffix.empty()) return mod + suffix + " " + std::to_string(year);
      return mod + std::to_string(year);
    }
    case Granularity::kYear:
      return mod + std::to_string(YearOf(t));
    case Granularity::kDecade:
      return mod + "the " + std::to_string(b.year() / 10 * 10) + "s";
    case Granularity::kCentury:
      return mod + "the " + std::to_string(b.year() / 100 + 1) + "th century";
    case Granularity::kUnknown:
      break;
  }
  return mod + b.ToString();
}

}  // namespace newsline
