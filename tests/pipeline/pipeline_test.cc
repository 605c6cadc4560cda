// IndexPaths: progress fed while files are read, and cancellation that commits what is done and
// leaves the rest for a rerun (the Ctrl-C of `newsline index`).
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "newsline/pipeline.h"

namespace newsline {
namespace {

namespace fs = std::filesystem;

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("newsline_pipeline_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "in");
  }
  void TearDown() override { fs::remove_all(root_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(root_ / "in" / name) << text;
  }
  // `n` plain-text articles, one per file.
  void WriteArticles(int n) {
    for (int k = 0; k < n; ++k) {
      Write("a" + std::to_string(k) + ".txt", "Council approves budget " + std::to_string(k) +
                                                  "\n\nThe city council approved a budget of $" + std::to_string(k + 1) +
                                                  " million on Tuesday, the mayor said.\n");
    }
  }
  std::string Db() const { return (root_ / "db").string(); }
  std::string In() const { return (root_ / "in").string(); }

  fs::path root_;
};

TEST_F(PipelineTest, ProgressCountsEveryByteAndArticle) {
  WriteArticles(5);
  PipelineOptions options;
  PipelineProgress last;
  int calls = 0;
  options.on_progress = [&](const PipelineProgress& p) {
    last = p;
    ++calls;
  };
  auto report = IndexPaths(Db(), {In()}, options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_FALSE(report->cancelled);
  EXPECT_GE(calls, 5);
  EXPECT_EQ(last.files_done, 5u);
  EXPECT_EQ(last.files_total, 5u);
  EXPECT_EQ(last.articles, 5u);
  EXPECT_EQ(last.articles_read, 5u);
  EXPECT_GT(last.bytes_total, 0u);
  EXPECT_EQ(last.bytes_read, last.bytes_total);
}

TEST_F(PipelineTest, CancelCommitsTheFilesDoneAndARerunFinishes) {
  WriteArticles(4);
  PipelineOptions options;
  options.threads = 1;
  std::atomic<bool> stop{false};
  options.on_progress = [&](const PipelineProgress& p) { stop = stop || p.files_done >= 2; };
  options.cancel = [&] { return stop.load(); };
  auto first = IndexPaths(Db(), {In()}, options);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_TRUE(first->cancelled);
  EXPECT_EQ(first->files_left, 2u);
  EXPECT_EQ(first->added, 2u);

  auto rerun = IndexPaths(Db(), {In()}, PipelineOptions());
  ASSERT_TRUE(rerun.ok());
  EXPECT_FALSE(rerun->cancelled);
  EXPECT_EQ(rerun->unchanged, 2u);
  EXPECT_EQ(rerun->added, 2u);
}

TEST_F(PipelineTest, AFileCutShortKeepsItsIndexedVersionUntilARerun) {
  std::string jsonl;
  for (int k = 0; k < 40; ++k) {
    jsonl += "{\"title\": \"Storm update " + std::to_string(k) + "\", \"text\": \"The storm closed " +
             std::to_string(k) + " roads, officials said on Monday.\"}\n";
  }
  Write("feed.jsonl", jsonl);
  WriteArticles(1);
  ASSERT_TRUE(IndexPaths(Db(), {In()}, PipelineOptions()).ok());
  Write("feed.jsonl", jsonl + "{\"title\": \"Storm update 40\", \"text\": \"More roads closed.\"}\n");

  // The worker polls before each record: stopped inside the feed, which stays as it was indexed.
  PipelineOptions options;
  std::atomic<int> polls{0};
  options.cancel = [&] { return ++polls > 10; };
  auto cut = IndexPaths(Db(), {In()}, options);
  ASSERT_TRUE(cut.ok()) << cut.status().ToString();
  EXPECT_TRUE(cut->cancelled);
  EXPECT_EQ(cut->replaced, 0u);
  EXPECT_EQ(cut->files_left, 1u);

  auto rerun = IndexPaths(Db(), {In()}, PipelineOptions());
  ASSERT_TRUE(rerun.ok());
  EXPECT_EQ(rerun->replaced, 1u);
  EXPECT_EQ(rerun->articles, 41u);
}

}  // namespace
}  // namespace newsline
