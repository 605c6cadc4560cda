// Index benchmark: indexes Reuters-21578 (read with the ingestion ArticleReader, optionally run
// through the Extractor), reports articles/second and peak memory, then times a fixed set of
// faceted queries (p50 / p99). A plain program; bench/run_index_bench.sh runs it the way
// docs/performance.md reports.
//
//   newsline_index_bench [--data DIR] [--db PATH] [--extract [--no-facts]] [--no-spelling] [--batch N]
//                        [--repeat N] [--keep]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "bench_util.h"
#include "newsline/extraction.h"
#include "newsline/index.h"
#include "newsline/ingest.h"
#include "newsline/query.h"

namespace {

using newsline::bench::LoadAverage;
using newsline::bench::PeakRssKb;
using newsline::bench::Percentile;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

uint64_t DirectoryBytes(const std::string& path) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(path, ec)) {
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  }
  return total;
}

std::string FileHash(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return newsline::HashHex(bytes.str());
}

struct NamedQuery {
  const char* name;
  newsline::SearchRequest request;
};

std::vector<NamedQuery> FacetedQueries() {
  std::vector<NamedQuery> qs;
  auto add = [&](const char* name, const char* text, std::vector<std::string> facets) -> newsline::SearchRequest& {
    newsline::SearchRequest r;
    r.query = text;
    r.facets = std::move(facets);
    r.limit = 10;
    qs.push_back({name, r});
    return qs.back().request;
  };
  add("oil +facets(tag,month)", "oil", {"tag", "month"});
  add("tag:topics:crude +facets(tag,outlet)", "tag:topics:crude", {"tag", "outlet"});
  auto& ranged = add("\"interest rates\" March 1987 +facet(tag)", "\"interest rates\"", {"tag"});
  ranged.from = newsline::Day::Parse("1987-03-01");
  ranged.to = newsline::Day::Parse("1987-03-31");
  auto& sorted = add("bank OR lending by date +facets(month,tag)", "bank OR lending", {"month", "tag"});
  sorted.sort = newsline::SearchRequest::Sort::kDateDescending;
  sorted.default_and = false;
  add("all documents +facets(year,month,kind)", "", {"year", "month", "kind"});
  auto& collapsed = add("profit NOT loss, collapsed", "profit NOT loss", {});
  collapsed.collapse_duplicates = true;
  collapsed.collapse_scan_limit = 2000;
  add("gold tag:places:usa +facet(tag)", "gold tag:places:usa", {"tag"});
  add("kind:claim +facets(topic,speaker,stance)", "kind:claim", {"topic", "speaker", "stance"});
  return qs;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = std::string(NEWSLINE_SHARED_DIR) + "/data/reuters21578/sgm-data";
  std::string db = (std::filesystem::temp_directory_path() / "newsline_index_bench.db").string();
  bool extract = false;
  bool facts = true;
  bool keep = false;
  int repeat = 50;
  newsline::IndexOptions index_options;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--data") data = next();
    else if (a == "--db") db = next();
    else if (a == "--extract") extract = true;
    else if (a == "--no-facts") facts = false;
    else if (a == "--no-spelling") index_options.spelling = false;
    else if (a == "--batch") index_options.batch_articles = static_cast<uint32_t>(std::stoul(next()));
    else if (a == "--repeat") repeat = std::stoi(next());
    else if (a == "--keep") keep = true;
    else {
      std::cerr << "usage: " << argv[0]
                << " [--data DIR] [--db PATH] [--extract [--no-facts]] [--no-spelling] [--batch N] [--repeat N] [--keep]\n";
      return 2;
    }
  }
  if (!std::filesystem::exists(data)) {
    std::cerr << "skipped: " << data << " not found (Reuters-21578 lives in ../shared/data)\n";
    return 0;
  }
  std::filesystem::remove_all(db);

  std::printf("machine: %u cores, load average %s at start\n", std::thread::hardware_concurrency(),
              LoadAverage().c_str());

  // ---- Indexing ----
  auto index = newsline::Index::Open(db, index_options);
  if (!index.ok()) {
    std::cerr << index.status().ToString() << "\n";
    return 1;
  }
  newsline::ExtractorOptions extractor_options;
  extractor_options.extract_facts = facts;
  newsline::Extractor extractor(newsline::DomainPack(), extractor_options);
  newsline::ArticleReader reader({data});
  if (!reader.ok()) {
    std::cerr << reader.status().ToString() << "\n";
    return 1;
  }
  const auto start = Clock::now();
  double extract_seconds = 0;
  std::string current_path;
  std::vector<newsline::IndexedArticle> batch;
  uint64_t articles = 0, failures = 0, events = 0, claims = 0;
  auto flush = [&]() {
    if (current_path.empty()) return true;
    newsline::IndexChange change;
    newsline::Status s = (*index)->IndexFile(current_path, FileHash(current_path), batch, &change);
    if (!s.ok()) {
      std::cerr << s.ToString() << "\n";
      return false;
    }
    events += change.events;
    claims += change.claims;
    batch.clear();
    return true;
  };
  newsline::IngestItem item;
  double read_seconds = 0;
  for (;;) {
    auto read_start = Clock::now();
    bool more = reader.Next(&item);
    read_seconds += Seconds(read_start);
    if (!more) break;
    if (!item.ok()) {
      ++failures;
      continue;
    }
    if (item.path != current_path) {
      if (!flush()) return 1;
      current_path = item.path;
    }
    newsline::IndexedArticle a;
    a.article = std::move(item.article);
    if (extract) {
      auto t = Clock::now();
      a.annotations = extractor.Extract(a.article);
      extract_seconds += Seconds(t);
    }
    batch.push_back(std::move(a));
    ++articles;
  }
  if (!flush()) return 1;
  if (newsline::Status s = (*index)->Commit(); !s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  const double seconds = Seconds(start);
  index->reset();
  std::printf("indexing: %llu articles (%llu events, %llu claims) from %s, %llu unreadable records\n",
              static_cast<unsigned long long>(articles), static_cast<unsigned long long>(events),
              static_cast<unsigned long long>(claims), data.c_str(), static_cast<unsigned long long>(failures));
  std::printf("indexing: %.2f s total (%.2f s reading, %.2f s extraction, %.2f s index), %.0f articles/s; "
              "spelling %s, batch %u\n",
              seconds, read_seconds, extract_seconds, seconds - read_seconds - extract_seconds, articles / seconds, index_options.spelling ? "on" : "off",
              index_options.batch_articles);
  std::printf("indexing: peak RSS %.1f MiB, database %.1f MiB\n", PeakRssKb() / 1024.0,
              DirectoryBytes(db) / (1024.0 * 1024.0));

  // ---- Faceted queries ----
  newsline::SearcherOptions searcher_options;
  searcher_options.databases = {db};
  auto searcher = newsline::Searcher::Open(searcher_options);
  if (!searcher.ok()) {
    std::cerr << searcher.status().ToString() << "\n";
    return 1;
  }
  std::vector<NamedQuery> queries = FacetedQueries();
  std::vector<double> all;
  std::printf("\nqueries (%d runs each, after one warm-up run):\n", repeat);
  std::printf("%-48s %9s %9s %9s %s\n", "query", "matches", "p50 ms", "p99 ms", "facets exact");
  for (const NamedQuery& q : queries) {
    auto warm = (*searcher)->Search(q.request);
    if (!warm.ok()) {
      std::cerr << q.name << ": " << warm.status().ToString() << "\n";
      return 1;
    }
    std::vector<double> times;
    for (int r = 0; r < repeat; ++r) {
      auto t = Clock::now();
      auto res = (*searcher)->Search(q.request);
      times.push_back(Seconds(t) * 1000.0);
      if (!res.ok()) return 1;
    }
    all.insert(all.end(), times.begin(), times.end());
    bool exact = true;
    for (const auto& f : warm->facets) exact = exact && f.exact;
    std::printf("%-48s %9llu %9.2f %9.2f %s\n", q.name, static_cast<unsigned long long>(warm->matches_estimated),
                Percentile(times, 0.5), Percentile(times, 0.99), warm->facets.empty() ? "-" : exact ? "yes" : "no");
  }
  std::printf("%-48s %9s %9.2f %9.2f\n", "all queries", "", Percentile(all, 0.5), Percentile(all, 0.99));
  std::printf("peak RSS after queries %.1f MiB; load average %s at end\n", PeakRssKb() / 1024.0,
              LoadAverage().c_str());
  if (!keep) std::filesystem::remove_all(db);
  return 0;
}
