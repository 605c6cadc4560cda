// Lexicons of the temporal tagger: month, weekday, season, unit and number words, tense cues and
// the words that make a number "not a year". All word lists live here and nowhere else.
#ifndef NEWSLINE_LIB_EXTRACT_DATES_TIME_LEXICON_H_
#define NEWSLINE_LIB_EXTRACT_DATES_TIME_LEXICON_H_

#include <string_view>

namespace newsline {
namespace timex {

// Lower-case word -> value tables. Lookups are linear; every table is small.
struct WordValue {
  std::string_view word;
  int value;
};

// Month names and abbreviations (value 1..12). `full` is false for abbreviations, which are only
// read as months when a day or a year follows ("Mar. 3", "Oct 2025").
struct MonthWord {
  std::string_view word;
  int month;
  bool full;
};
inline constexpr MonthWord kMonthWords[] = {
    {"january", 1, true},   {"february", 2, true}, {"march", 3, true},     {"april", 4, true},
    {"may", 5, true},       {"june", 6, true},     {"july", 7, true},      {"august", 8, true},
    {"september", 9, true}, {"october", 10, true}, {"november", 11, true}, {"december", 12, true},
    {"jan", 1, false},      {"feb", 2, false},     {"mar", 3, false},      {"apr", 4, false},
    {"jun", 6, false},      {"jul", 7, false},     {"aug", 8, false},      {"sep", 9, false},
    {"sept", 9, false},     {"oct", 10, false},    {"nov", 11, false},     {"dec", 12, false},
};

// Weekdays, ISO numbering (1 = Monday).
inline constexpr WordValue kWeekdayWords[] = {
    {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6},
    {"sunday", 7}, {"mon", 1},     {"tue", 2},       {"tues", 2},     {"wed", 3},    {"thu", 4},
    {"thur", 4},   {"thurs", 4},   {"fri", 5},       {"sat", 6},      {"sun", 7},
};
// Weekday abbreviations are only read with a following "." and only in date context.
inline constexpr int kFirstWeekdayAbbreviation = 7;

// Seasons: 1 spring (SP), 2 summer (SU), 3 fall (FA), 4 winter (WI).
inline constexpr WordValue kSeasonWords[] = {
    {"spring", 1}, {"summer", 2}, {"fall", 3}, {"autumn", 3}, {"winter", 4},
};
inline constexpr std::string_view kSeasonCodes[] = {"", "SP", "SU", "FA", "WI"};

// Parts of the day (TIMEX3 time suffixes, written after "T": "2026-03-03TMO").
struct DayPartWord {
  std::string_view word;
  std::string_view code;
};
inline constexpr DayPartWord kDayPartWords[] = {
    {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"},
};

// Calendar units for durations, shifts and sets.
enum class Unit { kNone, kSecond, kMinute, kHour, kDay, kWeek, kWeekend, kMonth, kQuarter, kYear, kDecade, kCentury };
struct UnitWord {
  std::string_view word;
  Unit unit;
};
inline constexpr UnitWord kUnitWords[] = {
    {"second", Unit::kSecond},   {"seconds", Unit::kSecond},   {"minute", Unit::kMinute},
    {"minutes", Unit::kMinute},  {"hour", Unit::kHour},        {"hours", Unit::kHour},
    {"day", Unit::kDay},         {"days", Unit::kDay},         {"week", Unit::kWeek},
    {"weeks", Unit::kWeek},      {"month", Unit::kMonth},      {"months", Unit::kMonth},
    {"quarter", Unit::kQuarter}, {"quarters", Unit::kQuarter}, {"year", Unit::kYear},
    {"years", Unit::kYear},      {"yr", Unit::kYear},          {"yrs", Unit::kYear},
    {"decade", Unit::kDecade},   {"decades", Unit::kDecade},   {"century", Unit::kCentury},
    {"centuries", Unit::kCentury}, {"weekend", Unit::kWeekend}, {"weekends", Unit::kWeekend},
};

// Cardinal number words.
inline constexpr WordValue kNumberWords[] = {
    {"one", 1},       {"two", 2},        {"three", 3},      {"four", 4},      {"five", 5},
    {"six", 6},       {"seven", 7},      {"eight", 8},      {"nine", 9},      {"ten", 10},
    {"eleven", 11},   {"twelve", 12},    {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},  {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},   {"forty", 40},     {"fifty", 50},     {"sixty", 60},    {"seventy", 70},
    {"eighty", 80},   {"ninety", 90},    {"hundred", 100},  {"a", 1},         {"an", 1},
    {"dozen", 12},
};

// Ordinal words (for quarters, halves and "the 3rd").
inline constexpr WordValue kOrdinalWords[] = {
    {"first", 1},  {"second", 2},  {"third", 3}, {"fourth", 4},   {"fifth", 5},   {"last", -1},
    {"final", -1}, {"1st", 1},     {"2nd", 2},   {"3rd", 3},      {"4th", 4},
};

// Words that stand for an unknown count ("several years" -> PXY).
inline constexpr std::string_view kVagueCountWords[] = {"several", "few", "many", "some", "multiple",
                                                        "numerous", "couple", "various", "countless"};

// Decades written as words ("the nineties"), as the decade's first two digits within a century.
inline constexpr WordValue kDecadeWords[] = {
    {"twenties", 20}, {"thirties", 30}, {"forties", 40}, {"fifties", 50},
    {"sixties", 60},  {"seventies", 70}, {"eighties", 80}, {"nineties", 90},
};

// Adverbs of frequency ("daily") are sets only when not used as adjectives; these words may follow.
inline constexpr std::string_view kAfterSetAdverb[] = {"and", "or", "since", "through", "in", "at", "on",
                                                       "for", "to", "from", "by", "until", "during",
                                                       "over", "with", "as", "than", "basis", "but"};

// Time zones that may follow a clock time ("5 p.m. EST").
inline constexpr std::string_view kTimeZones[] = {"est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "bst", "cet"};

// Fixed-date holidays (month, day).
struct Holiday {
  std::string_view words;  // lower case, single spaces
  int month;
  int day;
};
inline constexpr Holiday kHolidays[] = {
    {"new year's day", 1, 1},   {"new year's eve", 12, 31}, {"christmas day", 12, 25},
    {"christmas eve", 12, 24},  {"christmas", 12, 25},      {"valentine's day", 2, 14},
    {"independence day", 7, 4}, {"halloween", 10, 31},      {"boxing day", 12, 26},
};

// Present/past/future vague references.
struct RefWord {
  std::string_view word;
  std::string_view value;
};
inline constexpr RefWord kRefWords[] = {
    {"now", "PRESENT_REF"},      {"currently", "PRESENT_REF"}, {"nowadays", "PRESENT_REF"},
    {"current", "PRESENT_REF"},  {"recently", "PAST_REF"},     {"recent", "PAST_REF"},
    {"soon", "FUTURE_REF"},      {"lately", "PAST_REF"},
};

// A number followed by one of these is an amount, never a year ("2000 employees", "2030 MW").
inline constexpr std::string_view kAmountWords[] = {
    "billion", "million", "thousand", "trillion", "bn", "mn", "m", "k", "percent", "per", "pct",
    "gw", "mw", "kw", "gwh", "mwh", "twh", "kwh", "tons", "tonnes", "barrels", "bpd", "shares",
    "people", "employees", "workers", "jobs", "units", "points", "votes", "miles", "km", "kilometers",
    "meters", "feet", "acres", "dollars", "euros", "pounds", "yen", "cents", "users", "customers",
    "times", "x", "hours", "minutes", "days", "weeks", "months", "years", "gpus", "chips", "servers",
    "cars", "vehicles", "homes", "members", "troops", "deaths", "cases", "copies", "pages", "words",
    "degrees", "kg", "lb", "lbs", "mph", "rpm", "mb", "gb", "tb", "pb", "ghz", "mhz", "nm"};

// A number preceded by one of these is a label, never a year ("Section 2010", "No. 1984").
inline constexpr std::string_view kLabelWords[] = {
    "section", "article", "no", "number", "page", "route", "flight", "model", "version", "paragraph",
    "clause", "room", "item", "rule", "form", "chapter", "part", "code", "highway", "interstate",
    "suite", "box", "unit", "bill", "resolution", "act", "title", "exhibit", "table", "figure",
    "fig", "vol", "volume", "issue", "series", "iso", "windows", "office", "xbox", "boeing", "airbus",
    "hr"};

// Words that, before a bare year, make the year reading plausible.
inline constexpr std::string_view kYearContextWords[] = {
    "in", "since", "by", "of", "early", "mid", "late", "until", "till", "before", "after", "from",
    "during", "through", "to", "between", "and", "around", "circa", "fiscal", "for", "throughout",
    "or", "about", "beginning", "end", "start", "within", "on", "year", "the", "summer", "spring",
    "winter", "fall", "autumn", "than"};

// Tense cues. Future: modal or "going to"/"expected to"; past: auxiliaries and common irregular
// past forms (regular "-ed" forms are recognised by rule); present: finite present auxiliaries.
inline constexpr std::string_view kFutureCues[] = {"will", "'ll", "shall", "wo", "won't", "would", "tomorrow"};
// Multi-word future cues, matched as "<word> to" ("expected to", "set to", "plans to").
inline constexpr std::string_view kFutureToCues[] = {"expected", "set", "due", "going", "plans", "plan",
                                                     "planning", "aims", "intends", "scheduled", "poised",
                                                     "slated", "likely", "expects", "hopes", "seeks"};
inline constexpr std::string_view kPastCues[] = {
    "was", "were", "had", "did", "said", "told", "made", "took", "gave", "came", "went", "saw", "got",
    "won", "lost", "paid", "sold", "bought", "held", "met", "began", "became", "left", "fell", "rose",
    "grew", "struck", "hit", "cut", "set", "put", "led", "ran", "wrote", "spoke", "thought", "felt",
    "kept", "brought", "sent", "spent", "built", "found", "knew", "chose", "drove", "broke", "ago",
    "yesterday", "last", "earlier", "previously", "formerly", "once", "laid", "shut", "quit", "sank",
    "stood", "fought", "won", "withdrew", "overtook", "undertook", "forgave", "swore", "froze", "died",
    "shot", "fled", "stole", "flew", "threw", "caught", "sought", "slew", "wore", "ate"};
inline constexpr std::string_view kPresentCues[] = {"is", "are", "am", "says", "remains", "seems",
                                                    "appears", "continues", "do", "does", "now",
                                                    "currently", "today", "'s", "'re"};
// "-ed" words that are not past-tense verbs.
inline constexpr std::string_view kNotPastEdWords[] = {"need", "speed", "indeed", "feed", "seed", "bed",
                                                       "red", "shed", "breed", "proceed", "succeed",
                                                       "exceed", "based", "limited", "united", "related",
                                                       "detailed", "advanced", "red", "hundred"};

// Abbreviations that end with "." without ending a sentence.
inline constexpr std::string_view kAbbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "u.s", "u.k",
    "e.g", "i.e", "no", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "calif", "conn", "mass",
    "va", "wash", "fla", "n.y", "n.j", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "a.m", "p.m", "approx", "est", "fig", "vol"};

template <typename Table>
bool InList(const Table& table, std::string_view word) {
  for (std::string_view w : table)
    if (w == word) return true;
  return false;
}

}  // namespace timex
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_DATES_TIME_LEXICON_H_
