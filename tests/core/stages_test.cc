// The stages of lib/ run in one order (docs/architecture.md); a stage includes only itself and
// the stages before it, in its sources and in the public headers it owns. This test reads every
// #include and fails on one that reaches downstream (the index including the analysis, say).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace newsline {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& Stages() {
  static const std::vector<std::string> kStages = {"core",  "text",     "ingest", "extract", "index",
                                                   "query", "analysis", "report", "pipeline"};
  return kStages;
}

// The stage that owns each public header.
const std::map<std::string, std::string>& PublicHeaderStage() {
  static const std::map<std::string, std::string> kOwners = {
      {"status.h", "core"},        {"calendar.h", "core"},       {"article.h", "core"},
      {"version.h", "core"},       {"ingest.h", "ingest"},       {"manifest.h", "ingest"},
      {"duplicates.h", "ingest"},  {"dates.h", "extract"},       {"entities.h", "extract"},
      {"extraction.h", "extract"}, {"domain_pack.h", "extract"}, {"index.h", "index"},
      {"query.h", "query"},        {"records.h", "query"},       {"entity_list.h", "query"},
      {"analysis.h", "analysis"},  {"report.h", "report"},       {"pipeline.h", "pipeline"},
      {"newsline.h", "pipeline"},
  };
  return kOwners;
}

int Rank(const std::string& stage) {
  auto it = std::find(Stages().begin(), Stages().end(), stage);
  return it == Stages().end() ? -1 : static_cast<int>(it - Stages().begin());
}

// The stage an #include names: "newsline/x.h" by its owner, "index/schema.h" by its folder.
std::string StageOf(const std::string& include) {
  if (include.rfind("newsline/", 0) == 0) {
    auto it = PublicHeaderStage().find(include.substr(9));
    return it == PublicHeaderStage().end() ? "" : it->second;
  }
  size_t slash = include.find('/');
  return slash == std::string::npos ? "" : include.substr(0, slash);
}

// "file: include" for every include of `file` that names a stage after `stage`.
std::vector<std::string> UpstreamViolations(const fs::path& file, const std::string& stage) {
  static const std::regex kInclude("^#include \"([^\"]+)\"");
  std::vector<std::string> found;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (!std::regex_search(line, m, kInclude)) continue;
    const std::string target = StageOf(m[1]);
    if (Rank(target) > Rank(stage)) found.push_back(file.generic_string() + ": " + m[1].str());
  }
  return found;
}

TEST(StagesTest, EveryPublicHeaderHasAnOwningStage) {
  for (const auto& entry : fs::directory_iterator(fs::path(NEWSLINE_SOURCE_DIR) / "include/newsline")) {
    EXPECT_TRUE(PublicHeaderStage().count(entry.path().filename().string())) << entry.path();
  }
}

TEST(StagesTest, NoStageIncludesALaterOne) {
  const fs::path root = NEWSLINE_SOURCE_DIR;
  std::vector<std::string> violations;
  size_t files = 0;
  for (const std::string& stage : Stages()) {
    ASSERT_TRUE(fs::is_directory(root / "lib" / stage)) << stage;
    for (const auto& entry : fs::recursive_directory_iterator(root / "lib" / stage)) {
      if (!entry.is_regular_file()) continue;
      ++files;
      for (std::string& v : UpstreamViolations(entry.path(), stage)) violations.push_back(std::move(v));
    }
  }
  for (const auto& [header, stage] : PublicHeaderStage()) {
    for (std::string& v : UpstreamViolations(root / "include/newsline" / header, stage))
      violations.push_back(v);
  }
  EXPECT_GT(files, 50u);
  for (const std::string& v : violations) ADD_FAILURE() << "includes a later stage: " << v;
}

// The check itself: an include that reaches downstream is seen.
TEST(StagesTest, TheCheckSeesAnUpstreamInclude) {
  const fs::path probe = fs::temp_directory_path() / "newsline_stage_probe.cc";
  std::ofstream(probe) << "#include \"newsline/analysis.h\"\n#include \"index/schema.h\"\n";
  EXPECT_EQ(UpstreamViolations(probe, "index").size(), 1u);
  EXPECT_EQ(UpstreamViolations(probe, "core").size(), 2u);
  EXPECT_TRUE(UpstreamViolations(probe, "report").empty());
  fs::remove(probe);
}

}  // namespace
}  // namespace newsline
