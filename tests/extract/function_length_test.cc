// Issue 13's rule for the extraction stage: no function in lib/extract longer than 80 lines, so
// every rule reads as a named pass. The scan strips comments and string literals, follows brace
// depth, and measures each brace block that opens a function (a line ending in "{" after a
// parameter list, not a control statement, lambda, class, namespace or initializer).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxLines = 80;

// The line without its // comment and with string and character literals emptied.
std::string Code(const std::string& line) {
  std::string out;
  char quote = 0;
  for (size_t k = 0; k < line.size(); ++k) {
    const char c = line[k];
    if (quote) {
      if (c == '\\') ++k;
      else if (c == quote) {
        quote = 0;
        out += c;
      }
      continue;
    }
    if (c == '/' && k + 1 < line.size() && line[k + 1] == '/') break;
    if (c == '"' || c == '\'') quote = c;
    out += c;
  }
  return out;
}

bool OpensFunction(const std::string& code) {
  static const std::regex kSignatureEnd(R"(\)\s*(const)?\s*(override)?\s*(noexcept)?\s*(->\s*\S+)?\s*(:.*)?\{\s*$)");
  static const std::regex kNotFunction(R"(^\s*(if|for|while|switch|else|do|case|namespace|struct|class|enum)\b)");
  static const std::regex kLambda(R"(\[[^\]]*\]\s*\([^)]*\)\s*(mutable)?\s*(->\s*\S+)?\s*\{\s*$)");
  return std::regex_search(code, kSignatureEnd) && !std::regex_search(code, kNotFunction) &&
         !std::regex_search(code, kLambda);
}

struct LongFunction {
  std::string where;
  size_t lines;
};

std::vector<LongFunction> LongFunctions(const fs::path& file) {
  std::ifstream in(file);
  std::vector<LongFunction> out;
  std::string line;
  size_t number = 0, start = 0;
  int depth = 0;
  bool inside = false, block_comment = false;
  while (std::getline(in, line)) {
    ++number;
    if (block_comment || line.find("/*") != std::string::npos) {
      block_comment = line.find("*/") == std::string::npos;
      continue;
    }
    const std::string code = Code(line);
    const int opens = static_cast<int>(std::count(code.begin(), code.end(), '{'));
    const int closes = static_cast<int>(std::count(code.begin(), code.end(), '}'));
    if (!inside) {
      if (opens > closes && OpensFunction(code)) {
        inside = true;
        start = number;
        depth = opens - closes;
      }
      continue;
    }
    depth += opens - closes;
    if (depth > 0) continue;
    inside = false;
    if (number - start + 1 > kMaxLines) out.push_back({file.string() + ":" + std::to_string(start), number - start + 1});
  }
  return out;
}

TEST(FunctionLengthTest, NoFunctionInTheExtractionStageIsLongerThan80Lines) {
  const fs::path root = fs::path(NEWSLINE_SOURCE_DIR) / "lib" / "extract";
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".cc") continue;
    ++files;
    for (const LongFunction& f : LongFunctions(entry.path())) {
      ADD_FAILURE() << f.where << ": a function of " << f.lines << " lines (at most " << kMaxLines
                    << "): split it into named passes";
    }
  }
  EXPECT_GT(files, 20u);
}

TEST(FunctionLengthTest, TheScanFindsALongFunction) {
  const fs::path file = fs::path(::testing::TempDir()) / "newsline_long_function.cc";
  {
    std::ofstream out(file);
    out << "int Long(int x) {\n";
    for (int k = 0; k < 90; ++k) out << "  x += " << k << ";  // \"}\" in a comment\n";
    out << "  if (x) {\n    x = 1;\n  }\n  return x;\n}\n";
    out << "int Short(int x) { return x; }\n";
  }
  const std::vector<LongFunction> found = LongFunctions(file);
  fs::remove(file);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].lines, 96u);
}

}  // namespace
