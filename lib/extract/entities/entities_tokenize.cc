// Word tokenizer for entity and quantity matching (see entities_tokenize.h).
#include "extract/entities/entities_tokenize.h"

#include <cctype>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/lexicon/entities_lexicon.h"

namespace newsline {
namespace entities {
namespace {

struct CodePoint {
  UChar32 c = 0;
  int32_t next = 0;  // byte offset after it
};

CodePoint At(std::string_view s, int32_t i) {
  CodePoint cp;
  int32_t n = static_cast<int32_t>(s.size());
  if (i >= n) {
    cp.c = -1;
    cp.next = n;
    return cp;
  }
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    cp.c = b;
    cp.next = i + 1;
    return cp;
  }
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, cp.c);
  cp.next = i;
  return cp;
}

bool IsWordChar(UChar32 c) {
  if (c < 0) return false;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK;
}
bool IsDigit(UChar32 c) { return c >= '0' && c <= '9'; }
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsSpace(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         (c >= 0x80 && (u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF));
}

void AppendFolded(UChar32 c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
  uint8_t buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, f);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

// "U.S.", "e.g.": single letters each followed by a period, two or more times. Returns the end.
int32_t AbbreviationEnd(std::string_view s, int32_t i) {
  int32_t n = static_cast<int32_t>(s.size());
  int32_t j = i;
  int letters = 0;
  while (j + 1 < n && std::isalpha(static_cast<unsigned char>(s[j])) && s[j + 1] == '.' &&
         (j + 2 >= n || !std::isalnum(static_cast<unsigned char>(s[j + 2])) ||
          (j + 3 < n && s[j + 3] == '.'))) {
    ++letters;
    j += 2;
  }
  if (letters >= 2 && (j >= n || !std::isalnum(static_cast<unsigned char>(s[j])))) return j;
  return -1;
}

// An apostrophe inside a word at j: a possessive ends the word ("Microsoft's", "companies’"),
// an inner one is part of it ("doesn't", "O'Brien"). Sets *next past what it took; false when
// the word ends here.
bool TakeApostrophe(std::string_view s, int32_t j, const CodePoint& c, Token* t, int32_t* next) {
  const CodePoint after = At(s, c.next);
  if ((after.c == 's' || after.c == 'S') && !IsWordChar(At(s, after.next).c)) {
    t->possessive = true;
    t->end = static_cast<uint32_t>(j);
    t->end_with_possessive = static_cast<uint32_t>(after.next);
    *next = after.next;
    return false;
  }
  if (!IsWordChar(after.c) && !t->folded.empty() && t->folded.back() == 's') {
    t->possessive = true;  // plural possessive: "companies’"
    t->end = static_cast<uint32_t>(j);
    t->end_with_possessive = static_cast<uint32_t>(c.next);
    *next = c.next;
    return false;
  }
  if (IsWordChar(after.c)) {
    t->folded.push_back('\'');
    *next = c.next;
    return true;
  }
  *next = j;
  return false;
}

// The word starting at i: letters and digits case folded, decimal points and thousands
// separators inside numbers ("1.22", "21,578"), inner apostrophes; a possessive is left out of
// `end`. Returns the index after the word (and its possessive).
int32_t ReadWord(std::string_view s, int32_t i, Token* t) {
  const int32_t n = static_cast<int32_t>(s.size());
  int letters = 0, lowers = 0;
  bool first_alpha_seen = false;
  int32_t j = i;
  while (j < n) {
    const CodePoint c = At(s, j);
    if (IsWordChar(c.c)) {
      if (u_isalpha(c.c)) {
        t->has_alpha = true;
        ++letters;
        const bool upper = c.c < 0x80 ? (c.c >= 'A' && c.c <= 'Z') : (u_isupper(c.c) || u_istitle(c.c));
        if (!upper) ++lowers;
        if (!first_alpha_seen) {
          first_alpha_seen = true;
          t->upper_initial = upper;
        }
      } else if (IsDigit(c.c)) {
        t->has_digit = true;
      }
      AppendFolded(c.c, &t->folded);
      j = c.next;
      continue;
    }
    if ((c.c == '.' || c.c == ',') && j > 0 && IsDigit(static_cast<unsigned char>(s[j - 1])) && j + 1 < n &&
        IsDigit(static_cast<unsigned char>(s[j + 1]))) {
      t->folded.push_back(static_cast<char>(c.c));
      j = c.next;
      continue;
    }
    if (IsApostrophe(c.c) && TakeApostrophe(s, j, c, t, &j)) continue;
    break;
  }
  if (!t->possessive) t->end = t->end_with_possessive = static_cast<uint32_t>(j);
  t->all_caps = letters >= 2 && lowers == 0;
  return j;
}

// "U.S." as one word ending at `end`.
void ReadAbbreviation(std::string_view s, int32_t i, int32_t end, Token* t) {
  for (int32_t j = i; j < end; ++j) t->folded.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[j]))));
  t->upper_initial = std::isupper(static_cast<unsigned char>(s[i])) != 0;
  t->has_alpha = true;
  t->all_caps = t->upper_initial;
  t->end = t->end_with_possessive = static_cast<uint32_t>(end);
}

// Whether the punctuation at i ends a sentence: . ! ? : ; … (a period after an abbreviation or a
// single letter does not).
bool EndsSentence(const CodePoint& cp, const std::vector<Token>& tokens, int32_t i) {
  if (!(cp.c == '.' || cp.c == '!' || cp.c == '?' || cp.c == ':' || cp.c == ';' || cp.c == 0x2026)) return false;
  const bool abbreviation = cp.c == '.' && !tokens.empty() && tokens.back().word &&
                            tokens.back().end == static_cast<uint32_t>(i) &&
                            (IsAbbreviation(tokens.back().folded) || tokens.back().folded.size() == 1);
  return !abbreviation;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 5 + 4);
  const int32_t n = static_cast<int32_t>(s.size());
  bool space = false, newline = false, at_start = true, hyphen_pending = false;
  int32_t i = 0;
  while (i < n) {
    const CodePoint cp = At(s, i);
    if (IsSpace(cp.c)) {
      space = true;
      if (cp.c == '\n' || cp.c == '\r') newline = at_start = true;
      hyphen_pending = false;
      i = cp.next;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    if (!IsWordChar(cp.c)) {  // punctuation: one code point per token
      t.end = t.end_with_possessive = static_cast<uint32_t>(cp.next);
      t.folded.assign(s.substr(static_cast<size_t>(i), static_cast<size_t>(cp.next - i)));
      if (EndsSentence(cp, tokens, i)) at_start = true;
      hyphen_pending = false;
      tokens.push_back(std::move(t));
      i = cp.next;
      continue;
    }
    t.word = true;
    t.hyphen_before = hyphen_pending && !t.space_before;
    const int32_t abbr = AbbreviationEnd(s, i);
    if (abbr > 0) {
      ReadAbbreviation(s, i, abbr, &t);
      i = abbr;
    } else {
      i = ReadWord(s, i, &t);
    }
    t.sentence_start = at_start;
    at_start = hyphen_pending = false;
    tokens.push_back(std::move(t));
    // A hyphen directly between two words joins them.
    if (i < n) {
      const CodePoint h = At(s, i);
      if (IsHyphen(h.c) && IsWordChar(At(s, h.next).c)) {
        hyphen_pending = true;
        i = h.next;
      }
    }
  }
  return tokens;
}

std::string FoldCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    CodePoint cp = At(text, i);
    if (cp.c < 0) {
      out.push_back(text[static_cast<size_t>(i)]);
      i = i + 1 > cp.next ? i + 1 : cp.next;
      continue;
    }
    AppendFolded(cp.c, &out);
    i = cp.next;
  }
  return out;
}

std::string NormalizeTokens(std::string_view text) {
  std::string out;
  for (const Token& t : Tokenize(text)) {
    if (!t.word) continue;
    if (!out.empty()) out.push_back(' ');
    out += t.folded;
  }
  return out;
}

}  // namespace entities
}  // namespace newsline
