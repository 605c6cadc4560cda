// How the tool reports an error: "newsline: MESSAGE" on stderr, or, when the run asked for
// --json, one JSON object {"error": MESSAGE, "exit_status": N} on stdout, so a script that reads
// the JSON output gets the failure in the same form. And the nearest known name for a typo.
#ifndef NEWSLINE_TOOLS_ERRORS_H_
#define NEWSLINE_TOOLS_ERRORS_H_

#include <string>
#include <vector>

namespace newsline_tool {

// Set once, after the command line is parsed.
void SetJsonErrors(bool json);

// Reports `message` and returns `exit_status`.
int Fail(int exit_status, const std::string& message);

// The candidate nearest to `word` (edit distance at most a third of its length, at least 1,
// or a candidate that starts with it), or "".
std::string Nearest(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace newsline_tool

#endif  // NEWSLINE_TOOLS_ERRORS_H_
