// Helpers to run the tool and compare its output with golden files.
#include "tool/tool_testutil.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace newsline_test {
namespace fs = std::filesystem;

namespace {

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

ScratchDir::ScratchDir() {
  std::string tmpl = (fs::temp_directory_path() / "newsline_tool_XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) std::abort();
  path_ = tmpl;
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

RunResult RunTool(const std::vector<std::string>& args) {
  ScratchDir capture;
  std::string out_file = capture.path() + "/out", err_file = capture.path() + "/err";
  std::string command = "env -u NEWSLINE_DB NO_COLOR=1 COLUMNS=100 " + Quote(NEWSLINE_TOOL_PATH);
  for (const std::string& a : args) command += " " + Quote(a);
  command += " </dev/null >" + Quote(out_file) + " 2>" + Quote(err_file);
  RunResult result;
  int status = std::system(command.c_str());
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(out_file);
  result.err = ReadFile(err_file);
  return result;
}

std::string CompareGolden(const std::string& name, const std::string& raw) {
  // Golden files must not depend on where the checkout and ../shared are.
  std::string actual = ReplaceAll(ReplaceAll(raw, NEWSLINE_SHARED_DIR, "<shared>"), NEWSLINE_SOURCE_DIR, "<source>");
  fs::path path = fs::path(NEWSLINE_TEST_DATA_DIR) / "tool" / "golden" / name;
  const char* update = std::getenv("NEWSLINE_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return "";
  }
  if (!fs::exists(path)) return "missing golden file " + path.string() + " (run with NEWSLINE_UPDATE_GOLDEN=1)";
  std::string expected = ReadFile(path.string());
  if (expected == actual) return "";
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    bool he = static_cast<bool>(std::getline(e, el)), ha = static_cast<bool>(std::getline(a, al));
    if (!he && !ha) break;
    if (!he || !ha || el != al) {
      return path.string() + ": line " + std::to_string(line) + " differs\n  expected: " + (he ? el : "<end>") +
             "\n  actual:   " + (ha ? al : "<end>") +
             "\n(if the change is intended, rerun with NEWSLINE_UPDATE_GOLDEN=1 and review the diff)";
    }
  }
  return path.string() + ": differs";
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  if (from.empty()) return text;
  for (size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += to.size()) {
    text.replace(pos, from.size(), to);
  }
  return text;
}

}  // namespace newsline_test
