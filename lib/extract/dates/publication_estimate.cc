// Estimates the publication date of an undated article from what it says about time: dates it
// reports as past bound the date from below, dates it reports as future bound it from above, and
// month names written without a year place the article in that month's year.
#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "extract/dates/time_resolver.h"
#include "newsline/dates.h"

namespace newsline {
namespace {

bool IsFinerThanYear(Granularity g) {
  return g == Granularity::kDay || g == Granularity::kWeek || g == Granularity::kMonth ||
         g == Granularity::kQuarter || g == Granularity::kHalf || g == Granularity::kSeason;
}

// The sentence around `span`: from Article::sentences, else a naive split on ". ", "? ", "! " and
// newlines.
std::string_view SentenceAround(const Article& a, Span span) {
  std::string_view text = a.text;
  for (const Sentence& s : a.sentences)
    if (s.span.begin <= span.begin && span.end <= s.span.end && s.span.end <= text.size()) return s.span.Of(text);
  size_t b = span.begin, e = span.end;
  while (b > 0 && text[b - 1] != '\n' &&
         !(b >= 2 && text[b - 1] == ' ' && (text[b - 2] == '.' || text[b - 2] == '?' || text[b - 2] == '!')))
    --b;
  while (e < text.size() && text[e] != '\n' && !(text[e] == '.' && (e + 1 == text.size() || text[e + 1] == ' ')))
    ++e;
  if (e < text.size() && text[e] == '.') ++e;
  return text.substr(b, e - b);
}

// A short quotation of the sentence, cut at a word boundary.
std::string Quote(std::string_view sentence) {
  constexpr size_t kMax = 90;
  std::string q(sentence.substr(0, std::min(sentence.size(), kMax)));
  if (sentence.size() > kMax) {
    size_t cut = q.find_last_of(' ');
    if (cut != std::string::npos && cut > 40) q.resize(cut);
    q += " ...";
  }
  return "\"" + q + "\"";
}

struct Bound {
  Day day;
  std::string evidence;
};

// Month (1..12) of an underspecified month value "XXXX-10"; 0 otherwise.
int BareMonth(const TimeExpression& t) {
  if (t.granularity != Granularity::kMonth || t.value.size() != 7 || t.value.compare(0, 5, "XXXX-") != 0) return 0;
  int m = std::atoi(t.value.c_str() + 5);
  return m >= 1 && m <= 12 ? m : 0;
}

}  // namespace

PublicationDate EstimatePublicationDate(const Article& article, const std::vector<TimeExpression>& expressions,
                                        const EstimateOptions& options) {
  std::optional<Bound> lower, upper;
  auto raise = [&](Day d, std::string why) {
    if (!lower || lower->day < d) lower = Bound{d, "not before " + d.ToString() + ": " + std::move(why)};
  };
  auto cap = [&](Day end, std::string why) {  // publication < end
    if (!upper || end < upper->day) upper = Bound{end, "not after " + (end - 1).ToString() + ": " + std::move(why)};
  };

  // 1. Absolute dates reported as past (lower bounds) or future (upper bounds).
  std::optional<int> latest_written_year;  // the latest year written out on a month/day date
  std::string latest_written_text;
  for (const TimeExpression& t : expressions) {
    if (t.type != TimexType::kDate && t.type != TimexType::kTime) continue;
    if (!t.resolved || t.relative) continue;
    std::string quote = Quote(SentenceAround(article, t.span));
    if (t.tense == Tense::kPast) {
      raise(t.interval.begin, "reports " + quote + " (" + t.text + ") as past");
      if (IsFinerThanYear(t.granularity)) {
        int y = t.interval.begin.year();
        if (!latest_written_year || *latest_written_year < y) {
          latest_written_year = y;
          latest_written_text = t.text;
        }
      }
    } else if (t.tense == Tense::kFuture) {
      cap(t.interval.end, "reports " + quote + " (" + t.text + ") as still to come");
    }
  }

  // 2. Month names without a year, reported as past: news style writes the year only for dates
  // outside the current year, so the month is in the publication year; and that year comes after
  // the latest year the article did write out on a month or day ("October 2025").
  if (latest_written_year) {
    for (const TimeExpression& t : expressions) {
      int month = BareMonth(t);
      if (!month || t.tense != Tense::kPast) continue;
      int year = *latest_written_year + 1;
      if (lower && lower->day.year() > year) year = lower->day.year();
      auto period = timex::MakePeriod(Granularity::kMonth, year, month, 0);
      if (!period) continue;
      DayInterval iv = timex::NarrowByMod(period->interval, Granularity::kMonth, t.mod);
      std::string quote = Quote(SentenceAround(article, t.span));
      std::string why = "reports " + quote + " as past, naming '" + t.text + "' without a year (so in the " +
                        "publication year), after '" + latest_written_text + "', written with its year";
      raise(iv.begin, why);
      cap(*Day::FromCivil(year + 1, 1, 1), why);
    }
  }

  if (options.not_after) cap(*options.not_after + 1, "the caller's latest possible day");

  PublicationDate p;
  if (lower) p.evidence.push_back(lower->evidence);
  if (upper) p.evidence.push_back(upper->evidence);
  if (lower && upper && lower->day < upper->day) {
    p.kind = PublicationDate::Kind::kEstimated;
    p.origin = FieldOrigin::kEstimated;
    p.interval = {lower->day, upper->day};
    return p;
  }
  if (lower && upper) {
    p.evidence.push_back("conflicting evidence: no day satisfies both bounds");
  } else if (lower) {
    p.interval = {lower->day, lower->day};
    p.evidence.push_back("no upper bound: the text names no future date and no year-less month after a dated one");
  } else if (upper) {
    p.interval = {upper->day, upper->day};
    p.evidence.push_back("no lower bound: the text reports no dated past event");
  } else {
    p.evidence.push_back("no dated evidence in the text");
  }
  return p;
}

}  // namespace newsline
