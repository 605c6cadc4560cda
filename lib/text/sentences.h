// Sentence splitting: ICU's sentence BreakIterator per paragraph, then newsline's own post-rules:
// merge after abbreviations ("U.S.", "Inc.", "Dr.", "Jan. 5"), split where a period has no space
// after it ("obligation."The report"). Paragraphs never share a sentence, so a paragraph without
// terminal punctuation (a headline, a list item) is a sentence of its own.
#ifndef NEWSLINE_LIB_TEXT_SENTENCES_H_
#define NEWSLINE_LIB_TEXT_SENTENCES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/article.h"

namespace newsline {
namespace text {

// Thread-safety: not thread-safe (it owns an ICU iterator); use one per thread. Construction is
// the expensive part; reuse an instance.
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Sentences of every paragraph of `text`, in order, trimmed of surrounding spaces.
  std::vector<Sentence> Split(std::string_view text, const std::vector<Paragraph>& paragraphs);
  // The sentence spans of one range of `text` (absolute offsets).
  std::vector<Span> SplitRange(std::string_view text, Span range);

 private:
  struct Iterator;  // wraps the ICU BreakIterator (ICU types stay out of headers)
  std::unique_ptr<Iterator> iterator_;
  std::string error_;
};

// True when the sentence boundary after `before` should be removed because `before` ends with an
// abbreviation given what follows (`after` starts the next sentence). Exposed for tests.
bool EndsWithAbbreviation(std::string_view before, std::string_view after);

}  // namespace text
}  // namespace newsline

#endif  // NEWSLINE_LIB_TEXT_SENTENCES_H_
