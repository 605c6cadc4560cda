// Body layout: split normalized text into trimmed lines, then assemble the kept lines into
// paragraphs (one per line, or hard-wrapped lines joined), composing offsets back to the input.
#ifndef NEWSLINE_LIB_TEXT_LAYOUT_H_
#define NEWSLINE_LIB_TEXT_LAYOUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/article.h"

namespace newsline {
namespace text {

// One line of a text, without its leading and trailing spaces.
struct Line {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool indented = false;      // the raw line started with a space
  bool blank_before = false;  // a blank line (or the start of text) precedes it
  bool keep = true;           // cleared by boilerplate removal or title extraction
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
};

// Non-empty lines of `text` ('\n' separated), trimmed.
std::vector<Line> SplitLines(std::string_view text);

enum class ParagraphStyle {
  kLines,     // each line is a paragraph; a line starting in lower case after a line that does
              // not end a sentence continues it (hard-wrapped text)
  kIndented,  // hard-wrapped: a paragraph starts at an indented line or after a blank line
};

struct Body {
  std::string text;  // paragraphs separated by "\n\n"
  std::vector<Paragraph> paragraphs;
  OffsetMap offsets;  // text offsets -> input offsets (through `source_offsets`)
};

// Builds the body from the kept lines of `source` (normalized text whose offsets map through
// `source_offsets`). Strips list bullets ("• ", "- ", "* ") at paragraph starts and collapses runs
// of spaces.
Body AssembleBody(std::string_view source, const OffsetMap& source_offsets, const std::vector<Line>& lines,
                  ParagraphStyle style);

}  // namespace text
}  // namespace newsline

#endif  // NEWSLINE_LIB_TEXT_LAYOUT_H_
