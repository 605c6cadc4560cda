// Tokenizer for the claim and event rules (bytes in, tokens with absolute spans out).
#include "extract/lexicon/extractor_tokens.h"

namespace newsline {
namespace extract {
namespace {

bool IsWordByte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of the UTF-8 sequence starting with lead byte c (1 for invalid bytes).
size_t Utf8Length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

// Folds a multi-byte punctuation character to ASCII; returns 0 when it is a letter-like char.
char FoldPunct(std::string_view ch) {
  if (ch == "\xE2\x80\x9C" || ch == "\xE2\x80\x9D" || ch == "\xE2\x80\x9E" || ch == "\xC2\xAB" ||
      ch == "\xC2\xBB")
    return '"';
  if (ch == "\xE2\x80\x98" || ch == "\xE2\x80\x99") return '\'';
  if (ch == "\xE2\x80\x93" || ch == "\xE2\x80\x94" || ch == "\xE2\x80\x92") return '-';
  if (ch == "\xE2\x80\xA2") return '*';
  if (ch == "\xE2\x80\xA6") return '.';
  if (ch == "\xC2\xA0" || ch == "\xE2\x80\x89" || ch == "\xE2\x80\x8B") return ' ';
  return 0;
}

// An apostrophe token `t` (at text[t->span.begin], `len` bytes) that is a clitic: a possessive
// "'s" after a word, or a contracted negation: "doesn't" -> "doesn" + "n't". A bare "n't" (a
// lexicon phrase such as "n't rule out") is one token too, so that the phrase matches the text's.
// Extends `t` over the clitic; true when it is one.
bool TakeClitic(std::string_view text, size_t end, size_t len, Token* t, std::vector<Token>* out) {
  if (out->empty() || !out->back().word || out->back().lower.empty()) return false;
  const size_t next = t->span.begin + len;
  if (next >= end) return false;
  const char c = static_cast<char>(text[next] | 0x20);  // lower-cased letter
  const bool alone = next + 1 >= end || !IsWordByte(static_cast<unsigned char>(text[next + 1]));
  if (!alone || (c != 's' && c != 't')) return false;
  if (c == 't' && out->back().lower.back() != 'n') return false;
  if (c == 't' && out->back().lower.size() == 1 && out->back().span.end == t->span.begin) {
    t->span.begin = out->back().span.begin;
    out->pop_back();
  }
  t->span.end = static_cast<uint32_t>(next + 1);
  t->lower = c == 's' ? "'s" : "n't";
  t->word = true;
  return true;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, Span span) {
  std::vector<Token> out;
  size_t i = span.begin;
  const size_t end = std::min<size_t>(span.end, text.size());
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    size_t len = Utf8Length(c);
    if (i + len > end) len = end - i;
    char folded = 0;
    if (c >= 0x80) {
      folded = FoldPunct(text.substr(i, len));
      if (folded == ' ') {
        i += len;
        continue;
      }
    }
    if (IsWordByte(c) || (c >= 0x80 && folded == 0)) {
      Token t;
      size_t j = i;
      while (j < end) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        size_t l = Utf8Length(d);
        if (j + l > end) l = end - j;
        if (IsWordByte(d)) {
          t.lower.push_back(static_cast<char>(d >= 'A' && d <= 'Z' ? d - 'A' + 'a' : d));
          j += 1;
        } else if (d >= 0x80 && FoldPunct(text.substr(j, l)) == 0) {
          t.lower.append(text.substr(j, l));
          j += l;
        } else {
          break;
        }
      }
      t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
      t.word = true;
      t.capitalized = c >= 'A' && c <= 'Z';
      out.push_back(std::move(t));
      i = j;
      continue;
    }
    Token t;
    t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + len)};
    t.lower = std::string(1, folded ? folded : static_cast<char>(c));
    if (t.lower == "`") t.lower = "'";
    if (t.lower == "'" && TakeClitic(text, end, len, &t, &out)) {
      i = t.span.end;
      out.push_back(std::move(t));
      continue;
    }
    out.push_back(std::move(t));
    i += len;
  }
  return out;
}

}  // namespace extract
}  // namespace newsline
