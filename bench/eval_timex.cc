// Evaluates the temporal tagger against TempEval-3 gold time expressions (TimeBank + AQUAINT):
// span precision/recall/F1 (strict and relaxed), type accuracy, and value accuracy/F1 by type.
//
//   build-dates/bench/newsline_eval_timex [path/to/timex.jsonl] [--errors N]
//
// Gold lines share sentences; predictions are made once per (document, sentence) with the
// document's creation date as the reference and scored against all golds of that sentence.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "newsline/dates.h"

namespace {

struct Gold {
  size_t begin = 0, end = 0;  // code points into the sentence
  std::string text, type, value;
};

struct SentenceGolds {
  std::string doc, dct, sentence;
  std::vector<Gold> golds;
};

// Byte offset -> code point offset in a UTF-8 string.
size_t CodePoints(const std::string& s, size_t bytes) {
  size_t n = 0;
  for (size_t i = 0; i < bytes && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

// Gold weeks are sometimes unpadded ("2000-W7"); compare them padded.
std::string NormalizeValue(std::string v) {
  auto w = v.find("-W");
  if (w != std::string::npos && w + 3 <= v.size()) {
    size_t digits = 0;
    while (w + 2 + digits < v.size() && isdigit(static_cast<unsigned char>(v[w + 2 + digits]))) ++digits;
    if (digits == 1) v.insert(w + 2, "0");
  }
  return v;
}

struct Counts {
  int gold = 0, pred = 0, strict = 0, relaxed = 0, type_ok = 0, value_ok = 0;
};

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

}  // namespace

int main(int argc, char** argv) {
  std::string path = std::string(NEWSLINE_SHARED_DIR) + "/data/timeml-tbaq/timex.jsonl";
  int show_errors = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--errors" && i + 1 < argc) {
      show_errors = std::atoi(argv[++i]);
    } else {
      path = a;
    }
  }
  std::ifstream in(path);
  if (!in) {
    std::cerr << "eval_timex: cannot open " << path << " (research data under ../shared is absent?)\n";
    return 2;
  }
  std::vector<SentenceGolds> sentences;
  std::map<std::pair<std::string, std::string>, size_t> index;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) {
      std::cerr << path << ":" << line_no << ": not JSON\n";
      return 2;
    }
    auto key = std::make_pair(j.value("doc", ""), j.value("sentence", ""));
    auto it = index.find(key);
    if (it == index.end()) {
      it = index.emplace(key, sentences.size()).first;
      sentences.push_back({key.first, j.value("dct", ""), key.second, {}});
    }
    Gold g;
    g.begin = j.value("start", 0);
    g.end = j.value("end", 0);
    g.text = j.value("text", "");
    g.type = j.value("type", "");
    g.value = j.value("value", "");
    sentences[it->second].golds.push_back(g);
  }

  newsline::TemporalTagger tagger;
  std::map<std::string, Counts> by_type;  // gold type (pred type for unmatched predictions)
  Counts all;
  int errors_shown = 0;
  for (const SentenceGolds& s : sentences) {
    newsline::TagContext ctx;
    ctx.reference = newsline::Day::Parse(s.dct);
    std::vector<newsline::TimeExpression> preds = tagger.Tag(s.sentence, ctx);
    std::vector<bool> gold_used(s.golds.size(), false);
    all.gold += static_cast<int>(s.golds.size());
    for (const Gold& g : s.golds) by_type[g.type].gold++;
    for (const auto& p : preds) {
      size_t pb = CodePoints(s.sentence, p.span.begin), pe = CodePoints(s.sentence, p.span.end);
      std::string ptype = newsline::TimexTypeName(p.type);
      all.pred++;
      // Best gold: an exact span first, else the first overlapping one not yet used.
      int match = -1;
      bool exact = false;
      for (size_t k = 0; k < s.golds.size(); ++k) {
        if (gold_used[k]) continue;
        const Gold& g = s.golds[k];
        if (g.begin == pb && g.end == pe) {
          match = static_cast<int>(k);
          exact = true;
          break;
        }
        if (match < 0 && g.begin < pe && pb < g.end) match = static_cast<int>(k);
      }
      if (match < 0) {
        by_type[ptype].pred++;
        if (errors_shown < show_errors) {
          ++errors_shown;
          std::printf("FP   [%s] %-28s %-14s | %s\n", s.dct.c_str(), p.text.c_str(), p.value.c_str(),
                      s.sentence.c_str());
        }
        continue;
      }
      gold_used[match] = true;
      const Gold& g = s.golds[match];
      Counts& c = by_type[g.type];
      c.pred++;
      c.relaxed++, all.relaxed++;
      if (exact) c.strict++, all.strict++;
      if (ptype == g.type) c.type_ok++, all.type_ok++;
      bool value_ok = NormalizeValue(p.value) == NormalizeValue(g.value);
      if (value_ok) c.value_ok++, all.value_ok++;
      if ((!value_ok || !exact) && errors_shown < show_errors) {
        ++errors_shown;
        std::printf("%s [%s] %-28s gold=%-28s %-14s gold=%-14s %s | %s\n", value_ok ? "SPAN " : "VALUE",
                    s.dct.c_str(), p.text.c_str(), g.text.c_str(), p.value.c_str(), g.value.c_str(),
                    p.rule.c_str(), s.sentence.c_str());
      }
    }
    for (size_t k = 0; k < s.golds.size(); ++k) {
      if (gold_used[k] || errors_shown >= show_errors) continue;
      ++errors_shown;
      std::printf("FN   [%s] %-28s %-14s %s | %s\n", s.dct.c_str(), s.golds[k].text.c_str(),
                  s.golds[k].value.c_str(), s.golds[k].type.c_str(), s.sentence.c_str());
    }
  }

  auto row = [](const std::string& name, const Counts& c) {
    double sp = c.pred ? 100.0 * c.strict / c.pred : 0, sr = c.gold ? 100.0 * c.strict / c.gold : 0;
    double rp = c.pred ? 100.0 * c.relaxed / c.pred : 0, rr = c.gold ? 100.0 * c.relaxed / c.gold : 0;
    double vp = c.pred ? 100.0 * c.value_ok / c.pred : 0, vr = c.gold ? 100.0 * c.value_ok / c.gold : 0;
    double type_acc = c.relaxed ? 100.0 * c.type_ok / c.relaxed : 0;
    double value_acc = c.relaxed ? 100.0 * c.value_ok / c.relaxed : 0;
    std::printf("| %-8s | %5d | %5d | %5.1f | %5.1f | %5.1f | %5.1f | %5.1f | %5.1f | %5.1f | %5.1f | %5.1f |\n",
                name.c_str(), c.gold, c.pred, sp, sr, F1(sp, sr), rp, rr, F1(rp, rr), type_acc, value_acc,
                F1(vp, vr));
  };
  std::printf("\n%zu sentences, %d gold expressions, %d predicted\n\n", sentences.size(), all.gold, all.pred);
  std::printf("| type     |  gold |  pred | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 "
              "| type acc | value acc | value F1 |\n");
  std::printf("|----------|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|\n");
  for (const char* type : {"DATE", "DURATION", "SET", "TIME"}) row(type, by_type[type]);
  row("all", all);
  std::printf("\nvalue acc = correct values among relaxed span matches; value F1 = F1 of (correct value, "
              "relaxed span) over predictions and golds. Per-type rows count unmatched predictions under "
              "their predicted type.\n");
  return 0;
}
