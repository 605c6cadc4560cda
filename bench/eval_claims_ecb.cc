// Evaluation: attributed claims across outlets on ECB+ (no domain pack), against the hand
// annotation in bench/data/claims-ecbplus-{dev,heldout}.tsv (guideline docs/claims-annotation.md).
//
//   newsline_eval_claims_ecb [--split dev|heldout|both] [--errors] [--cluster NAME] [--similarity X]
//
// Per cluster (the documents of one ECB+ topic half), the extractor runs on every document and
// its claims are aligned to the gold rows: same document, same ECB+ sentence, and a cue word in
// common (else the only claim of that sentence). Printed, dev and held-out side by side:
// - claims: recall (gold rows aligned) and precision (extracted claims aligned);
// - speaker / primary source: the share of aligned claims whose speaker (primary source) matches
//   the gold cell exactly or by its head (bench/claim_match.h);
// - content: mean word-overlap F1 of the extracted content against the gold content;
// - propositions: pairs of aligned claims in different documents that the gold puts in one
//   proposition, against pairs CompareClaims puts in one topic (pairwise P/R/F1);
// - stance: over the gold pairs found, the share whose relative stance (same side / opposite
//   sides) CompareClaims gets right; and opposed pairs (gold: same proposition, opposite
//   stances, different documents) found as opposite sides of one topic.
// The last line is machine-readable: `claims-ecb <split> recall=.. precision=.. speaker=..
// content_f1=.. source=.. group_f1=.. stance=..`.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claim_match.h"
#include "ecbplus.h"
#include "newsline/analysis.h"
#include "newsline/extraction.h"

namespace {

using newsline_bench::EcbDocument;
using newsline_bench::SplitTabs;

using GoldRow = newsline_bench::ClaimGoldRow;

std::vector<GoldRow> ReadGold(const std::string& path) { return newsline_bench::ReadClaimGold(path); }

struct Counts {
  size_t gold = 0, extracted = 0, aligned = 0, speaker_ok = 0, source_ok = 0;
  size_t gold_cued = 0, aligned_cued = 0;  // rows with a cue word (not a quotation's later sentences)
  double content_f1 = 0;
  size_t gold_pairs = 0, predicted_pairs = 0, correct_pairs = 0, stance_ok = 0;
  size_t opposed_gold = 0, opposed_found = 0;
  void Add(const Counts& o) {
    gold += o.gold;
    gold_cued += o.gold_cued;
    aligned_cued += o.aligned_cued;
    extracted += o.extracted;
    aligned += o.aligned;
    speaker_ok += o.speaker_ok;
    source_ok += o.source_ok;
    content_f1 += o.content_f1;
    gold_pairs += o.gold_pairs;
    predicted_pairs += o.predicted_pairs;
    correct_pairs += o.correct_pairs;
    stance_ok += o.stance_ok;
    opposed_gold += o.opposed_gold;
    opposed_found += o.opposed_found;
  }
};

double Pct(double a, double b) { return b == 0 ? 0 : 100.0 * a / b; }

class ClusterEval {
 public:
  ClusterEval(std::vector<GoldRow> gold, bool errors, double similarity)
      : gold_(std::move(gold)), errors_(errors), similarity_(similarity) {}

  Counts Run(const newsline::Extractor& extractor) {
    Counts c;
    c.gold = gold_.size();
    for (const GoldRow& g : gold_) c.gold_cued += g.cue != "-";
    const std::string& cluster = gold_.front().cluster;
    const bool plus = cluster.find("ecbplus") != std::string::npos;
    for (const std::string& path : newsline_bench::EcbFiles(std::atoi(cluster.c_str()), plus)) {
      EcbDocument doc;
      if (!newsline_bench::ReadEcbDocument(path, &doc)) continue;
      newsline::Annotations a = extractor.Extract(doc.article);
      for (const newsline::Claim& claim : a.claims) {
        const int sentence = newsline_bench::EcbSentenceAt(doc, claim.cue_span.begin);
        if (plus && sentence == 0) continue;  // the URL line
        newsline::ClaimRecord r;
        r.claim = claim;
        r.article.id = doc.name;
        r.article.path = doc.article.path;
        r.article.outlet = doc.name;  // every ECB+ document comes from a different outlet
        r.sentence_text = std::string(doc.article.SentenceText(claim.sentence));
        r.content_text = doc.article.text.substr(claim.content.begin, claim.content.end - claim.content.begin);
        sentence_.push_back(sentence);
        records_.push_back(std::move(r));
      }
    }
    c.extracted = records_.size();
    Align(&c);
    ScoreGroups(&c);
    return c;
  }

 private:
  void Align(Counts* c) {
    gold_of_.assign(records_.size(), -1);
    std::vector<bool> used(gold_.size(), false);
    for (int pass = 0; pass < 2; ++pass) {  // cue in common first, then the only claim left
      for (size_t i = 0; i < records_.size(); ++i) {
        if (gold_of_[i] >= 0) continue;
        for (size_t k = 0; k < gold_.size(); ++k) {
          const GoldRow& g = gold_[k];
          if (used[k] || g.doc != records_[i].article.id || g.sentence != sentence_[i]) continue;
          if (pass == 0 && !newsline_bench::CueShares(g.cue, records_[i].claim.cue)) continue;
          gold_of_[i] = static_cast<int>(k);
          used[k] = true;
          break;
        }
      }
    }
    for (size_t i = 0; i < records_.size(); ++i) {
      const newsline::Claim& claim = records_[i].claim;
      if (gold_of_[i] < 0) {
        if (errors_) std::printf("  EXTRA %s s%d [%s] %s: %s\n", records_[i].article.id.c_str(), sentence_[i],
                                 claim.cue.c_str(), claim.speaker.c_str(), records_[i].content_text.c_str());
        continue;
      }
      const GoldRow& g = gold_[static_cast<size_t>(gold_of_[i])];
      ++c->aligned;
      c->aligned_cued += g.cue != "-";
      const bool speaker = newsline_bench::MatchSpeaker(claim.speaker, g.speaker) != newsline_bench::SpeakerMatch::kNone;
      const bool source = newsline_bench::MatchSpeaker(claim.primary_source, g.source) != newsline_bench::SpeakerMatch::kNone;
      const double f1 = newsline_bench::WordF1(records_[i].content_text, g.content);
      c->speaker_ok += speaker;
      c->source_ok += source;
      c->content_f1 += f1;
      if (errors_ && (!speaker || !source || f1 < 0.5)) {
        std::printf("  WRONG %s s%d [%s] speaker \"%s\" (gold %s) source \"%s\" (gold %s) content f1 %.2f\n",
                    g.doc.c_str(), g.sentence, claim.cue.c_str(), claim.speaker.c_str(), g.speaker.c_str(),
                    claim.primary_source.c_str(), g.source.c_str(), f1);
      }
    }
    if (errors_) {
      for (size_t k = 0; k < gold_.size(); ++k) {
        if (!used[k]) std::printf("  MISSED %s s%d [%s] %s: %s\n", gold_[k].doc.c_str(), gold_[k].sentence,
                                  gold_[k].cue.c_str(), gold_[k].speaker.c_str(), gold_[k].content.c_str());
      }
    }
  }

  void ScoreGroups(Counts* c) {
    newsline::ComparisonOptions options;
    options.proposition_similarity = similarity_;
    options.include_questions = true;
    const newsline::Comparison comparison = newsline::CompareClaims(records_, options);
    std::map<std::string, std::pair<std::string, std::string>> topic_of;  // claim id -> topic, side stance
    for (const newsline::TopicComparison& t : comparison.topics) {
      for (const newsline::ComparisonSide& side : t.sides) {
        for (const newsline::ClaimRef& ref : side.claims) topic_of[ref.id] = {t.topic, side.stance + side.value};
      }
    }
    for (size_t i = 0; i < records_.size(); ++i) {
      for (size_t j = i + 1; j < records_.size(); ++j) {
        if (records_[i].article.id == records_[j].article.id) continue;
        auto ti = topic_of.find(records_[i].claim.id), tj = topic_of.find(records_[j].claim.id);
        const bool predicted = ti != topic_of.end() && tj != topic_of.end() && ti->second.first == tj->second.first;
        const bool aligned = gold_of_[i] >= 0 && gold_of_[j] >= 0;
        const GoldRow* gi = aligned ? &gold_[static_cast<size_t>(gold_of_[i])] : nullptr;
        const GoldRow* gj = aligned ? &gold_[static_cast<size_t>(gold_of_[j])] : nullptr;
        const bool gold = aligned && gi->proposition != "-" && gi->proposition == gj->proposition;
        if (!aligned) continue;  // pairs with an unannotated claim say nothing about grouping
        c->predicted_pairs += predicted;
        c->gold_pairs += gold;
        c->correct_pairs += predicted && gold;
        const bool opposed = gold && gi->stance != gj->stance && gi->stance != "neutral" && gj->stance != "neutral";
        c->opposed_gold += opposed;
        if (predicted && gold) {
          const bool same_side = ti->second.second == tj->second.second;
          c->stance_ok += same_side == !opposed;
          c->opposed_found += opposed && !same_side;
        }
        if (errors_ && predicted != gold) {
          std::printf("  %s %s s%d \"%s\" / %s s%d \"%s\"\n", predicted ? "FALSE-PAIR" : "MISSED-PAIR",
                      gi->doc.c_str(), gi->sentence, records_[i].content_text.c_str(), gj->doc.c_str(), gj->sentence,
                      records_[j].content_text.c_str());
        }
      }
    }
  }

  std::vector<GoldRow> gold_;
  bool errors_;
  double similarity_;
  std::vector<newsline::ClaimRecord> records_;
  std::vector<int> sentence_;
  std::vector<int> gold_of_;
};

void Print(const std::string& split, const Counts& c) {
  const double gp = Pct(c.correct_pairs, c.predicted_pairs), gr = Pct(c.correct_pairs, c.gold_pairs);
  const double gf = gp + gr > 0 ? 2 * gp * gr / (gp + gr) : 0;
  std::printf(
      "%s: claims recall %.1f%% (%zu/%zu; rows with a cue %.1f%%) precision %.1f%% (%zu/%zu) | speaker %.1f%% | primary source %.1f%% | "
      "content word F1 %.1f | proposition pairs P=%.1f%% R=%.1f%% F1=%.1f (%zu/%zu predicted, %zu gold) | "
      "relative stance %.1f%% of %zu found pairs | opposed pairs found %zu/%zu\n",
      split.c_str(), Pct(c.aligned, c.gold), c.aligned, c.gold, Pct(c.aligned_cued, c.gold_cued), Pct(c.aligned, c.extracted), c.aligned, c.extracted,
      Pct(c.speaker_ok, c.aligned), Pct(c.source_ok, c.aligned), c.aligned ? 100 * c.content_f1 / c.aligned : 0.0,
      gp, gr, gf, c.correct_pairs, c.predicted_pairs, c.gold_pairs, Pct(c.stance_ok, c.correct_pairs), c.correct_pairs,
      c.opposed_found, c.opposed_gold);
}

}  // namespace

int main(int argc, char** argv) {
  std::string split = "both", only;
  bool errors = false;
  double similarity = newsline::ComparisonOptions().proposition_similarity;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--split" && i + 1 < argc) {
      split = argv[++i];
    } else if (arg == "--cluster" && i + 1 < argc) {
      only = argv[++i];
    } else if (arg == "--similarity" && i + 1 < argc) {
      similarity = std::atof(argv[++i]);
    } else if (arg == "--errors") {
      errors = true;
    } else {
      std::fprintf(stderr,
                   "usage: newsline_eval_claims_ecb [--split dev|heldout|both] [--errors] [--cluster NAME] "
                   "[--similarity X]\n");
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
    const std::string path = std::string(NEWSLINE_SOURCE_DIR) + "/bench/data/claims-ecbplus-" + name + ".tsv";
    std::map<std::string, std::vector<GoldRow>> clusters;
    for (const GoldRow& r : ReadGold(path)) clusters[r.cluster].push_back(r);
    if (clusters.empty()) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
    Counts total;
    for (const auto& [cluster, rows] : clusters) {
      if (!only.empty() && cluster != only) continue;
      const Counts c = ClusterEval(rows, errors, similarity).Run(extractor);
      if (errors) Print(cluster, c);
      total.Add(c);
    }
    Print(name, total);
    const double gp = Pct(total.correct_pairs, total.predicted_pairs), gr = Pct(total.correct_pairs, total.gold_pairs);
    std::printf("claims-ecb %s recall=%.1f precision=%.1f speaker=%.1f content_f1=%.1f source=%.1f group_f1=%.1f "
                "stance=%.1f\n",
                name, Pct(total.aligned, total.gold), Pct(total.aligned, total.extracted),
                Pct(total.speaker_ok, total.aligned), total.aligned ? 100 * total.content_f1 / total.aligned : 0.0,
                Pct(total.source_ok, total.aligned), gp + gr > 0 ? 2 * gp * gr / (gp + gr) : 0.0,
                Pct(total.stance_ok, total.correct_pairs));
  }
  return 0;
}
