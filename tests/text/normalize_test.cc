// Tests for UTF-8 repair and normalization (NFKC, quotes, dashes, spaces, invisibles) with offsets.
#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace newsline {
namespace text {
namespace {

struct NormalizeCase {
  const char* input;
  const char* expected;
};

TEST(NormalizeTest, UnifiesCharacters) {
  const NormalizeCase cases[] = {
      {"OpenAI\xe2\x80\x99s deal", "OpenAI's deal"},                          // ’
      {"\xe2\x80\x9cquoted\xe2\x80\x9d", "\"quoted\""},                      // “ ”
      {"\xe2\x80\x98single\xe2\x80\x99", "'single'"},                        // ‘ ’
      {"partners \xe2\x80\x94 OpenAI", "partners - OpenAI"},                 // em dash
      {"2019\xe2\x80\x93" "2020", "2019-2020"},                              // en dash
      {"$50\xc2\xa0" "billion", "$50 billion"},                              // NBSP
      {"zero\xe2\x80\x8bwidth\xef\xbb\xbf", "zerowidth"},                    // ZWSP, BOM
      {"soft\xc2\xadhyphen", "softhyphen"},                                  // soft hyphen
      {"\xef\xac\x81nance", "finance"},                                      // ﬁ ligature (NFKC)
      {"\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3", "ABC"},                       // full-width (NFKC)
      {"e\xcc\x81t\xc3\xa9", "\xc3\xa9t\xc3\xa9"},                           // e + combining acute -> é
      {"the partnership\xe2\x80\xa6", "the partnership..."},                 // … (NFKC)
      {"a\r\nb\rc", "a\nb\nc"},                                              // CRLF, CR
      {"tab\there", "tab here"},
      {"bell\x07" "char", "bellchar"},                                       // control removed
      {"line\xe2\x80\xa8" "sep", "line\nsep"},                               // U+2028
      {"\xe2\x80\xb3" "inch", "\"inch"},                                     // ″ double prime
  };
  for (const NormalizeCase& c : cases) {
    EXPECT_EQ(NormalizeString(c.input), c.expected) << "input: " << c.input;
  }
}

TEST(NormalizeTest, RepairsInvalidUtf8) {
  // A lone Latin-1 byte in otherwise ASCII text: decoded as Windows-1252 (bbc/sport/199.txt).
  uint32_t repaired = 0;
  EXPECT_EQ(RepairUtf8("a \xa3" "15.8m signing", Repair::kAuto, &repaired), "a \xc2\xa3" "15.8m signing");
  EXPECT_EQ(repaired, 1u);
  // Mostly UTF-8 text with one bad byte: U+FFFD.
  EXPECT_EQ(RepairUtf8("\xc2\xa3" "1 \xc2\xa3" "2 \xff", Repair::kAuto), "\xc2\xa3" "1 \xc2\xa3" "2 \xef\xbf\xbd");
  // Windows-1252 specials: 0x93 0x94 are curly quotes, then unified by Normalize.
  EXPECT_EQ(NormalizeString("\x93hi\x94"), "\"hi\"");
  // Truncated and overlong sequences never crash and are counted byte by byte.
  NormalizedText n = Normalize("ok\xe2\x80", 0, Repair::kReplacement);
  EXPECT_EQ(n.text, "ok\xef\xbf\xbd\xef\xbf\xbd");
  EXPECT_EQ(n.repaired_bytes, 2u);
  EXPECT_EQ(Normalize("\xc0\xaf", 0, Repair::kReplacement).text, "\xef\xbf\xbd\xef\xbf\xbd");  // overlong
  EXPECT_TRUE(IsValidUtf8(NormalizeString(std::string("\xed\xa0\x80 \xf4\x90\x80\x80", 9))));
  EXPECT_EQ(Normalize("\xfc").text, "\xc3\xbc");  // Reuters NEWID 17980
}

TEST(NormalizeTest, OffsetsMapBackToInput) {
  // "“Hi” — OpenAI’s" : every normalized offset maps to the matching input offset.
  const std::string input = "\xe2\x80\x9cHi\xe2\x80\x9d \xe2\x80\x94 OpenAI\xe2\x80\x99s";
  NormalizedText n = Normalize(input, 100);
  ASSERT_EQ(n.text, "\"Hi\" - OpenAI's");
  EXPECT_EQ(n.offsets.ToOriginal(0), 100u);                         // opening quote
  EXPECT_EQ(n.offsets.ToOriginal(1), 103u);                         // H
  EXPECT_EQ(n.offsets.ToOriginal(n.text.find("OpenAI")), 100u + input.find("OpenAI"));
  EXPECT_EQ(n.offsets.ToOriginal(n.text.find("'s")), 100u + input.find("\xe2\x80\x99s"));
  EXPECT_EQ(n.offsets.ToOriginal(static_cast<uint32_t>(n.text.size())), 100u + input.size());
  // ASCII text needs no anchors.
  EXPECT_TRUE(Normalize("plain ascii text").offsets.empty());
}

}  // namespace
}  // namespace text
}  // namespace newsline
