// Bad input: each gets one failure item naming the file (and line), and reading continues.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "ingest/ingest_testutil.h"
#include "newsline/ingest.h"
#include "text/normalize.h"

namespace newsline {
namespace {

namespace fs = std::filesystem;

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsline_bad_input_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_ / "e_unreadable.txt", fs::perms::owner_all, ec);
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream out(dir_ / name, std::ios::binary);
    out << content;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

TEST_F(BadInputTest, EveryFailureIsOneItemAndReadingContinues) {
  Write("a_good.txt", "Microsoft sued OpenAI. The case continues.\n");
  const std::string empty = Write("b_empty.txt", "");
  const std::string binary = Write("c_binary.bin", std::string("\x7f" "ELF\0\0\0\x01\x02", 9));
  const std::string truncated = Write("d_truncated.json", "{\"title\": \"x\", \"body\": \"abc");
  const std::string jsonl = Write("f_lines.jsonl", "{\"body\": \"Fine line.\"}\n[1]\n{\"body\": \"Also fine.\"}\n");
  const std::string html = Write("g_nobody.html", "<html><body><nav>Home</nav><script>x()</script></body></html>");
  const std::string latin1 = Write("h_latin1.txt", "Headline about a transfer\n\nA \xa3" "15.8m signing from Parma.\n");
  // An unreadable file: a dangling symbolic link (permissions do not stop root).
  fs::create_symlink(dir_ / "nowhere.txt", dir_ / "e_unreadable.txt");

  ArticleReader reader({dir_.string()});
  ASSERT_TRUE(reader.ok());
  std::vector<std::string> lines;
  IngestItem item;
  while (reader.Next(&item)) lines.push_back(item.ok() ? "ok " + item.article.text : item.failure.message());
  const std::string unreadable = (dir_ / "e_unreadable.txt").string();
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "ok Microsoft sued OpenAI. The case continues.",
                       empty + ": empty file",
                       binary + ": binary file (NUL bytes); expected text, JSON, HTML or SGML",
                       truncated + ": byte 28: unexpected end of input",
                       unreadable + ": cannot read: No such file or directory",
                       "ok Fine line.",
                       jsonl + ":2: expected a JSON object",
                       "ok Also fine.",
                       html + ": HTML has no body text",
                       "ok A \xc2\xa3" "15.8m signing from Parma.",
                   }));
  EXPECT_EQ(reader.counters().failures, 6u);
  EXPECT_EQ(reader.counters().articles, 4u);
  EXPECT_EQ(reader.counters().files, 8u);
  EXPECT_EQ(reader.counters().repaired_bytes, 1u);
}

TEST_F(BadInputTest, MissingPathIsAFailureNotAnAbort) {
  const std::string good = Write("good.txt", "Some text.\n");
  std::vector<IngestItem> items = testing::ReadAll({(dir_ / "missing").string(), good});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(items[0].failure.IsNotFound());
  EXPECT_EQ(items[0].failure.message(), (dir_ / "missing").string() + ": no such file or folder");
  EXPECT_TRUE(items[1].ok());
}

TEST_F(BadInputTest, LargeFileHitsTheLimitWithAClearError) {
  // A 50 MB text file against the default 32 MiB limit, and a small limit for a JSON file.
  const std::string big = (dir_ / "big.txt").string();
  {
    std::ofstream out(big, std::ios::binary);
    const std::string line(1023, 'a');
    for (int i = 0; i < 50 * 1024; ++i) out << line << '\n';
  }
  std::vector<IngestItem> items = testing::ReadAll({big});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].failure.message(),
            big + ": file is 52428800 bytes, over the limit of 33554432 bytes for this format "
                  "(IngestOptions::max_file_bytes)");
}

TEST_F(BadInputTest, LargeJsonLinesFileIsStreamed) {
  // JSON Lines is streamed whatever the file size; a tiny max_file_bytes does not stop it.
  std::string content;
  for (int i = 0; i < 2000; ++i) content += "{\"title\": \"Story " + std::to_string(i) + "\", \"body\": \"Text.\"}\n";
  const std::string path = Write("many.jsonl", content);
  IngestOptions options;
  options.max_file_bytes = 1024;
  options.max_record_bytes = 38;  // longer lines fail one by one, naming the line
  ArticleReader reader({path}, options);
  IngestItem item;
  size_t ok = 0, failed = 0;
  std::string first_failure;
  while (reader.Next(&item)) {
    if (item.ok()) {
      ++ok;
    } else {
      if (first_failure.empty()) first_failure = item.failure.message();
      ++failed;
    }
  }
  EXPECT_EQ(ok + failed, 2000u);
  // Lines for stories 0..9 are 37 bytes, 10..99 are 38; from story 100 on they exceed the limit.
  EXPECT_EQ(ok, 100u);
  EXPECT_EQ(first_failure, path + ":101: line longer than the record limit of 38 bytes (IngestOptions::max_record_bytes)");
}

TEST(BadInputStringTest, SgmlRecordOverTheLimitFailsAlone) {
  IngestOptions options;
  options.max_record_bytes = 380;  // the sample's records are 757, 377, 397 and 311 bytes
  std::vector<std::string> lines;
  for (const IngestItem& item :
       ReadItemsFromString(testing::ReadFile(testing::IngestData("reuters_sample.sgm")), "r.sgm", options)) {
    lines.push_back(item.ok() ? "ok " + item.article.title : item.failure.message());
  }
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "r.sgm:2: <REUTERS> record larger than the record limit (380 bytes)",
                       "ok BRITISH RATES STEADY",
                       "r.sgm:37: <REUTERS> record larger than the record limit (380 bytes)",
                       "r.sgm: NEWID=104: no body text",
                   }));
}

TEST(BadInputStringTest, TruncatedAndCorruptedFixturesNeverCrash) {
  // Every prefix (in steps) of every fixture, and a copy with bytes flipped: each call returns items,
  // every article has valid UTF-8 text and in-range spans, every failure names the input.
  const char* fixtures[] = {"header.txt", "article.json", "articles.json", "articles.jsonl", "page.html",
                            "reuters_sample.sgm", "seed_like.txt"};
  for (const char* name : fixtures) {
    const std::string content = testing::ReadFile(testing::IngestData(name));
    std::string corrupted = content;
    for (size_t i = 3; i < corrupted.size(); i += 17) corrupted[i] = static_cast<char>(corrupted[i] ^ 0xA5);
    std::vector<std::string> inputs = {corrupted};
    for (size_t n = 0; n < content.size(); n += 13) inputs.push_back(content.substr(0, n));
    for (const std::string& input : inputs) {
      const std::string hint = std::string("fuzz-") + name;
      std::vector<IngestItem> items = ReadItemsFromString(input, hint);
      ASSERT_FALSE(items.empty()) << name << " prefix " << input.size();
      for (const IngestItem& item : items) {
        if (!item.ok()) {
          EXPECT_EQ(item.failure.message().rfind(hint, 0), 0u) << item.failure.message();
          continue;
        }
        const Article& a = item.article;
        EXPECT_TRUE(text::IsValidUtf8(a.text)) << name;
        EXPECT_TRUE(text::IsValidUtf8(a.title)) << name;
        for (const Sentence& sentence : a.sentences) ASSERT_LE(sentence.span.end, a.text.size());
        for (const Paragraph& paragraph : a.paragraphs) ASSERT_LE(paragraph.span.end, a.text.size());
      }
    }
  }
}

TEST(BadInputStringTest, ReadArticlesFromStringReportsTheFirstFailure) {
  auto r = ReadArticlesFromString("", "empty.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "empty.txt: empty file");
  r = ReadArticlesFromString("   \n\n  ", "blank.txt");
  EXPECT_EQ(r.status().message(), "blank.txt: empty file");
  r = ReadArticlesFromString("[{\"title\": 1,", "cut.json");
  EXPECT_EQ(r.status().message(), "cut.json: byte 14: unexpected end of input");
  r = ReadArticlesFromString(std::string("abc\0def", 7), "nul.txt");
  EXPECT_EQ(r.status().message(), "nul.txt: binary file (NUL bytes); expected text, JSON, HTML or SGML");
}

}  // namespace
}  // namespace newsline
