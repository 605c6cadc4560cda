// Ingestion throughput: normalization, sentence splitting, and whole-file reading of the seeds and
// one Reuters SGML file (skipped when ../shared is absent).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "newsline/ingest.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace {

std::string Shared(const std::string& rel) { return std::string(NEWSLINE_SHARED_DIR) + "/" + rel; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string SeedText() {
  std::string all;
  std::error_code ec;
  const std::string dir = Shared("corpus/seeds");
  if (!std::filesystem::is_directory(dir, ec)) return "";
  for (const auto& e : std::filesystem::directory_iterator(dir)) all += ReadFile(e.path().string()) + "\n";
  return all;
}

void BM_Normalize(benchmark::State& state) {
  const std::string text = SeedText();
  if (text.empty()) {
    state.SkipWithError("../shared is absent");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(newsline::text::Normalize(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Normalize);

void BM_SplitSentences(benchmark::State& state) {
  const std::string text = newsline::text::NormalizeString(SeedText());
  if (text.empty()) {
    state.SkipWithError("../shared is absent");
    return;
  }
  newsline::text::SentenceSplitter splitter;
  const newsline::Span all{0, static_cast<uint32_t>(text.size())};
  for (auto _ : state) benchmark::DoNotOptimize(splitter.SplitRange(text, all));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SplitSentences);

// Reads one Reuters file (1,000 articles) through the full pipeline.
void BM_ReadReutersFile(benchmark::State& state) {
  const std::string path = Shared("data/reuters21578/sgm-data/reut2-000.sgm");
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    state.SkipWithError("../shared is absent");
    return;
  }
  int64_t articles = 0;
  for (auto _ : state) {
    newsline::ArticleReader reader({path});
    newsline::IngestItem item;
    while (reader.Next(&item)) ++articles;
  }
  state.SetItemsProcessed(articles);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * std::filesystem::file_size(path)));
}
BENCHMARK(BM_ReadReutersFile)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
