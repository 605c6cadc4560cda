// kill -9 during indexing: the index opens at the last commit, is consistent (every committed
// file has exactly its documents, no orphan documents), and a rerun completes the work.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "index/schema.h"
#include "index_testutil.h"
#include "newsline/index.h"

// A fault-injecting shim: Xapian makes a commit durable with fdatasync (or fsync). In a child
// that sets g_sync_pipe, each such call first tells the parent through the pipe and then
// lingers, so the parent's kill lands inside a commit.
namespace {
int g_sync_pipe = -1;

int SlowSync(const char* name, int fd) {
  using SyncFn = int (*)(int);
  auto real = reinterpret_cast<SyncFn>(dlsym(RTLD_NEXT, name));
  if (g_sync_pipe >= 0) {
    char byte = 's';
    if (write(g_sync_pipe, &byte, 1) < 0) _exit(4);
    usleep(20000);
  }
  return real ? real(fd) : 0;
}
}  // namespace

extern "C" int fdatasync(int fd) { return SlowSync("fdatasync", fd); }
extern "C" int fsync(int fd) { return SlowSync("fsync", fd); }

namespace newsline {
namespace {

constexpr int kFiles = 150;

// File i holds i % 3 + 1 copies of the nw-1 fixture article (renamed), each with its two events
// and one claim.
std::vector<IndexedArticle> SyntheticFile(int i) {
  std::vector<IndexedArticle> base;
  for (auto& [path, articles] : testing_index::FixtureFiles()) {
    if (path == "nw.txt") base = articles;
  }
  std::vector<IndexedArticle> out;
  for (int k = 0; k <= i % 3; ++k) {
    IndexedArticle a = base[0];
    std::string id = "f" + std::to_string(i) + "-" + std::to_string(k);
    a.article.id = id;
    a.annotations.article_id = id;
    for (size_t e = 0; e < a.annotations.events.size(); ++e) a.annotations.events[e].id = id + ":e" + std::to_string(e);
    for (size_t c = 0; c < a.annotations.claims.size(); ++c) a.annotations.claims[c].id = id + ":c" + std::to_string(c);
    out.push_back(std::move(a));
  }
  return out;
}

std::string FilePath(int i) { return "corpus/file" + std::to_string(i) + ".txt"; }

// Indexes every file not yet indexed; returns how many were indexed.
int IndexAll(const std::string& db, uint32_t batch, Status* status) {
  IndexOptions options;
  options.batch_articles = batch;
  auto index = Index::Open(db, options);
  if (!index.ok()) {
    *status = index.status();
    return 0;
  }
  int indexed = 0;
  for (int i = 0; i < kFiles; ++i) {
    if ((*index)->HasFile(FilePath(i), "h")) continue;
    *status = (*index)->IndexFile(FilePath(i), "h", SyntheticFile(i));
    if (!status->ok()) return indexed;
    ++indexed;
  }
  *status = (*index)->Commit();
  return indexed;
}

// Checks that each recorded file has exactly its documents and that no document lacks a file.
void ExpectConsistent(const std::string& db_path, int* files_committed, int* files_current = nullptr) {
  Xapian::Database db(db_path);
  std::map<std::string, Xapian::doccount> expected;
  Xapian::doccount total = 0;
  const std::string prefix = schema::kMetaFilePrefix;
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
    auto j = nlohmann::json::parse(db.get_metadata(*k));
    Xapian::doccount n = j["articles"].get<Xapian::doccount>() + j["events"].get<Xapian::doccount>() +
                         j["claims"].get<Xapian::doccount>();
    expected[(*k).substr(prefix.size())] = n;
    if (files_current && j["hash"] == "h") ++*files_current;
    total += n;
  }
  for (const auto& [key, n] : expected) {
    EXPECT_EQ(db.get_termfreq(schema::MakeTerm(schema::kPrefixFile, key)), n) << key;
  }
  EXPECT_EQ(db.get_doccount(), total) << "documents without a committed file record";
  *files_committed = static_cast<int>(expected.size());
}

// Files recorded in the last commit (0 when the database does not exist yet).
// `hash` non-empty: only files recorded with that content hash.
int CommittedFiles(const std::string& db_path, const std::string& hash = "") {
  try {
    Xapian::Database db(db_path);
    int n = 0;
    const std::string prefix = schema::kMetaFilePrefix;
    for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
      if (hash.empty() || nlohmann::json::parse(db.get_metadata(*k))["hash"] == hash) ++n;
    }
    return n;
  } catch (const Xapian::Error&) {
    return 0;
  }
}

TEST(CrashTest, KillDuringIndexingLeavesLastCommitAndRerunCompletes) {
  // A reference index built without interruption.
  const std::string reference = testing_index::TempPath("crash_reference");
  Status status;
  ASSERT_EQ(IndexAll(reference, 1000, &status), kFiles);
  ASSERT_TRUE(status.ok()) << status.ToString();
  const Xapian::doccount reference_docs = Xapian::Database(reference).get_doccount();

  // Kill the indexer at several moments: after the first commit, in the middle, and while it
  // replaces already indexed files.
  struct KillPoint {
    int files;
    const char* hash;
  };
  for (KillPoint point : {KillPoint{1, ""}, KillPoint{kFiles / 2, ""}, KillPoint{kFiles / 3, "h2"}}) {
    const int committed_before_kill = point.files;
    const std::string db = testing_index::TempPath("crash");
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      Status s;
      // Many small commits, so the kill lands between and inside them.
      IndexAll(db, 4, &s);
      // Keep rewriting (replace) until killed, so the kill can hit a replacement too.
      for (;;) {
        IndexOptions options;
        options.batch_articles = 4;
        auto index = Index::Open(db, options);
        if (!index.ok()) _exit(3);
        for (int i = 0; i < kFiles; ++i) {
          (void)(*index)->IndexFile(FilePath(i), "h2", SyntheticFile(i));  // until killed
        }
      }
    }
    // Wait (up to 60 s) until enough files are committed, then a little more, then kill.
    for (int i = 0; i < 6000 && CommittedFiles(db, point.hash) < committed_before_kill; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(committed_before_kill % 7));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int wstatus = 0;
    ASSERT_EQ(waitpid(child, &wstatus, 0), child);
    ASSERT_TRUE(WIFSIGNALED(wstatus)) << "the indexer ended before it was killed, exit status "
                                      << (WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1);

    // The index may not exist yet if the kill came before the first commit.
    int committed = 0;
    int current = 0;  // committed with the hash the rerun uses, so skipped by it
    try {
      ExpectConsistent(db, &committed, &current);
    } catch (const Xapian::DatabaseOpeningError&) {
      // Killed before the first commit: there is nothing to read yet.
    }
    // A rerun (the lock died with the process) finishes the job.
    Status rerun;
    int indexed = IndexAll(db, 1000, &rerun);
    ASSERT_TRUE(rerun.ok()) << rerun.ToString();
    int after = 0;
    ExpectConsistent(db, &after);
    EXPECT_EQ(after, kFiles);
    EXPECT_EQ(Xapian::Database(db).get_doccount(), reference_docs);
    EXPECT_EQ(indexed, kFiles - current);
    std::cout << "killed after >= " << committed_before_kill << " files" << (*point.hash ? " replaced" : "")
              << ": " << committed << " files committed, rerun indexed "
              << indexed << "\n";
    testing_index::RemoveTree(db);
  }
  testing_index::RemoveTree(reference);
}

// The unique id terms of every document: two indexes with the same set hold the same documents.
std::vector<std::string> IdTerms(const std::string& db_path) {
  Xapian::Database db(db_path);
  std::vector<std::string> ids;
  for (auto t = db.allterms_begin(schema::kPrefixId); t != db.allterms_end(schema::kPrefixId); ++t) ids.push_back(*t);
  return ids;
}

TEST(CrashTest, KillInsideACommitLeavesTheLastCommitAndARerunEqualsACleanBuild) {
  const std::string reference = testing_index::TempPath("commit_kill_reference");
  Status status;
  ASSERT_EQ(IndexAll(reference, 1000, &status), kFiles);
  ASSERT_TRUE(status.ok()) << status.ToString();
  const std::vector<std::string> reference_ids = IdTerms(reference);

  // Kill inside the 1st, 5th, 20th ... durable write: the first commit, early and late ones.
  for (int sync_to_kill_in : {1, 5, 20, 60}) {
    const std::string db = testing_index::TempPath("commit_kill");
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(fds[0]);
      g_sync_pipe = fds[1];
      Status s;
      IndexAll(db, 4, &s);  // many small commits
      _exit(5);             // finished before the kill: the parent reports it
    }
    close(fds[1]);
    int syncs = 0;
    char byte = 0;
    while (syncs < sync_to_kill_in && read(fds[0], &byte, 1) == 1) ++syncs;
    ASSERT_EQ(kill(child, SIGKILL), 0);  // the child is inside fdatasync/fsync now
    int wstatus = 0;
    ASSERT_EQ(waitpid(child, &wstatus, 0), child);
    close(fds[0]);
    ASSERT_TRUE(WIFSIGNALED(wstatus)) << "the indexer ended before sync " << sync_to_kill_in;

    int committed = 0;
    try {
      ExpectConsistent(db, &committed);
    } catch (const Xapian::DatabaseOpeningError&) {
      // Killed inside the very first commit: nothing committed yet.
    }
    Status rerun;
    IndexAll(db, 1000, &rerun);
    ASSERT_TRUE(rerun.ok()) << rerun.ToString();
    int after = 0;
    ExpectConsistent(db, &after);
    EXPECT_EQ(after, kFiles);
    EXPECT_EQ(IdTerms(db), reference_ids) << "killed inside sync " << sync_to_kill_in;
    std::cout << "killed inside durable write " << sync_to_kill_in << ": " << committed
              << " files were committed; the rerun equals a clean build\n";
    testing_index::RemoveTree(db);
  }
  testing_index::RemoveTree(reference);
}

}  // namespace
}  // namespace newsline
