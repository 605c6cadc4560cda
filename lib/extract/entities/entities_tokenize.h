// Word tokenizer shared by the domain pack compiler, the entity matcher and the quantity finder:
// UTF-8 aware, case folded with ICU, possessives split off, hyphenated words split with a flag.
#ifndef NEWSLINE_LIB_EXTRACT_ENTITIES_ENTITIES_TOKENIZE_H_
#define NEWSLINE_LIB_EXTRACT_ENTITIES_ENTITIES_TOKENIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsline {
namespace entities {

// A word ("Microsoft", "50bn", "1.22", "U.S.") or one punctuation character ("," "(" "$" "“").
struct Token {
  uint32_t begin = 0;  // byte range in the tokenized text; a possessive "'s" is not included
  uint32_t end = 0;
  uint32_t end_with_possessive = 0;  // == end unless `possessive`
  std::string folded;  // case folded ("microsoft"); punctuation: the character itself
  bool word = false;   // letters and/or digits
  bool upper_initial = false;  // first letter is upper case ("Microsoft", "AWS", "eBay" is false)
  bool all_caps = false;       // two or more letters, none lower case ("AWS", "U.S.")
  bool has_alpha = false;
  bool has_digit = false;
  bool possessive = false;     // followed by 's / ’s / a bare ’ after s
  bool hyphen_before = false;  // joined to the previous word by a hyphen ("ChatGPT-maker": maker)
  bool space_before = false;   // whitespace between the previous token and this one
  bool newline_before = false; // a line break between the previous token and this one
  bool sentence_start = false; // first word of the text or after . ! ? : or a line break

  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
};

// Tokenizes `text` (UTF-8; invalid bytes are treated as punctuation).
std::vector<Token> Tokenize(std::string_view text);

// Case-folds a UTF-8 string code point by code point (ICU default folding).
std::string FoldCase(std::string_view text);

// The folded word tokens of `text` joined by single spaces: "Microsoft’s Azure-cloud" ->
// "microsoft azure cloud". Punctuation other than hyphens and apostrophes is dropped.
std::string NormalizeTokens(std::string_view text);

}  // namespace entities
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_ENTITIES_ENTITIES_TOKENIZE_H_
