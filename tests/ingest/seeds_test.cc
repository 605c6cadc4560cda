// The five seed articles (../shared/corpus/seeds): titles, origin, junk removed, sentence counts.
// Sentence counts were counted by hand from the files (one per line of reasoning in the table);
// a paragraph without terminal punctuation (a headline, a bullet, "Summary") counts as one.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/ingest_testutil.h"
#include "newsline/ingest.h"
#include "text/normalize.h"

namespace newsline {
namespace {

struct SeedCase {
  const char* file;
  const char* title;       // "" = no title
  const char* outlet;      // "" = unknown
  size_t sentences;        // counted by hand
  size_t paragraphs;
  uint32_t boilerplate;    // junk lines removed
};

// 000: the label line "Sam Altman OpenAI" (a tag, not a title or a sentence), then 3+3+3+1+3+3 = 16.  001: 13 + heading + 7 (the quote "We will sue them if they
// breach it. If Amazon ..." holds two sentences; "obligation."The report" is split) + heading + 7 = 29.
// 002: subtitle, "Microsoft vs OpenAI", "Summary", 3 bullets, 1+1+1, heading, 2, 3, heading, 2, 1, 4 = 23.
// 003: 27 body lines holding 42 sentences; "This article originally appeared on NetworkWorld.", "Go to
// Source" and "Author:" removed.  004: 1+2+1+2+5+2+2+1+1+4 = 21; five comment-section lines removed.
const SeedCase kSeeds[] = {
    {"000_b43602c64086a7c1.txt", "", "", 16, 6, 0},
    {"001_8979d8dcc8f4386b.txt", "", "", 29, 5, 0},
    {"002_8c98a0951789dad7.txt",
     "Microsoft vs OpenAI: $50Bn Amazon Deal Sparks Legal Threat Over Azure Cloud Exclusivity", "", 23, 16, 5},
    {"003_549fdfb6aec52b6b.txt", "", "NetworkWorld", 42, 27, 3},
    {"004_883bd1e9acfb9f87.txt", "Microsoft threatens OpenAI and Amazon with legal action amid the cloud wars", "",
     21, 10, 5},
};

// Junk that must not survive anywhere in a seed's text.
const char* const kJunk[] = {"Advertisement", "Please Login", "Go to Source", "Want to Post Your Topic",
                             "Join a global community", "Post It Now", "\nX\n", "Author:", "originally appeared"};

class SeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::SharedDir().empty()) GTEST_SKIP() << "../shared is absent: the seed articles are not available";
    dir_ = testing::SharedDir() + "/corpus/seeds";
  }
  std::string dir_;
};

TEST_F(SeedsTest, TitlesOriginJunkAndSentences) {
  for (const SeedCase& seed : kSeeds) {
    SCOPED_TRACE(seed.file);
    std::vector<IngestItem> items = testing::ReadAll({dir_ + "/" + seed.file});
    ASSERT_EQ(items.size(), 1u);
    ASSERT_TRUE(items[0].ok()) << items[0].failure.ToString();
    const Article& a = items[0].article;
    EXPECT_EQ(a.format, SourceFormat::kRawText);
    EXPECT_EQ(a.title, seed.title);
    EXPECT_EQ(a.title_origin, *seed.title ? FieldOrigin::kText : FieldOrigin::kNone);
    EXPECT_EQ(a.outlet, seed.outlet);
    EXPECT_EQ(a.outlet_origin, *seed.outlet ? FieldOrigin::kText : FieldOrigin::kNone);
    EXPECT_EQ(a.sentences.size(), seed.sentences) << testing::Sentences(a);
    EXPECT_EQ(a.paragraphs.size(), seed.paragraphs);
    EXPECT_EQ(a.boilerplate_removed, seed.boilerplate);
    EXPECT_FALSE(a.published.known()) << "seeds carry no date; never invent one";
    for (const char* junk : kJunk) EXPECT_EQ(a.text.find(junk), std::string::npos) << junk;
    // Normalized: no curly quotes or long dashes remain.
    EXPECT_EQ(a.text.find("\xe2\x80\x99"), std::string::npos);
    EXPECT_EQ(a.text.find("\xe2\x80\x94"), std::string::npos);
    // Every sentence maps back to the file: the original bytes normalize to the sentence.
    const std::string file = testing::ReadFile(dir_ + "/" + seed.file);
    for (const Sentence& s : a.sentences) {
      const uint32_t begin = a.offsets.ToOriginal(s.span.begin);
      const uint32_t end = a.offsets.ToOriginal(s.span.end);
      ASSERT_LE(begin, end);
      ASSERT_LE(end, file.size());
      EXPECT_EQ(text::NormalizeString(file.substr(begin, end - begin)), s.span.Of(a.text));
    }
  }
}

TEST_F(SeedsTest, LabelLineBecomesATag) {
  std::vector<IngestItem> items = testing::ReadAll({dir_ + "/000_b43602c64086a7c1.txt"});
  ASSERT_TRUE(items.at(0).ok());
  EXPECT_EQ(items[0].article.tags.at("label"), std::vector<std::string>{"Sam Altman OpenAI"});
  EXPECT_EQ(items[0].article.SentenceText(0).substr(0, 30), "It is getting increasingly cle");
}

TEST_F(SeedsTest, SpecificSentences) {
  std::vector<IngestItem> items = testing::ReadAll({dir_ + "/001_8979d8dcc8f4386b.txt"});
  ASSERT_TRUE(items.at(0).ok());
  const Article& a = items[0].article;
  // The seed's missing space after a period ("obligation."The report ...") gives two sentences.
  EXPECT_EQ(a.SentenceText(19),
            "Microsoft said: \"We are confident that OpenAI understands and respects the importance of living up "
            "to [its] legal obligation.\"");
  EXPECT_EQ(a.SentenceText(20).substr(0, 26), "The report also claims tha");
  EXPECT_EQ(a.SentenceText(25), "OpenAI refutes that its Amazon deal allows backdoor access to its stateless models.");
}

TEST_F(SeedsTest, IdsAreStableAndDistinct) {
  std::vector<IngestItem> first = testing::ReadAll({dir_});
  std::vector<IngestItem> second = testing::ReadAll({dir_});
  ASSERT_EQ(first.size(), 5u);
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].article.id, second[i].article.id);
    EXPECT_EQ(first[i].article.id.size(), 16u);
    for (size_t j = i + 1; j < first.size(); ++j) EXPECT_NE(first[i].article.id, first[j].article.id);
  }
  std::vector<ArticleFingerprint> prints;
  for (const IngestItem& item : first) prints.push_back(ArticleFingerprint::Of(item.article));
  EXPECT_TRUE(GroupDuplicates(prints).empty()) << "five different articles are not duplicates";
}

}  // namespace
}  // namespace newsline
