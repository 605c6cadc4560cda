// Publication dates from metadata: ISO 8601, RFC 2822, "March 3, 2026", Reuters "3-MAR-1987 ...".
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsline/ingest.h"

namespace newsline {
namespace {

// Month names and abbreviations (lower case) -> month number. Weekdays are skipped.
struct NamedNumber {
  const char* name;
  int value;
};
constexpr NamedNumber kMonthNames[] = {
    {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
    {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1},     {"feb", 2},      {"mar", 3},       {"apr", 4},      {"jun", 6},       {"jul", 7},
    {"aug", 8},     {"sep", 9},      {"sept", 9},      {"oct", 10},     {"nov", 11},      {"dec", 12},
};
constexpr const char* kWeekdayNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
                                         "fri", "sat", "sun"};

struct Token {
  bool number = false;
  std::string text;  // lower case
  int value = 0;
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c) || std::isalpha(c)) {
      bool digit = std::isdigit(c) != 0;
      size_t j = i;
      while (j < s.size() && (digit ? std::isdigit(static_cast<unsigned char>(s[j]))
                                    : std::isalpha(static_cast<unsigned char>(s[j])))) {
        ++j;
      }
      Token t;
      t.number = digit;
      t.text = std::string(s.substr(i, j - i));
      for (char& ch : t.text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (digit) t.value = t.text.size() <= 9 ? std::stoi(t.text) : -1;
      tokens.push_back(std::move(t));
      i = j;
    } else {
      ++i;
    }
  }
  return tokens;
}

int MonthOf(const Token& t) {
  if (t.number) return 0;
  for (const NamedNumber& m : kMonthNames) {
    if (t.text == m.name) return m.value;
  }
  return 0;
}

bool IsWeekday(const Token& t) {
  for (const char* w : kWeekdayNames) {
    if (t.text == w) return true;
  }
  return false;
}

PublicationDate Exact(int y, int m, int d, FieldOrigin origin, std::string_view raw) {
  std::optional<Day> day = Day::FromCivil(y, m, d);
  if (!day) return {};
  return PublicationDate::Exact(*day, origin, std::string(raw));
}

PublicationDate Month(int y, int m, FieldOrigin origin, std::string_view raw) {
  std::optional<Day> first = Day::FromCivil(y, m, 1);
  if (!first) return {};
  PublicationDate p;
  p.kind = PublicationDate::Kind::kEstimated;
  p.interval = {*first, first->AddMonths(1)};
  p.origin = origin;
  p.raw = std::string(raw);
  p.evidence.push_back("the metadata gives only the month: " + std::string(raw));
  return p;
}

}  // namespace

PublicationDate ParsePublicationDate(std::string_view text, FieldOrigin origin) {
  std::string_view s = text;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.empty() || s.size() > 200) return {};

  // Unix epoch seconds (10 digits) or milliseconds (13 digits).
  bool all_digits = true;
  for (char c : s) all_digits = all_digits && std::isdigit(static_cast<unsigned char>(c));
  if (all_digits && (s.size() == 10 || s.size() == 13)) {
    int64_t seconds = std::stoll(std::string(s.substr(0, 10)));
    Day d = Day::FromDaysSinceEpoch(static_cast<int32_t>(seconds / 86400));
    return PublicationDate::Exact(d, origin, std::string(text));
  }
  if (all_digits && s.size() == 8) {
    std::optional<Day> d = Day::Parse(s);
    return d ? PublicationDate::Exact(*d, origin, std::string(text)) : PublicationDate{};
  }

  std::vector<Token> tokens = Tokenize(s);
  size_t i = 0;
  while (i < tokens.size() && IsWeekday(tokens[i])) ++i;
  if (i >= tokens.size()) return {};
  const Token& a = tokens[i];
  const Token* b = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
  const Token* c = i + 2 < tokens.size() ? &tokens[i + 2] : nullptr;

  // ISO 8601: 2026-03-03[T...], 2026/03/03, 2026-03 (month only).
  if (a.number && a.text.size() == 4 && b && b->number && b->text.size() <= 2) {
    if (c && c->number && c->text.size() <= 2) return Exact(a.value, b->value, c->value, origin, text);
    if (!c) return Month(a.value, b->value, origin, text);
  }
  // 3 March 2026, 03 Mar 2026 10:15:00 GMT, 3-MAR-1987 09:15:05.40.
  if (a.number && a.text.size() <= 2 && b && MonthOf(*b) && c && c->number && c->text.size() == 4) {
    return Exact(c->value, MonthOf(*b), a.value, origin, text);
  }
  // March 3, 2026; Mar. 3 2026.
  if (MonthOf(a) && b && b->number && b->text.size() <= 2 && c && c->number && c->text.size() == 4) {
    return Exact(c->value, MonthOf(a), b->value, origin, text);
  }
  // March 2026.
  if (MonthOf(a) && b && b->number && b->text.size() == 4 && !c) {
    return Month(b->value, MonthOf(a), origin, text);
  }
  return {};
}

}  // namespace newsline
