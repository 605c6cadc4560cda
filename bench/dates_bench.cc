// Throughput of the temporal tagger on Reuters-21578 newswire sentences (sentences per second).
//
//   build-dates/bench/newsline_dates_bench --benchmark_min_time=2
//
// Reads <BODY> text crudely from the first SGML files under ../shared/data/reuters21578/sgm-data,
// splits it naively into sentences, and tags them with and without a reference day. Skips (with a
// message) when the research data is absent.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "newsline/dates.h"

namespace {

constexpr size_t kMaxSentences = 20000;

// Sentences from the <BODY> elements of the first Reuters files (entities like &lt; left as is).
const std::vector<std::string>& ReutersSentences() {
  static const std::vector<std::string> sentences = [] {
    std::vector<std::string> out;
    for (int file = 0; file < 3 && out.size() < kMaxSentences; ++file) {
      char name[64];
      std::snprintf(name, sizeof name, "/data/reuters21578/sgm-data/reut2-%03d.sgm", file);
      std::ifstream in(std::string(NEWSLINE_SHARED_DIR) + name, std::ios::binary);
      if (!in) break;
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string sgml = ss.str();
      size_t pos = 0;
      while (out.size() < kMaxSentences) {
        size_t b = sgml.find("<BODY>", pos);
        if (b == std::string::npos) break;
        size_t e = sgml.find("</BODY>", b);
        if (e == std::string::npos) break;
        std::string body = sgml.substr(b + 6, e - b - 6);
        for (char& c : body)
          if (c == '\n') c = ' ';
        size_t start = 0;
        for (size_t i = 0; i + 1 < body.size(); ++i) {
          if (body[i] == '.' && body[i + 1] == ' ' && i > start + 20) {
            out.push_back(body.substr(start, i + 1 - start));
            start = i + 2;
          }
        }
        if (body.size() > start + 20) out.push_back(body.substr(start));
        pos = e;
      }
    }
    return out;
  }();
  return sentences;
}

void Tag(benchmark::State& state, bool with_reference) {
  const auto& sentences = ReutersSentences();
  if (sentences.empty()) {
    state.SkipWithError("Reuters-21578 SGML not found under " NEWSLINE_SHARED_DIR "/data/reuters21578");
    return;
  }
  newsline::TemporalTagger tagger;
  newsline::TagContext ctx;
  if (with_reference) ctx.reference = newsline::Day::Parse("1987-03-26");
  size_t i = 0, found = 0, bytes = 0;
  for (auto _ : state) {
    const std::string& s = sentences[i++ % sentences.size()];
    auto out = tagger.Tag(s, ctx);
    found += out.size();
    bytes += s.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));  // items = sentences
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["expressions_per_sentence"] =
      benchmark::Counter(static_cast<double>(found) / static_cast<double>(state.iterations()));
  state.counters["corpus_sentences"] = benchmark::Counter(static_cast<double>(sentences.size()));
}

void BM_TagReutersSentence(benchmark::State& state) { Tag(state, true); }
void BM_TagReutersSentenceNoReference(benchmark::State& state) { Tag(state, false); }

}  // namespace

BENCHMARK(BM_TagReutersSentence);
BENCHMARK(BM_TagReutersSentenceNoReference);

BENCHMARK_MAIN();
