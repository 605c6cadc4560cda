// One outlet written several ways is one independent source: "FT", "Financial Times", "the
// Financial Times" and a misspelled "Finacial Times" are one name. Built from every source name
// a comparison counts, so an outlet seen only in the corpus is merged as well as a pack's.
//
// Names are the same when their keys match (lowercased letters and digits, a leading "the"
// dropped), when one is an acronym of the other's words ("FT", "AP", "WSJ"; "of", "and", "the"
// skipped), or when their keys are long enough and one or two edits apart (8+ letters: one,
// 12+: two). The canonical name is the form written most often (ties: the longest, then the
// first in order).
#ifndef NEWSLINE_LIB_ANALYSIS_SOURCE_NAMES_H_
#define NEWSLINE_LIB_ANALYSIS_SOURCE_NAMES_H_

#include <map>
#include <string>
#include <vector>

namespace newsline {
namespace analysis {

class SourceNames {
 public:
  // Every occurrence of a source name, repeats included (they decide the canonical form).
  explicit SourceNames(const std::vector<std::string>& occurrences);
  // The canonical form of `name`; a name never seen is returned unchanged.
  const std::string& Canonical(const std::string& name) const;

 private:
  std::map<std::string, std::string> canonical_;
};

// "WSJ" for "Wall Street Journal": `acronym` is 2-5 capitals that are the initials of the words of
// `name` ("of", "and", "the" skipped).
bool IsAcronymOf(const std::string& acronym, const std::string& name);
// 2-5 capitals, nothing else.
bool LooksLikeAcronym(const std::string& name);
// The capitalized initials of a name's words, link words skipped ("Bank of England": "BE").
std::string Initials(const std::string& name);

// The comparison key of a name: lowercased letters and digits, a leading "the" dropped.
std::string SourceKey(const std::string& name);

}  // namespace analysis
}  // namespace newsline

#endif  // NEWSLINE_LIB_ANALYSIS_SOURCE_NAMES_H_
