// ArticleReader: walks paths in sorted order, sniffs each file and streams its articles.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/builder.h"
#include "ingest/formats.h"
#include "newsline/ingest.h"

namespace newsline {
namespace {

namespace fs = std::filesystem;
using ingest::Builder;
using ingest::FailureItem;

std::string LowerExtension(const fs::path& p) {
  std::string ext = p.extension().generic_string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// Produces the items of one content source (a file or a string): either from a stream, or from a
// list computed from the whole content.
struct Source {
  std::unique_ptr<std::istream> stream;
  std::unique_ptr<ingest::RecordStream> records;
  std::deque<IngestItem> items;

  bool Next(IngestItem* out) {
    if (!items.empty()) {
      *out = std::move(items.front());
      items.pop_front();
      return true;
    }
    return records && records->Next(out);
  }
};

// Sets up `source` for content whose first bytes are `head`. For streamed formats `stream` must
// be positioned at the start; for others `whole` is the full content (read on demand by `read`).
template <typename ReadWhole>
void OpenSource(const std::string& path, std::string_view head, uint64_t size, std::unique_ptr<std::istream> stream,
                ReadWhole read, Builder* builder, const IngestOptions& options, Source* source) {
  auto fail = [&](Status s) { source->items.push_back(FailureItem(path, "", std::move(s))); };
  if (head.find_first_not_of(" \t\r\n") == std::string_view::npos && size <= head.size()) {
    fail(Status::InvalidArgument(path + ": empty file"));
    return;
  }
  if (std::string reason = ingest::BinaryReason(head); !reason.empty()) {
    fail(Status::InvalidArgument(path + ": " + reason + "; expected text, JSON, HTML or SGML"));
    return;
  }
  const SourceFormat format = ingest::SniffFormat(head, path);
  if (format == SourceFormat::kReutersSgml || format == SourceFormat::kJsonLines) {
    source->stream = std::move(stream);
    source->records = format == SourceFormat::kReutersSgml
                          ? ingest::OpenReutersSgml(source->stream.get(), path, builder, options)
                          : ingest::OpenJsonLines(source->stream.get(), path, builder, options);
    return;
  }
  if (size > options.max_file_bytes) {
    fail(Status::InvalidArgument(path + ": file is " + std::to_string(size) + " bytes, over the limit of " +
                                 std::to_string(options.max_file_bytes) +
                                 " bytes for this format (IngestOptions::max_file_bytes)"));
    return;
  }
  std::string content;
  if (Status s = read(&content); !s.ok()) {
    fail(s);
    return;
  }
  std::vector<IngestItem> items;
  switch (format) {
    case SourceFormat::kJson: items = ingest::ReadJson(content, path, builder); break;
    case SourceFormat::kHtml: items = ingest::ReadHtml(content, path, builder); break;
    default: items = ingest::ReadText(content, path, builder, options); break;
  }
  for (IngestItem& item : items) source->items.push_back(std::move(item));
}

}  // namespace

class ArticleReader::Impl {
 public:
  Impl(std::vector<std::string> paths, IngestOptions options) : options_(std::move(options)), builder_(options_) {
    if (options_.manifest) {
      manifest_ = options_.manifest.get();
    } else if (!options_.manifest_path.empty()) {
      status_ = LoadManifest(options_.manifest_path, &own_manifest_);
      manifest_ = &own_manifest_;
    }
    if (!options_.manifest_path.empty()) {
      std::error_code ec;
      manifest_canonical_ = fs::weakly_canonical(options_.manifest_path, ec).generic_string();
    }
    for (std::string& p : paths) roots_.push_back(std::move(p));
  }

  bool Next(IngestItem* out) {
    while (true) {
      if (source_.Next(out)) {
        Count(out);
        return true;
      }
      source_ = Source();
      if (!pending_.empty()) {
        std::string path = std::move(pending_.front());
        pending_.pop_front();
        OpenFile(path);
        continue;
      }
      if (!roots_.empty()) {
        std::string root = std::move(roots_.front());
        roots_.pop_front();
        Expand(root);
        continue;
      }
      return false;
    }
  }

  const Status& status() const { return status_; }
  const IngestCounters& counters() const { return counters_; }
  const std::string& CurrentPath() const { return current_path_; }
  uint64_t FileBytesRead() const {
    if (!source_.stream || source_.stream->fail()) return current_size_;
    const std::streamoff position = source_.stream->tellg();
    return position < 0 ? current_size_ : std::min<uint64_t>(static_cast<uint64_t>(position), current_size_);
  }
  void AbandonSource() {
    source_ = Source();
    ++counters_.failures;
  }

 private:
  void Count(IngestItem* item) {
    if (item->ok()) {
      if (manifest_ && manifest_->size() > 0 && manifest_->Apply(&item->article)) ++counters_.manifest_applied;
      item->path = item->article.path;
      item->locator = item->article.locator;
      ++counters_.articles;
      counters_.repaired_bytes += item->article.repaired_bytes;
      counters_.boilerplate_removed += item->article.boilerplate_removed;
    } else {
      ++counters_.failures;
    }
  }

  // Lists the files under `root` (sorted, recursive) into pending_, or reports why it cannot.
  void Expand(const std::string& root) {
    std::error_code ec;
    fs::file_status st = fs::status(root, ec);
    if (ec || !fs::exists(st)) {
      source_.items.push_back(FailureItem(root, "", Status::NotFound(root + ": no such file or folder")));
      return;
    }
    if (!fs::is_directory(st)) {
      pending_.push_back(root);
      return;
    }
    std::vector<std::string> files;
    Walk(fs::path(root), &files);
    std::sort(files.begin(), files.end());
    for (std::string& f : files) pending_.push_back(std::move(f));
  }

  void Walk(const fs::path& dir, std::vector<std::string>* files) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      source_.items.push_back(FailureItem(dir.generic_string(), "",
                                          Status::IOError(dir.generic_string() + ": cannot list folder: " + ec.message())));
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      entries.push_back(*it);
    }
    for (const fs::directory_entry& e : entries) {
      const std::string name = e.path().filename().generic_string();
      if (options_.skip_hidden && !name.empty() && name[0] == '.') continue;
      std::error_code type_ec;
      if (e.is_directory(type_ec)) {
        if (options_.recursive) Walk(e.path(), files);
        continue;
      }
      const std::string ext = LowerExtension(e.path());
      if (std::find(options_.skip_extensions.begin(), options_.skip_extensions.end(), ext) !=
          options_.skip_extensions.end()) {
        continue;
      }
      if (!manifest_canonical_.empty()) {
        std::error_code cec;
        if (fs::weakly_canonical(e.path(), cec).generic_string() == manifest_canonical_) continue;
      }
      // Case-insensitive names such as README, LICENSE and SHA256SUMS describe data, not articles.
      if (name == "README" || name == "README.TXT" || name == "SHA256SUMS" || name == "LICENSE") continue;
      files->push_back(e.path().generic_string());
    }
  }

  void OpenFile(const std::string& path) {
    ++counters_.files;
    current_path_ = path;
    auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*in) {
      const std::string why = std::strerror(errno);
      source_.items.push_back(FailureItem(path, "", Status::IOError(path + ": cannot read: " + why)));
      return;
    }
    std::error_code ec;
    uint64_t size = fs::file_size(path, ec);
    if (ec) size = 0;
    std::string head(ingest::kSniffBytes, '\0');
    in->read(&head[0], static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in->gcount()));
    if (in->bad()) {
      source_.items.push_back(FailureItem(path, "", Status::IOError(path + ": read error")));
      return;
    }
    counters_.bytes += size;
    current_size_ = size;
    in->clear();
    in->seekg(0);
    std::istream* raw_stream = in.get();
    auto read_whole = [&](std::string* content) -> Status {
      std::ostringstream buffer;
      buffer << raw_stream->rdbuf();
      if (raw_stream->bad()) return Status::IOError(path + ": read error");
      *content = buffer.str();
      return Status::OK();
    };
    OpenSource(path, head, size, std::move(in), read_whole, &builder_, options_, &source_);
  }

  IngestOptions options_;
  Builder builder_;
  Manifest own_manifest_;                 // loaded from options_.manifest_path
  const Manifest* manifest_ = nullptr;   // own_manifest_ or options_.manifest
  std::string manifest_canonical_;
  Status status_;
  std::deque<std::string> roots_;
  std::deque<std::string> pending_;
  Source source_;
  std::string current_path_;
  uint64_t current_size_ = 0;  // bytes of the file being read
  IngestCounters counters_;
};

ArticleReader::ArticleReader(std::vector<std::string> paths, IngestOptions options)
    : impl_(std::make_unique<Impl>(std::move(paths), std::move(options))) {}
ArticleReader::~ArticleReader() = default;
bool ArticleReader::ok() const { return impl_->status().ok(); }
const Status& ArticleReader::status() const { return impl_->status(); }
bool ArticleReader::Next(IngestItem* out) {
  if (!ok()) return false;
  try {
    return impl_->Next(out);
  } catch (const std::exception& e) {
    // No exception crosses the API: the current file is abandoned and reported.
    *out = FailureItem(impl_->CurrentPath(), "", Status::Internal(impl_->CurrentPath() + ": " + e.what()));
    impl_->AbandonSource();
    return true;
  }
}
const IngestCounters& ArticleReader::counters() const { return impl_->counters(); }
uint64_t ArticleReader::FileBytesRead() const { return impl_->FileBytesRead(); }

std::vector<IngestItem> ReadItemsFromString(std::string_view content, std::string_view path_hint,
                                            const IngestOptions& options) {
  std::vector<IngestItem> items;
  try {
    Builder builder(options);
    const std::string path(path_hint);
    Source source;
    std::string_view head = content.substr(0, ingest::kSniffBytes);
    auto stream = std::make_unique<std::istringstream>(std::string(content));
    auto read_whole = [&](std::string* out) -> Status {
      *out = std::string(content);
      return Status::OK();
    };
    OpenSource(path, head, content.size(), std::move(stream), read_whole, &builder, options, &source);
    IngestItem item;
    while (source.Next(&item)) items.push_back(std::move(item));
  } catch (const std::exception& e) {
    items.push_back(FailureItem(std::string(path_hint), "", Status::Internal(std::string(path_hint) + ": " + e.what())));
  }
  return items;
}

Result<std::vector<Article>> ReadArticlesFromString(std::string_view content, std::string_view path_hint,
                                                    const IngestOptions& options) {
  std::vector<Article> articles;
  for (IngestItem& item : ReadItemsFromString(content, path_hint, options)) {
    if (!item.ok()) return item.failure;
    articles.push_back(std::move(item.article));
  }
  return articles;
}

}  // namespace newsline
