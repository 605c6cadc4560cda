// Manifests: JSON or CSV tables of path -> title, outlet, url, published, author, language.
#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "ingest/builder.h"
#include "newsline/ingest.h"

namespace newsline {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// Column / field names (lower case) for each manifest field.
enum class Column { kPath, kTitle, kOutlet, kUrl, kPublished, kAuthor, kLanguage, kOther };
struct ColumnName {
  const char* name;
  Column column;
};
constexpr ColumnName kColumnNames[] = {
    {"path", Column::kPath},           {"file", Column::kPath},          {"filename", Column::kPath},
    {"title", Column::kTitle},         {"headline", Column::kTitle},     {"outlet", Column::kOutlet},
    {"source", Column::kOutlet},       {"publisher", Column::kOutlet},   {"url", Column::kUrl},
    {"link", Column::kUrl},            {"published", Column::kPublished}, {"date", Column::kPublished},
    {"publishedat", Column::kPublished}, {"published_at", Column::kPublished}, {"author", Column::kAuthor},
    {"language", Column::kLanguage},   {"lang", Column::kLanguage},
};

Column ColumnOf(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.erase(0, 1);
  for (const ColumnName& c : kColumnNames) {
    if (name == c.name) return c.column;
  }
  return Column::kOther;
}

void Set(ManifestEntry* e, Column column, std::string value) {
  switch (column) {
    case Column::kPath: e->path = std::move(value); break;
    case Column::kTitle: e->title = std::move(value); break;
    case Column::kOutlet: e->outlet = std::move(value); break;
    case Column::kUrl: e->url = std::move(value); break;
    case Column::kPublished: e->published = std::move(value); break;
    case Column::kAuthor: e->author = std::move(value); break;
    case Column::kLanguage: e->language = std::move(value); break;
    case Column::kOther: break;
  }
}

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines.
bool ParseCsv(std::string_view s, std::vector<std::vector<std::string>>* rows, std::string* error) {
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  size_t line = 1;
  size_t quote_line = 1;  // where the open quoted field started
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      quote_line = line;
      field_started = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
      if (!(row.size() == 1 && row[0].empty())) rows->push_back(std::move(row));
      row.clear();
      ++line;
    } else {
      field.push_back(c);
      field_started = true;
    }
  }
  if (quoted) {
    *error = "line " + std::to_string(quote_line) + ": unterminated quoted field";
    return false;
  }
  if (field_started || !row.empty()) {
    row.push_back(std::move(field));
    rows->push_back(std::move(row));
  }
  return true;
}

std::string JsonText(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_object() && v.contains("name") && v["name"].is_string()) return v["name"].get<std::string>();
  return "";
}

bool EndsWithCsv(std::string_view path) {
  if (path.size() < 4) return false;
  std::string ext(path.substr(path.size() - 4));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".csv";
}

std::string Lexical(const fs::path& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(p, ec);
  return (ec ? p : abs).lexically_normal().generic_string();
}

}  // namespace

struct Manifest::Rep {
  fs::path base;  // the manifest's folder
  std::vector<ManifestEntry> entries;
  std::unordered_map<std::string, size_t> by_path;      // as written, and absolute
  std::unordered_map<std::string, size_t> by_filename;  // file name only

  void Add(ManifestEntry e) {
    const size_t index = entries.size();
    by_path.emplace(e.path, index);
    fs::path p(e.path);
    by_path.emplace(Lexical(p.is_absolute() ? p : base / p), index);
    by_filename.emplace(p.filename().generic_string(), index);
    entries.push_back(std::move(e));
  }
};

Manifest::Manifest() : rep_(std::make_unique<Rep>()) {}
Manifest::~Manifest() = default;
Manifest::Manifest(Manifest&&) noexcept = default;
Manifest& Manifest::operator=(Manifest&&) noexcept = default;

size_t Manifest::size() const { return rep_->entries.size(); }

const ManifestEntry* Manifest::Find(std::string_view file_path) const {
  if (rep_->entries.empty()) return nullptr;
  auto it = rep_->by_path.find(std::string(file_path));
  if (it == rep_->by_path.end()) it = rep_->by_path.find(Lexical(fs::path(std::string(file_path))));
  if (it != rep_->by_path.end()) return &rep_->entries[it->second];
  auto f = rep_->by_filename.find(fs::path(std::string(file_path)).filename().generic_string());
  return f == rep_->by_filename.end() ? nullptr : &rep_->entries[f->second];
}

bool Manifest::Apply(Article* article) const {
  const ManifestEntry* e = Find(article->path);
  if (!e) return false;
  if (!e->title.empty()) {
    article->title = ingest::CleanField(e->title);
    article->title_origin = FieldOrigin::kManifest;
  }
  if (!e->outlet.empty()) {
    article->outlet = ingest::CleanField(e->outlet);
    article->outlet_origin = FieldOrigin::kManifest;
  }
  if (!e->url.empty()) article->url = ingest::CleanField(e->url);
  if (!e->author.empty()) article->author = ingest::CleanField(e->author);
  if (!e->language.empty()) article->language = ingest::CleanField(e->language);
  if (!e->published.empty()) {
    PublicationDate date = ParsePublicationDate(e->published, FieldOrigin::kManifest);
    if (date.known()) article->published = std::move(date);
  }
  article->id = ArticleId(article->title, article->text);
  return true;
}

Status ParseManifest(std::string_view content, std::string_view path_hint, Manifest* manifest) {
  Manifest fresh;
  fresh.rep_->base = fs::path(std::string(path_hint)).parent_path();
  const std::string name(path_hint);
  if (EndsWithCsv(path_hint)) {
    std::vector<std::vector<std::string>> rows;
    std::string error;
    if (!ParseCsv(content, &rows, &error)) return Status::InvalidArgument(name + ": " + error);
    if (rows.empty()) return Status::InvalidArgument(name + ": empty manifest (expected a header row)");
    std::vector<Column> columns;
    bool has_path = false;
    for (const std::string& h : rows[0]) {
      columns.push_back(ColumnOf(h));
      has_path = has_path || columns.back() == Column::kPath;
    }
    if (!has_path) return Status::InvalidArgument(name + ": line 1: expected a 'path' column in the header row");
    for (size_t r = 1; r < rows.size(); ++r) {
      ManifestEntry e;
      for (size_t c = 0; c < rows[r].size() && c < columns.size(); ++c) Set(&e, columns[c], rows[r][c]);
      if (e.path.empty()) {
        return Status::InvalidArgument(name + ": row " + std::to_string(r + 1) + ": empty path");
      }
      fresh.rep_->Add(std::move(e));
    }
  } else {
    Json doc;
    try {
      doc = Json::parse(content.begin(), content.end());
    } catch (const Json::parse_error& e) {
      return Status::InvalidArgument(name + ": byte " + std::to_string(e.byte) + ": invalid JSON manifest");
    } catch (const Json::exception& e) {  // a number out of range ("1e400")
      return Status::InvalidArgument(name + ": invalid JSON manifest: " + e.what());
    }
    auto add_object = [&](const Json& obj, std::string path) -> Status {
      ManifestEntry e;
      e.path = std::move(path);
      for (auto it = obj.begin(); it != obj.end(); ++it) {
        Column column = ColumnOf(it.key());
        if (column == Column::kPath && !e.path.empty()) continue;
        Set(&e, column, JsonText(it.value()));
      }
      if (e.path.empty()) return Status::InvalidArgument(name + ": an entry has no \"path\"");
      fresh.rep_->Add(std::move(e));
      return Status::OK();
    };
    if (doc.is_array()) {
      for (const Json& obj : doc) {
        if (!obj.is_object()) return Status::InvalidArgument(name + ": expected an array of objects");
        if (Status s = add_object(obj, ""); !s.ok()) return s;
      }
    } else if (doc.is_object()) {
      for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!it.value().is_object()) {
          return Status::InvalidArgument(name + ": \"" + it.key() + "\": expected an object of fields");
        }
        if (Status s = add_object(it.value(), it.key()); !s.ok()) return s;
      }
    } else {
      return Status::InvalidArgument(name + ": expected a JSON array or object");
    }
  }
  *manifest = std::move(fresh);
  return Status::OK();
}

Status LoadManifest(const std::string& path, Manifest* manifest) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open manifest");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ParseManifest(buffer.str(), path, manifest);
}

}  // namespace newsline
