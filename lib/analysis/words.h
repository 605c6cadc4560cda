// Words of claim texts for comparing them: lowercased word lists, contractions expanded, and a
// readable label cut at a clause boundary (never inside a word).
#ifndef NEWSLINE_LIB_ANALYSIS_WORDS_H_
#define NEWSLINE_LIB_ANALYSIS_WORDS_H_

#include <string>
#include <vector>

namespace newsline {
namespace analysis {

// The words of `text`, lowercased (ASCII letters; other bytes kept), split at anything that is
// not a letter, digit, apostrophe or a byte of a multi-byte character; a typographic apostrophe
// (U+2019) counts as "'"; apostrophes at either end of a word are dropped.
std::vector<std::string> LowerWords(const std::string& text);

// "won't" -> "will", "not" (the claim lexicon's contraction table); other words unchanged.
std::vector<std::string> ExpandContractions(const std::vector<std::string>& words);

// The text as a short label: whole when it has at most `max_words` words, else cut at the first
// clause boundary (a comma, semicolon or colon after at least a third of them, a conjunction after half),
// else after `max_words` words with an ellipsis. Quotes and end punctuation are trimmed.
// A longer text first loses its short parentheticals (", if not the letter,").
std::string ReadableLabel(const std::string& text, size_t max_words = 14);

}  // namespace analysis
}  // namespace newsline

#endif  // NEWSLINE_LIB_ANALYSIS_WORDS_H_
