// `newsline index [PATH...]`: ingest, extract and index; with no path, the bundled corpus/.
// Prints a summary of added / replaced / unchanged / removed / failed files; exits 1 when any
// input failed (the rest is still indexed). On a terminal a progress line shows the rate, the
// time left and the file being read; Ctrl-C stops at the next record, commits what is done,
// prints the summary and how to resume, and exits 130 (a second Ctrl-C kills at once).
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
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

std::atomic<bool> g_interrupted{false};

extern "C" void OnInterrupt(int) { g_interrupted = true; }

// Ctrl-C asks the pipeline to stop while this object lives; the handler resets itself, so a
// second Ctrl-C ends the process.
class InterruptGuard {
 public:
  InterruptGuard() {
    struct sigaction action = {};
    action.sa_handler = OnInterrupt;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previous_);
  }
  ~InterruptGuard() { sigaction(SIGINT, &previous_, nullptr); }
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

 private:
  struct sigaction previous_ = {};
};

// "1:05:09", "4:07", "0:03".
std::string Clock(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

// One progress line on stderr, redrawn in place: bar, files, articles and their rate, the share
// of bytes read, the time left and the file being read, cut to the terminal width.
class ProgressLine {
 public:
  explicit ProgressLine(size_t width) : width_(width), start_(std::chrono::steady_clock::now()) {}

  void Show(const newsline::PipelineProgress& p) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double done = p.bytes_total ? static_cast<double>(p.bytes_read) / static_cast<double>(p.bytes_total)
                        : p.files_total ? static_cast<double>(p.files_done) / static_cast<double>(p.files_total)
                                        : 1.0;
    const int bar = 20;
    const int filled = static_cast<int>(bar * std::min(1.0, done));
    std::string line = "[" + std::string(static_cast<size_t>(filled), '#') + std::string(static_cast<size_t>(bar - filled), ' ') +
                       "] " + std::to_string(static_cast<int>(100 * done)) + "% " + std::to_string(p.files_done) + "/" +
                       std::to_string(p.files_total) + " files, " + std::to_string(p.articles_read) + " articles";
    if (elapsed >= 1) line += ", " + std::to_string(static_cast<long>(p.articles_read / elapsed)) + "/s";
    if (done > 0.01 && done < 1 && elapsed >= 2) line += ", " + Clock(elapsed * (1 - done) / done) + " left";
    if (!p.current_path.empty()) line += "  " + std::filesystem::path(p.current_path).filename().string();
    if (line.size() >= width_) line.resize(width_ - 1);
    std::cerr << "\r" << line << "\x1b[K" << std::flush;
    shown_ = true;
  }
  // Ends the line (before the summary).
  void Finish() {
    if (shown_) std::cerr << "\n";
    shown_ = false;
  }

 private:
  size_t width_;
  std::chrono::steady_clock::time_point start_;
  bool shown_ = false;
};

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
    if (global->databases.size() > 1) {
      return Fail(kExitUsage, "index writes one database; give one --db (queries may name several)");
    }
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
    auto progress = std::make_shared<ProgressLine>(Style::FromEnvironment().width);
    if (tty && !args->no_progress && !global->json) {
      options.on_progress = [progress](const newsline::PipelineProgress& p) { progress->Show(p); };
    }
    g_interrupted = false;
    options.cancel = [] { return g_interrupted.load(); };
    newsline::Result<newsline::PipelineReport> report = [&] {
      InterruptGuard guard;
      return newsline::IndexPaths(global->db, paths, options);
    }();
    progress->Finish();
    if (!report.ok()) return ReportError(report.status());

    if (global->json) {
      nlohmann::json out{{"added", report->added},         {"replaced", report->replaced},
                         {"unchanged", report->unchanged}, {"removed", report->removed},
                         {"articles", report->articles},   {"events", report->events},
                         {"claims", report->claims},       {"facts", report->facts},
                         {"failed", nlohmann::json::array()},
                         {"warnings", nlohmann::json::array()}};
      if (report->cancelled) {
        out["cancelled"] = true;
        out["files_left"] = report->files_left;
      }
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
    if (report->cancelled) {
      std::cerr << "newsline: interrupted; " << report->files_left
                << " file(s) not indexed yet. What was indexed is committed: run the same command again to "
                   "finish (files already indexed are skipped).\n";
      return kExitInterrupted;
    }
    return report->failed.empty() ? kExitOk : kExitFailure;
  };
}

}  // namespace newsline_tool
