// Benchmarks: entity matcher and quantity extraction throughput on the seed articles, with the
// dispute pack loaded, without a pack (discovery only), and pack compilation time.
// Run: newsline_matcher_bench  (reads ../shared/corpus/seeds and corpus/dispute-pack.json)
#include <benchmark/benchmark.h>

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsline/entities.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// The seed articles split into sentences at ". " and line breaks (a crude splitter is enough to
// time the matcher).
struct Corpus {
  std::vector<std::string> sentences;
  size_t bytes = 0;
};

const Corpus& Seeds() {
  static const Corpus kCorpus = [] {
    Corpus c;
    std::string dir = std::string(NEWSLINE_SHARED_DIR) + "/corpus/seeds";
    std::vector<std::string> files;
    if (DIR* d = opendir(dir.c_str())) {
      while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") files.push_back(dir + "/" + name);
      }
      closedir(d);
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      std::string text = ReadFile(f);
      size_t begin = 0;
      for (size_t i = 0; i < text.size(); ++i) {
        bool end = text[i] == '\n' || (text[i] == '.' && i + 1 < text.size() && text[i + 1] == ' ');
        if (!end) continue;
        if (i + 1 > begin + 1) c.sentences.push_back(text.substr(begin, i + 1 - begin));
        begin = i + 1;
      }
      if (begin < text.size()) c.sentences.push_back(text.substr(begin));
    }
    for (const auto& s : c.sentences) c.bytes += s.size();
    return c;
  }();
  return kCorpus;
}

const newsline::DomainPack& Pack() {
  static const newsline::DomainPack kPack =
      newsline::DomainPack::FromFile(std::string(NEWSLINE_SOURCE_DIR) + "/corpus/dispute-pack.json");
  return kPack;
}

void RunMatcher(benchmark::State& state, const newsline::EntityMatcher& matcher) {
  const Corpus& corpus = Seeds();
  if (corpus.sentences.empty()) {
    state.SkipWithError("../shared/corpus/seeds is absent");
    return;
  }
  size_t mentions = 0;
  for (auto _ : state) {
    newsline::EntityMatchState match_state;
    for (const std::string& s : corpus.sentences) {
      auto found = matcher.Match(s, &match_state);
      mentions += found.size();
      benchmark::DoNotOptimize(found.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.sentences.size()));
  state.counters["mentions/iter"] = static_cast<double>(mentions) / static_cast<double>(state.iterations());
}

void BM_MatchWithDisputePack(benchmark::State& state) {
  if (!Pack().ok()) {
    state.SkipWithError(Pack().error().c_str());
    return;
  }
  newsline::EntityMatcher matcher(Pack());
  RunMatcher(state, matcher);
}
BENCHMARK(BM_MatchWithDisputePack);

void BM_MatchPackOnly(benchmark::State& state) {
  newsline::EntityMatchOptions options;
  options.discover = false;
  newsline::EntityMatcher matcher(Pack(), options);
  RunMatcher(state, matcher);
}
BENCHMARK(BM_MatchPackOnly);

void BM_DiscoveryOnly(benchmark::State& state) {
  newsline::EntityMatcher matcher;
  RunMatcher(state, matcher);
}
BENCHMARK(BM_DiscoveryOnly);

void BM_Quantities(benchmark::State& state) {
  const Corpus& corpus = Seeds();
  if (corpus.sentences.empty()) {
    state.SkipWithError("../shared/corpus/seeds is absent");
    return;
  }
  for (auto _ : state) {
    for (const std::string& s : corpus.sentences) benchmark::DoNotOptimize(newsline::ExtractQuantities(s).size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.sentences.size()));
}
BENCHMARK(BM_Quantities);

void BM_CompileDisputePack(benchmark::State& state) {
  std::string json = ReadFile(std::string(NEWSLINE_SOURCE_DIR) + "/corpus/dispute-pack.json");
  for (auto _ : state) {
    newsline::DomainPack pack = newsline::DomainPack::FromJson(json);
    benchmark::DoNotOptimize(pack.ok());
  }
}
BENCHMARK(BM_CompileDisputePack);

}  // namespace

BENCHMARK_MAIN();
