// The entry points the fuzz targets exercise (fuzz/*.cc, built with -DNEWSLINE_FUZZ=ON and clang)
// and the regression test replays (tests/ingest/fuzz_regressions_test.cc, normal build): each takes
// arbitrary bytes and must neither crash nor hang, whatever they are. Header-only so both builds
// share one definition of what a target does.
#ifndef NEWSLINE_FUZZ_FUZZ_ENTRIES_H_
#define NEWSLINE_FUZZ_FUZZ_ENTRIES_H_

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include "newsline/analysis.h"
#include "newsline/dates.h"
#include "newsline/domain_pack.h"
#include "newsline/extraction.h"
#include "newsline/index.h"
#include "newsline/ingest.h"
#include "newsline/query.h"

namespace newsline_fuzz {

inline std::string_view Bytes(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// Reads the bytes as the file `hint` ("a.json", "a.sgm", ...): every item, articles and failures.
inline void Reader(const uint8_t* data, size_t size, const char* hint) {
  newsline::IngestOptions options;
  options.max_record_bytes = 1 << 16;
  for (const newsline::IngestItem& item : newsline::ReadItemsFromString(Bytes(data, size), hint, options)) {
    if (!item.ok() && item.failure.message().empty()) __builtin_trap();  // a failure must say what
  }
}

// A manifest (CSV) file with these bytes.
inline void Manifest(const uint8_t* data, size_t size) {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("newsline_fuzz_manifest_" + std::to_string(::getpid()) + ".csv")).string();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  newsline::Manifest manifest;
  (void)newsline::LoadManifest(path, &manifest);
}

// A domain pack from the bytes, then an extractor built from it on a fixed article.
inline void Pack(const uint8_t* data, size_t size) {
  newsline::DomainPack pack = newsline::DomainPack::FromJson(Bytes(data, size));
  newsline::Extractor extractor(pack);
  newsline::Article a;
  a.id = "fuzz";
  a.text = "Microsoft invested $1 billion in OpenAI in 2019, the FT reported on Tuesday.";
  (void)extractor.Extract(a);
}

// Time expressions in the bytes, with and without a reference day.
inline void Dates(const uint8_t* data, size_t size) {
  static const newsline::TemporalTagger tagger;
  newsline::TagContext ctx;
  (void)tagger.Tag(Bytes(data, size), ctx);
  ctx.reference = newsline::Day::Parse("2026-03-18");
  (void)tagger.Tag(Bytes(data, size), ctx);
}

// The whole extractor on the bytes read as a pasted text article.
inline void Extract(const uint8_t* data, size_t size) {
  static const newsline::Extractor extractor;
  for (const newsline::IngestItem& item : newsline::ReadItemsFromString(Bytes(data, size), "fuzz.txt")) {
    if (item.ok()) (void)extractor.Extract(item.article);
  }
}

// The bytes as up to four articles (split at form feeds), extracted and compared: propositions,
// quotes, source names, fact slots and the timeline, on whatever the extractor made of them.
inline void Analysis(const uint8_t* data, size_t size) {
  static const newsline::Extractor extractor;
  std::string_view all = Bytes(data, size);
  std::vector<newsline::ClaimRecord> claims;
  std::vector<newsline::FactRecord> facts;
  std::vector<newsline::EventRecord> events;
  for (int n = 0; n < 4 && !all.empty(); ++n) {
    const size_t cut = std::min(all.find('\f'), all.size());
    const std::string_view part = all.substr(0, cut);
    all.remove_prefix(std::min(cut + 1, all.size()));
    for (const newsline::IngestItem& item : newsline::ReadItemsFromString(part, "fuzz.txt")) {
      if (!item.ok()) continue;
      newsline::ArticleRef ref;
      ref.id = "a" + std::to_string(n);
      ref.outlet = n % 2 ? "Outlet " + std::to_string(n) : "";
      const newsline::Article& a = item.article;
      const newsline::Annotations an = extractor.Extract(a);
      for (const newsline::Claim& c : an.claims) {
        newsline::ClaimRecord r{c, ref, std::string(a.SentenceText(c.sentence)), ""};
        if (c.content.begin <= c.content.end && c.content.end <= a.text.size())
          r.content_text = a.text.substr(c.content.begin, c.content.end - c.content.begin);
        claims.push_back(std::move(r));
      }
      for (const newsline::Fact& f : an.facts) facts.push_back({f, ref, std::string(a.SentenceText(f.sentence))});
      for (const newsline::Event& e : an.events) {
        events.push_back({e, ref, std::string(a.SentenceText(e.sentence)), newsline::EventMergeKey(e), an.keywords});
      }
    }
  }
  (void)newsline::CompareClaims(claims);
  (void)newsline::CompareFacts(facts);
  (void)newsline::BuildTimeline(events);
}

// The bytes as query text against a small index built once.
inline void Query(const uint8_t* data, size_t size) {
  static std::unique_ptr<newsline::Searcher> searcher = [] {
    const std::string db =
        (std::filesystem::temp_directory_path() / ("newsline_fuzz_db_" + std::to_string(::getpid()))).string();
    std::filesystem::remove_all(db);
    {
      auto index = newsline::Index::Open(db);
      if (!index.ok()) __builtin_trap();
      newsline::IndexedArticle a;
      a.article.id = "a1";
      a.article.title = "Microsoft weighs lawsuit";
      a.article.outlet = "Financial Times";
      a.article.text = "Microsoft is weighing a lawsuit against OpenAI and Amazon over a $50 billion deal.";
      a.article.published = newsline::PublicationDate::Exact(*newsline::Day::Parse("2026-03-18"),
                                                             newsline::FieldOrigin::kManifest);
      a.annotations = newsline::Extractor().Extract(a.article);
      if (!(*index)->IndexFile("a.txt", "h1", {a}).ok() || !(*index)->Commit().ok()) __builtin_trap();
    }
    newsline::SearcherOptions options;
    options.databases = {db};
    auto s = newsline::Searcher::Open(options);
    if (!s.ok()) __builtin_trap();
    return std::move(*s);
  }();
  newsline::SearchRequest request;
  request.query = std::string(Bytes(data, size));
  request.facets = {"entity", "outlet", "attribute"};
  (void)searcher->Search(request);
  (void)newsline::ValidateQuery(request.query);
}

}  // namespace newsline_fuzz

#endif  // NEWSLINE_FUZZ_FUZZ_ENTRIES_H_
