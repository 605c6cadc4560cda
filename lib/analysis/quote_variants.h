// Quotations across articles: the quoted passages of the claims' sentences, aligned word by word
// (contractions expanded; a shorter excerpt aligns inside a longer one), grouped when their edit
// distance is at most a quarter of the shorter passage, then split into variants by wording and
// checked for a difference in meaning: a content word or a negation added, dropped or replaced
// (docs/analysis.md, "Quotes").
#ifndef NEWSLINE_LIB_ANALYSIS_QUOTE_VARIANTS_H_
#define NEWSLINE_LIB_ANALYSIS_QUOTE_VARIANTS_H_

#include <vector>

#include "newsline/analysis.h"

namespace newsline {
namespace analysis {

// Quotations printed by two or more articles, wording conflicts first, then by articles.
std::vector<QuoteComparison> CompareQuotes(const std::vector<ClaimRecord>& claims);

}  // namespace analysis
}  // namespace newsline

#endif  // NEWSLINE_LIB_ANALYSIS_QUOTE_VARIANTS_H_
