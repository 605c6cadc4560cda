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

namespace {

// A word of ASCII letters from i; returns the index after it.
size_t ReadWord(std::string_view text, size_t i, Token* t) {
  size_t j = i;
  while (j < text.size() && IsAsciiAlpha(static_cast<unsigned char>(text[j]))) ++j;
  t->kind = Token::Kind::kWord;
  t->capitalized = text[i] >= 'A' && text[i] <= 'Z';
  for (size_t k = i; k < j; ++k) t->lower.push_back(Lower(text[k]));
  return j;
}

// A number from i with its inner separators ("1.5", "12:30", "2026-03-18") and a glued letter
// suffix ("5th", "10am"); its value when all digits. Returns the index after it.
size_t ReadNumber(std::string_view text, size_t i, Token* t) {
  const size_t n = text.size();
  size_t j = i;
  while (j < n) {
    const unsigned char d = static_cast<unsigned char>(text[j]);
    const bool separator = (d == '.' || d == ',' || d == ':' || d == '/' || d == '-') && j + 1 < n &&
                           IsDigit(static_cast<unsigned char>(text[j + 1]));
    if (!IsDigit(d) && !separator) break;
    ++j;
  }
  t->kind = Token::Kind::kNumber;
  t->digits.assign(text.substr(i, j - i));
  size_t k = j;
  while (k < n && IsAsciiAlpha(static_cast<unsigned char>(text[k]))) t->suffix.push_back(Lower(text[k++]));
  t->lower = t->digits + t->suffix;
  bool all_digits = t->digits.size() <= 9;
  for (char d : t->digits) all_digits = all_digits && IsDigit(static_cast<unsigned char>(d));
  if (all_digits) {
    t->value = 0;
    for (char d : t->digits) t->value = t->value * 10 + (d - '0');
  }
  return k;
}

// One code point of punctuation (curly quotes and dashes written plain); non-ASCII letters
// (accented words) are kept as punctuation: they never form dates. Returns the index after it.
size_t ReadPunct(std::string_view text, size_t i, Token* t) {
  size_t len = Utf8Length(static_cast<unsigned char>(text[i]));
  if (i + len > text.size()) len = text.size() - i;
  const std::string_view piece = text.substr(i, len);
  if (piece == "\xE2\x80\x99" || piece == "\xE2\x80\x98") {
    t->lower = "'";
  } else if (piece == "\xE2\x80\x93" || piece == "\xE2\x80\x94") {
    t->lower = "-";
  } else {
    t->lower.assign(piece);
  }
  t->kind = Token::Kind::kPunct;
  return i + len;
}

// The sentence of a new token: the previous one's, plus one after a line break or a sentence end
// (a "." is judged with the new token appended).
uint32_t SentenceOf(std::vector<Token>* tokens, const Token& t, bool newline_break) {
  if (tokens->empty()) return 0;
  uint32_t sentence = tokens->back().sentence;
  if (newline_break) return sentence + 1;
  if (!EndsSentence(*tokens, tokens->size() - 1)) return sentence;
  tokens->push_back(t);
  const bool ends = EndsSentence(*tokens, tokens->size() - 2);
  tokens->pop_back();
  return ends ? sentence + 1 : sentence;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  bool space = true;
  bool newline_break = false;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpace(c)) {
      if (c == '\n') newline_break = true;
      space = true;
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    i = IsAsciiAlpha(c) ? ReadWord(text, i, &t) : IsDigit(c) ? ReadNumber(text, i, &t) : ReadPunct(text, i, &t);
    t.end = static_cast<uint32_t>(i);
    t.sentence = SentenceOf(&tokens, t, newline_break);
    newline_break = false;
    space = false;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace timex
}  // namespace newsline
