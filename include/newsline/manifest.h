// The manifest: a JSON or CSV file of path -> metadata (title, outlet, URL, publication date,
// author, language) that completes or overrides what the article files say.
//
//   auto manifest = std::make_shared<newsline::Manifest>();
//   newsline::Status s = newsline::LoadManifest("articles/manifest.csv", manifest.get());
//   newsline::IngestOptions options;
//   options.manifest = manifest;  // ArticleReader applies it to every article it reads
//                                 // (or set options.manifest_path and let the reader load it)
//
// Thread-safety: const methods may be called from several threads.
#ifndef NEWSLINE_MANIFEST_H_
#define NEWSLINE_MANIFEST_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "newsline/article.h"
#include "newsline/status.h"

namespace newsline {

// One manifest row. Empty fields are absent.
struct ManifestEntry {
  std::string path;       // as written in the manifest
  std::string title;
  std::string outlet;
  std::string url;
  std::string published;  // any form ParsePublicationDate accepts
  std::string author;
  std::string language;
};

// A manifest: path -> metadata that completes or overrides what the files say. Paths are matched
// against a file's path as given, its absolute path, its path relative to the manifest's folder,
// and finally its file name.
// Thread-safety: const methods may be called from several threads.
class Manifest {
 public:
  Manifest();
  ~Manifest();
  Manifest(Manifest&&) noexcept;
  Manifest& operator=(Manifest&&) noexcept;

  size_t size() const;
  // The entry for a file, or nullptr.
  const ManifestEntry* Find(std::string_view file_path) const;
  // Completes or overrides the article's metadata from the entry for article->path. Returns true
  // when an entry was found.
  bool Apply(Article* article) const;

 private:
  friend Status LoadManifest(const std::string& path, Manifest* manifest);
  friend Status ParseManifest(std::string_view content, std::string_view path_hint, Manifest* manifest);
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

// Loads a manifest from a JSON file (an array of objects with "path", or an object mapping paths
// to objects) or a CSV file (a header row naming path,title,outlet,url,published,...).
Status LoadManifest(const std::string& path, Manifest* manifest);
// The same from text; `path_hint` chooses CSV (".csv") or JSON and names the manifest in errors.
Status ParseManifest(std::string_view content, std::string_view path_hint, Manifest* manifest);

}  // namespace newsline

#endif  // NEWSLINE_MANIFEST_H_
