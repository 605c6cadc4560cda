// Propositions without a pack: claims of different articles that say something about the same
// thing are grouped by what their contents share — the entities they name and their content
// words, weighted by how rare each is among the claims compared (TF-IDF over stems) — and each
// claim's side is its polarity (a denying cue or negated content) turned by a contrast pair of
// the claim lexicon ("legal" / "illegal") when the group holds both members.
//
// Grouping is average-link agglomerative clustering over the pairs whose cosine similarity
// reaches the threshold; candidate pairs come from an inverted index over the rarer features, so
// the cost stays near-linear in the number of claims for news (docs/analysis.md, "Propositions").
#ifndef NEWSLINE_LIB_ANALYSIS_CLAIM_GROUPING_H_
#define NEWSLINE_LIB_ANALYSIS_CLAIM_GROUPING_H_

#include <string>
#include <vector>

#include "newsline/query.h"

namespace newsline {
namespace analysis {

struct PropositionOptions {
  // The least average cosine similarity between the claims of one proposition (tuned on the
  // development clusters of bench/data/claims-ecbplus-dev.tsv; docs/analysis.md).
  double threshold = 0.25;
  // How much an entity the content names weighs against one content word.
  double entity_weight = 0.5;
  // A claim on the other side stays in the proposition (an opposite stance) only when its
  // content is at least this similar to a claim on the label's side; else it is its own. A
  // negation of the same statement scores far above it ("the fire was not started deliberately":
  // kept up to 0.6 and more); a denial of something else near the threshold of grouping (split
  // from 0.3) — tests/analysis/propositions_test.cc. The ECB+ development claims hardly hold
  // such pairs: from 0 to 0.5 their scores move by 0.2 points of group F1 (docs/analysis.md).
  double oppose_threshold = 0.4;
};

struct Proposition {
  std::vector<size_t> members;  // indices into the records given, in input order
  std::vector<int> polarity;    // per member: +1 the label's side, -1 the opposite side
  std::string label;            // a readable statement from the most central claim
  size_t central = 0;           // the member the label comes from (index into members)
};

// Groups the records; every record is in exactly one proposition (most are alone).
std::vector<Proposition> GroupPropositions(const std::vector<const ClaimRecord*>& records,
                                           const PropositionOptions& options = {});

}  // namespace analysis
}  // namespace newsline

#endif  // NEWSLINE_LIB_ANALYSIS_CLAIM_GROUPING_H_
