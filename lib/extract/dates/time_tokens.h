// Tokens for the temporal tagger: words, numbers (with attached suffixes such as "3rd", "2GW",
// "1990s") and punctuation, each with its byte span and a sentence number.
#ifndef NEWSLINE_LIB_EXTRACT_DATES_TIME_TOKENS_H_
#define NEWSLINE_LIB_EXTRACT_DATES_TIME_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsline {
namespace timex {

struct Token {
  enum class Kind { kWord, kNumber, kPunct };
  Kind kind = Kind::kPunct;
  uint32_t begin = 0;  // byte offsets into the tokenized text
  uint32_t end = 0;
  std::string lower;    // lower-cased text; curly apostrophes become "'"
  std::string digits;   // kNumber: the leading digit run with its separators ("2026-03-03", "2.5")
  std::string suffix;   // kNumber: letters glued after the digits, lower case ("rd", "gw", "s")
  int value = -1;       // kNumber: the value when `digits` is all digits (and < 10^9), else -1
  bool capitalized = false;  // kWord: first letter upper case in the text
  bool space_before = true;  // whitespace (or start of text) precedes the token
  uint32_t sentence = 0;     // naive sentence number inside the text
};

// Splits UTF-8 text into tokens. Never fails; invalid bytes become punctuation tokens.
std::vector<Token> Tokenize(std::string_view text);

}  // namespace timex
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_DATES_TIME_TOKENS_H_
