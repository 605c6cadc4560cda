// Fact-conflict evaluation on ECB+ (docs/analysis.md "Facts: measured"): runs the extractor with
// no pack on the documents of each annotated cluster, compares the facts across the cluster's
// documents (CompareFacts), and scores the predicted conflict pairs against the gold ones
// derived from bench/data/facts-ecbplus-{dev,heldout}.tsv (guideline: docs/facts-annotation.md).
//
//   newsline_eval_facts [--split dev|heldout|both] [--errors] [--cluster 20ecb]
//   (EVAL_FACTS_DUMP=1 in the environment also lists every predicted fact.)
//
// A predicted fact aligns to a gold row of the same document and sentence with the same value
// (1e-6 relative; magnitude words by their lower bound). A predicted conflict pair is two
// aligned facts of one predicted slot, from different documents, in readings of one frame whose
// intervals do not meet; it is correct when their gold rows share a slot and unit and their gold
// intervals do not overlap.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ecbplus.h"
#include "newsline/analysis.h"
#include "newsline/extraction.h"

namespace {

using newsline_bench::EcbDocument;

struct GoldRow {
  std::string cluster, doc, text, unit, attribute, slot;
  int sentence = 0;
  double value = 0, low = 0, high = 0;
};

double ParseBound(const std::string& s) {
  return s == "inf" ? std::numeric_limits<double>::infinity() : std::strtod(s.c_str(), nullptr);
}

std::vector<GoldRow> ReadGold(const std::string& path) {
  std::vector<GoldRow> rows;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    if (f.size() < 11) continue;
    GoldRow r;
    r.cluster = f[0];
    r.doc = f[1];
    r.sentence = std::atoi(f[2].c_str());
    r.text = f[3];
    r.value = ParseBound(f[4]);
    r.low = ParseBound(f[5]);
    r.high = ParseBound(f[6]);
    r.unit = f[7];
    r.attribute = f[8];
    r.slot = f[10];
    rows.push_back(r);
  }
  return rows;
}

bool SameValue(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(std::fabs(a), std::fabs(b)) + 1e-9; }

struct Counts {
  size_t gold_facts = 0, aligned_facts = 0, predicted_facts = 0;
  size_t gold_pairs = 0, found_pairs = 0, predicted_pairs = 0, correct_pairs = 0;
  size_t gold_slots = 0, found_slots = 0, predicted_slots = 0, correct_slots = 0;
  void Add(const Counts& o) {
    gold_facts += o.gold_facts;
    aligned_facts += o.aligned_facts;
    predicted_facts += o.predicted_facts;
    gold_pairs += o.gold_pairs;
    found_pairs += o.found_pairs;
    predicted_pairs += o.predicted_pairs;
    correct_pairs += o.correct_pairs;
    gold_slots += o.gold_slots;
    found_slots += o.found_slots;
    predicted_slots += o.predicted_slots;
    correct_slots += o.correct_slots;
  }
};

double Pct(size_t a, size_t b) { return b == 0 ? 0 : 100.0 * static_cast<double>(a) / static_cast<double>(b); }

bool Disjoint(double al, double ah, double bl, double bh) { return ah < bl || bh < al; }

class ClusterEval {
 public:
  ClusterEval(const std::string& cluster, const std::vector<GoldRow>& gold, bool show_errors)
      : cluster_(cluster), gold_(gold), show_(show_errors) {}

  Counts Run(const newsline::Extractor& extractor) {
    Counts c;
    const int topic = std::atoi(cluster_.c_str());
    const bool plus = cluster_.find("ecbplus") != std::string::npos;
    std::vector<newsline::FactRecord> records;
    for (const std::string& path : newsline_bench::EcbFiles(topic, plus)) {
      EcbDocument doc;
      if (!newsline_bench::ReadEcbDocument(path, &doc)) continue;
      newsline::Annotations a = extractor.Extract(doc.article);
      for (const newsline::Fact& f : a.facts) {
        const int sentence = doc.sentence_numbers[f.sentence];
        if (plus && sentence == 0) continue;  // the URL line
        newsline::FactRecord r;
        r.fact = f;
        r.article.id = doc.name;
        r.article.path = doc.article.path;
        r.sentence_text = std::string(doc.article.SentenceText(f.sentence));
        sentence_of_[f.id] = sentence;
        if (std::getenv("EVAL_FACTS_DUMP")) {
          std::string subjects;
          for (const auto& p : f.subjects) subjects += " " + p.role + "=" + p.entity_id;
          std::printf("  FACT %s s%d [%s] %s |%s| frame=%s time=%s %s\n", doc.name.c_str(), sentence, f.attribute.c_str(),
                      f.value.text.c_str(), subjects.c_str(), f.frame.c_str(), f.has_time ? f.time.value.c_str() : "-",
                      f.rule.c_str());
        }
        records.push_back(std::move(r));
      }
    }
    c.gold_facts = gold_.size();
    c.predicted_facts = records.size();
    for (const newsline::FactRecord& r : records) Align(r);
    c.aligned_facts = aligned_gold_.size();
    if (show_) {
      for (size_t k = 0; k < gold_.size(); ++k) {
        if (!aligned_gold_.count(k)) {
          std::printf("  UNFOUND %s s%d \"%s\" %s\n", gold_[k].doc.c_str(), gold_[k].sentence, gold_[k].text.c_str(),
                      gold_[k].attribute.c_str());
        }
      }
    }
    newsline::FactComparison comparison = newsline::CompareFacts(records);
    ScorePairs(comparison, &c);
    return c;
  }

 private:
  void Align(const newsline::FactRecord& r) {
    const double v = std::fabs(r.fact.value.value);
    const double low = std::fabs(r.fact.direction < 0 ? r.fact.value.high : r.fact.value.low);
    for (size_t k = 0; k < gold_.size(); ++k) {
      const GoldRow& g = gold_[k];
      if (g.doc != r.article.id || g.sentence != sentence_of_[r.fact.id] || aligned_gold_.count(k)) continue;
      if (SameValue(g.value, v) || SameValue(g.low, low) || SameValue(g.value, low)) {
        gold_of_[r.fact.id] = k;
        aligned_gold_.insert(k);
        return;
      }
    }
  }

  bool GoldConflict(size_t a, size_t b) const {
    const GoldRow& x = gold_[a];
    const GoldRow& y = gold_[b];
    return x.slot == y.slot && x.unit == y.unit && x.doc != y.doc && Disjoint(x.low, x.high, y.low, y.high);
  }

  void ScorePairs(const newsline::FactComparison& comparison, Counts* c) {
    std::set<std::pair<size_t, size_t>> gold_pairs, found;
    std::set<std::string> gold_slots, found_slots;
    for (size_t a = 0; a < gold_.size(); ++a) {
      for (size_t b = a + 1; b < gold_.size(); ++b) {
        if (!GoldConflict(a, b)) continue;
        gold_pairs.insert({a, b});
        gold_slots.insert(gold_[a].slot);
      }
    }
    for (const newsline::FactSlot& slot : comparison.slots) {
      if (slot.relation != newsline::FactRelation::kConflict) continue;
      bool slot_correct = false;
      size_t slot_pairs = 0;
      for (size_t i = 0; i < slot.readings.size(); ++i) {
        for (size_t j = i + 1; j < slot.readings.size(); ++j) {
          const auto& ri = slot.readings[i];
          const auto& rj = slot.readings[j];
          if (ri.frame != rj.frame) continue;
          for (const newsline::FactRef& x : ri.facts) {
            for (const newsline::FactRef& y : rj.facts) {
              if (x.article == y.article || !Disjoint(x.low, x.high, y.low, y.high)) continue;
              ++slot_pairs;
              ++c->predicted_pairs;
              auto gx = gold_of_.find(x.id), gy = gold_of_.find(y.id);
              const bool ok = gx != gold_of_.end() && gy != gold_of_.end() && GoldConflict(gx->second, gy->second);
              if (ok) {
                ++c->correct_pairs;
                slot_correct = true;
                found.insert({std::min(gx->second, gy->second), std::max(gx->second, gy->second)});
                found_slots.insert(gold_[gx->second].slot);
              } else if (show_) {
                std::printf("  FALSE %s [%s] %s (%s) vs %s (%s)\n", cluster_.c_str(), slot.label.c_str(), x.text.c_str(),
                            x.article.c_str(), y.text.c_str(), y.article.c_str());
              }
            }
          }
        }
      }
      if (slot_pairs > 0) {
        ++c->predicted_slots;
        if (slot_correct) ++c->correct_slots;
      }
    }
    c->gold_pairs = gold_pairs.size();
    c->found_pairs = found.size();
    c->gold_slots = gold_slots.size();
    c->found_slots = found_slots.size();
    if (show_) {
      for (const std::string& s : gold_slots) {
        if (!found_slots.count(s)) std::printf("  MISSED slot %s\n", s.c_str());
      }
    }
  }

  std::string cluster_;
  std::vector<GoldRow> gold_;
  bool show_;
  std::map<std::string, int> sentence_of_;
  std::map<std::string, size_t> gold_of_;
  std::set<size_t> aligned_gold_;
};

void PrintCounts(const char* split, const Counts& c) {
  const double pp = Pct(c.correct_pairs, c.predicted_pairs), pr = Pct(c.found_pairs, c.gold_pairs);
  const double sp = Pct(c.correct_slots, c.predicted_slots), sr = Pct(c.found_slots, c.gold_slots);
  std::printf(
      "facts %s: fact recall %.1f%% (%zu/%zu gold facts found, %zu predicted) | conflict pairs P=%.1f%% R=%.1f%% "
      "F1=%.1f false=%zu (%zu/%zu predicted correct, %zu/%zu gold found) | conflict slots P=%.1f%% R=%.1f%% (%zu/%zu, "
      "%zu/%zu)\n",
      split, Pct(c.aligned_facts, c.gold_facts), c.aligned_facts, c.gold_facts, c.predicted_facts, pp, pr,
      pp + pr > 0 ? 2 * pp * pr / (pp + pr) : 0.0, c.predicted_pairs - c.correct_pairs, c.correct_pairs,
      c.predicted_pairs, c.found_pairs, c.gold_pairs, sp, sr, c.correct_slots, c.predicted_slots, c.found_slots,
      c.gold_slots);
}

}  // namespace

int main(int argc, char** argv) {
  std::string split = "both", only;
  bool errors = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--split" && i + 1 < argc) {
      split = argv[++i];
    } else if (arg == "--cluster" && i + 1 < argc) {
      only = argv[++i];
    } else if (arg == "--errors") {
      errors = true;
    } else {
      std::fprintf(stderr, "usage: newsline_eval_facts [--split dev|heldout|both] [--errors] [--cluster NAME]\n");
      return 2;
    }
  }
  if (newsline_bench::EcbFiles(1, false).empty()) {
    std::printf("skipped: ECB+ not found under %s\n", newsline_bench::EcbDir().c_str());
    return 0;
  }
  newsline::Extractor extractor;  // no pack: the product must work on stories it has never seen
  for (const char* name : {"dev", "heldout"}) {
    if (split != "both" && split != name) continue;
    const std::string path = std::string(NEWSLINE_SOURCE_DIR) + "/bench/data/facts-ecbplus-" + name + ".tsv";
    std::map<std::string, std::vector<GoldRow>> clusters;
    for (const GoldRow& r : ReadGold(path)) clusters[r.cluster].push_back(r);
    if (clusters.empty()) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
    Counts total;
    for (const auto& [cluster, rows] : clusters) {
      if (!only.empty() && cluster != only) continue;
      Counts c = ClusterEval(cluster, rows, errors).Run(extractor);
      if (errors) PrintCounts(cluster.c_str(), c);
      total.Add(c);
    }
    PrintCounts(name, total);
  }
  return 0;
}
