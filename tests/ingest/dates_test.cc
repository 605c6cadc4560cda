// Publication dates from metadata: forms accepted, origin and raw text kept, nothing invented.
#include <gtest/gtest.h>

#include "newsline/ingest.h"

namespace newsline {
namespace {

struct DateCase {
  const char* text;
  const char* expected;  // "2026-03-03", "[2026-03-01, 2026-04-01)" for estimated, or "unknown"
};

std::string Show(const PublicationDate& p) {
  if (!p.known()) return "unknown";
  if (p.exact()) return p.day().ToString();
  return p.interval.ToString();
}

TEST(PublicationDateTest, Forms) {
  const DateCase cases[] = {
      {"2026-03-03", "2026-03-03"},
      {"2026-03-03T10:15:00+01:00", "2026-03-03"},
      {"2026-03-03T23:30:00-05:00", "2026-03-03"},  // the day as written, in its own zone
      {"2026-03-03 10:15", "2026-03-03"},
      {"2026/03/03", "2026-03-03"},
      {"20260303", "2026-03-03"},
      {"Tue, 03 Mar 2026 10:15:00 GMT", "2026-03-03"},
      {"March 3, 2026", "2026-03-03"},
      {"Mar. 3, 2026", "2026-03-03"},
      {"Sept. 30 2025", "2025-09-30"},
      {"3 March 2026", "2026-03-03"},
      {" 5-MAR-1987 09:24:07.62", "1987-03-05"},
      {"27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM", "1987-03-27"},
      {"31-MAR-1987 605:12:19.12", "1987-03-31"},
      {"3-MAR-1987  09:15:05.40", "1987-03-03"},
      {"1772532000", "2026-03-03"},      // epoch seconds
      {"1772532000000", "2026-03-03"},   // epoch milliseconds
      {"2026-03", "[2026-03-01, 2026-04-01)"},
      {"March 2026", "[2026-03-01, 2026-04-01)"},
      {"2026-02-30", "unknown"},
      {"yesterday", "unknown"},
      {"", "unknown"},
      {"Q1 2026", "unknown"},
  };
  for (const DateCase& c : cases) {
    PublicationDate p = ParsePublicationDate(c.text, FieldOrigin::kHeader);
    EXPECT_EQ(Show(p), c.expected) << "input: '" << c.text << "'";
    if (p.known()) {
      EXPECT_EQ(p.origin, FieldOrigin::kHeader);
      EXPECT_EQ(p.raw, c.text);
    }
  }
}

TEST(PublicationDateTest, UndatedArticlesStayUndated) {
  auto articles = ReadArticlesFromString("Some pasted text without any metadata at all.\n", "paste.txt");
  ASSERT_TRUE(articles.ok());
  EXPECT_FALSE(articles->at(0).published.known());
  EXPECT_EQ(articles->at(0).published.origin, FieldOrigin::kNone);
  // A header date that cannot be parsed is kept as a tag, not guessed.
  articles = ReadArticlesFromString("Title: A story about a deal\nDate: sometime soon\n\nBody text.\n", "h.txt");
  ASSERT_TRUE(articles.ok());
  EXPECT_FALSE(articles->at(0).published.known());
  EXPECT_EQ(articles->at(0).tags.at("unparsed date"), std::vector<std::string>{"sometime soon"});
}

}  // namespace
}  // namespace newsline
