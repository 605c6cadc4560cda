// `newsline index [PATH...]`: ingest, extract and index; with no path, the bundled corpus/.
// Prints a summary of added / replaced / unchanged / removed / failed files; exits 1 when any
// input failed (the rest is still indexed).
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "newsline/pipeline.h"
#include "errors.h"
#include "format.h"
#include "output.h"
#include "query_options.h"

namespace newsline_tool {
namespace {

// The bundled corpus: the source tree's corpus/ when run from a build, else the installed copy.
std::string BundledCorpus() {
  for (const char* dir : {NEWSLINE_SOURCE_CORPUS, NEWSLINE_INSTALLED_CORPUS}) {
    if (std::filesystem::exists(std::filesystem::path(dir) / "articles")) return dir;
  }
  return "";
}

// A folder given to `index` may hold its own manifest (manifest.csv or manifest.json) and domain
// pack (a file named pack.json or ending in -pack.json), as corpus/ does; they are used unless
// --manifest / --pack name others. Two folders with candidates are ambiguous: nothing is picked.
void DiscoverCorpusFiles(const std::vector<std::string>& paths, std::string* manifest, std::string* pack) {
  namespace fs = std::filesystem;
  std::vector<std::string> manifests, packs;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) continue;
    for (const char* name : {"manifest.csv", "manifest.json"}) {
      if (fs::is_regular_file(fs::path(path) / name, ec)) {
        manifests.push_back((fs::path(path) / name).string());
        break;
      }
    }
    for (const fs::directory_entry& e : fs::directory_iterator(path, ec)) {
      const std::string name = e.path().filename().string();
      const std::string suffix = "-pack.json";
      const bool is_pack =
          name == "pack.json" || (name.size() > suffix.size() &&
                                  name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0);
      if (is_pack && e.is_regular_file(ec)) packs.push_back(e.path().string());
    }
  }
  if (manifest->empty() && manifests.size() == 1) {
    *manifest = manifests[0];
    std::cerr << "newsline: using the manifest " << *manifest << " (--manifest to choose another)\n";
  }
  if (pack->empty() && packs.size() == 1) {
    *pack = packs[0];
    std::cerr << "newsline: using the domain pack " << *pack << " (--pack to choose another)\n";
  }
}

struct IndexArgs {
  std::vector<std::string> paths;
  std::string pack;
  std::string manifest;
  bool remove_missing = false;
  unsigned threads = 0;
  uint32_t batch = 0;
  bool no_progress = false;
};

}  // namespace

RunFunction SetupIndex(CLI::App* sub, const GlobalOptions* global) {
  auto args = std::make_shared<IndexArgs>();
  sub->add_option("paths", args->paths, "Files or folders to index (default: the bundled corpus/)");
  sub->add_option("--pack", args->pack, "Domain pack (JSON) with entities, outlets, topics and triggers");
  sub->add_option("--manifest", args->manifest,
                  "Manifest (JSON or CSV: path, title, outlet, url, published)");
  sub->add_flag("--remove-missing", args->remove_missing,
                "Drop indexed files that are no longer under PATHs");
  sub->add_option("-j,--threads", args->threads, "Worker threads (default: all cores)");
  sub->add_option("--batch", args->batch,
                  "Articles per commit (default: 1000; larger is faster and loses more on a crash)")
      ->check(CLI::PositiveNumber);
  sub->add_flag("--no-progress", args->no_progress, "No progress bar");
  return [args, global] {
    newsline::PipelineOptions options;
    std::vector<std::string> paths = args->paths;
    if (paths.empty()) {
      std::string corpus = BundledCorpus();
      if (corpus.empty()) {
        return Fail(kExitUsage, "no PATH given and no bundled corpus found");
      }
      paths = {corpus + "/articles"};
      if (args->manifest.empty() && std::filesystem::exists(corpus + "/manifest.csv")) {
        args->manifest = corpus + "/manifest.csv";
      }
      if (args->pack.empty() && std::filesystem::exists(corpus + "/dispute-pack.json")) {
        args->pack = corpus + "/dispute-pack.json";
      }
    } else {
      DiscoverCorpusFiles(paths, &args->manifest, &args->pack);
    }
    options.domain_pack = args->pack;
    options.ingest.manifest_path = args->manifest;
    options.remove_missing = args->remove_missing;
    options.threads = args->threads;
    if (args->batch > 0) options.index.batch_articles = args->batch;
    bool tty = isatty(STDERR_FILENO) != 0;
    if (tty && !args->no_progress && !global->json) {
      options.on_progress = [](const newsline::PipelineProgress& p) {
        const int width = 30;
        int filled = p.files_total ? static_cast<int>(width * p.files_done / p.files_total) : width;
        std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] "
                  << p.files_done << "/" << p.files_total << " files, " << p.articles << " articles"
                  << std::flush;
        if (p.files_done == p.files_total) std::cerr << "\n";
      };
    }
    auto report = newsline::IndexPaths(global->db, paths, options);
    if (!report.ok()) return ReportError(report.status());

    if (global->json) {
      nlohmann::json out{{"added", report->added},         {"replaced", report->replaced},
                         {"unchanged", report->unchanged}, {"removed", report->removed},
                         {"articles", report->articles},   {"events", report->events},
                         {"claims", report->claims},       {"facts", report->facts},
                         {"failed", nlohmann::json::array()},
                         {"warnings", nlohmann::json::array()}};
      auto input_json = [](const newsline::InputFailure& f, const char* field) {
        nlohmann::json j{{"path", f.path}, {field, f.error}};
        if (!f.locator.empty()) j["locator"] = f.locator;
        return j;
      };
      for (const auto& f : report->failed) out["failed"].push_back(input_json(f, "error"));
      for (const auto& w : report->warnings) out["warnings"].push_back(input_json(w, "warning"));
      std::cout << JsonText(out) << "\n";
    } else {
      Style style = Style::FromEnvironment();
      std::cout << "indexed into " << global->db << ": " << report->added << " added, " << report->replaced
                << " replaced, " << report->unchanged << " unchanged, " << report->removed << " removed, "
                << report->failed.size() << " failed\n";
      std::cout << report->articles << " articles, " << report->events << " events, " << report->claims
                << " claims, " << report->facts << " facts written\n";
      for (const auto& w : report->warnings) std::cerr << style.Yellow("warning: ") << w.error << "\n";
      for (const auto& f : report->failed) std::cerr << style.Red("failed: ") << f.error << "\n";
    }
    return report->failed.empty() ? kExitOk : kExitFailure;
  };
}

}  // namespace newsline_tool
