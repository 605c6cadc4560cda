// Word and punctuation tokens with byte spans: the unit every extraction rule matches over.
#ifndef NEWSLINE_LIB_EXTRACT_LEXICON_EXTRACTOR_TOKENS_H_
#define NEWSLINE_LIB_EXTRACT_LEXICON_EXTRACTOR_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/article.h"

namespace newsline {
namespace extract {

// One token of a sentence. Words are runs of letters/digits (non-ASCII bytes count as letters);
// every other visible character is its own punctuation token. Curly quotes are folded to '"',
// curly apostrophes to '\'', dashes to '-'. A possessive "'s" is one token with lower == "'s".
struct Token {
  Span span;           // into the tokenized text (absolute offsets)
  std::string lower;   // ASCII-lowercased word, or the folded punctuation character
  bool word = false;
  bool capitalized = false;  // first byte is an ASCII capital (or the token is an acronym)
  bool IsPunct(char c) const { return !word && lower.size() == 1 && lower[0] == c; }
};

// Tokenizes text[span] (offsets stay absolute into `text`).
// Thread-safety: pure function.
std::vector<Token> Tokenize(std::string_view text, Span span);

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_LEXICON_EXTRACTOR_TOKENS_H_
