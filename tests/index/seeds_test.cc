// End to end on the five real seed articles: ingestion, extraction with the dispute pack, the
// index with the pack's aliases as synonyms, and searches a researcher would run.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "index_testutil.h"
#include "newsline/domain_pack.h"
#include "newsline/extraction.h"
#include "newsline/index.h"
#include "newsline/ingest.h"
#include "newsline/query.h"

namespace newsline {
namespace {

const std::string kSeeds = std::string(NEWSLINE_SHARED_DIR) + "/corpus/seeds";
const std::string kPack = std::string(NEWSLINE_SOURCE_DIR) + "/corpus/dispute-pack.json";

class SeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(kSeeds)) return;
    db_ = new std::string(testing_index::TempPath("seeds"));
    pack_ = new DomainPack(DomainPack::FromFile(kPack));
    ASSERT_TRUE(pack_->ok()) << pack_->error();
    Extractor extractor(*pack_);
    auto index = Index::Open(*db_);
    ASSERT_TRUE(index.ok()) << index.status().ToString();
    std::map<std::string, std::vector<IndexedArticle>> by_file;
    ArticleReader reader({kSeeds});
    ASSERT_TRUE(reader.ok());
    IngestItem item;
    while (reader.Next(&item)) {
      ASSERT_TRUE(item.ok()) << item.failure.ToString();
      IndexedArticle a;
      a.annotations = extractor.Extract(item.article);
      a.article = item.article;
      by_file[item.path].push_back(std::move(a));
      texts_[item.article.id] = item.article.text;
    }
    for (const auto& [path, articles] : by_file) {
      ASSERT_TRUE((*index)->IndexFile(path, articles[0].article.content_hash, articles).ok());
    }
    ASSERT_TRUE((*index)->AddEntityAliases(*pack_).ok());
    ASSERT_TRUE((*index)->Commit().ok());
    // Rerun: every file is unchanged.
    for (const auto& [path, articles] : by_file) {
      EXPECT_TRUE((*index)->HasFile(path, articles[0].article.content_hash)) << path;
    }
  }
  static void TearDownTestSuite() {
    if (db_) testing_index::RemoveTree(*db_);
    delete db_;
    delete pack_;
    db_ = nullptr;
  }
  void SetUp() override {
    if (!std::filesystem::exists(kSeeds)) GTEST_SKIP() << kSeeds << " not found (the shared research data)";
    SearcherOptions options;
    options.databases = {*db_};
    auto s = Searcher::Open(options);
    ASSERT_TRUE(s.ok());
    searcher_ = std::move(*s);
  }
  SearchResponse Search(const std::string& query, std::vector<std::string> facets = {}) {
    SearchRequest r;
    r.query = query;
    r.limit = 100;
    r.facets = std::move(facets);
    auto res = searcher_->Search(r);
    EXPECT_TRUE(res.ok()) << query << ": " << res.status().ToString();
    return res.ok() ? *res : SearchResponse();
  }
  static std::string* db_;
  static DomainPack* pack_;
  static std::map<std::string, std::string> texts_;
  std::unique_ptr<Searcher> searcher_;
};
std::string* SeedsTest::db_ = nullptr;
DomainPack* SeedsTest::pack_ = nullptr;
std::map<std::string, std::string> SeedsTest::texts_;

TEST_F(SeedsTest, AllSeedsAreIndexedWithTheirClaimsAndEvents) {
  auto articles = Search("kind:article");
  EXPECT_EQ(articles.hits.size(), 5u);
  auto claims = searcher_->Claims(SearchRequest());
  ASSERT_TRUE(claims.ok());
  EXPECT_GT(claims->size(), 5u);
  for (const ClaimRecord& c : *claims) {
    EXPECT_FALSE(c.sentence_text.empty()) << c.claim.id;
    EXPECT_EQ(texts_.count(c.article.id), 1u) << c.claim.id;
  }
  auto events = searcher_->Events(SearchRequest());
  ASSERT_TRUE(events.ok());
  EXPECT_GT(events->size(), 3u);
}

TEST_F(SeedsTest, RedmondFindsMicrosoftArticlesThatNeverSayRedmond) {
  auto redmond = Search("Redmond kind:article");
  auto microsoft = Search("entity:microsoft kind:article");
  EXPECT_EQ(testing_index::Ids(redmond), testing_index::Ids(microsoft));
  int without_the_word = 0;
  for (const SearchHit& h : redmond.hits) {
    if (texts_[h.id].find("Redmond") == std::string::npos) ++without_the_word;
  }
  EXPECT_GE(without_the_word, 1);
}

TEST_F(SeedsTest, AwsAndItsFullNameFindTheSameArticles) {
  auto aws = Search("AWS kind:article");
  auto full = Search("\"Amazon Web Services\" kind:article");
  auto entity = Search("entity:aws kind:article");
  EXPECT_FALSE(aws.hits.empty());
  EXPECT_EQ(testing_index::Ids(aws), testing_index::Ids(entity));
  // Every article naming it in full is found by the acronym.
  std::set<std::string> by_acronym;
  for (const auto& h : aws.hits) by_acronym.insert(h.id);
  for (const auto& h : full.hits) EXPECT_EQ(by_acronym.count(h.id), 1u) << h.id;
}

TEST_F(SeedsTest, ClaimFacetsAndSpelling) {
  auto claims = Search("kind:claim", {"topic", "stance", "speaker", "primary"});
  ASSERT_EQ(claims.facets.size(), 4u);
  EXPECT_FALSE(claims.facets[0].values.empty());
  EXPECT_TRUE(claims.facets[0].exact);
  std::set<std::string> stances;
  for (const auto& v : claims.facets[1].values) stances.insert(v.value);
  EXPECT_EQ(stances.count("asserts"), 1u);
  auto misspelt = Search("Microsfot exclusivty");
  EXPECT_EQ(misspelt.corrected_query, "microsoft exclusivity");
  auto legal = Search("\"legal action\" kind:article");
  ASSERT_FALSE(legal.hits.empty());
  EXPECT_THAT(legal.hits[0].snippet, ::testing::HasSubstr("<b>"));
}

}  // namespace
}  // namespace newsline
