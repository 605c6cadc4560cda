// Factuality of an event mention: whether the sentence says it happened, is going on, is planned,
// is only considered or threatened, did not happen, is hypothetical or rumoured — from the cue
// words before its trigger within its clause (lexicon: factuality_cues, negations, conditionals).
#ifndef NEWSLINE_LIB_EXTRACT_EVENTS_FACTUALITY_H_
#define NEWSLINE_LIB_EXTRACT_EVENTS_FACTUALITY_H_

#include <string>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "newsline/extraction.h"

namespace newsline {
namespace extract {

// The factuality of the mention whose trigger is tokens [begin, end); *cue (may be null) gets the
// words that decided it. Thread-safe.
Factuality FactualityAt(const Lexicon& lexicon, const std::vector<Token>& t, size_t begin, size_t end,
                        std::string* cue);

}  // namespace extract
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_EVENTS_FACTUALITY_H_
