// Pattern matching of the temporal tagger: finds time expressions in a token sequence and says what
// each one means (a Parsed), before any reference date is applied.
#ifndef NEWSLINE_LIB_EXTRACT_DATES_TIME_MATCHER_H_
#define NEWSLINE_LIB_EXTRACT_DATES_TIME_MATCHER_H_

#include <vector>

#include "extract/dates/time_parse.h"
#include "extract/dates/time_tokens.h"
#include "newsline/dates.h"

namespace newsline {
namespace timex {

struct Match {
  size_t first = 0;  // token range [first, last)
  size_t last = 0;
  Parsed parsed;
};

// Returns the non-overlapping matches in token order (longest match wins at each position).
// Thread-safety: a pure function of its arguments.
std::vector<Match> FindExpressions(const std::vector<Token>& tokens, const TaggerOptions& options);

}  // namespace timex
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_DATES_TIME_MATCHER_H_
