// One stemmer per index: recorded when the index is created, checked by later writers and by
// every Searcher, so that a mismatch is an error instead of queries that quietly match less.
#include <gtest/gtest.h>

#include "index/index_testutil.h"
#include "newsline/index.h"
#include "newsline/query.h"

namespace newsline {
namespace {

TEST(StemmerTest, TheIndexRemembersItsStemmerAndRefusesAnother) {
  const std::string db = testing_index::TempPath("stemmer");
  IndexOptions unstemmed;
  unstemmed.stemmer = "none";
  {
    auto index = Index::Open(db, unstemmed);
    ASSERT_TRUE(index.ok()) << index.status().ToString();
    ASSERT_TRUE(testing_index::IndexFixture(index->get()).ok());
  }
  IndexOptions english;  // "en"
  auto writer = Index::Open(db, english);
  ASSERT_FALSE(writer.ok());
  EXPECT_TRUE(writer.status().IsInvalidArgument());
  EXPECT_NE(writer.status().message().find("\"none\""), std::string::npos) << writer.status().message();

  SearcherOptions search;
  search.databases = {db};
  auto english_searcher = Searcher::Open(search);  // "en" by default
  ASSERT_FALSE(english_searcher.ok());
  EXPECT_TRUE(english_searcher.status().IsInvalidArgument());
  search.stemmer = "none";
  EXPECT_TRUE(Searcher::Open(search).ok());

  // Two names of one stemmer are one.
  const std::string db2 = testing_index::TempPath("stemmer-en");
  ASSERT_TRUE(Index::Open(db2, english).ok());
  IndexOptions spelled_out;
  spelled_out.stemmer = "english";
  EXPECT_TRUE(Index::Open(db2, spelled_out).ok());
  testing_index::RemoveTree(db);
  testing_index::RemoveTree(db2);
}

}  // namespace
}  // namespace newsline
