// Index: the batched, file-aware Xapian writer (see include/newsline/index.h).
#include "newsline/index.h"

#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "index/document_builder.h"
#include "index/json_codec.h"
#include "index/schema.h"
#include "index/xapian_status.h"
#include "newsline/domain_pack.h"

namespace newsline {
namespace {

using json_codec::Json;
namespace fs = std::filesystem;

struct FileRecord {
  bool found = false;
  IndexedFile file;
};

bool IsValidUtf8(const std::string& s) {
  try {
    (void)Json(s).dump();
    return true;
  } catch (const Json::exception&) {
    return false;
  }
}

std::string HexOf(const std::string& bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : bytes) {
    hex.push_back(kDigits[c >> 4]);
    hex.push_back(kDigits[c & 15]);
  }
  return hex;
}

// The path a record names: its exact bytes when stored in hex, else its "path", else `fallback`.
std::string DecodePath(const Json& j, const std::string& fallback) {
  std::string hex = j.value("path_hex", "");
  if (hex.empty() || hex.size() % 2 != 0) return j.value("path", fallback);
  auto nibble = [](char c) { return c >= 'a' ? c - 'a' + 10 : c - '0'; };
  std::string bytes;
  for (size_t i = 0; i < hex.size(); i += 2) {
    if (!std::isxdigit(static_cast<unsigned char>(hex[i])) || !std::isxdigit(static_cast<unsigned char>(hex[i + 1]))) {
      return j.value("path", fallback);
    }
    bytes.push_back(static_cast<char>(nibble(hex[i]) * 16 + nibble(hex[i + 1])));
  }
  return bytes;
}

FileRecord ReadFileRecord(const Xapian::Database& db, const std::string& path) {
  FileRecord r;
  std::string raw = db.get_metadata(schema::kMetaFilePrefix + schema::FileKey(path));
  if (raw.empty()) return r;
  Json j = Json::parse(raw, nullptr, false);
  if (!j.is_object()) return r;
  r.found = true;
  r.file.path = DecodePath(j, path);
  r.file.content_hash = j.value("hash", "");
  r.file.articles = j.value("articles", 0u);
  r.file.events = j.value("events", 0u);
  r.file.claims = j.value("claims", 0u);
  r.file.facts = j.value("facts", 0u);
  return r;
}

std::string EncodeFileRecord(const IndexedFile& f) {
  Json j{{"path", f.path}, {"hash", f.content_hash}, {"articles", f.articles},
         {"events", f.events}, {"claims", f.claims}, {"facts", f.facts}};
  // A file name is bytes, not always UTF-8: JSON keeps a readable form and, when the bytes are
  // not valid UTF-8, the exact bytes in hex, so the record still names the file.
  if (!IsValidUtf8(f.path)) j["path_hex"] = HexOf(f.path);
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A glass database whose creation was interrupted (killed inside its first commit): a folder
// without the version file "iamglass" whose tables are all empty. Nothing was ever committed
// there, so it can be created afresh; any other unreadable database is left as it is.
bool IsUnfinishedCreation(const std::string& path) {
  std::error_code ec;
  const fs::path dir(path);
  if (!fs::is_directory(dir, ec) || fs::exists(dir / "iamglass", ec)) return false;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".glass" && entry.file_size(ec) != 0) return false;
  }
  return !ec;
}

Xapian::WritableDatabase OpenWritable(const std::string& path, bool create) {
  try {
    return Xapian::WritableDatabase(path, create ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN);
  } catch (const Xapian::DatabaseOpeningError&) {
    if (!create || !IsUnfinishedCreation(path)) throw;
    // Takes the lock first, so a process still creating it makes this fail as Locked.
    return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OVERWRITE);
  }
}

}  // namespace

const char* DocKindName(DocKind kind) {
  switch (kind) {
    case DocKind::kArticle: return schema::kKindArticle;
    case DocKind::kEvent: return schema::kKindEvent;
    case DocKind::kClaim: return schema::kKindClaim;
    case DocKind::kFact: return schema::kKindFact;
  }
  return schema::kKindArticle;
}

bool ParseDocKind(const std::string& name, DocKind* out) {
  for (DocKind k : {DocKind::kArticle, DocKind::kEvent, DocKind::kClaim, DocKind::kFact}) {
    if (name == DocKindName(k)) {
      *out = k;
      return true;
    }
  }
  return false;
}

PreparedFile::PreparedFile() = default;
PreparedFile::~PreparedFile() = default;
PreparedFile::PreparedFile(PreparedFile&&) noexcept = default;
PreparedFile& PreparedFile::operator=(PreparedFile&&) noexcept = default;

const std::string& PreparedFile::path() const {
  static const std::string kNone;
  return docs_ ? docs_->path : kNone;
}

const std::string& PreparedFile::content_hash() const {
  static const std::string kNone;
  return docs_ ? docs_->content_hash : kNone;
}

namespace {

// One builder per thread, rebuilt when the options change (a TermGenerator is not thread-safe).
DocumentBuilder& ThreadBuilder(const IndexOptions& options) {
  thread_local std::unique_ptr<DocumentBuilder> builder;
  thread_local std::pair<std::string, bool> built_for;
  std::pair<std::string, bool> wanted{options.stemmer, options.positions};
  if (!builder || built_for != wanted) {
    DocumentBuilderOptions builder_options;
    builder_options.stemmer = options.stemmer;
    builder_options.positions = options.positions;
    builder = std::make_unique<DocumentBuilder>(builder_options);
    built_for = wanted;
  }
  return *builder;
}

}  // namespace

FilePreparer::FilePreparer(const std::string& path, const std::string& content_hash, const IndexOptions& options)
    : docs_(std::make_unique<PreparedDocuments>()), options_(options) {
  docs_->path = path;
  docs_->content_hash = content_hash;
  docs_->stemmer = options.stemmer;
  docs_->positions = options.positions;
  docs_->spelling = options.spelling;
}
FilePreparer::~FilePreparer() = default;
FilePreparer::FilePreparer(FilePreparer&&) noexcept = default;
FilePreparer& FilePreparer::operator=(FilePreparer&&) noexcept = default;

Status FilePreparer::Add(const IndexedArticle& a) {
  if (!status_.ok()) return status_;
  if (!docs_) return status_ = Status::InvalidArgument("FilePreparer: Add after Finish");
  if (a.article.id.empty()) {
    return status_ = Status::InvalidArgument(docs_->path + ": an article has no id (" +
                                             (a.article.locator.empty() ? "no locator" : a.article.locator) + ")");
  }
  try {
    const size_t first = docs_->documents.size();
    ThreadBuilder(options_).Build(a.article, a.annotations, &docs_->documents);
    if (options_.spelling) DocumentBuilder::CountSpelling(docs_->documents[first].document, &docs_->spelling_words);
  } catch (const Xapian::Error& e) {
    status_ = StatusFromXapian(e, docs_->path + ": building documents");
  }
  return status_;
}

Result<PreparedFile> FilePreparer::Finish() {
  if (!status_.ok()) return status_;
  if (!docs_) return Status::InvalidArgument("FilePreparer: Finish twice");
  PreparedFile file;
  file.docs_ = std::move(docs_);
  return file;
}

Result<PreparedFile> PrepareFile(const std::string& path, const std::string& content_hash,
                                 const std::vector<IndexedArticle>& articles, const IndexOptions& options) {
  FilePreparer preparer(path, content_hash, options);
  for (const IndexedArticle& a : articles) {
    Status s = preparer.Add(a);
    if (!s.ok()) return s;
  }
  return preparer.Finish();
}

namespace {

// The id terms written since an index was opened empty, in a Bloom filter of fixed size (16 MiB,
// 7 bits per id): a document whose id was certainly never written is added (add_document)
// without looking its id up in the postlist table. An id the filter may have seen (the same
// article in two files, or a false positive: under 1% up to 13 million ids, more beyond) takes
// the lookup path, which is always right; so does every id when the index was not empty at open.
class FreshIds {
 public:
  explicit FreshIds(bool enabled) : words_(enabled ? kWords : 0, 0) {}
  // True when `id_term` was certainly never claimed before (and claims it).
  bool Claim(const std::string& id_term) {
    if (words_.empty()) return false;
    const uint64_t h1 = std::hash<std::string>()(id_term);
    const uint64_t h2 = Mix(h1) | 1;
    bool seen = true;
    for (uint64_t i = 0; i < kHashes; ++i) {
      const uint64_t bit = (h1 + i * h2) & (kWords * 64 - 1);
      uint64_t& word = words_[bit / 64];
      const uint64_t mask = uint64_t{1} << (bit % 64);
      if (!(word & mask)) seen = false;
      word |= mask;
    }
    return !seen;
  }

 private:
  static constexpr size_t kWords = size_t{1} << 21;  // 2^27 bits
  static constexpr uint64_t kHashes = 7;
  // splitmix64's finalizer: a second hash from the first.
  static uint64_t Mix(uint64_t x) {
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
  }
  std::vector<uint64_t> words_;
};

}  // namespace

struct Index::Impl {
  std::string path;
  IndexOptions options;
  Xapian::WritableDatabase db;
  bool in_transaction = false;
  uint32_t pending_articles = 0;
  std::unique_ptr<FreshIds> fresh_ids;

  // Adds `doc` (with its file term) as new, or replaces the document stored under its id,
  // keeping the other files that hold it.
  void Write(const std::string& id_term, const std::string& file_term, Xapian::Document* doc) {
    if (fresh_ids->Claim(id_term)) {
      db.add_document(*doc);
      return;
    }
    auto p = db.postlist_begin(id_term);  // one lookup: the id is unique
    if (p == db.postlist_end(id_term)) {
      db.add_document(*doc);
      return;
    }
    const Xapian::docid id = *p;
    CopyOtherFiles(db.get_document(id), file_term, doc);
    db.replace_document(id, *doc);
  }

  void Begin() {
    if (!in_transaction) {
      db.begin_transaction(/*flushed=*/true);
      in_transaction = true;
    }
  }
  void CommitNow() {
    if (in_transaction) {
      db.commit_transaction();
      in_transaction = false;
    }
    db.commit();
    pending_articles = 0;
  }
  void MaybeCommit() {
    if (pending_articles >= std::max<uint32_t>(1, options.batch_articles)) CommitNow();
  }

  // Removes `file_key` from every document that carries it; deletes documents left with no file.
  uint32_t DetachFile(const std::string& file_key) {
    const std::string term = schema::MakeTerm(schema::kPrefixFile, file_key);
    std::vector<Xapian::docid> ids;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) ids.push_back(*it);
    uint32_t deleted = 0;
    for (Xapian::docid id : ids) {
      Xapian::Document doc = db.get_document(id);
      int files = 0;
      auto t = doc.termlist_begin();
      for (t.skip_to(schema::kPrefixFile); t != doc.termlist_end(); ++t) {
        if ((*t).compare(0, sizeof(schema::kPrefixFile) - 1, schema::kPrefixFile) != 0) break;
        ++files;
      }
      if (files > 1) {
        doc.remove_term(term);
        db.replace_document(id, doc);
      } else {
        db.delete_document(id);
        ++deleted;
      }
    }
    return deleted;
  }

  // The file terms of `old` (the document stored under the same id), other than `own`.
  static void CopyOtherFiles(const Xapian::Document& old, const std::string& own, Xapian::Document* doc) {
    auto t = old.termlist_begin();
    for (t.skip_to(schema::kPrefixFile); t != old.termlist_end(); ++t) {
      const std::string& term = *t;
      if (term.compare(0, sizeof(schema::kPrefixFile) - 1, schema::kPrefixFile) != 0) break;
      if (term != own) doc->add_boolean_term(term);
    }
  }
};

Index::Index(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Index::~Index() {
  try {
    impl_->CommitNow();
  } catch (const Xapian::Error&) {
    // The destructor cannot report; Commit() is the way to see errors.
  }
}

Result<std::unique_ptr<Index>> Index::Open(const std::string& path, const IndexOptions& options) {
  if (!IsKnownStemmer(options.stemmer)) {
    return Status::InvalidArgument("unknown stemmer language: \"" + options.stemmer + "\"");
  }
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  try {
    impl->db = OpenWritable(path, options.create_if_missing);
    std::string version = impl->db.get_metadata(schema::kMetaSchema);
    if (version.empty()) {
      impl->db.set_metadata(schema::kMetaSchema, schema::kSchemaVersion);
      impl->db.commit();
    } else if (version != schema::kSchemaVersion) {
      return Status::Unsupported(path + ": index schema version " + version + ", this library writes " +
                                 schema::kSchemaVersion + " (rebuild the index)");
    }
    // One stemmer per index: recorded by the first writer, checked by every later one.
    const std::string stemmer = impl->db.get_metadata(schema::kMetaStemmer);
    if (stemmer.empty()) {
      impl->db.set_metadata(schema::kMetaStemmer, StemmerName(options.stemmer));
      impl->db.commit();
    } else if (stemmer != StemmerName(options.stemmer)) {
      return Status::InvalidArgument(path + ": the index was built with the stemmer \"" + stemmer +
                                     "\", not \"" + options.stemmer + "\" (IndexOptions::stemmer)");
    }
    impl->fresh_ids = std::make_unique<FreshIds>(impl->db.get_doccount() == 0);
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, path);
  }
  return std::unique_ptr<Index>(new Index(std::move(impl)));
}

bool Index::HasFile(const std::string& path, const std::string& content_hash) const {
  try {
    FileRecord r = ReadFileRecord(impl_->db, path);
    return r.found && r.file.content_hash == content_hash;
  } catch (const Xapian::Error&) {
    return false;
  }
}

Status Index::IndexFile(const std::string& path, const std::string& content_hash,
                        const std::vector<IndexedArticle>& articles, IndexChange* change) {
  IndexChange local;
  IndexChange* c = change ? change : &local;
  // An unchanged file is not built at all.
  if (HasFile(path, content_hash)) {
    ++c->files_unchanged;
    return Status::OK();
  }
  auto prepared = PrepareFile(path, content_hash, articles, impl_->options);
  if (!prepared.ok()) return prepared.status();
  return IndexPrepared(std::move(*prepared), c);
}

Status Index::IndexPrepared(PreparedFile file, IndexChange* change) {
  IndexChange local;
  IndexChange* c = change ? change : &local;
  if (!file.docs_) return Status::InvalidArgument(impl_->path + ": an empty PreparedFile");
  PreparedDocuments& prepared = *file.docs_;
  const IndexOptions& o = impl_->options;
  if (prepared.stemmer != o.stemmer || prepared.positions != o.positions || prepared.spelling != o.spelling) {
    return Status::InvalidArgument(prepared.path + ": prepared with other index options (stemmer, positions, spelling)");
  }
  try {
    FileRecord existing = ReadFileRecord(impl_->db, prepared.path);
    if (existing.found && existing.file.content_hash == prepared.content_hash) {
      ++c->files_unchanged;
      return Status::OK();
    }
    impl_->Begin();
    const std::string key = schema::FileKey(prepared.path);
    const std::string file_term = schema::MakeTerm(schema::kPrefixFile, key);
    if (existing.found) {
      c->documents_deleted += impl_->DetachFile(key);
      ++c->files_replaced;
    } else {
      ++c->files_added;
    }
    IndexedFile record;
    record.path = prepared.path;
    record.content_hash = prepared.content_hash;
    for (BuiltDocument& d : prepared.documents) {
      d.document.add_boolean_term(file_term);
      impl_->Write(d.id_term, file_term, &d.document);
      switch (d.kind) {
        case BuiltDocument::Kind::kArticle: ++record.articles; break;
        case BuiltDocument::Kind::kEvent: ++record.events; break;
        case BuiltDocument::Kind::kClaim: ++record.claims; break;
        case BuiltDocument::Kind::kFact: record.facts += d.records; break;
      }
    }
    for (const auto& [word, count] : prepared.spelling_words) impl_->db.add_spelling(word, count);
    impl_->db.set_metadata(schema::kMetaFilePrefix + key, EncodeFileRecord(record));
    c->articles += record.articles;
    c->events += record.events;
    c->claims += record.claims;
    c->facts += record.facts;
    impl_->pending_articles += std::max<uint32_t>(1, record.articles);
    impl_->MaybeCommit();
    return Status::OK();
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, impl_->path + ": indexing " + prepared.path);
  }
}

Status Index::RemoveFile(const std::string& path, IndexChange* change) {
  IndexChange local;
  IndexChange* c = change ? change : &local;
  try {
    FileRecord existing = ReadFileRecord(impl_->db, path);
    if (!existing.found) return Status::NotFound(path + ": not in the index " + impl_->path);
    impl_->Begin();
    const std::string key = schema::FileKey(path);
    c->documents_deleted += impl_->DetachFile(key);
    impl_->db.set_metadata(schema::kMetaFilePrefix + key, std::string());
    ++c->files_removed;
    impl_->pending_articles += std::max<uint32_t>(1, existing.file.articles);
    impl_->MaybeCommit();
    return Status::OK();
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, impl_->path + ": removing " + path);
  }
}

Status Index::RemoveMissing(const std::vector<std::string>& existing_paths, IndexChange* change) {
  auto files = Files();
  if (!files.ok()) return files.status();
  std::set<std::string> keep(existing_paths.begin(), existing_paths.end());
  for (const IndexedFile& f : *files) {
    if (keep.count(f.path)) continue;
    Status s = RemoveFile(f.path, change);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status Index::AddEntityAliases(const std::vector<std::pair<std::string, std::string>>& alias_to_entity) {
  try {
    impl_->Begin();
    for (const auto& [alias, entity] : alias_to_entity) {
      std::string key = schema::SynonymKey(alias);
      std::string value = schema::NormalizeFacetValue(entity);
      if (key.empty() || value.empty()) continue;
      impl_->db.add_synonym(key, schema::MakeTerm(schema::kPrefixEntity, value));
    }
    return Status::OK();
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, impl_->path + ": adding synonyms");
  }
}

std::vector<std::pair<std::string, std::string>> PackSynonyms(const DomainPack& pack) {
  std::map<std::string, size_t> descriptor_owners;
  for (const PackEntity& e : pack.entities()) {
    for (const PackAlias& d : e.descriptors) ++descriptor_owners[d.text];
  }
  std::vector<std::pair<std::string, std::string>> synonyms;
  for (const PackEntity& e : pack.entities()) {
    synonyms.emplace_back(e.name, e.id);
    for (const std::string& alias : pack.AliasesOf(e.id)) synonyms.emplace_back(alias, e.id);
    for (const PackAlias& d : e.descriptors) {
      if (descriptor_owners[d.text] == 1) synonyms.emplace_back(d.text, e.id);
    }
  }
  for (const PackOutlet& o : pack.outlets()) {
    synonyms.emplace_back(o.name, o.id);
    for (const std::string& alias : pack.AliasesOf(o.id)) synonyms.emplace_back(alias, o.id);
  }
  return synonyms;
}

Status Index::AddEntityAliases(const DomainPack& pack) { return AddEntityAliases(PackSynonyms(pack)); }

Status Index::Commit() {
  try {
    impl_->CommitNow();
    return Status::OK();
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, impl_->path + ": commit");
  }
}

Result<std::vector<IndexedFile>> Index::Files() const {
  try {
    std::vector<IndexedFile> files;
    const std::string prefix = schema::kMetaFilePrefix;
    for (auto it = impl_->db.metadata_keys_begin(prefix); it != impl_->db.metadata_keys_end(prefix); ++it) {
      Json j = Json::parse(impl_->db.get_metadata(*it), nullptr, false);
      if (!j.is_object()) continue;  // an empty (removed) record
      IndexedFile f;
      f.path = DecodePath(j, "");
      f.content_hash = j.value("hash", "");
      f.articles = j.value("articles", 0u);
      f.events = j.value("events", 0u);
      f.claims = j.value("claims", 0u);
      f.facts = j.value("facts", 0u);
      files.push_back(std::move(f));
    }
    std::sort(files.begin(), files.end(), [](const IndexedFile& a, const IndexedFile& b) { return a.path < b.path; });
    return files;
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, impl_->path);
  }
}

Result<IndexStats> Index::Stats() const {
  try {
    IndexStats s;
    const Xapian::WritableDatabase& db = impl_->db;
    s.documents = db.get_doccount();
    s.articles = db.get_termfreq(schema::MakeTerm(schema::kPrefixKind, schema::kKindArticle));
    s.events = db.get_termfreq(schema::MakeTerm(schema::kPrefixKind, schema::kKindEvent));
    s.claims = db.get_termfreq(schema::MakeTerm(schema::kPrefixKind, schema::kKindClaim));
    s.facts = db.get_termfreq(schema::MakeTerm(schema::kPrefixKind, schema::kKindFact));
    const std::string prefix = schema::kMetaFilePrefix;
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) ++s.files;
    for (auto it = db.synonym_keys_begin(); it != db.synonym_keys_end(); ++it) ++s.synonyms;
    s.revision = std::to_string(db.get_revision());
    return s;
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, impl_->path);
  }
}

Status Index::ExportLexicon(const std::string& lexicon_path) {
  try {
    Xapian::WritableDatabase out(lexicon_path, Xapian::DB_CREATE_OR_OVERWRITE);
    const Xapian::WritableDatabase& db = impl_->db;
    for (auto k = db.synonym_keys_begin(); k != db.synonym_keys_end(); ++k) {
      for (auto v = db.synonyms_begin(*k); v != db.synonyms_end(*k); ++v) out.add_synonym(*k, *v);
    }
    for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) out.add_spelling(*w, w.get_termfreq());
    out.set_metadata(schema::kMetaSchema, schema::kSchemaVersion);
    out.commit();
    return Status::OK();
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, lexicon_path);
  }
}

}  // namespace newsline
