// Boilerplate rules: site junk lines ("Advertisement", "Go to Source", share and subscribe prompts,
// comment-section trailers) and statements of origin ("This article originally appeared on X.").
// The rules are data, in one table each, in boilerplate.cc.
#ifndef NEWSLINE_LIB_TEXT_BOILERPLATE_H_
#define NEWSLINE_LIB_TEXT_BOILERPLATE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsline {
namespace text {

// How a rule's text must match a (trimmed, lower-cased) line.
enum class BoilerplateMatch { kExact, kPrefix, kContains };

struct BoilerplateRule {
  const char* text;        // lower case
  BoilerplateMatch match;
  size_t max_length;       // the line must be at most this many bytes long (kPrefix/kContains)
  const char* why;         // a short name for reports
};

// Returns the rule a whole line matches, or nullptr. `line` is one trimmed, normalized line.
const BoilerplateRule* MatchBoilerplate(std::string_view line);

// When `line` is an explicit statement of origin ("This article originally appeared on
// NetworkWorld."), returns the outlet it names.
std::optional<std::string> MatchOriginStatement(std::string_view line);

// When `line` is a copyright line ("(c) Reuters 2026", "© 2026 The Associated Press. All rights
// reserved.", "Copyright 2026 Agence France-Presse"), returns the holder it names: one to six
// words, the first capitalized, years and "all rights reserved" left out.
std::optional<std::string> MatchCopyrightHolder(std::string_view line);

}  // namespace text
}  // namespace newsline

#endif  // NEWSLINE_LIB_TEXT_BOILERPLATE_H_
