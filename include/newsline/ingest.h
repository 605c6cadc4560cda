// Ingestion: turn files (raw text, header text, JSON, JSON Lines, HTML, Reuters SGML) into
// normalized Article values, one at a time, with a failure item for every input that cannot be read.
//
//   newsline::IngestOptions options;
//   newsline::ArticleReader reader({"corpus/"}, options);
//   if (!reader.ok()) { std::cerr << reader.status().ToString() << "\n"; return 1; }
//   newsline::IngestItem item;
//   while (reader.Next(&item)) {
//     if (item.ok()) Use(item.article);
//     else std::cerr << item.failure.ToString() << "\n";
//   }
//   bool some_failed = reader.counters().failures > 0;
//
// The format is sniffed from the content (the extension only breaks ties). Memory is bounded:
// JSON Lines and Reuters SGML are streamed record by record; other files are read whole up to
// IngestOptions::max_file_bytes.
//
// The manifest that completes the files' metadata is in manifest.h; hashing and near-duplicate
// detection in duplicates.h (both included here).
#ifndef NEWSLINE_INGEST_H_
#define NEWSLINE_INGEST_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/article.h"
#include "newsline/duplicates.h"
#include "newsline/manifest.h"
#include "newsline/status.h"

namespace newsline {

struct IngestOptions {
  // Files larger than this are refused with a clear error, except Reuters SGML and JSON Lines
  // files, which are streamed record by record whatever their size.
  // Default: 32 MiB.
  uint64_t max_file_bytes = 32ull << 20;
  // A single streamed record (one JSON line, one <REUTERS> element) larger than this is a failure.
  // Default: 8 MiB.
  uint64_t max_record_bytes = 8ull << 20;
  // A manifest (JSON or CSV: path -> title, outlet, url, published) whose values complete or
  // override what the files say. Loaded when the reader is constructed.
  // Default: "" (no manifest).
  std::string manifest_path;
  // An already loaded manifest, shared by many readers (for example one reader per file in a
  // parallel pipeline); used instead of manifest_path when set.
  // Default: nullptr.
  std::shared_ptr<const Manifest> manifest;
  // Remove site boilerplate lines ("Advertisement", "Go to Source", comment trailers, ...).
  // Default: true.
  bool remove_boilerplate = true;
  // Raw text only: take the first line as the title when it reads as a headline.
  // Default: true.
  bool detect_title = true;
  // Language recorded when the input does not state one ("" = unknown).
  // Default: "".
  std::string default_language;
  // Descend into folders given as paths.
  // Default: true.
  bool recursive = true;
  // Skip hidden files and folders (names starting with '.') while walking folders.
  // Default: true.
  bool skip_hidden = true;
  // Skip files in folders whose names end with these extensions (lower case, with the dot), e.g.
  // documentation next to data. Files named explicitly are always read.
  // Default: {".md", ".gz", ".zip", ".dtd", ".sh", ".py", ".csv"} — a CSV is only read as a manifest.
  std::vector<std::string> skip_extensions = {".md", ".gz", ".zip", ".dtd", ".sh", ".py", ".csv"};
};

// One result of reading: an Article, or a failure naming the file and the place inside it.
struct IngestItem {
  Article article;         // valid when ok()
  Status failure;          // non-OK for a failure; the message names the file (and line/record)
  std::string path;        // the file
  std::string locator;     // "line 7", "NEWID=12793", "record 3", or "" for the whole file
  // What was read but not as written, one line each naming the file and place ("a.json: record
  // 3: "title" is a number (42), read as text"); the article is still valid.
  std::vector<std::string> warnings;

  bool ok() const { return failure.ok(); }
};

// What a reader has done so far.
struct IngestCounters {
  uint64_t files = 0;             // files opened (or attempted)
  uint64_t articles = 0;          // articles produced
  uint64_t failures = 0;          // failure items produced
  uint64_t bytes = 0;             // bytes read from files
  uint64_t repaired_bytes = 0;    // invalid UTF-8 bytes repaired, summed over articles
  uint64_t boilerplate_removed = 0;  // boilerplate lines removed, summed over articles
  uint64_t manifest_applied = 0;  // articles completed or overridden by the manifest
};

// Reads articles from files and folders (recursively, in sorted path order), one at a time.
// Thread-safety: not thread-safe; use one reader per thread.
class ArticleReader {
 public:
  // Paths may be files or folders. Check ok(): a manifest that cannot be loaded makes the reader
  // unusable; a missing path is reported as a failure item instead.
  ArticleReader(std::vector<std::string> paths, IngestOptions options = {});
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  bool ok() const;
  const Status& status() const;

  // Fills *out with the next article or failure; returns false when the input is exhausted.
  bool Next(IngestItem* out);

  const IngestCounters& counters() const;
  // How far into the file of the last item the reader has read, in bytes: the stream position of
  // a streamed file (JSONL, SGML), the whole size of a file read at once.
  uint64_t FileBytesRead() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads every article in `content` as if it were the file `path_hint` (the hint's extension
// breaks format ties and names the file in errors). Fails on the first failure item.
Result<std::vector<Article>> ReadArticlesFromString(std::string_view content, std::string_view path_hint,
                                                    const IngestOptions& options = {});

// Like ReadArticlesFromString, but returns every item (articles and failures) in order.
std::vector<IngestItem> ReadItemsFromString(std::string_view content, std::string_view path_hint,
                                            const IngestOptions& options = {});

// Parses a publication date in the forms metadata uses: ISO 8601 ("2026-03-03",
// "2026-03-03T10:15:00+01:00"), RFC 2822 ("Tue, 03 Mar 2026 10:15:00 GMT"), "March 3, 2026",
// "3 March 2026", "Mar. 3, 2026", Reuters "3-MAR-1987 09:15:05.40" (with leading spaces and junk
// after the time), and Unix epoch seconds. The day is the calendar day as written (in the stated
// zone). Returns a PublicationDate of kind kUnknown when the text is not a date.
PublicationDate ParsePublicationDate(std::string_view text, FieldOrigin origin);

}  // namespace newsline

#endif  // NEWSLINE_INGEST_H_
