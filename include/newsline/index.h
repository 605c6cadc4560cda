// Index: the single writer that stores articles, events and claims in a Xapian database, file by
// file, so that re-running over a folder adds new files, replaces changed ones and skips
// unchanged ones.
//
//   newsline::IndexOptions options;
//   auto index = newsline::Index::Open("news.db", options);
//   if (!index.ok()) { /* index.status().IsLocked(): another process is writing */ }
//   if (!(*index)->HasFile(path, hash)) {
//     std::vector<newsline::IndexedArticle> docs = ...;  // ingest + extract the file
//     newsline::Status s = (*index)->IndexFile(path, hash, docs);
//   }
//   (*index)->RemoveMissing(paths_still_on_disk);
//   (*index)->Commit();
//
// The schema (terms, value slots, document data) is described in docs/index-schema.md. Writes
// are grouped in batches (IndexOptions::batch_articles); each batch is one atomic Xapian commit,
// and a file's documents and its bookkeeping record always land in the same commit. Killing the
// process at any moment leaves the last committed state readable; a rerun redoes what was lost.
//
// Cross-article results are never stored: near-duplicate groups (from the simhash slot) and
// merged events (from the merge-key slot) are computed at query time over what is indexed.
//
// Building the Xapian documents of a file (terms, values, data) is most of the cost of writing
// it and needs no database: PrepareFile does it on any thread, and IndexPrepared leaves only the
// writes to the Index's thread (IndexPaths runs PrepareFile in its workers).
//
// Thread-safety: an Index is not thread-safe; use it from one thread (index in parallel by
// extracting and preparing on many threads and feeding one Index). Only one Index per database across all
// processes: a second Open gets Status::Locked. Readers (Searcher) may run concurrently.
#ifndef NEWSLINE_INDEX_H_
#define NEWSLINE_INDEX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "newsline/article.h"
#include "newsline/extraction.h"
#include "newsline/status.h"

namespace newsline {

class DomainPack;
struct PreparedDocuments;

// The three kinds of searchable documents.
enum class DocKind { kArticle, kEvent, kClaim, kFact };
const char* DocKindName(DocKind kind);  // "article", "event", "claim", "fact"
bool ParseDocKind(const std::string& name, DocKind* out);

// One article and what was extracted from it (annotations may be empty).
struct IndexedArticle {
  Article article;
  Annotations annotations;
};

struct IndexOptions {
  // Create the database when it does not exist. Default: true.
  bool create_if_missing = true;
  // Commit after at least this many articles (a file is never split across commits). Smaller
  // batches lose less work on a crash; larger ones index faster. Default: 1000.
  uint32_t batch_articles = 1000;
  // Snowball stemmer language for full text ("english", "en", "none"). The Searcher must use the
  // same. Default: "en".
  std::string stemmer = "en";
  // Record spelling data from article titles and text (for "did you mean"). Costs ~20-30% of
  // indexing time. Default: true.
  bool spelling = true;
  // Keep word positions for article text so phrase queries work (events and claims are always
  // indexed without positions). Default: true.
  bool positions = true;
};

// Counts of what one IndexFile / RemoveFile / RemoveMissing call changed.
struct IndexChange {
  uint32_t files_added = 0;
  uint32_t files_replaced = 0;
  uint32_t files_unchanged = 0;
  uint32_t files_removed = 0;
  uint32_t articles = 0;  // article documents written
  uint32_t events = 0;
  uint32_t claims = 0;
  uint32_t facts = 0;
  uint32_t documents_deleted = 0;
};

// What the index holds.
struct IndexStats {
  uint64_t documents = 0;
  uint64_t articles = 0;
  uint64_t events = 0;
  uint64_t claims = 0;
  uint64_t facts = 0;
  uint64_t files = 0;
  uint64_t synonyms = 0;  // synonym keys (entity aliases)
  std::string revision;   // the committed revision number, as text
};

// The bookkeeping record kept for every indexed file.
struct IndexedFile {
  std::string path;
  std::string content_hash;
  uint32_t articles = 0;
  uint32_t events = 0;
  uint32_t claims = 0;
  uint32_t facts = 0;
};

// A file's articles built into documents for one Index's options (PrepareFile), not yet
// written. Movable, not copyable.
class PreparedFile;
Result<PreparedFile> PrepareFile(const std::string& path, const std::string& content_hash,
                                 const std::vector<IndexedArticle>& articles, const IndexOptions& options);

// Builds a file's documents one article at a time, on any thread (PrepareFile is Add over a
// vector, then Finish): a caller that streams a file drops each article and its annotations once
// added, so only the built documents are held. Movable, not copyable.
class FilePreparer {
 public:
  FilePreparer(const std::string& path, const std::string& content_hash, const IndexOptions& options);
  ~FilePreparer();
  FilePreparer(FilePreparer&&) noexcept;
  FilePreparer& operator=(FilePreparer&&) noexcept;
  // InvalidArgument for an article without an id, a Xapian error as its Status. The first error
  // sticks: later Adds do nothing and Finish returns it.
  Status Add(const IndexedArticle& article);
  // The documents of every article added; the preparer is empty afterwards.
  Result<PreparedFile> Finish();

 private:
  std::unique_ptr<PreparedDocuments> docs_;
  IndexOptions options_;
  Status status_;
};

class PreparedFile {
 public:
  PreparedFile();
  ~PreparedFile();
  PreparedFile(PreparedFile&&) noexcept;
  PreparedFile& operator=(PreparedFile&&) noexcept;
  const std::string& path() const;
  const std::string& content_hash() const;

 private:
  friend class Index;
  friend class FilePreparer;
  friend Result<PreparedFile> PrepareFile(const std::string&, const std::string&, const std::vector<IndexedArticle>&,
                                          const IndexOptions&);
  std::unique_ptr<PreparedDocuments> docs_;
};

// The one synonym policy for a domain pack: every entity's and outlet's name, aliases and short
// names (DomainPack::AliasesOf), and each entity descriptor ("the drug maker") that only one
// entity claims; a descriptor several entities share is left out, since searching it cannot say
// which one is meant. Pairs are (alias, entity or outlet id).
std::vector<std::pair<std::string, std::string>> PackSynonyms(const DomainPack& pack);

// Builds the documents of `articles` read from `path` with the stemmer, positions and spelling
// choice of `options` (the Index that writes them must have been opened with the same). Fails
// with InvalidArgument for an article without an id. Safe to call from several threads at once.
Result<PreparedFile> PrepareFile(const std::string& path, const std::string& content_hash,
                                 const std::vector<IndexedArticle>& articles, const IndexOptions& options);

class Index {
 public:
  // Opens (or creates) the database at `path` for writing. Status::Locked("index is locked by
  // another process: <path>") when another writer holds it; NotFound when it does not exist and
  // !options.create_if_missing.
  static Result<std::unique_ptr<Index>> Open(const std::string& path, const IndexOptions& options = {});

  // Commits pending work (errors are lost here: call Commit() yourself).
  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // True when `path` is indexed with exactly this content hash (cheap: one metadata lookup), so
  // the caller can skip reading and extracting it.
  bool HasFile(const std::string& path, const std::string& content_hash) const;

  // Indexes everything read from one file. A new path is added; a known path with another hash
  // has all its old documents replaced; a known path with the same hash is skipped
  // (files_unchanged). An article held by several files (exact duplicates) is stored once and
  // removed when its last file goes. `articles` may be empty (a file with nothing indexable is
  // still recorded, so it is skipped next time).
  Status IndexFile(const std::string& path, const std::string& content_hash,
                   const std::vector<IndexedArticle>& articles, IndexChange* change = nullptr);

  // Drops a file and every document derived from it. NotFound when it is not indexed.
  // IndexFile for documents built by PrepareFile: only the writes happen here. InvalidArgument
  // when the file was prepared with another stemmer, positions or spelling choice.
  Status IndexPrepared(PreparedFile file, IndexChange* change = nullptr);

  Status RemoveFile(const std::string& path, IndexChange* change = nullptr);
  // Drops every indexed file whose path is not in `existing_paths`.
  Status RemoveMissing(const std::vector<std::string>& existing_paths, IndexChange* change = nullptr);

  // Entity aliases as synonyms: each (alias, entity_id) pair makes a query word or phrase equal
  // to the alias also match documents about the entity (e.g. {"Redmond", "microsoft"},
  // {"Amazon Web Services", "aws"}). Aliases are tokenized like query text (lowercase words,
  // multi-word keys joined by spaces). Idempotent.
  Status AddEntityAliases(const std::vector<std::pair<std::string, std::string>>& alias_to_entity);
  // The pack's synonyms (PackSynonyms): what `newsline index --pack` stores.
  Status AddEntityAliases(const DomainPack& pack);

  // Commits the current batch now.
  Status Commit();

  // All indexed files, sorted by path.
  Result<std::vector<IndexedFile>> Files() const;
  Result<IndexStats> Stats() const;

  // Copies synonyms and spelling data into `lexicon_path` (created or overwritten), the local
  // auxiliary database a Searcher over remote shards needs (remote databases do not serve them).
  Status ExportLexicon(const std::string& lexicon_path);

 private:
  struct Impl;
  explicit Index(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsline

#endif  // NEWSLINE_INDEX_H_
