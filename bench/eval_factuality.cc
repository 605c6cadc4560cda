// Event factuality on MEANTIME English (docs/analysis.md "Events: factuality"): the gold
// EVENT_MENTIONs carry certainty, polarity and time; the extractor (no pack) marks each event it
// finds as happened, ongoing, planned, considered, negated, hypothetical or rumoured. Both map to
// three classes: happened (certain, positive, not future / happened, ongoing), negated (negative /
// negated), not yet or possible (future, possible, probable / planned, considered, hypothetical,
// rumoured). Mentions whose gold attributes are underspecified are left out.
//
//   newsline_eval_factuality [--errors]
//
// Two scores: the events the extractor finds, aligned to gold mentions by token overlap (the last
// line, exactly: meantime factuality_acc=<x> n=<n>), and the factuality rule applied at every gold
// mention's own tokens (more mentions; measures the rule apart from event detection).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ecbplus.h"
#include "extract/events/factuality.h"
#include "extract/lexicon/lexicon.h"
#include "newsline/extraction.h"

namespace {

using newsline::Factuality;

std::string GoldClass(const std::map<std::string, std::string>& a) {
  auto get = [&](const char* k) {
    auto it = a.find(k);
    return it == a.end() ? std::string() : it->second;
  };
  const std::string certainty = get("certainty"), polarity = get("polarity"), time = get("time");
  if (polarity == "NEG") return "negated";
  if (time == "FUTURE" || certainty == "POSSIBLE" || certainty == "PROBABLE") return "not_yet";
  if (certainty == "CERTAIN" && polarity == "POS" && time == "NON_FUTURE") return "happened";
  return "";  // underspecified
}

std::string PredictedClass(Factuality f) {
  switch (f) {
    case Factuality::kHappened:
    case Factuality::kOngoing: return "happened";
    case Factuality::kNegated: return "negated";
    default: return "not_yet";
  }
}

struct Tally {
  size_t n = 0, correct = 0;
  std::map<std::string, std::map<std::string, size_t>> confusion;  // gold -> predicted -> count
  void Add(const std::string& gold, const std::string& predicted) {
    ++n;
    correct += gold == predicted;
    ++confusion[gold][predicted];
  }
  double Accuracy() const { return n ? 100.0 * static_cast<double>(correct) / static_cast<double>(n) : 0; }
  void Print(const char* label) const {
    std::printf("%s: accuracy %.1f%% (%zu/%zu)", label, Accuracy(), correct, n);
    for (const auto& [gold, row] : confusion) {
      std::printf(" | gold %s:", gold.c_str());
      for (const auto& [predicted, count] : row) std::printf(" %s %zu", predicted.c_str(), count);
    }
    std::printf("\n");
  }
};

}  // namespace

int main(int argc, char** argv) {
  const bool errors = argc > 1 && std::string(argv[1]) == "--errors";
  const std::vector<std::string> files = newsline_bench::MeantimeFiles();
  if (files.empty()) {
    std::printf("skipped: MEANTIME not found under %s/data/meantime\n", NEWSLINE_SHARED_DIR);
    return 0;
  }
  newsline::Extractor extractor;  // no pack
  const newsline::extract::Lexicon lexicon;
  // Two halves by subcorpus, so a later round can tune on one and report the other.
  Tally aligned, at_gold, at_gold_first, at_gold_second;
  for (const std::string& path : files) {
    const bool first_half = path.find("corpus_airbus") != std::string::npos || path.find("corpus_apple") != std::string::npos;
    newsline_bench::EcbDocument doc;
    if (!newsline_bench::ReadEcbDocument(path, &doc)) continue;
    std::map<int, size_t> index_of;
    for (size_t k = 0; k < doc.tokens.size(); ++k) index_of[doc.tokens[k].id] = k;
    // The rule at each gold mention's own tokens, over the extractor's tokens of its sentence.
    std::vector<std::pair<std::set<size_t>, std::string>> gold;  // token indexes, class
    for (const auto& m : doc.markables) {
      if (m.tag != "EVENT_MENTION" || m.tokens.empty()) continue;
      const std::string cls = GoldClass(m.attributes);
      std::set<size_t> tokens;
      for (int t : m.tokens) {
        if (index_of.count(t)) tokens.insert(index_of[t]);
      }
      if (cls.empty() || tokens.empty()) continue;
      gold.emplace_back(tokens, cls);
      const newsline_bench::EcbToken& first = doc.tokens[*tokens.begin()];
      const newsline_bench::EcbToken& last = doc.tokens[*tokens.rbegin()];
      for (const newsline::Sentence& s : doc.article.sentences) {
        if (first.span.begin < s.span.begin || first.span.begin >= s.span.end) continue;
        std::vector<newsline::extract::Token> t = newsline::extract::Tokenize(doc.article.text, s.span);
        size_t b = 0, e = 0;
        for (size_t k = 0; k < t.size(); ++k) {
          if (t[k].span.begin <= first.span.begin) b = k;
          if (t[k].span.begin < last.span.end) e = k + 1;
        }
        const Factuality f = newsline::extract::FactualityAt(lexicon, t, b, e, nullptr);
        at_gold.Add(cls, PredictedClass(f));
        (first_half ? at_gold_first : at_gold_second).Add(cls, PredictedClass(f));
        break;
      }
    }
    // The events the extractor finds, aligned to gold mentions by token overlap.
    newsline::Annotations a = extractor.Extract(doc.article);
    for (const newsline::Event& e : a.events) {
      size_t best = 0;
      const std::string* cls = nullptr;
      for (const auto& [tokens, c] : gold) {
        size_t overlap = 0;
        for (size_t k : tokens) overlap += doc.tokens[k].span.begin < e.trigger.end && e.trigger.begin < doc.tokens[k].span.end;
        if (overlap > best) {
          best = overlap;
          cls = &c;
        }
      }
      if (!cls) continue;
      aligned.Add(*cls, PredictedClass(e.factuality));
      if (errors && *cls != PredictedClass(e.factuality)) {
        std::printf("  %s: [%s] gold %s, predicted %s (%s)\n", doc.name.c_str(), std::string(e.trigger.Of(doc.article.text)).c_str(),
                    cls->c_str(), newsline::FactualityName(e.factuality), e.factuality_cue.c_str());
      }
    }
  }
  at_gold_first.Print("rule at gold mentions, airbus+apple");
  at_gold_second.Print("rule at gold mentions, gm+stock");
  at_gold.Print("rule at gold mentions");
  aligned.Print("events found, aligned");
  std::printf("meantime factuality_acc=%.1f n=%zu\n", aligned.Accuracy(), aligned.n);
  return 0;
}
