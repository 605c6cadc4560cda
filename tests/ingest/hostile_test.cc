// Hostile input to the readers (issue 15): each case reads to the end, names the file and the
// place of what it could not read, and loses no record without a message.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "ingest/ingest_testutil.h"
#include "newsline/ingest.h"

namespace newsline {
namespace {

namespace fs = std::filesystem;

class HostileInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsline_hostile_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream out(dir_ / name, std::ios::binary);
    out << content;
    return (dir_ / name).string();
  }
  // "ok <title>" or the failure message, per item.
  static std::vector<std::string> Lines(const std::vector<IngestItem>& items) {
    std::vector<std::string> lines;
    for (const IngestItem& item : items) lines.push_back(item.ok() ? "ok " + item.article.title : item.failure.message());
    return lines;
  }
  fs::path dir_;
};

std::string Record(int id, const std::string& title, const std::string& body, bool closed = true) {
  return "<REUTERS NEWID=\"" + std::to_string(id) + "\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>\n<TITLE>" +
         title + "</TITLE>\n<BODY>" + body + "\n Reuter\n</BODY></TEXT>\n" + (closed ? "</REUTERS>\n" : "");
}

TEST_F(HostileInputTest, SgmlRecordWithoutCloseDoesNotSwallowTheNext) {
  const std::string path = Write("cut.sgm", Record(1, "First", "Cocoa rose.", false) + Record(2, "Second", "Grain fell."));
  EXPECT_EQ(Lines(testing::ReadAll({path})),
            (std::vector<std::string>{path + ":1: <REUTERS> record has no </REUTERS> before the next <REUTERS> (line 8)",
                                      "ok Second"}));
}

TEST_F(HostileInputTest, SgmlOversizedOneLineRecordLosesOnlyItself) {
  std::string huge = "<REUTERS NEWID=\"1\"><TEXT><TITLE>Huge</TITLE><BODY>" + std::string(5000, 'x') +
                     "</BODY></TEXT></REUTERS>\n";
  const std::string path = Write("huge.sgm", huge + Record(2, "After", "Grain fell."));
  IngestOptions options;
  options.max_record_bytes = 1000;
  EXPECT_EQ(Lines(testing::ReadAll({path}, options)),
            (std::vector<std::string>{path + ":1: <REUTERS> record larger than the record limit (1000 bytes)",
                                      "ok After"}));
}

TEST_F(HostileInputTest, SgmlRecordsOnOneLineAreAllRead) {
  std::string one = Record(1, "One", "Cocoa rose.") + Record(2, "Two", "Grain fell.");
  for (char& c : one) c = c == '\n' ? ' ' : c;
  const std::string path = Write("line.sgm", one + "\n");
  EXPECT_EQ(Lines(testing::ReadAll({path})), (std::vector<std::string>{"ok One", "ok Two"}));
}

TEST_F(HostileInputTest, JsonNumbersOutOfRangeAndWrongTypesAreReadWithWarnings) {
  const std::string path =
      Write("types.json", "{\"title\": 42, \"url\": 3.5, \"date\": 1e40, \"body\": \"Grain prices fell on Monday.\"}");
  std::vector<IngestItem> items = testing::ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok()) << items[0].failure.message();
  EXPECT_EQ(items[0].article.title, "42");
  EXPECT_EQ(items[0].article.url, "3.5");
  EXPECT_FALSE(items[0].article.published.known());
  EXPECT_EQ(items[0].warnings, (std::vector<std::string>{path + ": \"title\" is a number (42), read as text",
                                                         path + ": \"url\" is a number (3.5), read as text"}));
}

TEST_F(HostileInputTest, JsonNumbersBeyondDoubleAreAFailureNotACrash) {
  // Found by fuzzing: nlohmann throws out_of_range, not parse_error, for "1e400".
  const std::string one = Write("big.json", "{\"body\": \"Text.\", \"n\": 1e400}");
  const std::string lines = Write("big.jsonl", "{\"body\": \"Text.\", \"n\": 1e400}\n{\"body\": \"Next.\"}\n");
  std::vector<std::string> got = Lines(testing::ReadAll({one, lines}));
  ASSERT_EQ(got.size(), 3u);
  EXPECT_NE(got[0].find(one + ": invalid JSON: "), std::string::npos) << got[0];
  EXPECT_NE(got[1].find(lines + ":1: invalid JSON: "), std::string::npos) << got[1];
  EXPECT_EQ(got[2], "ok ");
}

TEST_F(HostileInputTest, DeeplyNestedHtmlIsRefusedWithItsPlace) {
  std::string html = "<html><body><p>Intro text of the page.</p>";
  for (int i = 0; i < 50000; ++i) html += "<div>";
  html += "deep";
  const std::string path = Write("deep.html", html);
  const std::string good = Write("good.html", "<html><body><p>Grain prices fell on Monday.</p></body></html>");
  std::vector<std::string> lines = Lines(testing::ReadAll({path, good}));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], path + ": byte 5042: HTML elements nested deeper than 1000 levels; not read");
  EXPECT_EQ(lines[1].substr(0, 2), "ok");
}

TEST_F(HostileInputTest, ModeratelyNestedHtmlAndUnclosedParagraphsStillRead) {
  std::string html = "<html><body>";
  for (int i = 0; i < 300; ++i) html += "<div>";
  for (int i = 0; i < 3000; ++i) html += "<p>Grain prices fell on Monday";
  const std::string path = Write("nested.html", html);
  std::vector<IngestItem> items = testing::ReadAll({path});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].ok()) << items[0].failure.message();
}

}  // namespace
}  // namespace newsline
