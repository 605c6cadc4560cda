// Index writer tests: add / replace / remove files, unchanged skip, shared articles, the lock
// error from another process, readers during commits, and the JSON codec round trip.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "index/document_builder.h"
#include "index/json_codec.h"
#include "index/schema.h"
#include "index/stopwords.h"
#include "index_testutil.h"
#include "newsline/index.h"
#include "newsline/query.h"

namespace newsline {
namespace {

using testing_index::FixtureFiles;
using testing_index::Ids;
using testing_index::Joined;
using ::testing::HasSubstr;

std::string SearchIds(const std::string& db, const std::string& query) {
  SearcherOptions options;
  options.databases = {db};
  auto searcher = Searcher::Open(options);
  if (!searcher.ok()) return "ERROR " + searcher.status().ToString();
  SearchRequest r;
  r.query = query;
  r.limit = 1000;
  auto res = (*searcher)->Search(r);
  if (!res.ok()) return "ERROR " + res.status().ToString();
  return Joined(Ids(*res));
}

std::vector<IndexedArticle> FileArticles(const std::string& name) {
  for (auto& [path, articles] : FixtureFiles()) {
    if (path == name) return articles;
  }
  ADD_FAILURE() << "no fixture file " << name;
  return {};
}

TEST(IndexTest, AddsSkipsReplacesAndRemovesFiles) {
  const std::string db = testing_index::TempPath("rebuild");
  {
    auto index = Index::Open(db);
    ASSERT_TRUE(index.ok()) << index.status().ToString();
    ASSERT_TRUE(testing_index::IndexFixture(index->get()).ok());
    auto stats = (*index)->Stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->articles, 6u);
    EXPECT_EQ(stats->events, 4u);
    EXPECT_EQ(stats->claims, 4u);
    EXPECT_EQ(stats->files, 5u);
    EXPECT_EQ(stats->synonyms, 6u);

    // Unchanged: skipped cheaply.
    EXPECT_TRUE((*index)->HasFile("ft.txt", "v1"));
    EXPECT_FALSE((*index)->HasFile("ft.txt", "v2"));
    EXPECT_FALSE((*index)->HasFile("new.txt", "v1"));
    IndexChange change;
    ASSERT_TRUE((*index)->IndexFile("ft.txt", "v1", FileArticles("ft.txt"), &change).ok());
    EXPECT_EQ(change.files_unchanged, 1u);
    EXPECT_EQ(change.articles, 0u);

    // Changed: ft.txt now holds a rewritten article with one claim and no event; everything
    // derived from the old version goes.
    std::vector<IndexedArticle> v2 = FileArticles("ft.txt");
    v2[0].article.id = "ft-2";
    v2[0].annotations.events.clear();
    v2[0].annotations.claims.resize(1);
    v2[0].annotations.claims[0].id = "ft-2:c0";
    change = IndexChange();
    ASSERT_TRUE((*index)->IndexFile("ft.txt", "v2", v2, &change).ok());
    EXPECT_EQ(change.files_replaced, 1u);
    EXPECT_EQ(change.documents_deleted, 4u);  // ft-1, its event and two claims
    EXPECT_EQ(change.articles, 1u);
    EXPECT_EQ(change.claims, 1u);
    ASSERT_TRUE((*index)->Commit().ok());
  }
  EXPECT_EQ(SearchIds(db, "outlet:\"financial times\""), "ft-2 ft-2:c0");
  EXPECT_EQ(SearchIds(db, "article:ft-1"), "");

  {
    auto index = Index::Open(db);
    ASSERT_TRUE(index.ok());
    IndexChange change;
    ASSERT_TRUE((*index)->RemoveFile("bi.txt", &change).ok());
    EXPECT_EQ(change.documents_deleted, 3u);
    EXPECT_TRUE((*index)->RemoveFile("bi.txt").IsNotFound());
    change = IndexChange();
    ASSERT_TRUE((*index)->RemoveMissing({"ft.txt", "nw.txt", "digbly.txt"}, &change).ok());
    EXPECT_EQ(change.files_removed, 1u);  // reuters.sgm
    auto files = (*index)->Files();
    ASSERT_TRUE(files.ok());
    std::string paths;
    for (const auto& f : *files) paths += f.path + "=" + f.content_hash + " ";
    EXPECT_EQ(paths, "digbly.txt=v1 ft.txt=v2 nw.txt=v1 ");
    ASSERT_TRUE((*index)->Commit().ok());
  }
  EXPECT_EQ(SearchIds(db, "kind:article"), "dg-1 ft-2 nw-1");
  // Cross-article results are computed at query time: the 2019/2023 investments no longer
  // share a merge key with anything once bi.txt is gone.
  EXPECT_EQ(SearchIds(db, "type:investment"), "nw-1:e1");
  testing_index::RemoveTree(db);
}

TEST(IndexTest, ArticleSharedByTwoFilesLivesUntilTheLastGoes) {
  const std::string db = testing_index::TempPath("shared");
  auto index = Index::Open(db);
  ASSERT_TRUE(index.ok());
  auto nw = FileArticles("nw.txt");
  ASSERT_TRUE((*index)->IndexFile("a/nw.txt", "h", nw).ok());
  ASSERT_TRUE((*index)->IndexFile("b/copy-of-nw.txt", "h", nw).ok());
  ASSERT_TRUE((*index)->Commit().ok());
  EXPECT_EQ(SearchIds(db, "article:nw-1"), "nw-1 nw-1:c0 nw-1:e0 nw-1:e1");
  ASSERT_TRUE((*index)->RemoveFile("a/nw.txt").ok());
  ASSERT_TRUE((*index)->Commit().ok());
  EXPECT_EQ(SearchIds(db, "article:nw-1"), "nw-1 nw-1:c0 nw-1:e0 nw-1:e1");
  ASSERT_TRUE((*index)->RemoveFile("b/copy-of-nw.txt").ok());
  ASSERT_TRUE((*index)->Commit().ok());
  EXPECT_EQ(SearchIds(db, "article:nw-1"), "");
  // Written again after its removal, and once more by an index opened on a non-empty database.
  ASSERT_TRUE((*index)->IndexFile("c/nw.txt", "h", nw).ok());
  index->reset();
  index = Index::Open(db);
  ASSERT_TRUE(index.ok());
  ASSERT_TRUE((*index)->IndexFile("d/nw.txt", "h", nw).ok());
  ASSERT_TRUE((*index)->Commit().ok());
  EXPECT_EQ(SearchIds(db, "article:nw-1"), "nw-1 nw-1:c0 nw-1:e0 nw-1:e1");
  ASSERT_TRUE((*index)->RemoveFile("c/nw.txt").ok());
  ASSERT_TRUE((*index)->Commit().ok());
  EXPECT_EQ(SearchIds(db, "article:nw-1"), "nw-1 nw-1:c0 nw-1:e0 nw-1:e1");
  index->reset();
  testing_index::RemoveTree(db);
}

TEST(IndexTest, LongPathsAndValuesStayWithinTermLimits) {
  const std::string db = testing_index::TempPath("long");
  auto index = Index::Open(db);
  ASSERT_TRUE(index.ok());
  auto articles = FileArticles("bi.txt");
  articles[0].article.outlet = std::string(400, 'x');
  articles[0].article.tags["topics"] = {std::string(300, 'y')};
  const std::string long_path = "/data/" + std::string(500, 'p') + ".txt";
  ASSERT_TRUE((*index)->IndexFile(long_path, "h", articles).ok());
  ASSERT_TRUE((*index)->Commit().ok());
  EXPECT_TRUE((*index)->HasFile(long_path, "h"));
  index->reset();
  EXPECT_EQ(SearchIds(db, "outlet:" + std::string(400, 'X')), "bi-1 bi-1:c0 bi-1:e0");
  testing_index::RemoveTree(db);
}

TEST(IndexTest, RejectsArticlesWithoutIdAndBadOptions) {
  const std::string db = testing_index::TempPath("bad");
  IndexOptions options;
  options.stemmer = "klingon";
  EXPECT_TRUE(Index::Open(db, options).status().IsInvalidArgument());
  options = IndexOptions();
  options.create_if_missing = false;
  EXPECT_TRUE(Index::Open(db, options).status().IsNotFound());
  auto index = Index::Open(db);
  ASSERT_TRUE(index.ok());
  std::vector<IndexedArticle> articles(1);
  articles[0].article.locator = "line 3";
  Status s = (*index)->IndexFile("x.jsonl", "h", articles);
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_THAT(s.message(), HasSubstr("x.jsonl: an article has no id (line 3)"));
  EXPECT_FALSE((*index)->HasFile("x.jsonl", "h"));
  index->reset();
  testing_index::RemoveTree(db);
}

// A file prepared one article at a time indexes as the whole file does; an article without an
// id fails the file, and the error sticks through later articles to Finish.
TEST(IndexTest, FilePreparerBuildsArticleByArticle) {
  const std::string db = testing_index::TempPath("preparer");
  auto index = Index::Open(db);
  ASSERT_TRUE(index.ok());
  FilePreparer preparer("nw.txt", "h", IndexOptions());
  for (const IndexedArticle& a : FileArticles("nw.txt")) ASSERT_TRUE(preparer.Add(a).ok());
  auto prepared = preparer.Finish();
  ASSERT_TRUE(prepared.ok()) << prepared.status().ToString();
  EXPECT_FALSE(preparer.Finish().ok());  // empty afterwards
  ASSERT_TRUE((*index)->IndexPrepared(std::move(*prepared)).ok());
  ASSERT_TRUE((*index)->Commit().ok());
  EXPECT_TRUE((*index)->HasFile("nw.txt", "h"));
  EXPECT_EQ(SearchIds(db, "article:nw-1"), "nw-1 nw-1:c0 nw-1:e0 nw-1:e1");

  FilePreparer failing("x.jsonl", "h", IndexOptions());
  std::vector<IndexedArticle> bad(1);
  bad[0].article.locator = "line 3";
  EXPECT_TRUE(failing.Add(bad[0]).IsInvalidArgument());
  EXPECT_TRUE(failing.Add(FileArticles("bi.txt")[0]).IsInvalidArgument());
  auto none = failing.Finish();
  ASSERT_FALSE(none.ok());
  EXPECT_THAT(none.status().message(), HasSubstr("x.jsonl: an article has no id (line 3)"));
  index->reset();
  testing_index::RemoveTree(db);
}

TEST(IndexTest, SecondWriterInAnotherProcessIsLocked) {
  const std::string db = testing_index::TempPath("locked");
  auto index = Index::Open(db);
  ASSERT_TRUE(index.ok());
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto second = Index::Open(db);
    int code = 1;
    if (!second.ok() && second.status().IsLocked() &&
        second.status().message() == "index is locked by another process: " + db) {
      code = 0;
    }
    _exit(code);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "the second writer was not refused with Status::Locked";
  // Readers are not writers: searching works while the writer holds the lock.
  EXPECT_EQ(SearchIds(db, "kind:article"), "");
  index->reset();
  testing_index::RemoveTree(db);
}

TEST(IndexTest, ReadersKeepWorkingWhileWriterCommits) {
  const std::string db = testing_index::TempPath("concurrent");
  IndexOptions options;
  options.batch_articles = 1;  // a commit per file
  auto index = Index::Open(db, options);
  ASSERT_TRUE(index.ok());
  ASSERT_TRUE((*index)->Commit().ok());
  SearcherOptions so;
  so.databases = {db};
  auto searcher = Searcher::Open(so);
  ASSERT_TRUE(searcher.ok());

  constexpr int kFiles = 60;
  std::atomic<bool> done{false};
  std::atomic<int> reader_errors{0};
  std::atomic<int> searches{0};
  std::string first_error;
  std::thread reader([&] {
    uint64_t last = 0;
    while (!done.load()) {
      SearchRequest r;
      r.query = "kind:article";
      r.facets = {"entity"};
      auto res = (*searcher)->Search(r);
      if (!res.ok()) {
        if (reader_errors++ == 0) first_error = res.status().ToString();
        continue;
      }
      // Counts only grow: every search sees a committed state.
      if (res->matches_estimated < last) ++reader_errors;
      last = res->matches_estimated;
      ++searches;
    }
  });
  auto articles = FileArticles("nw.txt");
  for (int i = 0; i < kFiles; ++i) {
    articles[0].article.id = "nw-copy-" + std::to_string(i);
    ASSERT_TRUE((*index)->IndexFile("copy" + std::to_string(i) + ".txt", "h", articles).ok());
  }
  ASSERT_TRUE((*index)->Commit().ok());
  // Let the reader see the final state at least once.
  int before = searches.load();
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (searches.load() < before + 3 && reader_errors.load() == 0 && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::yield();
  }
  done = true;
  reader.join();
  EXPECT_EQ(reader_errors.load(), 0) << first_error;
  SearchRequest r;
  r.query = "kind:article";
  auto res = (*searcher)->Search(r);
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(res->matches_estimated, static_cast<uint64_t>(kFiles));
  index->reset();
  testing_index::RemoveTree(db);
}

TEST(JsonCodecTest, RoundTripsArticlesEventsAndClaims) {
  for (const auto& [path, articles] : FixtureFiles()) {
    for (const IndexedArticle& a : articles) {
      json_codec::ArticleJsonOptions all;
      all.offsets = true;
      Article article = a.article;
      article.offsets.AddAnchor(0, 3);
      article.offsets.AddAnchor(10, 15);
      json_codec::Json j = json_codec::ToJson(article, all);
      Article back;
      ASSERT_TRUE(json_codec::FromJson(j, &back).ok());
      EXPECT_EQ(json_codec::ToJson(back, all).dump(), j.dump());
      EXPECT_EQ(back.offsets.ToOriginal(12), 17u);

      json_codec::Json aj = json_codec::ToJson(a.annotations);
      Annotations ann;
      ASSERT_TRUE(json_codec::FromJson(aj, &ann).ok());
      EXPECT_EQ(json_codec::ToJson(ann).dump(), aj.dump());
    }
  }
}

TEST(JsonCodecTest, ReportsTheMemberThatHasTheWrongType) {
  Claim claim;
  auto j = json_codec::Json::parse(R"({"id": "c", "quantities": [{"value": "lots"}]})");
  Status s = json_codec::FromJson(j, &claim);
  EXPECT_EQ(s.ToString(), "corruption: quantities[0].value: expected a number");
  Event event;
  s = json_codec::FromJson(json_codec::Json::parse(R"({"date": {"granularity": "fortnight"}})"), &event);
  EXPECT_EQ(s.ToString(), "corruption: date.granularity: expected a known name");
  Article article;
  s = json_codec::FromJsonText("{\"published\": {\"kind\": \"exact\", \"begin\": \"2026-02-30\"}}", &article);
  EXPECT_EQ(s.ToString(), "corruption: published.begin: expected a \"YYYY-MM-DD\" date");
  EXPECT_FALSE(json_codec::FromJsonText("{broken", &article).ok());
}

TEST(SchemaTest, ValueListsRoundTripAndStopAtMalformedBytes) {
  const std::vector<std::string> values = {"", "aws", std::string(300, 'x'), std::string("a\0b", 3), "ölpreis"};
  EXPECT_EQ(schema::DecodeValueList(schema::EncodeValueList(values)), values);
  EXPECT_TRUE(schema::DecodeValueList("").empty());
  // A length beyond the end, or a length that never ends, keeps what came before.
  std::string encoded = schema::EncodeValueList({"ok"}) + "\x05" "ab";
  EXPECT_EQ(schema::DecodeValueList(encoded), std::vector<std::string>{"ok"});
  EXPECT_EQ(schema::DecodeValueList(std::string(8, '\xff')), std::vector<std::string>{});
}

// Spelling words are counted in the workers (DocumentBuilder::CountSpelling) and added once per
// file; the counts equal what TermGenerator's FLAG_SPELLING adds word by word on the writer.
TEST(DocumentBuilderTest, SpellingCountsEqualTermGeneratorSpelling) {
  Article article;
  article.id = "sp-1";
  article.title = "Oil prices rise as oil output falls";
  article.text = "Oil prices rose on Monday. Traders said the oil market, and prices, would stay tight in 2026.";
  DocumentBuilder builder(DocumentBuilderOptions{});
  std::vector<BuiltDocument> docs;
  builder.Build(article, Annotations{}, &docs);
  ASSERT_FALSE(docs.empty());
  SpellingCounts counted;
  DocumentBuilder::CountSpelling(docs[0].document, &counted);

  const std::string path = testing_index::TempPath("spelling_db");
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("en"));
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    generator.set_stopper(EnglishStopper());
    generator.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
    generator.set_database(db);
    generator.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
    Xapian::Document doc;
    generator.set_document(doc);  // the same passes as DocumentBuilder::BuildArticle
    generator.index_text(article.title, 2);
    generator.index_text(article.title, 1, schema::kPrefixTitle);
    generator.increase_termpos(100);
    generator.index_text(article.text);
    db.add_document(doc);
    db.commit();
    SpellingCounts expected;
    for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) expected[*w] = w.get_termfreq();
    EXPECT_EQ(counted, expected);
    EXPECT_EQ(counted["oil"], 4u);
    EXPECT_EQ(counted["prices"], 3u);
  }
  testing_index::RemoveTree(path);
}

}  // namespace
}  // namespace newsline
