// The word tables the comparison of claims reads (data, not rules): negations, contractions,
// words of reporting that say nothing about what is claimed, and contrast pairs whose members
// take opposite sides of one proposition ("legal" / "illegal"). General English only; a story's
// own words never belong here.
//
// Thread-safety: the tables are immutable; share them freely.
#ifndef NEWSLINE_LIB_ANALYSIS_CLAIM_LEXICON_H_
#define NEWSLINE_LIB_ANALYSIS_CLAIM_LEXICON_H_

#include <string>
#include <utility>
#include <vector>

namespace newsline {
namespace analysis {

struct ClaimLexicon {
  std::vector<std::string> negations;  // "not", "never", "no", ...
  // Contractions with their expansion, compared after lowercasing: {"won't", "will not"}.
  std::vector<std::pair<std::string, std::string>> contractions;
  // Words that frame a claim rather than say what it is about ("said", "reportedly").
  std::vector<std::string> framing;
  // Contrast pairs: a claim with the second member takes the opposite side from one with the
  // first, when both occur in one proposition.
  std::vector<std::pair<std::string, std::string>> contrasts;
  // Function words whose substitution in a quotation does not change its meaning ("who"/"that").
  std::vector<std::string> light_words;
  // Words that open a clause inside a claim's content: a label is cut before them ("and", "but").
  std::vector<std::string> clause_openers;
  // Words left out of an outlet's acronym ("of", "and", "the").
  std::vector<std::string> name_link_words;
  // Articles dropped from the start of an outlet's name when names are compared ("the").
  std::vector<std::string> name_articles;

  static const ClaimLexicon& Get();
};

}  // namespace analysis
}  // namespace newsline

#endif  // NEWSLINE_LIB_ANALYSIS_CLAIM_LEXICON_H_
