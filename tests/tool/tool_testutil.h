// Runs the built newsline tool in a scratch folder and captures its output, for golden tests.
#ifndef NEWSLINE_TESTS_TOOL_TOOL_TESTUTIL_H_
#define NEWSLINE_TESTS_TOOL_TOOL_TESTUTIL_H_

#include <string>
#include <vector>

namespace newsline_test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `newsline ARGS...` with NO_COLOR=1 and COLUMNS=100, stdin from /dev/null.
RunResult RunTool(const std::vector<std::string>& args);

// A fresh scratch folder under the system temp folder, removed by the destructor.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Compares `raw` (with the checkout and ../shared paths replaced by <source> and <shared>) with
// tests/data/tool/golden/<name>; with NEWSLINE_UPDATE_GOLDEN=1 in the
// environment, writes it instead. Returns "" when equal, else a description of the first
// difference.
std::string CompareGolden(const std::string& name, const std::string& raw);

// Replaces every occurrence of `from` in `text` with `to`.
std::string ReplaceAll(std::string text, const std::string& from, const std::string& to);

}  // namespace newsline_test

#endif  // NEWSLINE_TESTS_TOOL_TOOL_TESTUTIL_H_
