// Pattern matching of the temporal tagger (see time_matcher.h). Each rule looks at the tokens from
// one position and, when it matches, says what the expression means; the longest match wins.
#include "extract/dates/time_matcher.h"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "extract/dates/time_lexicon.h"
#include "newsline/calendar.h"

namespace newsline {
namespace timex {
namespace {

using Kind = Token::Kind;

std::string Itoa(int v) { return std::to_string(v); }

// The TIMEX3 duration letter(s) for a unit; `time` is true for units under a day.
std::string UnitCode(Unit u, bool* time) {
  *time = false;
  switch (u) {
    case Unit::kSecond: *time = true; return "S";
    case Unit::kMinute: *time = true; return "M";
    case Unit::kHour: *time = true; return "H";
    case Unit::kDay: return "D";
    case Unit::kWeek: case Unit::kWeekend: return "W";
    case Unit::kMonth: return "M";
    case Unit::kQuarter: return "Q";
    case Unit::kYear: return "Y";
    case Unit::kDecade: return "DE";
    case Unit::kCentury: return "CE";
    case Unit::kNone: break;
  }
  return "";
}

Granularity UnitGranularity(Unit u) {
  switch (u) {
    case Unit::kDay: return Granularity::kDay;
    case Unit::kWeek: case Unit::kWeekend: return Granularity::kWeek;
    case Unit::kMonth: return Granularity::kMonth;
    case Unit::kQuarter: return Granularity::kQuarter;
    case Unit::kYear: return Granularity::kYear;
    case Unit::kDecade: return Granularity::kDecade;
    case Unit::kCentury: return Granularity::kCentury;
    default: return Granularity::kUnknown;
  }
}

// "P8Y", "PXY", "PT24H", "P10Y" (a decade is written in years, as TimeBank does).
std::string DurationValue(int count, Unit u) {
  bool time = false;
  if (u == Unit::kDecade && count > 0) return "P" + Itoa(10 * count) + "Y";
  if (u == Unit::kCentury && count > 0) return "P" + Itoa(100 * count) + "Y";
  if (u == Unit::kQuarter && count > 0) return "P" + Itoa(3 * count) + "M";
  std::string code = UnitCode(u, &time);
  std::string n = count > 0 ? Itoa(count) : "X";
  return std::string("P") + (time ? "T" : "") + n + code;
}

class Matcher {
 public:
  Matcher(const std::vector<Token>& tokens, const TaggerOptions& options) : t_(tokens), o_(options) {}

  std::vector<Match> Run() {
    std::vector<Match> out;
    size_t i = 0;
    while (i < t_.size()) {
      std::optional<Match> best = Longest(i, /*inner=*/false);
      if (best && Allowed(best->parsed)) {
        i = best->last;
        out.push_back(std::move(*best));
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  // ---- token helpers ----
  const Token* At(size_t i) const { return i < t_.size() ? &t_[i] : nullptr; }
  bool IsW(size_t i) const { return i < t_.size() && t_[i].kind == Kind::kWord; }
  bool W(size_t i, std::string_view w) const { return IsW(i) && t_[i].lower == w; }
  bool P(size_t i, std::string_view p) const {
    return i < t_.size() && t_[i].kind == Kind::kPunct && t_[i].lower == p;
  }
  bool Glued(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  bool SameSentence(size_t a, size_t b) const {
    return a < t_.size() && b < t_.size() && t_[a].sentence == t_[b].sentence;
  }
  std::string_view Lower(size_t i) const { return i < t_.size() ? std::string_view(t_[i].lower) : ""; }
  bool PrevIs(size_t i, std::string_view w) const { return i > 0 && t_[i - 1].lower == w; }
  bool PrevInList(size_t i, const std::string_view* begin, const std::string_view* end) const {
    if (i == 0) return false;
    for (auto* p = begin; p != end; ++p)
      if (t_[i - 1].lower == *p) return true;
    return false;
  }
  template <size_t N>
  bool PrevIn(size_t i, const std::string_view (&list)[N]) const {
    return PrevInList(i, list, list + N);
  }

  bool Allowed(const Parsed& p) const {
    if (p.type == TimexType::kDuration && !o_.tag_durations) return false;
    if (p.type == TimexType::kSet && !o_.tag_sets) return false;
    if (!o_.tag_vague_refs && (p.value == "PRESENT_REF" || p.value == "PAST_REF" || p.value == "FUTURE_REF"))
      return false;
    return true;
  }

  // Month word at i (capitalized); consumes an abbreviation's glued ".". 0 when none.
  int MonthAt(size_t i, size_t* end, bool* full) const {
    if (!IsW(i) || !t_[i].capitalized) return 0;
    for (const MonthWord& m : kMonthWords) {
      if (m.word != t_[i].lower) continue;
      *full = m.full;
      *end = i + 1;
      if (!m.full && P(i + 1, ".") && Glued(i + 1)) *end = i + 2;
      return m.month;
    }
    return 0;
  }
  // Day of month at i: "3", "03", "3rd".
  int DayAt(size_t i) const {
    const Token* t = At(i);
    if (!t || t->kind != Kind::kNumber || t->value < 1 || t->value > 31 || t->digits.size() > 2) return 0;
    if (!t->suffix.empty() && t->suffix != "st" && t->suffix != "nd" && t->suffix != "rd" && t->suffix != "th")
      return 0;
    if (P(i + 1, "%")) return 0;
    return t->value;
  }
  // A four-digit year in range at i (no suffix, or a decade's "s" when allow_s).
  int YearAt(size_t i) const {
    const Token* t = At(i);
    if (!t || t->kind != Kind::kNumber || t->digits.size() != 4 || t->value < 0 || !t->suffix.empty()) return 0;
    if (t->value < o_.min_year || t->value > o_.max_year) return 0;
    if (P(i + 1, "%")) return 0;
    if (IsW(i + 1) && InList(kAmountWords, t_[i + 1].lower)) return 0;
    return t->value;
  }
  // A count at i: digits, number words ("twenty four", "twenty-four"), "a", vague words.
  // Returns the count (0 for vague) and sets *end; false when there is none.
  bool CountAt(size_t i, size_t* end, int* count) const {
    const Token* t = At(i);
    if (!t) return false;
    if (t->kind == Kind::kNumber) {
      if (t->value <= 0 || !t->suffix.empty() || t->value > 999) return false;
      if (i > 0 && (t_[i - 1].lower == "$" || t_[i - 1].lower == "\xE2\x82\xAC" || t_[i - 1].lower == "\xC2\xA3"))
        return false;
      *count = t->value;
      *end = i + 1;
      return true;
    }
    if (t->kind != Kind::kWord) return false;
    if (t->lower == "a" && W(i + 1, "few")) {
      *count = 0;
      *end = i + 2;
      return true;
    }
    if ((t->lower == "a" && W(i + 1, "couple") && W(i + 2, "of")) || (t->lower == "couple" && W(i + 1, "of"))) {
      *count = 2;
      *end = i + (t->lower == "a" ? 3 : 2);
      return true;
    }
    if (InList(kVagueCountWords, t->lower) && t->lower != "couple") {
      *count = 0;
      *end = i + 1;
      return true;
    }
    for (const WordValue& n : kNumberWords) {
      if (n.word != t->lower) continue;
      int value = n.value;
      size_t j = i + 1;
      if (value >= 20 && value < 100) {  // "twenty four", "twenty-four"
        size_t k = P(j, "-") && Glued(j) ? j + 1 : j;
        for (const WordValue& unit : kNumberWords) {
          if (unit.value >= 1 && unit.value <= 9 && unit.word != "a" && unit.word != "an" && W(k, unit.word)) {
            value += unit.value;
            j = k + 1;
            break;
          }
        }
      }
      *count = value;
      *end = j;
      return true;
    }
    return false;
  }
  Unit UnitAt(size_t i, bool* plural) const {
    if (!IsW(i)) return Unit::kNone;
    for (const UnitWord& u : kUnitWords) {
      if (u.word == t_[i].lower) {
        *plural = u.word.back() == 's';
        return u.unit;
      }
    }
    return Unit::kNone;
  }
  int WordValueAt(size_t i, const WordValue* begin, const WordValue* end) const {
    if (!IsW(i)) return 0;
    for (auto* p = begin; p != end; ++p)
      if (p->word == t_[i].lower) return p->value;
    return 0;
  }
  int SeasonAt(size_t i) const { return WordValueAt(i, std::begin(kSeasonWords), std::end(kSeasonWords)); }
  int WeekdayAt(size_t i) const {
    if (!IsW(i) || !t_[i].capitalized) return 0;
    for (int k = 0; k < kFirstWeekdayAbbreviation; ++k)
      if (kWeekdayWords[k].word == t_[i].lower) return kWeekdayWords[k].value;
    return 0;
  }
  int OrdinalAt(size_t i) const {
    const Token* t = At(i);
    if (!t) return 0;
    for (const WordValue& w : kOrdinalWords)
      if (w.word == t->lower) return w.value;
    return 0;
  }
  // "this"/"last"/"next"... -> direction: 2 this, -1 last, +1 next; 0 when none.
  int DeicticAt(size_t i) const {
    std::string_view w = Lower(i);
    if (!IsW(i)) return 0;
    if (w == "this" || w == "current") return 2;
    if (w == "last" || w == "past" || w == "previous" || w == "prior") return -1;
    if (w == "next" || w == "coming") return 1;
    return 0;
  }
  // Day part after a day expression: "Friday night", "yesterday morning".
  size_t DayPartAt(size_t i, std::string* code) const {
    if (!IsW(i)) return i;
    for (const DayPartWord& d : kDayPartWords) {
      if (d.word == t_[i].lower) {
        *code = std::string(d.code);
        return i + 1;
      }
    }
    return i;
  }

  static Match Make(size_t first, size_t last, Parsed p) {
    Match m;
    m.first = first;
    m.last = last;
    m.parsed = std::move(p);
    return m;
  }

  // ---- rules ----
  using Candidates = std::vector<Match>;

  // 2026-03-03, 03/03/2026, 3.3.2026.
  void NumericDate(size_t i, Candidates* out) const {
    const Token* t = At(i);
    if (!t || t->kind != Kind::kNumber || !t->suffix.empty()) return;
    const std::string& s = t->digits;
    char sep = 0;
    for (char c : s)
      if (c == '-' || c == '/' || c == '.') {
        if (sep && c != sep) return;
        sep = c;
      } else if (c < '0' || c > '9') {
        return;
      }
    if (!sep) return;
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t k = 0; k <= s.size(); ++k) {
      if (k == s.size() || s[k] == sep) {
        parts.push_back(s.substr(start, k - start));
        start = k + 1;
      }
    }
    if (parts.size() != 3) return;
    int a = std::atoi(parts[0].c_str()), b = std::atoi(parts[1].c_str()), c = std::atoi(parts[2].c_str());
    int y = 0, m = 0, d = 0;
    std::string rule;
    if (parts[0].size() == 4 && sep != '.' && parts[1].size() <= 2 && parts[2].size() <= 2) {
      y = a, m = b, d = c;
      rule = "iso-date";
    } else if (parts[2].size() == 4 && parts[0].size() <= 2 && parts[1].size() <= 2) {
      y = c;
      bool day_first = sep == '.' || o_.numeric_date_order == TaggerOptions::NumericDateOrder::kDayMonth;
      m = day_first ? b : a;
      d = day_first ? a : b;
      rule = "numeric-date";
    } else {
      return;
    }
    if (y < o_.min_year || y > o_.max_year || !Day::FromCivil(y, m, d)) return;
    Parsed p;
    p.anchor = Anchor::kAbsolute;
    p.gran = Granularity::kDay;
    p.year = y, p.index = m, p.day = d;
    p.rule = rule;
    out->push_back(Make(i, i + 1, p));
  }

  // March 3, 2026 · Mar. 3 · March 3rd · October 2025 · October · last April.
  void MonthFirst(size_t i, Candidates* out) const {
    size_t first = i;
    int direction = DeicticAt(i);
    if (direction) ++i;
    size_t j = 0;
    bool full = false;
    int month = MonthAt(i, &j, &full);
    if (!month) return;
    Parsed p;
    p.index = month;
    int day = DayAt(j);
    if (day && !direction) {
      size_t k = j + 1;
      size_t y_at = P(k, ",") ? k + 1 : k;
      int year = YearAt(y_at);
      if (year) {
        if (!Day::FromCivil(year, month, day)) return;  // "February 30, 2026" is left alone
        p.anchor = Anchor::kAbsolute;
        p.year = year;
        p.gran = Granularity::kDay;
        p.day = day;
        p.rule = "month-day-year";
        out->push_back(Make(first, y_at + 1, p));
        return;
      }
      if (!Day::FromCivil(2000, month, day)) return;
      p.anchor = Anchor::kUnderspecified;
      p.gran = Granularity::kDay;
      p.day = day;
      p.rule = "month-day";
      out->push_back(Make(first, k, p));
      return;
    }
    if (!direction) {
      size_t y_at = W(j, "of") ? j + 1 : j;
      if (int d = DeicticAt(y_at); d && !W(y_at, "past") && W(y_at + 1, "year")) {  // "July last year"
        p.anchor = Anchor::kShift;
        p.unit = Unit::kYear;
        p.shift = d == 2 ? 0 : d;
        p.gran = Granularity::kMonth;
        p.rule = "month-deictic-year";
        out->push_back(Make(first, y_at + 2, p));
        return;
      }
      if (int year = YearAt(y_at)) {
        p.anchor = Anchor::kAbsolute;
        p.year = year;
        p.gran = Granularity::kMonth;
        p.rule = "month-year";
        out->push_back(Make(first, y_at + 1, p));
        return;
      }
    }
    if (!full) return;
    if (!direction) {
      static constexpr std::string_view kMonthContext[] = {"in", "since", "by", "until", "till", "of", "during",
                                                           "before", "after", "from", "through", "early",
                                                           "mid", "late", "to", "and", "or", "between",
                                                           "end", "beginning", "start", "-", "the", "for"};
      bool context = PrevIn(first, kMonthContext);
      // "May" is a modal verb and "April", "June", "August" are names: they need a context word.
      if (!context && (month == 5 || ((month == 4 || month == 6 || month == 8) && IsW(j) && t_[j].capitalized)))
        return;
    }
    p.anchor = Anchor::kUnderspecified;
    p.gran = Granularity::kMonth;
    p.direction = direction;
    p.rule = direction ? "deictic-month" : "month-name";
    out->push_back(Make(first, j, p));
  }

  // 3 March 2026 · 3rd of March · 3 March.
  void DayFirst(size_t i, Candidates* out) const {
    int day = DayAt(i);
    if (!day || (i > 0 && (t_[i - 1].lower == "$" || t_[i - 1].kind == Kind::kNumber))) return;
    size_t j = W(i + 1, "of") ? i + 2 : i + 1;
    size_t k = 0;
    bool full = false;
    int month = MonthAt(j, &k, &full);
    if (!month) return;
    Parsed p;
    p.index = month;
    p.day = day;
    p.gran = Granularity::kDay;
    size_t y_at = P(k, ",") ? k + 1 : k;
    if (int year = YearAt(y_at)) {
      if (!Day::FromCivil(year, month, day)) return;
      p.anchor = Anchor::kAbsolute;
      p.year = year;
      p.rule = "day-month-year";
      out->push_back(Make(i, y_at + 1, p));
      return;
    }
    if (!Day::FromCivil(2000, month, day)) return;
    p.anchor = Anchor::kUnderspecified;
    p.rule = "day-month";
    out->push_back(Make(i, k, p));
  }

  // 2019 (in a plausible context) · fiscal 1989 · FY2026.
  void Year(size_t i, Candidates* out) const {
    Parsed p;
    p.anchor = Anchor::kAbsolute;
    p.gran = Granularity::kYear;
    if (W(i, "fiscal")) {
      size_t j = W(i + 1, "year") ? i + 2 : i + 1;
      if (int year = YearAt(j)) {
        p.year = year;
        p.rule = "fiscal-year";
        out->push_back(Make(i, j + 1, p));
      }
      return;
    }
    if (W(i, "fy") && At(i + 1) && t_[i + 1].kind == Kind::kNumber) {
      const Token& n = t_[i + 1];
      int year = n.digits.size() == 4 ? n.value : (n.digits.size() == 2 && n.value >= 0 ? 2000 + n.value : 0);
      if (n.suffix.empty() && year >= o_.min_year && year <= o_.max_year) {
        p.year = year;
        p.rule = "fiscal-year";
        out->push_back(Make(i, i + 2, p));
      }
      return;
    }
    // Spoken years in transcripts: "nineteen ninety-six".
    if ((W(i, "nineteen") || W(i, "twenty")) && IsW(i + 1)) {
      int century = W(i, "nineteen") ? 1900 : 2000;
      int tens = 0;
      for (const WordValue& n : kNumberWords)
        if (n.value >= 20 && n.value <= 90 && n.value % 10 == 0 && W(i + 1, n.word)) tens = n.value;
      if (tens) {
        size_t end = i + 2;
        int units = 0;
        size_t k = P(end, "-") && Glued(end) ? end + 1 : end;
        for (const WordValue& n : kNumberWords)
          if (n.value >= 1 && n.value <= 9 && n.word != "a" && n.word != "an" && W(k, n.word)) units = n.value;
        if (units) end = k + 1;
        p.year = century + tens + units;
        p.rule = "spoken-year";
        if (p.year >= o_.min_year && p.year <= o_.max_year) out->push_back(Make(i, end, p));
        return;
      }
    }
    int year = YearAt(i);
    if (!year) return;
    if (i > 0) {
      const Token& prev = t_[i - 1];
      if (prev.kind == Kind::kNumber) return;
      if (prev.kind == Kind::kPunct && (prev.lower == "$" || prev.lower == "#" || prev.lower == "\xE2\x82\xAC" ||
                                        prev.lower == "\xC2\xA3" || prev.lower == "\xC2\xA5"))
        return;
      // "2019-2020" or "3/2019" are not a year alone; "mid-2019" is.
      if (prev.kind == Kind::kPunct && (prev.lower == "-" || prev.lower == "/") && !prev.space_before &&
          !(prev.lower == "-" && i > 1 && t_[i - 2].kind == Kind::kWord))
        return;
      if (prev.kind == Kind::kWord && InList(kLabelWords, prev.lower)) return;
      // "February 30, 2026": the year of a date that was rejected as invalid stays untagged too.
      if (prev.lower == "," && i > 1 && t_[i - 2].kind == Kind::kNumber) return;
    }
    if (P(i + 1, "-") && Glued(i + 1) && At(i + 2) && t_[i + 2].kind == Kind::kNumber) return;  // 2019-20
    bool context = i > 0 && t_[i - 1].kind == Kind::kWord && InList(kYearContextWords, t_[i - 1].lower);
    if (!context && IsW(i + 1)) {
      const std::string& next = t_[i + 1].lower;
      bool plural_noun = next.size() > 3 && next.back() == 's' && next != "was" && next != "has" && next != "is";
      if (plural_noun) return;  // "2000 employees" unless "in 2000 ..."
    }
    p.year = year;
    p.rule = "year";
    out->push_back(Make(i, i + 1, p));
  }

  // the 1990s · the '90s · the 20th century.
  void Decade(size_t i, Candidates* out) const {
    size_t first = i;
    if (W(i, "the")) ++i;
    const Token* t = At(i);
    if (!t) return;
    Parsed p;
    p.anchor = Anchor::kAbsolute;
    if (t->kind == Kind::kNumber && t->suffix == "s" && t->digits.size() == 4 && t->value % 10 == 0 &&
        t->value >= o_.min_year && t->value <= o_.max_year) {
      p.gran = Granularity::kDecade;
      p.year = t->value;
      p.rule = "decade";
      out->push_back(Make(first, i + 1, p));
      return;
    }
    if (P(i, "'") && At(i + 1) && t_[i + 1].kind == Kind::kNumber && Glued(i + 1) && t_[i + 1].suffix == "s" &&
        t_[i + 1].digits.size() == 2 && t_[i + 1].value % 10 == 0) {
      int v = t_[i + 1].value;
      p.gran = Granularity::kDecade;
      p.year = (v >= 30 ? 1900 : 2000) + v;
      p.rule = "decade-short";
      out->push_back(Make(first, i + 2, p));
      return;
    }
    if (first != i) {
      int tens = WordValueAt(i, std::begin(kDecadeWords), std::end(kDecadeWords));
      if (tens) {
        p.gran = Granularity::kDecade;
        p.year = 1900 + tens;
        p.rule = "decade-word";
        out->push_back(Make(first, i + 1, p));
        return;
      }
    }
    if (t->kind == Kind::kNumber && (t->suffix == "th" || t->suffix == "st" || t->suffix == "nd" || t->suffix == "rd") &&
        t->value >= 1 && t->value <= 22 && W(i + 1, "century")) {
      p.gran = Granularity::kCentury;
      p.year = (t->value - 1) * 100;
      p.rule = "century";
      out->push_back(Make(first, i + 2, p));
    }
  }

  // "of 2026", "of the year", "of this year", "of next year", ", 2026", " 2026": the year a
  // quarter/half/season belongs to. Sets the anchor (absolute or shifted year) and returns the end.
  size_t YearQualifier(size_t j, Parsed* p, bool allow_bare) const {
    size_t k = j;
    bool of = W(k, "of");
    if (of) ++k;
    if (int year = YearAt(k); year && (of || allow_bare)) {
      p->anchor = Anchor::kAbsolute;
      p->year = year;
      return k + 1;
    }
    if (!of) return j;
    size_t m = k;
    if (W(m, "the")) {
      ++m;
      if (W(m, "fiscal")) ++m;
      if (W(m, "year")) {
        p->anchor = Anchor::kShift;
        p->unit = Unit::kYear;
        p->shift = 0;
        return m + 1;
      }
      return j;
    }
    int d = DeicticAt(m);
    if (d && W(m + 1, "year")) {
      p->anchor = Anchor::kShift;
      p->unit = Unit::kYear;
      p->shift = d == 2 ? 0 : d;
      return m + 2;
    }
    return j;
  }

  // Prepositions that make a quarter a time frame ("in Q3") rather than a label ("Q3 results").
  static constexpr std::string_view kPeriodPrep[] = {"in", "during", "by", "until", "before", "after", "from"};

  // Q1 2026 · H2 · the first quarter (of 2026) · third-quarter · the second half of the year ·
  // the latest quarter · the year-ago quarter · the quarter.
  // Q3, H1 · the 1988 second quarter · this year's third quarter · the fourth quarter · the
  // latest quarter · the year-ago quarter · the full year · the year ended Sept. 30 · (in) the year.
  void QuarterHalf(size_t i, Candidates* out) const {
    if (QuarterCode(i, out)) return;
    const size_t first = i;
    const bool the = W(i, "the");
    if (the) ++i;
    if (YearOrdinalPeriod(first, i, the, out)) return;
    if (W(i, "fiscal")) ++i;
    if (OrdinalPeriod(first, i, out)) return;
    if (the) ThePeriod(first, i, out);
  }

  // "Q3", "H1" (with a year qualifier).
  bool QuarterCode(size_t i, Candidates* out) const {
    if (!((W(i, "q") || W(i, "h")) && At(i + 1) && t_[i + 1].kind == Kind::kNumber && Glued(i + 1) &&
          t_[i + 1].suffix.empty() && t_[i].capitalized)) {
      return false;
    }
    Parsed p;
    p.anchor = Anchor::kUnderspecified;
    const bool quarter = W(i, "q");
    const int v = t_[i + 1].value;
    if (v < 1 || v > (quarter ? 4 : 2)) return true;
    p.gran = quarter ? Granularity::kQuarter : Granularity::kHalf;
    p.index = v;
    p.prepositional = PrevIn(i, kPeriodPrep);
    const size_t end = YearQualifier(i + 2, &p, /*allow_bare=*/true);
    p.rule = quarter ? "quarter-code" : "half-code";
    out->push_back(Make(i, end, p));
    return true;
  }

  // "the 1988 second quarter", "this year's third quarter", "next year's first half". True when
  // a year opens the phrase (matched or not).
  bool YearOrdinalPeriod(size_t first, size_t i, bool the, Candidates* out) const {
    Parsed p;
    p.anchor = Anchor::kUnderspecified;
    size_t year_end = i;
    if (int year = the ? YearAt(i) : 0) {
      p.anchor = Anchor::kAbsolute;
      p.year = year;
      year_end = i + 1;
    } else if (int d = DeicticAt(i); d && !the && W(i + 1, "year") && P(i + 2, "'") && W(i + 3, "s")) {
      p.anchor = Anchor::kShift;
      p.unit = Unit::kYear;
      p.shift = d == 2 ? 0 : d;
      year_end = i + 4;
    }
    if (year_end == i) return false;
    size_t k = year_end;
    if (W(k, "fiscal")) ++k;
    const int ord = OrdinalAt(k);
    size_t u = k + 1;
    if (ord > 0 && P(u, "-") && Glued(u)) ++u;
    const bool quarter = W(u, "quarter");
    if (ord <= 0 || !(quarter || W(u, "half")) || ord > (quarter ? 4 : 2)) return true;
    p.gran = quarter ? Granularity::kQuarter : Granularity::kHalf;
    p.index = ord;
    p.rule = quarter ? "year-ordinal-quarter" : "year-ordinal-half";
    out->push_back(Make(first, u + 1, p));
    return true;
  }

  // "the fourth quarter", "the second half of 2025", "the last quarter" (the previous one). True
  // when an ordinal and "quarter"/"half" are there (matched or not).
  bool OrdinalPeriod(size_t first, size_t i, Candidates* out) const {
    int ord = OrdinalAt(i);
    size_t u = i + 1;
    if (ord && P(u, "-") && Glued(u)) ++u;
    if (!(ord && (W(u, "quarter") || W(u, "half")))) return false;
    Parsed p;
    p.anchor = Anchor::kUnderspecified;
    const bool quarter = W(u, "quarter");
    p.gran = quarter ? Granularity::kQuarter : Granularity::kHalf;
    const size_t end = YearQualifier(u + 1, &p, /*allow_bare=*/true);
    if (ord == -1) {
      if (end == u + 1 && Lower(i) == "last") {  // "the last quarter": the previous one
        p.anchor = Anchor::kShift;
        p.unit = quarter ? Unit::kQuarter : Unit::kNone;
        if (!quarter) return true;
        p.shift = -1;
        p.gran = Granularity::kQuarter;
        p.rule = "previous-quarter";
        out->push_back(Make(first, end, p));
        return true;
      }
      ord = quarter ? 4 : 2;
    }
    if (ord > (quarter ? 4 : 2)) return true;
    p.index = ord;
    p.prepositional = PrevIn(first, kPeriodPrep);
    p.rule = quarter ? "ordinal-quarter" : "ordinal-half";
    out->push_back(Make(first, end, p));
    return true;
  }

  // After "the": the latest / most recent / year-ago / same quarter; the quarter; the full year;
  // the year ended ...; the year (after a preposition).
  void ThePeriod(size_t first, size_t i, Candidates* out) const {
    Parsed p;
    p.anchor = Anchor::kUnderspecified;
    size_t k = i;
    int shift = 0;
    bool back_if_past = false;
    std::string rule = "the-period";
    if (W(k, "latest") || W(k, "just-ended")) {
      shift = -1, ++k, rule = "latest-period";
    } else if (W(k, "most") && W(k + 1, "recent")) {
      shift = -1, k += 2, rule = "latest-period";
    } else if ((W(k, "year") && P(k + 1, "-") && (W(k + 2, "ago") || W(k + 2, "earlier")))) {
      shift = -4, k += 3, rule = "year-ago-period", back_if_past = true;
      // "the year-ago third quarter": that quarter of the previous year.
      int ord2 = OrdinalAt(k);
      size_t u2 = ord2 > 0 && P(k + 1, "-") && Glued(k + 1) ? k + 2 : k + 1;
      if (ord2 > 0 && ord2 <= 4 && W(u2, "quarter")) {
        p.anchor = Anchor::kShift;
        p.unit = Unit::kYear;
        p.shift = -1;
        p.gran = Granularity::kQuarter;
        p.index = ord2;
        p.rule = "year-ago-ordinal-quarter";
        out->push_back(Make(first, u2 + 1, p));
        return;
      }
    } else if (W(k, "full") && W(k + 1, "year")) {
      Parsed y;
      y.anchor = Anchor::kShift;
      y.unit = Unit::kYear;
      y.gran = Granularity::kYear;
      y.rule = "full-year";
      out->push_back(Make(first, k + 2, y));
      return;
    } else {
      back_if_past = true;
    }
    if (W(k, "quarter") && !(P(k + 1, "-") && Glued(k + 1))) {
      p.anchor = Anchor::kShift;
      p.unit = Unit::kQuarter;
      p.gran = Granularity::kQuarter;
      p.shift = shift;
      p.shift_back_if_past = back_if_past;
      p.rule = rule;
      out->push_back(Make(first, k + 1, p));
      return;
    }
    if (rule == "the-period" && (W(k, "year") || (W(k, "fiscal") && W(k + 1, "year"))) &&
        (W(k + (W(k, "fiscal") ? 2 : 1), "ended") || W(k + (W(k, "fiscal") ? 2 : 1), "ending"))) {
      // "the year ended Sept. 30": a year-long (fiscal) period, TimeML's P1Y.
      Parsed d;
      d.type = TimexType::kDuration;
      d.anchor = Anchor::kValue;
      d.value = "P1Y";
      d.gran = Granularity::kYear;
      d.rule = "period-ended";
      out->push_back(Make(first, k + (W(k, "fiscal") ? 2 : 1), d));
      return;
    }
    if (W(k, "fiscal") && W(k + 1, "year")) ++k;
    if (rule == "the-period" && (W(k, "year") || W(k, "month") || W(k, "week"))) {
      static constexpr std::string_view kPrep[] = {"for", "in", "during", "of", "through", "throughout", "this"};
      if (!PrevIn(first, kPrep)) return;
      if (W(k + 1, "before") || W(k + 1, "after") || W(k + 1, "ago") || W(k + 1, "earlier") || W(k + 1, "later") ||
          W(k + 1, "that") || W(k + 1, "when") || W(k + 1, "of") || P(k + 1, "-"))
        return;
      p.anchor = Anchor::kShift;
      p.unit = W(k, "year") ? Unit::kYear : W(k, "month") ? Unit::kMonth : Unit::kWeek;
      p.gran = UnitGranularity(p.unit);
      p.shift = 0;
      p.rule = "the-period";
      out->push_back(Make(first, k + 1, p));
    }
  }

  // this summer · last fall · summer 2026 · the summer of 2025 · in spring.
  void Season(size_t i, Candidates* out) const {
    size_t first = i;
    int direction = DeicticAt(i);
    bool the = false;
    if (direction) {
      ++i;
    } else if (W(i, "the")) {
      the = true;
      ++i;
    }
    int season = SeasonAt(i);
    if (!season) return;
    Parsed p;
    p.anchor = Anchor::kUnderspecified;
    p.gran = Granularity::kSeason;
    p.index = season;
    p.direction = direction;
    size_t end = i + 1;
    if (!direction) end = YearQualifier(i + 1, &p, /*allow_bare=*/true);
    if (p.anchor == Anchor::kShift) {  // "the summer of this year": a season of a shifted year
      p.rule = "season-of-year";
    } else if (p.anchor == Anchor::kAbsolute) {
      p.rule = "season-year";
    } else {
      static constexpr std::string_view kSeasonContext[] = {"in", "during", "by", "until", "since", "this", "early",
                                                            "late", "mid", "of", "before", "after", "through",
                                                            "throughout", "over", "from", "-"};
      if (!direction && !(the && PrevIn(first, kSeasonContext)) && !PrevIn(first, kSeasonContext)) return;
      if (!direction && IsW(end) && !W(end, "and") && !W(end, "or") && !the && season == 3) return;
      p.rule = direction ? "deictic-season" : "season";
    }
    out->push_back(Make(first, end, p));
  }

  // Friday · last Friday · Friday night · Friday, March 6, 2026.
  void Weekday(size_t i, Candidates* out) const {
    size_t first = i;
    int direction = DeicticAt(i);
    if (direction) ++i;
    int weekday = WeekdayAt(i);
    if (!weekday || (!direction && (PrevIs(i, "a") || PrevIs(i, "every") || PrevIs(i, "each")))) return;
    size_t j = i + 1;
    if (!direction) {
      size_t d = P(j, ",") ? j + 1 : j;
      Candidates dates;
      MonthFirst(d, &dates);
      DayFirst(d, &dates);
      for (Match& m : dates) {
        if (m.parsed.gran != Granularity::kDay) continue;
        m.first = first;
        m.parsed.rule = "weekday+" + m.parsed.rule;
        m.parsed.stated_weekday = weekday;
        out->push_back(std::move(m));
        return;
      }
    }
    Parsed p;
    p.anchor = Anchor::kUnderspecified;
    p.gran = Granularity::kDay;
    p.weekday = weekday;
    p.direction = direction;
    j = DayPartAt(j, &p.day_part);
    if (!p.day_part.empty()) p.type = TimexType::kTime;
    p.rule = direction ? "deictic-weekday" : "weekday";
    out->push_back(Make(first, j, p));
  }

  // today · yesterday · tomorrow (morning) · tonight · last night · this morning.
  void Deictic(size_t i, Candidates* out) const {
    Parsed p;
    p.anchor = Anchor::kShift;
    p.unit = Unit::kDay;
    p.gran = Granularity::kDay;
    size_t end = i + 1;
    if (W(i, "today")) {
      p.shift = 0;
    } else if (W(i, "yesterday")) {
      p.shift = -1;
    } else if (W(i, "tomorrow")) {
      p.shift = 1;
    } else if (W(i, "tonight")) {
      p.day_part = "NI";
    } else if (W(i, "last") && W(i + 1, "night")) {
      p.shift = -1, p.day_part = "NI", end = i + 2;
    } else if (W(i, "this") && DayPartAt(i + 1, &p.day_part) != i + 1) {
      end = i + 2;
    } else {
      return;
    }
    if (p.day_part.empty()) end = DayPartAt(end, &p.day_part);
    if (!p.day_part.empty()) p.type = TimexType::kTime;
    p.rule = p.day_part.empty() ? "deictic-day" : "deictic-day-part";
    out->push_back(Make(i, end, p));
  }

  // last year · this week · next month · the past year · the previous quarter · this weekend.
  void DeicticUnit(size_t i, Candidates* out) const {
    size_t first = i;
    bool the = W(i, "the");
    if (the) ++i;
    int direction = DeicticAt(i);
    if (!direction) return;
    bool plural = false;
    size_t fiscal = W(i + 1, "fiscal") && W(i + 2, "year") ? 1 : 0;  // "the current fiscal year"
    i += fiscal;
    Unit unit = UnitAt(i + 1, &plural);
    if (unit == Unit::kNone || plural || unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour ||
        unit == Unit::kDay)
      return;
    Parsed p;
    std::string_view word = Lower(i);
    if (the && (word == "past" || word == "last" || word == "next" || word == "coming") && unit != Unit::kWeekend) {
      // "the past year": the year-long window before the reference day.
      p.type = TimexType::kDuration;
      p.anchor = Anchor::kValue;
      p.unit = unit;
      p.gran = UnitGranularity(unit);
      p.value = DurationValue(1, unit);
      p.window = 1;
      p.window_forward = direction == 1;
      p.rule = "window";
      out->push_back(Make(first, i + 2, p));
      return;
    }
    p.anchor = Anchor::kShift;
    p.unit = unit;
    p.gran = UnitGranularity(unit);
    p.shift = direction == 2 ? 0 : direction;
    p.weekend = unit == Unit::kWeekend;
    p.rule = "deictic-unit";
    out->push_back(Make(first, i + 2, p));
  }

  // the weekend.
  void Weekend(size_t i, Candidates* out) const {
    if (!W(i, "the") || !W(i + 1, "weekend")) return;
    Parsed p;
    p.anchor = Anchor::kShift;
    p.unit = Unit::kWeekend;
    p.gran = Granularity::kWeek;
    p.weekend = true;
    p.shift_back_if_past = true;
    p.rule = "the-weekend";
    out->push_back(Make(i, i + 2, p));
  }

  // two weeks ago · a year earlier · three days from now · several years ago.
  void Ago(size_t i, Candidates* out) const {
    size_t j = 0;
    int count = 0;
    if (!CountAt(i, &j, &count)) return;
    bool plural = false;
    Unit unit = UnitAt(j, &plural);
    if (unit == Unit::kNone || unit == Unit::kWeekend) return;
    size_t k = j + 1;
    int sign = 0;
    size_t end = k + 1;
    if (W(k, "ago") || W(k, "earlier")) {
      sign = -1;
    } else if (W(k, "later") || W(k, "hence")) {
      sign = 1;
    } else if (W(k, "from") && W(k + 1, "now")) {
      sign = 1, end = k + 2;
    } else {
      return;
    }
    Parsed p;
    if (count == 0) {
      p.anchor = Anchor::kValue;
      p.value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
      p.rule = "vague-ago";
    } else {
      p.anchor = Anchor::kShift;
      p.unit = unit == Unit::kHour || unit == Unit::kMinute || unit == Unit::kSecond ? Unit::kDay : unit;
      p.shift = p.unit == unit ? sign * count : 0;
      p.gran = UnitGranularity(p.unit);
      p.rule = sign < 0 ? "ago" : "later";
    }
    out->push_back(Make(i, end, p));
  }

  // earlier this year · later this month · earlier in the year.
  void EarlierLater(size_t i, Candidates* out) const {
    bool earlier = W(i, "earlier");
    if (!earlier && !W(i, "later")) return;
    Parsed p;
    p.anchor = Anchor::kShift;
    p.clip = earlier ? Parsed::Clip::kBeforeRef : Parsed::Clip::kAfterRef;
    size_t k = i + 1;
    bool plural = false;
    if (int d = DeicticAt(k); d && (W(k, "this") || W(k, "last") || W(k, "next"))) {
      Unit unit = UnitAt(k + 1, &plural);
      if (unit != Unit::kYear && unit != Unit::kMonth && unit != Unit::kWeek && unit != Unit::kQuarter) return;
      p.unit = unit;
      p.shift = d == 2 ? 0 : d;
      if (p.shift != 0) p.clip = Parsed::Clip::kNone;
      p.gran = UnitGranularity(unit);
      p.rule = earlier ? "earlier-this" : "later-this";
      out->push_back(Make(i, k + 2, p));
      return;
    }
    if (W(k, "in") && W(k + 1, "the")) {
      Unit unit = UnitAt(k + 2, &plural);
      if (unit != Unit::kYear && unit != Unit::kMonth && unit != Unit::kWeek && unit != Unit::kDay) return;
      p.unit = unit;
      p.gran = UnitGranularity(unit);
      p.rule = earlier ? "earlier-in-the" : "later-in-the";
      out->push_back(Make(i, k + 3, p));
    }
  }

  // eight years · a decade · the past two months · the first nine months · about three years ·
  // two-year · multi-year · years.
  // "multi-year", "multiyear" (not after "the"): an unspecified number of years. Emitted when it
  // reads as one.
  void MultiDuration(size_t first, size_t i, Parsed p, Candidates* out) const {
    size_t k = i + 1;
    Unit unit = Unit::kYear;
    bool plural = false;
    if (W(i, "multi")) {
      if (!P(k, "-") || !Glued(k)) return;
      unit = UnitAt(k + 1, &plural);
      if (unit == Unit::kNone) return;
      k += 2;
    }
    p.value = DurationValue(0, unit);
    p.gran = UnitGranularity(unit);
    p.rule = "duration-multi";
    out->push_back(Make(first, k, p));
  }

  // A count and a unit from i ("three years", "a 10-year", "52 more days"): the unit and the
  // token after the count. False when the phrase is no duration: an age ("52 years old"), an
  // ordinal ("a second reading"), a fraction ("a quarter of"), a rate ("$5 a year", Set's).
  bool CountedUnit(size_t i, size_t j, Unit* unit, size_t* unit_at) const {
    bool plural = false;
    if (W(j, "more") || W(j, "straight") || W(j, "consecutive") || W(j, "full")) ++j;
    if (P(j, "-") && Glued(j)) ++j;
    *unit = UnitAt(j, &plural);
    *unit_at = j;
    if (*unit == Unit::kNone) return false;
    if ((Lower(i) == "a" || Lower(i) == "an") && j == i + 1 && plural) return false;
    if (W(j + 1, "old") || (P(j + 1, "-") && W(j + 2, "old"))) return false;
    if (*unit == Unit::kSecond && !plural && At(i)->kind != Kind::kNumber) return false;
    if (*unit == Unit::kQuarter && !plural && W(j + 1, "of")) return false;
    if (Lower(i) == "a" && W(j, "hour")) return false;
    if (Lower(i) == "an" && !W(j, "hour")) return false;
    if (*unit == Unit::kWeekend) return false;
    if ((Lower(i) == "a" || Lower(i) == "an") && i > 0 &&
        (t_[i - 1].kind == Kind::kNumber || t_[i - 1].lower == "%" || t_[i - 1].lower == "share" ||
         InList(kAmountWords, t_[i - 1].lower)))
      return false;
    // "one day" as an adverb ("one day, she ...") stays a duration, as TimeBank tags it.
    return true;
  }

  // A bare plural unit: "for years", "within weeks"; "in recent months" is PAST_REF (emitted
  // here). True when a duration unit was found for the caller to emit.
  bool BarePluralUnit(size_t i, bool the, Parsed p, Candidates* out, Unit* unit) const {
    bool plural = false;
    *unit = UnitAt(i, &plural);
    if (*unit == Unit::kNone || !plural || *unit == Unit::kWeekend || the) return false;
    static constexpr std::string_view kBarePrep[] = {"for", "within", "over", "in", "recent", "past", "take",
                                                     "took", "takes", "last", "lasted"};
    if (!PrevIn(i, kBarePrep)) return false;
    if (W(i + 1, "of") || W(i + 1, "ago")) return false;
    if (PrevIs(i, "recent")) {
      p.type = TimexType::kDate;
      p.value = "PAST_REF";
      p.rule = "recent-period";
      out->push_back(Make(i - 1, i + 1, p));
      return false;
    }
    return true;
  }

  // "three years", "about two weeks", "the past six months" (a window), "the first 100 days",
  // "multi-year", "for years".
  void Duration(size_t i, Candidates* out) const {
    const size_t first = i;
    Parsed p;
    p.type = TimexType::kDuration;
    p.anchor = Anchor::kValue;
    static constexpr std::string_view kApprox[] = {"about", "around", "approximately", "roughly", "some"};
    const bool approx = IsW(i) && InList(kApprox, t_[i].lower) && !W(i + 1, "of");
    if (approx) ++i;
    const bool the = W(i, "the");
    if (the) ++i;
    int window_dir = 0;
    bool first_n = false;
    if (the && (W(i, "past") || W(i, "last") || W(i, "previous"))) {
      window_dir = -1, ++i;
    } else if (the && (W(i, "next") || W(i, "coming") || W(i, "following"))) {
      window_dir = 1, ++i;
    } else if (the && W(i, "first")) {
      first_n = true, ++i;
    }
    if (!the && (W(i, "multi") || W(i, "multiyear"))) return MultiDuration(first, i, p, out);
    size_t j = 0;
    int count = 0;
    Unit unit = Unit::kNone;
    if (CountAt(i, &j, &count)) {
      if (!CountedUnit(i, j, &unit, &j)) return;
    } else {
      if (!BarePluralUnit(i, the, p, out, &unit)) return;
      j = i;
      count = 0;
    }
    if (window_dir == 0 && the && !first_n && count == 0) return;
    p.value = DurationValue(count, unit);
    p.unit = unit;
    p.gran = UnitGranularity(unit);
    if (approx) p.mod = TimexMod::kApprox;
    if (window_dir != 0 && count > 0) {
      p.window = count;
      p.window_forward = window_dir > 0;
    }
    p.rule = window_dir ? "window" : "duration";
    out->push_back(Make(first, j + 1, p));
  }

  // every year · each month · annually · weekly · twice a year · per year · $5 a year.
  // "annually", "weekly" as adverbs (not "quarterly dividend", "China Daily"). True when the
  // word is one (matched or not).
  bool SetAdverb(size_t i, Parsed p, Candidates* out) const {
    static constexpr struct {
      std::string_view word;
      std::string_view value;
      Granularity gran;
    } kAdverbs[] = {{"annually", "P1Y", Granularity::kYear},   {"yearly", "P1Y", Granularity::kYear},
                    {"daily", "P1D", Granularity::kDay},       {"weekly", "P1W", Granularity::kWeek},
                    {"monthly", "P1M", Granularity::kMonth},   {"quarterly", "P3M", Granularity::kQuarter},
                    {"hourly", "PT1H", Granularity::kUnknown}, {"nightly", "P1D", Granularity::kDay},
                    {"biweekly", "P2W", Granularity::kWeek},   {"semiannually", "P6M", Granularity::kMonth},
                    {"biannually", "P6M", Granularity::kMonth}};
    if (!IsW(i)) return false;
    for (const auto& a : kAdverbs) {
      if (a.word != t_[i].lower) continue;
      // "China Daily", "Daily Mail": a capitalized adverb inside a name.
      if (t_[i].capitalized && ((i > 0 && IsW(i - 1) && t_[i - 1].capitalized) || (IsW(i + 1) && t_[i + 1].capitalized)))
        return true;
      // Adjectives are not sets: "quarterly dividend", "daily flights".
      if (IsW(i + 1) && !InList(kAfterSetAdverb, t_[i + 1].lower)) return true;
      if (i > 0 && (W(i - 1, "the") || W(i - 1, "a") || W(i - 1, "its") || W(i - 1, "their") || P(i - 1, "'")))
        return true;
      p.value = std::string(a.value);
      p.gran = a.gran;
      p.rule = "set-adverb";
      out->push_back(Make(i, i + 1, p));
      return true;
    }
    return false;
  }

  // every year · each month · every other week · every Tuesday · every March · every three years.
  void SetEvery(size_t i, Parsed p, Candidates* out) const {
    bool plural = false;
    size_t j = i + 1;
    if (W(j, "other")) ++j;
    int count = 1;
    size_t k = j;
    if (int c = 0; CountAt(j, &k, &c) && c > 1 && !W(j, "a")) {
      count = c;
      j = k;
    }
    if (W(i, "every") || count == 1) {
      bool full = false;
      size_t month_end = 0;
      if (int month = MonthAt(j, &month_end, &full); month && full) {
        p.value = "XXXX-" + std::string(month < 10 ? "0" : "") + Itoa(month);
        p.gran = Granularity::kMonth;
        p.rule = "set-month";
        out->push_back(Make(i, month_end, p));
        return;
      }
      if (int wd = WeekdayAt(j)) {
        p.value = "XXXX-WXX-" + Itoa(wd);
        p.gran = Granularity::kDay;
        p.rule = "set-weekday";
        out->push_back(Make(i, j + 1, p));
        return;
      }
      Unit unit = UnitAt(j, &plural);
      if (unit == Unit::kNone || unit == Unit::kWeekend) return;
      if (W(i + 1, "other")) count = 2;
      p.value = unit == Unit::kQuarter ? "P" + Itoa(3 * count) + "M" : DurationValue(count, unit);
      p.gran = UnitGranularity(unit);
      p.rule = "set-every";
      out->push_back(Make(i, j + 1, p));
    }
  }

  // twice a year · once a week · three times a year · per year · a year after an amount.
  void SetRate(size_t i, Parsed p, Candidates* out) const {
    bool plural = false;
    size_t j = i;
    std::string freq;
    if (W(i, "once") || W(i, "twice")) {
      freq = W(i, "once") ? "1X" : "2X";
      ++j;
    } else if (size_t k = i; !W(i, "a")) {
      int c = 0;
      if (CountAt(i, &k, &c) && c > 0 && W(k, "times")) {
        freq = Itoa(c) + "X";
        j = k + 1;
      }
    }
    bool per = W(j, "per");
    bool a = W(j, "a") || W(j, "an");
    if (!per && !a) return;
    if (a && freq.empty()) {
      if (i == 0) return;
      const Token& prev = t_[i - 1];
      bool amount = prev.kind == Kind::kNumber || prev.lower == "%" || prev.lower == "share" ||
                    InList(kAmountWords, prev.lower);
      if (!amount) return;
    }
    Unit unit = UnitAt(j + 1, &plural);
    if (unit == Unit::kNone || plural || unit == Unit::kWeekend) return;
    p.value = unit == Unit::kQuarter ? "P3M" : DurationValue(1, unit);
    p.gran = UnitGranularity(unit);
    p.freq = freq;
    p.rule = freq.empty() ? "set-rate" : "set-frequency";
    out->push_back(Make(i, j + 2, p));
  }

  // Sets (TIMEX3 SET): adverbs, "every ...", rates and frequencies.
  void Set(size_t i, Candidates* out) const {
    Parsed p;
    p.type = TimexType::kSet;
    p.anchor = Anchor::kValue;
    if (SetAdverb(i, p, out)) return;
    if (W(i, "every") || W(i, "each")) return SetEvery(i, p, out);
    SetRate(i, p, out);
  }

  // now · recently · the past · the future · soon · currently.
  void VagueRef(size_t i, Candidates* out) const {
    Parsed p;
    p.anchor = Anchor::kValue;
    if (W(i, "the")) {
      size_t j = i + 1;
      if (W(j, "near") || W(j, "distant") || W(j, "recent")) ++j;
      std::string_view value;
      if (W(j, "past")) value = "PAST_REF";
      if (W(j, "future")) value = "FUTURE_REF";
      if (W(j, "present")) value = "PRESENT_REF";
      if (value.empty()) return;
      bool plural = false;
      int count = 0;
      size_t k = 0;
      if (UnitAt(j + 1, &plural) != Unit::kNone || (CountAt(j + 1, &k, &count) && UnitAt(k, &plural) != Unit::kNone))
        return;
      if (IsW(j + 1) && !W(j + 1, "and") && !W(j + 1, "or") && value != "PAST_REF" && value != "FUTURE_REF")
        return;
      p.value = std::string(value);
      p.rule = "ref-phrase";
      out->push_back(Make(i, j + 1, p));
      return;
    }
    {
      size_t k = W(i, "the") ? i + 1 : i;
      bool plural = false;
      if (W(k, "coming") && UnitAt(k + 1, &plural) != Unit::kNone && plural) {
        p.value = "FUTURE_REF";
        p.rule = "coming-period";
        out->push_back(Make(i, k + 2, p));
        return;
      }
    }
    if (W(i, "these") && W(i + 1, "days")) {
      p.value = "PRESENT_REF";
      p.rule = "ref-phrase";
      out->push_back(Make(i, i + 2, p));
      return;
    }
    if (W(i, "at") && W(i + 1, "present")) {
      p.value = "PRESENT_REF";
      p.rule = "ref-phrase";
      out->push_back(Make(i + 1, i + 2, p));
      return;
    }
    if (!IsW(i)) return;
    for (const RefWord& r : kRefWords) {
      if (r.word != t_[i].lower) continue;
      if (r.word == "soon" && (W(i + 1, "after") || W(i + 1, "as") || W(i + 1, "thereafter"))) return;
      if (r.word == "current" || r.word == "recent") {
        // Adjectives: only before a noun-like word ("the current quarter" is DeicticUnit's).
        if (!IsW(i + 1) && !P(i + 1, "$") && !(At(i + 1) && t_[i + 1].kind == Kind::kNumber)) return;
        bool plural = false;
        if (UnitAt(i + 1, &plural) != Unit::kNone) return;
      }
      p.value = std::string(r.value);
      p.rule = "ref-word";
      out->push_back(Make(i, i + 1, p));
      return;
    }
  }

  // Christmas · New Year's Day (of a year or underspecified).
  void HolidayName(size_t i, Candidates* out) const {
    if (!IsW(i) || !t_[i].capitalized) return;
    for (const auto& h : kHolidays) {
      // Match the holiday's words (and "'s") token by token.
      size_t k = i;
      size_t pos = 0;
      bool ok = true;
      std::string_view words = h.words;
      while (pos < words.size() && ok) {
        size_t sp = words.find_first_of(" '", pos);
        std::string_view piece = words.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
        if (!piece.empty()) {
          if (!W(k, piece)) ok = false;
          ++k;
        }
        if (sp == std::string_view::npos) break;
        if (words[sp] == '\'') {
          if (!P(k, "'")) ok = false;
          ++k;
        }
        pos = sp + 1;
      }
      if (!ok) continue;
      Parsed p;
      p.gran = Granularity::kDay;
      p.index = h.month;
      p.day = h.day;
      size_t end = k;
      if (P(k, ",") && YearAt(k + 1)) end = k + 1;
      if (int year = YearAt(end)) {
        p.anchor = Anchor::kAbsolute;
        p.year = year;
        end += 1;
      } else {
        p.anchor = Anchor::kUnderspecified;
        end = k;
      }
      p.rule = "holiday";
      out->push_back(Make(i, end, p));
      return;
    }
  }

  // 10 p.m. Wednesday · 7:15 p.m. · noon Thursday · 5pm · around 7 a.m. yesterday.
  void Clock(size_t i, Candidates* out) const {
    size_t first = i;
    bool approx = W(i, "around") || W(i, "about");
    if (approx) ++i;
    int hour = -1, minute = 0;
    size_t j = i + 1;
    if (W(i, "noon") || W(i, "midday")) {
      hour = 12;
    } else if (W(i, "midnight")) {
      hour = 24;
    } else {
      const Token* t = At(i);
      if (!t || t->kind != Kind::kNumber) return;
      const std::string& d = t->digits;
      size_t colon = d.find(':');
      hour = std::atoi(d.substr(0, colon).c_str());
      if (colon != std::string::npos) {
        if (d.size() != colon + 3) return;
        minute = std::atoi(d.substr(colon + 1).c_str());
      } else if (d.size() > 2) {
        return;
      }
      bool pm = false, meridiem = false;
      if (t->suffix == "am" || t->suffix == "pm" || t->suffix == "a" || t->suffix == "p") {
        meridiem = true, pm = t->suffix[0] == 'p';
        if (t->suffix.size() == 1) {
          if (!(P(j, ".") && W(j + 1, "m"))) return;
          j += P(j + 2, ".") ? 3 : 2;
        }
      } else if (!t->suffix.empty()) {
        return;
      } else if ((W(j, "a") || W(j, "p")) && P(j + 1, ".") && Glued(j + 1) && W(j + 2, "m") && Glued(j + 2)) {
        meridiem = true, pm = W(j, "p");
        j += P(j + 3, ".") && Glued(j + 3) ? 4 : 3;
      } else if (W(j, "am") || W(j, "pm")) {
        meridiem = true, pm = W(j, "pm");
        ++j;
      }
      if (!meridiem || hour < 1 || hour > 12 || minute > 59) return;
      if (pm && hour != 12) hour += 12;
      if (!pm && hour == 12) hour = 0;
    }
    if (IsW(j) && InList(kTimeZones, t_[j].lower)) ++j;
    char clock[32];
    std::snprintf(clock, sizeof clock, "%02d:%02d", hour, minute);
    // The day it belongs to, when the text says it ("10 p.m. Wednesday", "noon yesterday").
    Candidates days;
    Weekday(j, &days);
    Deictic(j, &days);
    MonthFirst(j, &days);
    DayFirst(j, &days);
    Match m;
    bool found = false;
    for (Match& d : days) {
      if (d.parsed.gran == Granularity::kDay && d.parsed.day_part.empty() && (!found || d.last > m.last)) {
        m = d;
        found = true;
      }
    }
    if (!found) {
      if (hour == 12 || hour == 24) return;  // a bare "noon" is too vague to anchor
      m.parsed.anchor = Anchor::kShift;
      m.parsed.unit = Unit::kDay;
      m.parsed.gran = Granularity::kDay;
      m.parsed.rule = "clock";
      m.last = j;
    } else {
      m.parsed.rule = "clock+" + m.parsed.rule;
    }
    m.first = first;
    m.parsed.type = TimexType::kTime;
    m.parsed.day_part = clock;
    if (approx) m.parsed.mod = TimexMod::kApprox;
    out->push_back(std::move(m));
  }

  // year-earlier · year-ago (as adjectives: "year-earlier profit").
  void YearAgoAdjective(size_t i, Candidates* out) const {
    if (!(W(i, "year") && P(i + 1, "-") && Glued(i + 1) && (W(i + 2, "earlier") || W(i + 2, "ago")) && Glued(i + 2)))
      return;
    if (W(i + 3, "quarter") || W(i + 3, "period")) return;
    Parsed p;
    p.anchor = Anchor::kShift;
    p.unit = Unit::kYear;
    p.gran = Granularity::kYear;
    p.shift = -1;
    p.rule = "year-ago-adjective";
    out->push_back(Make(i, i + 3, p));
  }

  // year-end · (the) end of / beginning of / early / mid / late + a date.
  void Modified(size_t i, Candidates* out) const {
    size_t first = i;
    TimexMod mod = TimexMod::kNone;
    size_t j = i;
    if (W(j, "year") && P(j + 1, "-") && Glued(j + 1) && W(j + 2, "end") && Glued(j + 2)) {
      Parsed p;
      p.anchor = Anchor::kShift;
      p.unit = Unit::kYear;
      p.gran = Granularity::kYear;
      p.mod = TimexMod::kEnd;
      p.rule = "year-end";
      out->push_back(Make(i, i + 3, p));
      return;
    }
    bool the = W(j, "the");
    if (the) ++j;
    std::string_view w = Lower(j);
    if (IsW(j) && (w == "end" || w == "beginning" || w == "start" || w == "middle" || w == "close") && W(j + 1, "of")) {
      mod = (w == "end" || w == "close") ? TimexMod::kEnd : w == "middle" ? TimexMod::kMid : TimexMod::kStart;
      j += 2;
    } else if (IsW(j) && (w == "early" || w == "mid" || w == "late")) {
      mod = w == "early" ? TimexMod::kStart : w == "mid" ? TimexMod::kMid : TimexMod::kEnd;
      ++j;
      if (P(j, "-") && Glued(j)) ++j;
    } else {
      return;
    }
    // The modified period: "the year", "the month" after "of"; otherwise any date rule.
    Candidates inner;
    if (W(j, "the") && (W(j + 1, "year") || W(j + 1, "month") || W(j + 1, "week") || W(j + 1, "decade") ||
                        W(j + 1, "quarter") || W(j + 1, "day"))) {
      Parsed p;
      p.anchor = Anchor::kShift;
      bool plural = false;
      p.unit = UnitAt(j + 1, &plural);
      p.gran = UnitGranularity(p.unit);
      p.rule = "the-period";
      inner.push_back(Make(j, j + 2, p));
    } else {
      std::optional<Match> m = Longest(j, /*inner=*/true);
      if (m) inner.push_back(std::move(*m));
    }
    if (inner.empty()) return;
    Match m = std::move(inner.front());
    if (m.parsed.type != TimexType::kDate || m.parsed.anchor == Anchor::kValue || m.first != j) return;
    if (m.parsed.gran == Granularity::kDay && mod != TimexMod::kEnd && mod != TimexMod::kStart) return;
    m.first = first;
    m.parsed.mod = mod;
    m.parsed.rule = "mod+" + m.parsed.rule;
    out->push_back(std::move(m));
  }

  std::optional<Match> Longest(size_t i, bool inner) const {
    Candidates c;
    if (!inner) Modified(i, &c);
    NumericDate(i, &c);
    MonthFirst(i, &c);
    DayFirst(i, &c);
    Year(i, &c);
    Decade(i, &c);
    QuarterHalf(i, &c);
    Season(i, &c);
    Weekday(i, &c);
    Deictic(i, &c);
    DeicticUnit(i, &c);
    EarlierLater(i, &c);
    HolidayName(i, &c);
    if (!inner) {
      Weekend(i, &c);
      Clock(i, &c);
      YearAgoAdjective(i, &c);
      Ago(i, &c);
      Set(i, &c);
      Duration(i, &c);
      VagueRef(i, &c);
    }
    std::optional<Match> best;
    for (Match& m : c) {
      if (m.last <= m.first || !SameSentence(m.first, m.last - 1)) continue;
      if (!best || m.last > best->last) best = std::move(m);
    }
    return best;
  }

  const std::vector<Token>& t_;
  const TaggerOptions& o_;
};

}  // namespace

std::vector<Match> FindExpressions(const std::vector<Token>& tokens, const TaggerOptions& options) {
  return Matcher(tokens, options).Run();
}

}  // namespace timex
}  // namespace newsline
