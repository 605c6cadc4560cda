// The indexing pipeline: read articles from paths, extract annotations, and index them — the
// whole job behind `newsline index`, available to any program that links newsline.
//
//   newsline::PipelineOptions options;
//   options.domain_pack = "corpus/dispute-pack.json";
//   auto report = newsline::IndexPaths("news.db", {"corpus/articles"}, options);
//   if (!report.ok()) { ... report.status().ToString() ... }
//   for (const auto& f : report->failed) std::cerr << f.path << ": " << f.error << "\n";
//
// Files are the unit of change: a file whose bytes are unchanged since it was indexed is skipped
// without being parsed; a changed file has everything derived from it replaced; with
// remove_missing, indexed files that are no longer under the given paths are dropped. Parsing and
// extraction run on `threads` workers; one writer commits in batches, so an interrupted run
// leaves the last committed state and a rerun completes the work.
//
// Thread-safety: IndexPaths may be called from any thread; two calls on one database from
// different processes get Status::Locked for the second.
#ifndef NEWSLINE_PIPELINE_H_
#define NEWSLINE_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "newsline/index.h"
#include "newsline/ingest.h"
#include "newsline/status.h"

namespace newsline {

struct PipelineProgress {
  uint64_t files_done = 0;   // files written (or skipped as unchanged, or failed)
  uint64_t files_total = 0;
  uint64_t articles = 0;     // articles of the files done
  // Read so far by the workers, also inside a file not yet done (a large JSONL or SGML file
  // advances record by record): the bytes of the input files and the articles read. With
  // bytes_total (the input files' sizes) they give a rate and an estimate of the time left.
  uint64_t bytes_read = 0;
  uint64_t bytes_total = 0;
  uint64_t articles_read = 0;
  std::string current_path;  // the file done last, else the file being read
};

struct PipelineOptions {
  // How files are read; ingest.manifest_path names an optional manifest.
  // Default: IngestOptions defaults.
  IngestOptions ingest;
  // How the index is written. Default: IndexOptions defaults.
  IndexOptions index;
  // A domain pack (JSON) for entities, outlets, topics and triggers. Default: "" (discovery only).
  std::string domain_pack;
  // Drop indexed files that are no longer found under the given paths. Default: false.
  bool remove_missing = false;
  // Worker threads for parsing and extraction. Default: 0 = the number of cores.
  unsigned threads = 0;
  // Called on the calling thread after each file and, while a file is being read, about every
  // progress_interval_ms. Default: none.
  std::function<void(const PipelineProgress&)> on_progress;
  unsigned progress_interval_ms = 250;
  // Polled by the workers before each record and by the calling thread with the progress: when it
  // returns true the run stops at the next record. Files already written are committed; a file
  // cut short is not indexed (a rerun reads it again, unchanged files are skipped), and the
  // report says `cancelled` and how many files were left. Default: none (never cancelled).
  std::function<bool()> cancel;
};

// One input that could not be read; the rest of the work went on.
struct InputFailure {
  std::string path;
  std::string locator;  // "line 7", "NEWID=12793", or "" for the whole file
  std::string error;    // one line, naming the file and place
};

struct PipelineReport {
  uint32_t added = 0;      // files indexed for the first time
  uint32_t replaced = 0;   // files whose content changed
  uint32_t unchanged = 0;  // files skipped by content hash
  uint32_t removed = 0;    // files dropped (remove_missing)
  uint32_t articles = 0;   // articles indexed in this run
  uint32_t events = 0;
  uint32_t claims = 0;
  uint32_t facts = 0;
  std::vector<InputFailure> failed;
  // Records read and indexed, but not exactly as written (a number where text was expected):
  // one line each naming the file and place.
  std::vector<InputFailure> warnings;
  // Stopped by PipelineOptions::cancel: `files_left` files were not indexed in this run.
  bool cancelled = false;
  uint32_t files_left = 0;
  bool ok() const { return failed.empty(); }
};

// The input files under `paths` (files or folders, recursively), in sorted order, with the
// ingestion options' rules for hidden files and skipped extensions. A path that does not exist
// is reported in `failed`.
std::vector<std::string> ListInputFiles(const std::vector<std::string>& paths, const IngestOptions& options,
                                        std::vector<InputFailure>* failed);

// Ingests, extracts and indexes everything under `paths` into the database at `db_path`.
// A non-OK Result means the job could not run (bad domain pack, locked or unwritable index);
// bad input files do not fail the job: they are listed in PipelineReport::failed.
Result<PipelineReport> IndexPaths(const std::string& db_path, const std::vector<std::string>& paths,
                                  const PipelineOptions& options);

}  // namespace newsline

#endif  // NEWSLINE_PIPELINE_H_
