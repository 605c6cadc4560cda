// Enumerates the input files under the paths given to the pipeline.
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "newsline/pipeline.h"

namespace newsline {
namespace fs = std::filesystem;

namespace {

bool Skipped(const fs::path& p, const IngestOptions& options) {
  std::string name = p.filename().string();
  if (options.skip_hidden && !name.empty() && name[0] == '.') return true;
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const std::string& ext : options.skip_extensions) {
    if (lower.size() >= ext.size() && lower.compare(lower.size() - ext.size(), ext.size(), ext) == 0) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> ListInputFiles(const std::vector<std::string>& paths, const IngestOptions& options,
                                        std::vector<InputFailure>* failed) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      failed->push_back({path, "", path + ": no such file or folder"});
      continue;
    }
    if (fs::is_regular_file(st)) {
      files.push_back(path);  // named explicitly: read even if its extension is skipped in folders
      continue;
    }
    if (!fs::is_directory(st)) {
      failed->push_back({path, "", path + ": not a regular file or folder"});
      continue;
    }
    std::vector<std::string> found;
    auto walk_options = fs::directory_options::skip_permission_denied;
    fs::recursive_directory_iterator it(path, walk_options, ec), end;
    if (ec) {
      failed->push_back({path, "", path + ": cannot read folder: " + ec.message()});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        failed->push_back({it->path().string(), "", it->path().string() + ": " + ec.message()});
        ec.clear();
        continue;
      }
      const fs::path& p = it->path();
      if (Skipped(p, options)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_directory(ec)) {
        if (!options.recursive) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) {
        // Dangling links, FIFOs, sockets: reported, never opened (a FIFO would block).
        failed->push_back({p.string(), "", p.string() + ": not a regular file (or a broken link)"});
        continue;
      }
      found.push_back(p.string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace newsline
