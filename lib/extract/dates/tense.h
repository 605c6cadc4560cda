// Tense detection over tagger tokens (internal; the public entry point is DetectTense in dates.h).
#ifndef NEWSLINE_LIB_EXTRACT_DATES_TENSE_H_
#define NEWSLINE_LIB_EXTRACT_DATES_TENSE_H_

#include <vector>

#include "extract/dates/time_tokens.h"
#include "newsline/dates.h"

namespace newsline {
namespace timex {

// The tense cue carried by token k alone (kUnknown when none).
Tense TenseCueAt(const std::vector<Token>& tokens, size_t k);

// The tense of the clause around tokens [first, last), looking only inside their sentence.
Tense DetectTenseInTokens(const std::vector<Token>& tokens, size_t first, size_t last);

}  // namespace timex
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_DATES_TENSE_H_
