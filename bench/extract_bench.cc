// Articles per second for the full per-article extraction (dates, entities, quantities, events,
// claims) on Reuters-21578 newswire text, with and without the dispute pack.
//
//   build/bench/newsline_extract_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsline/domain_pack.h"
#include "newsline/extraction.h"
#include "newsline/ingest.h"

namespace {

// The articles of the first Reuters file (1,000 records), read once; empty when ../shared is absent.
const std::vector<newsline::Article>& ReutersArticles() {
  static const std::vector<newsline::Article>* articles = [] {
    auto* out = new std::vector<newsline::Article>;
    const std::string path = std::string(NEWSLINE_SHARED_DIR) + "/data/reuters21578/sgm-data/reut2-000.sgm";
    std::ifstream in(path, std::ios::binary);
    if (!in) return out;
    std::stringstream ss;
    ss << in.rdbuf();
    newsline::Result<std::vector<newsline::Article>> r =
        newsline::ReadArticlesFromString(ss.str(), path, newsline::IngestOptions());
    if (r.ok()) {
      for (newsline::Article& a : *r) {
        if (!a.text.empty()) out->push_back(std::move(a));
      }
    }
    return out;
  }();
  return *articles;
}

void RunExtraction(benchmark::State& state, const newsline::Extractor& extractor) {
  const auto& articles = ReutersArticles();
  if (articles.empty()) {
    state.SkipWithError("Reuters-21578 not found under NEWSLINE_SHARED_DIR/data/reuters21578");
    return;
  }
  size_t i = 0, bytes = 0, events = 0, claims = 0;
  for (auto _ : state) {
    const newsline::Article& a = articles[i++ % articles.size()];
    newsline::Annotations an = extractor.Extract(a);
    bytes += a.text.size();
    events += an.events.size();
    claims += an.claims.size();
    benchmark::DoNotOptimize(an);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["events/article"] = static_cast<double>(events) / static_cast<double>(state.iterations());
  state.counters["claims/article"] = static_cast<double>(claims) / static_cast<double>(state.iterations());
}

void BM_ExtractReutersNoPack(benchmark::State& state) {
  static const newsline::Extractor extractor;
  RunExtraction(state, extractor);
}
BENCHMARK(BM_ExtractReutersNoPack)->Unit(benchmark::kMicrosecond);

// The same without the fact layer: the difference is what facts cost.
void BM_ExtractReutersNoPackNoFacts(benchmark::State& state) {
  static const newsline::Extractor extractor = [] {
    newsline::ExtractorOptions options;
    options.extract_facts = false;
    return newsline::Extractor(newsline::DomainPack(), options);
  }();
  RunExtraction(state, extractor);
}
BENCHMARK(BM_ExtractReutersNoPackNoFacts)->Unit(benchmark::kMicrosecond);

void BM_ExtractReutersDisputePack(benchmark::State& state) {
  static const newsline::Extractor extractor(
      newsline::DomainPack::FromFile(std::string(NEWSLINE_SOURCE_DIR) + "/corpus/dispute-pack.json"));
  RunExtraction(state, extractor);
}
BENCHMARK(BM_ExtractReutersDisputePack)->Unit(benchmark::kMicrosecond);

// Events and claims alone, over mentions computed once (the rules' own cost).
void BM_EventsAndClaimsOnly(benchmark::State& state) {
  static const newsline::Extractor extractor(
      newsline::DomainPack::FromFile(std::string(NEWSLINE_SOURCE_DIR) + "/corpus/dispute-pack.json"));
  const auto& articles = ReutersArticles();
  if (articles.empty()) {
    state.SkipWithError("Reuters-21578 not found under NEWSLINE_SHARED_DIR/data/reuters21578");
    return;
  }
  const size_t n = std::min<size_t>(articles.size(), 200);
  std::vector<newsline::Annotations> pre;
  for (size_t k = 0; k < n; ++k) pre.push_back(extractor.Extract(articles[k]));
  size_t i = 0;
  for (auto _ : state) {
    const size_t k = i++ % n;
    std::vector<newsline::Event> events;
    std::vector<newsline::Claim> claims;
    extractor.ExtractEventsAndClaims(articles[k], pre[k].times, pre[k].entities, pre[k].quantities, pre[k].reference,
                                     &events, &claims);
    benchmark::DoNotOptimize(events);
    benchmark::DoNotOptimize(claims);
  }
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EventsAndClaimsOnly)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
