// Tokenizer of the temporal tagger (see time_tokens.h).
#include "extract/dates/time_tokens.h"

#include "extract/dates/time_lexicon.h"

namespace newsline {
namespace timex {
namespace {

bool IsAsciiAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

size_t Utf8Length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

// Whether a "." token after `prev` ends a sentence given the token that follows.
bool EndsSentence(const std::vector<Token>& tokens, size_t dot) {
  const Token& t = tokens[dot];
  if (t.lower != "." && t.lower != "!" && t.lower != "?") return false;
  if (dot + 1 >= tokens.size()) return true;
  const Token& next = tokens[dot + 1];
  if (t.lower == "." && dot > 0) {
    const Token& prev = tokens[dot - 1];
    if (prev.kind == Token::Kind::kWord && !prev.space_before && dot > 1 && tokens[dot - 2].lower == ".")
      return false;  // "U.S." inside a sentence
    if (prev.kind == Token::Kind::kWord && (InList(kAbbreviations, prev.lower) || prev.lower.size() == 1))
      return false;
  }
  if (!next.space_before) return false;
  if (next.kind == Token::Kind::kWord) return next.capitalized;
  return true;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  bool space = true;
  bool newline_break = false;
  const size_t n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpace(c)) {
      if (c == '\n') newline_break = true;
      space = true;
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    if (IsAsciiAlpha(c)) {
      size_t j = i;
      while (j < n && IsAsciiAlpha(static_cast<unsigned char>(text[j]))) ++j;
      t.kind = Token::Kind::kWord;
      t.capitalized = c >= 'A' && c <= 'Z';
      for (size_t k = i; k < j; ++k) t.lower.push_back(Lower(text[k]));
      i = j;
    } else if (IsDigit(c)) {
      size_t j = i;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        if (IsDigit(d)) {
          ++j;
        } else if ((d == '.' || d == ',' || d == ':' || d == '/' || d == '-') && j + 1 < n &&
                   IsDigit(static_cast<unsigned char>(text[j + 1]))) {
          ++j;
        } else {
          break;
        }
      }
      t.kind = Token::Kind::kNumber;
      t.digits.assign(text.substr(i, j - i));
      size_t k = j;
      while (k < n && IsAsciiAlpha(static_cast<unsigned char>(text[k]))) t.suffix.push_back(Lower(text[k++]));
      t.lower = t.digits + t.suffix;
      bool all_digits = t.digits.size() <= 9;
      for (char d : t.digits) all_digits = all_digits && IsDigit(static_cast<unsigned char>(d));
      if (all_digits) {
        t.value = 0;
        for (char d : t.digits) t.value = t.value * 10 + (d - '0');
      }
      i = k;
    } else {
      size_t len = Utf8Length(c);
      if (i + len > n) len = n - i;
      std::string_view piece = text.substr(i, len);
      if (piece == "\xE2\x80\x99" || piece == "\xE2\x80\x98") {
        t.lower = "'";
      } else if (piece == "\xE2\x80\x93" || piece == "\xE2\x80\x94") {
        t.lower = "-";
      } else {
        t.lower.assign(piece);
      }
      // Non-ASCII letters (accented words) are kept as punctuation: they never form dates.
      t.kind = Token::Kind::kPunct;
      i += len;
    }
    t.end = static_cast<uint32_t>(i);
    uint32_t sentence = tokens.empty() ? 0 : tokens.back().sentence;
    if (!tokens.empty() && (newline_break || EndsSentence(tokens, tokens.size() - 1))) {
      // Decide with the new token known: re-evaluate the previous "." with this token appended.
      if (newline_break) {
        ++sentence;
      } else {
        tokens.push_back(t);
        bool ends = EndsSentence(tokens, tokens.size() - 2);
        tokens.pop_back();
        if (ends) ++sentence;
      }
    }
    t.sentence = sentence;
    newline_break = false;
    space = false;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace timex
}  // namespace newsline
