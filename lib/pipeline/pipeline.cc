// IndexPaths: workers read and extract files in parallel; the calling thread writes them to the
// index in input order, so results do not depend on scheduling and memory stays bounded.
#include "newsline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "newsline/dates.h"
#include "newsline/domain_pack.h"
#include "newsline/extraction.h"

namespace newsline {
namespace {

// A worker builds the Xapian documents of a file of at most this many bytes as it extracts each
// article (parallel with the writer), keeping only the built documents; a larger file's articles
// go to the writer as they are, because built documents take several times an article's memory
// and a file is written in one piece.
constexpr uint64_t kMaxPreparedBytes = uint64_t{8} << 20;

// What a worker produced for one file.
struct FileWork {
  std::string path;
  std::string content_hash;
  bool unchanged = false;
  bool read_failed = false;
  bool cancelled = false;  // cut short by PipelineOptions::cancel: not to be indexed
  size_t articles = 0;
  // The file's documents, built by the worker (prepare_status says why not when it failed),
  // or, for a file of more than kMaxPreparedBytes, its articles for the writer to build.
  PreparedFile prepared;
  Status prepare_status;
  std::vector<IndexedArticle> unprepared;
  std::vector<InputFailure> failures;
  std::vector<InputFailure> warnings;
};

// A fingerprint of a file's bytes, read in 1 MiB chunks so a large file is never held whole:
// the hash of the chunks' hashes.
bool HashFile(const std::string& path, std::string* hash, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open file";
    return false;
  }
  std::string chunk(1 << 20, '\0'), digests;
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    std::streamsize n = in.gcount();
    if (n <= 0) break;
    digests += HashHex(std::string_view(chunk.data(), static_cast<size_t>(n)));
  }
  if (in.bad()) {
    *error = path + ": read error";
    return false;
  }
  *hash = HashHex(digests);
  return true;
}

// What the workers have read so far, shared with the calling thread for progress.
struct ReadCounters {
  std::atomic<uint64_t> bytes{0};
  std::atomic<uint64_t> articles{0};
};

// The bytes of one file counted into ReadCounters as it is read, the rest when it is done.
class FileBytes {
 public:
  FileBytes(ReadCounters* counters, uint64_t size) : counters_(counters), size_(size) {}
  ~FileBytes() { Advance(size_); }
  void Advance(uint64_t position) {
    position = std::min(position, size_);
    if (position > counted_) counters_->bytes += position - counted_;
    counted_ = std::max(counted_, position);
  }

 private:
  ReadCounters* counters_;
  uint64_t size_, counted_ = 0;
};

uint64_t FileSize(const std::string& path) {
  std::error_code ec;
  const uintmax_t size = std::filesystem::file_size(path, ec);
  return ec ? 0 : static_cast<uint64_t>(size);
}

class Worker {
 public:
  Worker(const PipelineOptions& options, const Extractor& extractor,
         const std::map<std::string, std::string>& indexed_hashes, ReadCounters* counters)
      : options_(options), extractor_(extractor), indexed_hashes_(indexed_hashes), counters_(counters) {}

  FileWork Process(const std::string& path) const {
    FileWork work;
    work.path = path;
    FileBytes bytes(counters_, FileSize(path));
    std::string error;
    if (!HashFile(path, &work.content_hash, &error)) {
      work.read_failed = true;
      work.failures.push_back({path, "", error});
      return work;
    }
    auto it = indexed_hashes_.find(path);
    if (it != indexed_hashes_.end() && it->second == work.content_hash) {
      work.unchanged = true;
      return work;
    }
    ArticleReader reader({path}, options_.ingest);
    if (!reader.ok()) {
      work.read_failed = true;
      work.failures.push_back({path, "", reader.status().message()});
      return work;
    }
    const bool prepare = FileSize(path) <= kMaxPreparedBytes;
    FilePreparer preparer(path, work.content_hash, options_.index);
    std::vector<IndexedArticle> articles;  // a large file's, for the writer to build
    IngestItem item;
    while (reader.Next(&item)) {
      bytes.Advance(reader.FileBytesRead());
      if (Cancelled()) {
        work.cancelled = true;
        return work;
      }
      if (!item.ok()) {
        work.failures.push_back({item.path, item.locator, item.failure.message()});
        continue;
      }
      for (std::string& w : item.warnings) work.warnings.push_back({item.path, item.locator, std::move(w)});
      IndexedArticle indexed;
      indexed.article = std::move(item.article);
      indexed.annotations = extractor_.Extract(indexed.article);
      indexed.article.published = PublishedOrEstimate(indexed.article, indexed.annotations);
      if (prepare) {
        (void)preparer.Add(indexed);  // an error sticks and comes back from Finish
      } else {
        articles.push_back(std::move(indexed));
      }
      ++work.articles;
      ++counters_->articles;
    }
    // A file that yielded nothing but failures is not indexed (and an earlier version stays).
    if (work.articles == 0 && !work.failures.empty()) {
      work.read_failed = true;
      return work;
    }
    if (!prepare) {
      work.unprepared = std::move(articles);
      return work;
    }
    auto prepared = preparer.Finish();
    if (prepared.ok()) {
      work.prepared = std::move(*prepared);
    } else {
      work.prepare_status = prepared.status();
    }
    return work;
  }

 private:
  bool Cancelled() const { return options_.cancel && options_.cancel(); }

  const PipelineOptions& options_;
  const Extractor& extractor_;
  const std::map<std::string, std::string>& indexed_hashes_;
  ReadCounters* counters_;
};

// Hands out files to workers and returns their results in input order, keeping at most `window`
// results in memory.
class OrderedResults {
 public:
  OrderedResults(size_t total, size_t window) : total_(total), window_(window) {}

  // Worker side: the next file index to process, or nullopt when done.
  std::optional<size_t> Take() {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [&] { return next_ >= total_ || next_ < consumed_ + window_; });
    if (next_ >= total_) return std::nullopt;
    return next_++;
  }
  // No more files are handed out (a cancelled run).
  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    next_ = total_;
    space_.notify_all();
  }
  void Put(size_t i, FileWork work) {
    std::lock_guard<std::mutex> lock(mu_);
    ready_.emplace(i, std::move(work));
    ready_cv_.notify_all();
  }
  // Writer side: result i, waiting for it at most `wait`; nullopt when it is not ready yet.
  std::optional<FileWork> Get(size_t i, std::chrono::milliseconds wait) {
    std::unique_lock<std::mutex> lock(mu_);
    if (!ready_cv_.wait_for(lock, wait, [&] { return ready_.count(i) > 0; })) return std::nullopt;
    FileWork work = std::move(ready_[i]);
    ready_.erase(i);
    consumed_ = i + 1;
    space_.notify_all();
    return work;
  }

 private:
  std::mutex mu_;
  std::condition_variable space_, ready_cv_;
  std::map<size_t, FileWork> ready_;
  size_t total_, window_;
  size_t next_ = 0, consumed_ = 0;
};

bool SameFile(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec);
}

// Writes one worker's file into the index (unless an earlier write failed, or the file is
// unchanged or unreadable) and counts it in the report. Returns the write status so far.
Status WriteFile(Index* index, Status status, FileWork&& work, PipelineReport* report) {
  for (InputFailure& f : work.failures) report->failed.push_back(std::move(f));
  for (InputFailure& w : work.warnings) report->warnings.push_back(std::move(w));
  if (work.unchanged) {
    ++report->unchanged;
    return status;
  }
  if (!status.ok() || work.read_failed) return status;
  IndexChange change;
  if (!work.prepare_status.ok()) {
    status = work.prepare_status;
  } else if (!work.unprepared.empty()) {
    status = index->IndexFile(work.path, work.content_hash, work.unprepared, &change);
  } else {
    status = index->IndexPrepared(std::move(work.prepared), &change);
  }
  report->added += change.files_added;
  report->replaced += change.files_replaced;
  report->unchanged += change.files_unchanged;
  report->articles += change.articles;
  report->events += change.events;
  report->claims += change.claims;
  report->facts += change.facts;
  return status;
}

}  // namespace

Result<PipelineReport> IndexPaths(const std::string& db_path, const std::vector<std::string>& paths,
                                  const PipelineOptions& options) {
  DomainPack pack;
  if (!options.domain_pack.empty()) {
    pack = DomainPack::FromFile(options.domain_pack);
    if (!pack.ok()) return pack.status();
  }
  // The manifest is loaded once and shared by the workers' readers.
  PipelineOptions run_options = options;
  if (!options.ingest.manifest && !options.ingest.manifest_path.empty()) {
    auto manifest = std::make_shared<Manifest>();
    Status s = LoadManifest(options.ingest.manifest_path, manifest.get());
    if (!s.ok()) return s;
    run_options.ingest.manifest = std::move(manifest);
  }
  auto opened = Index::Open(db_path, options.index);
  if (!opened.ok()) return opened.status();
  Index& index = **opened;

  PipelineReport report;
  std::vector<std::string> files = ListInputFiles(paths, options.ingest, &report.failed);
  // The pack and the manifest may sit in the folder being indexed (corpus/); they are not articles.
  files.erase(std::remove_if(files.begin(), files.end(),
                             [&](const std::string& f) {
                               return SameFile(f, options.domain_pack) ||
                                      SameFile(f, options.ingest.manifest_path);
                             }),
              files.end());

  std::map<std::string, std::string> indexed_hashes;
  auto indexed_files = index.Files();
  if (!indexed_files.ok()) return indexed_files.status();
  for (const IndexedFile& f : *indexed_files) indexed_hashes[f.path] = f.content_hash;

  if (!options.domain_pack.empty()) {
    Status s = index.AddEntityAliases(pack);
    if (!s.ok()) return s;
  }

  std::unique_ptr<Extractor> extractor =
      options.domain_pack.empty() ? std::make_unique<Extractor>() : std::make_unique<Extractor>(pack);
  if (!extractor->ok()) return extractor->status();
  ReadCounters read;
  Worker worker(run_options, *extractor, indexed_hashes, &read);

  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(1, files.size())));
  // Files in flight beyond the one being written: built documents are large (see above).
  OrderedResults results(files.size(), threads);
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      while (auto i = results.Take()) results.Put(*i, worker.Process(files[*i]));
    });
  }

  auto cancelled = [&] { return options.cancel && options.cancel(); };
  PipelineProgress progress;
  progress.files_total = files.size();
  for (const std::string& f : files) progress.bytes_total += FileSize(f);
  auto report_progress = [&](const std::string& path) {
    progress.bytes_read = read.bytes;
    progress.articles_read = read.articles;
    progress.current_path = path;
    if (options.on_progress) options.on_progress(progress);
  };
  const std::chrono::milliseconds interval(std::max(1u, options.progress_interval_ms));
  Status write_status;
  for (size_t i = 0; i < files.size() && !report.cancelled; ++i) {
    std::optional<FileWork> work;
    while (!(work = results.Get(i, interval)) && !(report.cancelled = cancelled())) report_progress(files[i]);
    if (!work || work->cancelled) {
      report.cancelled = true;
      break;
    }
    progress.files_done = i + 1;
    progress.articles += work->articles;
    write_status = WriteFile(&index, write_status, std::move(*work), &report);
    report_progress(files[i]);
    report.cancelled = cancelled();
  }
  if (report.cancelled) {
    results.Stop();
    report.files_left = static_cast<uint32_t>(files.size() - progress.files_done);
  }
  for (std::thread& t : pool) t.join();
  if (!write_status.ok()) return write_status;

  if (options.remove_missing) {
    IndexChange change;
    Status s = index.RemoveMissing(files, &change);
    if (!s.ok()) return s;
    report.removed += change.files_removed;
  }
  Status s = index.Commit();
  if (!s.ok()) return s;
  return report;
}

}  // namespace newsline
