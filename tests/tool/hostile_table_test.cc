// The hostile-input table (issue 15): each row puts one bad thing next to a good article and runs
// `newsline index` over the folder. Every row asserts the exit status, that the message names
// the bad file or path, that the good article was indexed anyway, and that the database passes
// `xapian-check`. CI also runs this table under ASan/UBSan (the sanitizer build runs every test).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>

#include "newsline/index.h"
#include "tool/tool_testutil.h"

namespace newsline_test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kGoodArticle = std::string(NEWSLINE_SOURCE_DIR) + "/corpus/articles/01-meridian-ledger-ft-report.txt";

struct Row {
  const char* name;
  // Puts the bad input into folder `in`; returns the text the report must contain.
  std::function<std::string(const std::string& in)> setup;
  int exit_code;       // of `newsline index --json in`
  size_t articles;     // indexed afterwards: the good one, plus any good records of the bad file
};

std::string WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return fs::path(path).filename().string();
}

std::string RandomBytes(size_t n) {
  std::mt19937 rng(15);
  std::string bytes(n, '\0');
  for (char& c : bytes) c = static_cast<char>(rng() & 0xff);
  return bytes;
}

const std::vector<Row>& Rows() {
  static const std::vector<Row> kRows = {
      {"binary file", [](const std::string& in) { return WriteFile(in + "/noise.txt", RandomBytes(4096)); }, 1, 1},
      {"empty file", [](const std::string& in) { return WriteFile(in + "/empty.txt", ""); }, 1, 1},
      {"oversized file",
       [](const std::string& in) { return WriteFile(in + "/huge.txt", std::string((32u << 20) + 1, 'a')); }, 1, 1},
      {"truncated SGML",
       [](const std::string& in) {
         WriteFile(in + "/cut.sgm", "<REUTERS NEWID=\"7\"><TEXT><TITLE>OIL</TITLE><BODY>Oil rose on Monday, tra");
         return std::string("cut.sgm");
       },
       1, 1},
      {"truncated JSON", [](const std::string& in) { return WriteFile(in + "/cut.json", "{\"title\": \"x\", \"body\": \"ne"); },
       1, 1},
      {"bad JSON Lines line among good ones",
       [](const std::string& in) {
         WriteFile(in + "/lines.jsonl",
                   "{\"id\": \"l1\", \"title\": \"A\", \"body\": \"Oil prices rose on Monday, traders said.\"}\n"
                   "{broken\n"
                   "{\"id\": \"l3\", \"title\": \"B\", \"body\": \"Wheat prices fell on Tuesday, dealers said.\"}\n");
         return std::string("line 2");
       },
       1, 3},
      {"symlink loop",
       [](const std::string& in) {
         fs::create_symlink(in + "/loop-b", in + "/loop-a");
         fs::create_symlink(in + "/loop-a", in + "/loop-b");
         return std::string("loop-a");
       },
       1, 1},
      {"FIFO",
       [](const std::string& in) {
         mkfifo((in + "/pipe.txt").c_str(), 0600);  // opening it would block: it must be skipped
         return std::string("pipe.txt");
       },
       1, 1},
      {"file name with a newline and a non-UTF-8 byte",
       [](const std::string& in) {
         std::ifstream good(kGoodArticle, std::ios::binary);
         std::string text((std::istreambuf_iterator<char>(good)), std::istreambuf_iterator<char>());
         WriteFile(in + "/odd\nname-\xff.txt", text + "\nA second copy, changed.\n");
         return std::string();  // a good file: nothing to report
       },
       0, 2},
  };
  return kRows;
}

bool XapianCheckPasses(const std::string& db, std::string* output) {
  std::string log = db + ".check.log";
  std::string command = "xapian-check '" + db + "' >'" + log + "' 2>&1";
  int status = std::system(command.c_str());
  std::ifstream in(log);
  output->assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return status == 0;
}

size_t IndexedArticles(const std::string& db) {
  RunResult r = RunTool({"--db", db, "articles", "--json"});
  if (r.exit_code != 0) return 0;
  json j = json::parse(r.out, nullptr, false);
  return j.is_object() && j.contains("articles") ? j["articles"].size() : 0;
}

class HostileTableTest : public ::testing::TestWithParam<size_t> {};

TEST_P(HostileTableTest, BadInputIsReportedTheRestIndexedAndTheIndexChecks) {
  const Row& row = Rows()[GetParam()];
  SCOPED_TRACE(row.name);
  ScratchDir scratch;
  const std::string in = scratch.path() + "/in", db = scratch.path() + "/db";
  fs::create_directories(in);
  fs::copy_file(kGoodArticle, in + "/good.txt");
  const std::string expected = row.setup(in);
  RunResult r = RunTool({"--db", db, "index", "--json", in});
  EXPECT_EQ(r.exit_code, row.exit_code) << r.out << r.err;
  if (!expected.empty()) {
    json report = json::parse(r.out, nullptr, false);
    ASSERT_TRUE(report.is_object()) << r.out << r.err;
    EXPECT_NE(report["failed"].dump().find(expected), std::string::npos) << report["failed"].dump();
  }
  EXPECT_EQ(IndexedArticles(db), row.articles);
  std::string check;
  EXPECT_TRUE(XapianCheckPasses(db, &check)) << check;
}

INSTANTIATE_TEST_SUITE_P(Rows, HostileTableTest, ::testing::Range<size_t>(0, 9),
                         [](const ::testing::TestParamInfo<size_t>& info) { return "row" + std::to_string(info.param); });

TEST(HostileTableTest, ADatabasePathThatIsAFileIsAClearError) {
  ScratchDir scratch;
  const std::string db = scratch.path() + "/db";
  WriteFile(db, "not a database");
  RunResult r = RunTool({"--db", db, "index", kGoodArticle});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find(db), std::string::npos) << r.err;
  std::ifstream kept(db);
  std::string bytes((std::istreambuf_iterator<char>(kept)), std::istreambuf_iterator<char>());
  EXPECT_EQ(bytes, "not a database");  // nothing overwritten
}

TEST(HostileTableTest, ASecondWriterIsToldTheIndexIsLockedAndTheFirstFinishes) {
  ScratchDir scratch;
  const std::string db = scratch.path() + "/db";
  auto first = newsline::Index::Open(db);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  RunResult r = RunTool({"--db", db, "index", kGoodArticle});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("lock"), std::string::npos) << r.err;
  ASSERT_TRUE((*first)->Commit().ok());
  first->reset();
  // The lock is released with the first writer; the second run now indexes.
  EXPECT_EQ(RunTool({"--db", db, "index", kGoodArticle}).exit_code, 0);
  EXPECT_EQ(IndexedArticles(db), 1u);
  std::string check;
  EXPECT_TRUE(XapianCheckPasses(db, &check)) << check;
}

}  // namespace
}  // namespace newsline_test
