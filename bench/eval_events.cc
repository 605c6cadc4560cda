// Cross-document event coreference on ECB+ (docs/analysis.md "Events: measured"): runs the
// extractor with no pack on every document of a topic, merges the event mentions across the
// topic's documents with BuildTimeline, aligns predicted mentions to gold ones by token overlap,
// and scores the clusters with MUC, B3, CEAF-e and CoNLL F1 (bench/coref_metrics.h) side by side
// with the same-head-lemma baseline on the same mentions.
//
//   newsline_eval_events [--topics dev|test] [--errors] [--missed] [--clusters] [--story-threshold X]
//
// Topics 36-45 are the test topics (the published split), 1-35 development. Gold mentions are the
// ACTION_* and NEG_ACTION_* markables of the sentences ECBplus_coreference_sentences.csv lists;
// gold clusters are their CROSS_DOC_COREF instances (unlinked mentions are singletons). Two
// settings: "predicted" scores every predicted mention (an unaligned one is an extra mention), and
// "aligned" only the predicted mentions aligned to a gold one, against the gold mentions found.
// --errors lists each prediction and its alignment; --missed the gold mentions found by no
// prediction, most frequent words first; --clusters each merged event's aligned mentions with
// their gold cluster; --story-threshold sets TimelineOptions::story_threshold (the tuning sweep in
// docs/analysis.md). The last line is exactly: ecb+ conll_f1=<x> lemma_f1=<y> trigger_recall=<r> (aligned setting).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "coref_metrics.h"
#include "ecbplus.h"
#include "newsline/analysis.h"
#include "newsline/extraction.h"

namespace {

using newsline_bench::Clustering;
using newsline_bench::EcbDocument;

// (topic, file stem without the topic, e.g. "10ecbplus") -> gold sentence numbers.
std::map<std::pair<int, std::string>, std::set<int>> GoldSentences() {
  std::map<std::pair<int, std::string>, std::set<int>> out;
  std::ifstream in(std::string(NEWSLINE_SHARED_DIR) + "/data/ecbplus/ECB+_LREC2014/ECBplus_coreference_sentences.csv");
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::stringstream ss(line);
    std::string topic, file, sentence;
    std::getline(ss, topic, ',');
    std::getline(ss, file, ',');
    std::getline(ss, sentence, ',');
    out[{std::atoi(topic.c_str()), file}].insert(std::atoi(sentence.c_str()));
  }
  return out;
}

struct GoldMention {
  std::string id;     // "<doc>:m<m_id>"
  std::string cluster;
  std::set<size_t> tokens;  // indexes into the document's tokens
  int sentence = 0;
};

struct Predicted {
  std::string id;       // the event id
  std::string aligned;  // the gold mention id it aligns to, "" when none
  std::string lemma;    // the trigger's head, lower-cased and stemmed
};

// "announced" -> "announc", "shootings" -> "shooting" -> "shoot": a crude stem for the baseline.
std::string Lemma(std::string w) {
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* suffix : {"ings", "ing", "ed", "es", "s"}) {
    const size_t n = std::char_traits<char>::length(suffix);
    if (w.size() > n + 2 && w.compare(w.size() - n, n, suffix) == 0) return w.substr(0, w.size() - n);
  }
  return w;
}

std::vector<GoldMention> GoldMentionsOf(const EcbDocument& doc, const std::set<int>& sentences) {
  std::map<int, size_t> index_of;  // t_id -> token index
  for (size_t k = 0; k < doc.tokens.size(); ++k) index_of[doc.tokens[k].id] = k;
  std::vector<GoldMention> out;
  for (const auto& m : doc.markables) {
    const bool action = m.tag.rfind("ACTION_", 0) == 0 || m.tag.rfind("NEG_ACTION_", 0) == 0;
    if (!action || m.tokens.empty()) continue;
    GoldMention g;
    g.id = doc.name + ":m" + std::to_string(m.id);
    for (int t : m.tokens) {
      if (index_of.count(t)) g.tokens.insert(index_of[t]);
    }
    if (g.tokens.empty()) continue;
    g.sentence = doc.tokens[*g.tokens.begin()].sentence;
    if (!sentences.count(g.sentence)) continue;
    auto it = doc.instance_of.find(m.id);
    g.cluster = it != doc.instance_of.end() ? it->second : "singleton:" + g.id;
    out.push_back(std::move(g));
  }
  return out;
}

// Token indexes of a byte span of the document's text.
std::set<size_t> TokensOf(const EcbDocument& doc, newsline::Span span) {
  std::set<size_t> out;
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    if (doc.tokens[k].span.begin < span.end && span.begin < doc.tokens[k].span.end) out.insert(k);
  }
  return out;
}

// The lower-cased words of the document's tokens, space-separated.
std::string TextOf(const EcbDocument& doc, const std::set<size_t>& tokens) {
  std::string out;
  for (size_t k : tokens) {
    std::string w = doc.tokens[k].text;
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

struct Scores {
  double conll = 0, lemma = 0;
  newsline_bench::Prf muc, b3, ceaf;
};

Scores Score(const Clustering& key, const Clustering& response, const Clustering& lemma) {
  Scores s;
  s.muc = newsline_bench::Muc(key, response);
  s.b3 = newsline_bench::BCubed(key, response);
  s.ceaf = newsline_bench::CeafE(key, response);
  s.conll = newsline_bench::ConllF1(key, response);
  s.lemma = newsline_bench::ConllF1(key, lemma);
  return s;
}

Clustering Group(const std::map<std::string, std::vector<std::string>>& groups) {
  Clustering out;
  for (const auto& [key, members] : groups) out.push_back(members);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string which = "test";
  bool errors = false, missed = false, clusters = false;
  double story_threshold = newsline::TimelineOptions{}.story_threshold;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--topics" && i + 1 < argc) {
      which = argv[++i];
    } else if (a == "--errors") {
      errors = true;
    } else if (a == "--missed") {
      missed = true;
    } else if (a == "--clusters") {
      clusters = true;
    } else if (a == "--story-threshold" && i + 1 < argc) {
      story_threshold = std::atof(argv[++i]);
    } else {
      std::fprintf(stderr,
                   "usage: newsline_eval_events [--topics dev|test] [--errors] [--missed] [--clusters] "
                   "[--story-threshold X]\n");
      return 2;
    }
  }
  if (newsline_bench::EcbFiles(1, false).empty()) {
    std::printf("skipped: ECB+ not found under %s\n", newsline_bench::EcbDir().c_str());
    return 0;
  }
  const auto gold_sentences = GoldSentences();
  newsline::Extractor extractor;  // no pack
  const int first = which == "dev" ? 1 : 36, last = which == "dev" ? 35 : 45;

  // Mentions over all topics (ids are unique per document), clustered within each topic.
  Clustering key_all, key_aligned, response_all, response_aligned, lemma_all, lemma_aligned;
  size_t gold_count = 0, gold_found = 0, predicted_count = 0;
  std::map<std::string, int> missed_words;  // lower-cased gold mention text -> times missed
  for (int topic = first; topic <= last; ++topic) {
    std::vector<newsline::EventRecord> records;
    std::map<std::string, Predicted> predicted;  // event id -> alignment
    std::map<std::string, std::vector<std::string>> gold_clusters;
    std::set<std::string> found;
    std::map<std::string, std::string> gold_of;
    std::map<std::string, std::string> gold_text;  // gold mention id -> its words (with --missed)
    for (bool plus : {false, true}) {
      for (const std::string& path : newsline_bench::EcbFiles(topic, plus)) {
        EcbDocument doc;
        if (!newsline_bench::ReadEcbDocument(path, &doc)) continue;
        const std::string stem = doc.name.substr(doc.name.find('_') + 1);
        auto gs = gold_sentences.find({topic, stem});
        if (gs == gold_sentences.end()) continue;
        std::vector<GoldMention> gold = GoldMentionsOf(doc, gs->second);
        for (const GoldMention& g : gold) {
          gold_of[g.id] = g.cluster;
          gold_clusters[g.cluster].push_back(g.id);
          if (missed) gold_text[g.id] = TextOf(doc, g.tokens);
        }
        gold_count += gold.size();
        newsline::Annotations a = extractor.Extract(doc.article);
        for (newsline::Event& e : a.events) {
          const int sentence = doc.sentence_numbers[e.sentence];
          if (!gs->second.count(sentence)) continue;
          Predicted p;
          p.id = e.id;
          const std::set<size_t> tokens = TokensOf(doc, e.trigger);
          size_t best = 0;
          for (const GoldMention& g : gold) {
            size_t overlap = 0;
            for (size_t t : tokens) overlap += g.tokens.count(t);
            if (overlap > best) {
              best = overlap;
              p.aligned = g.id;
            }
          }
          if (!p.aligned.empty()) found.insert(p.aligned);
          const std::string trigger(e.trigger.Of(doc.article.text));
          const size_t space = trigger.find_last_of(' ');
          p.lemma = Lemma(space == std::string::npos ? trigger : trigger.substr(space + 1));
          if (errors) {
            std::printf("  %s %s [%s] -> %s\n", doc.name.c_str(), e.type.c_str(), trigger.c_str(),
                        p.aligned.empty() ? "-" : p.aligned.c_str());
          }
          predicted[e.id] = p;
          newsline::EventRecord r;
          r.sentence_text = std::string(doc.article.SentenceText(e.sentence));
          r.event = std::move(e);
          r.article.id = doc.name;
          r.article_keywords = a.keywords;
          records.push_back(std::move(r));
        }
      }
    }
    gold_found += found.size();
    for (const auto& [g, words] : gold_text) {
      if (!found.count(g)) ++missed_words[words];
    }
    predicted_count += predicted.size();
    // Key: every gold mention; aligned key: the gold mentions some prediction found.
    for (const auto& [cluster, members] : gold_clusters) {
      key_all.push_back(members);
      std::vector<std::string> kept;
      for (const std::string& m : members) {
        if (found.count(m)) kept.push_back(m);
      }
      if (!kept.empty()) key_aligned.push_back(kept);
    }
    // A predicted mention is named by its gold mention when aligned, else by itself.
    auto name = [&](const std::string& event_id) {
      const Predicted& p = predicted.at(event_id);
      return p.aligned.empty() ? "pred:" + event_id : p.aligned;
    };
    newsline::TimelineOptions options;
    options.include_unanchored = true;  // every mention is scored, placed on a timeline or not
    options.story_threshold = story_threshold;
    const newsline::Timeline timeline = newsline::BuildTimeline(records, options);
    for (const newsline::TimelineEvent& t : timeline.events) {
      std::vector<std::string> all, aligned;
      for (const newsline::EventMention& m : t.mentions) {
        all.push_back(name(m.event_id));
        if (!predicted.at(m.event_id).aligned.empty()) aligned.push_back(name(m.event_id));
      }
      response_all.push_back(all);
      if (!aligned.empty()) response_aligned.push_back(aligned);
      if (clusters && aligned.size() > 1) {
        std::printf("CLUSTER %s:", t.type.c_str());
        for (const newsline::EventMention& m : t.mentions) {
          if (!predicted.at(m.event_id).aligned.empty()) std::printf(" %s[%s]", m.event_id.c_str(), gold_of.at(predicted.at(m.event_id).aligned).c_str());
        }
        std::printf("\n");
      }
    }
    std::map<std::string, std::vector<std::string>> by_lemma_all, by_lemma_aligned;
    for (const auto& [id, p] : predicted) {
      by_lemma_all[p.lemma].push_back(name(id));
      if (!p.aligned.empty()) by_lemma_aligned[p.lemma].push_back(name(id));
    }
    for (auto& c : Group(by_lemma_all)) lemma_all.push_back(c);
    for (auto& c : Group(by_lemma_aligned)) lemma_aligned.push_back(c);
  }
  if (missed) {
    std::vector<std::pair<int, std::string>> by_count;
    for (const auto& [words, n] : missed_words) by_count.push_back({-n, words});
    std::sort(by_count.begin(), by_count.end());
    for (const auto& [n, words] : by_count) std::printf("  missed %d %s\n", -n, words.c_str());
  }
  const double recall = gold_count ? 100.0 * static_cast<double>(gold_found) / static_cast<double>(gold_count) : 0;
  std::printf("topics %d-%d: %zu gold event mentions, %zu predicted, %zu gold found (trigger recall %.1f%%)\n", first,
              last, gold_count, predicted_count, gold_found, recall);
  const Scores all = Score(key_all, response_all, lemma_all);
  const Scores aligned = Score(key_aligned, response_aligned, lemma_aligned);
  for (const auto& [label, s] : {std::pair<const char*, const Scores&>{"predicted", all}, {"aligned", aligned}}) {
    std::printf("%-9s MUC %.1f  B3 %.1f  CEAF-e %.1f  CoNLL %.1f | lemma baseline CoNLL %.1f\n", label,
                100 * s.muc.f1, 100 * s.b3.f1, 100 * s.ceaf.f1, 100 * s.conll, 100 * s.lemma);
  }
  std::printf("aligned   MUC P/R %.1f/%.1f  B3 P/R %.1f/%.1f\n", 100 * aligned.muc.precision, 100 * aligned.muc.recall,
              100 * aligned.b3.precision, 100 * aligned.b3.recall);
  std::printf("ecb+ conll_f1=%.1f lemma_f1=%.1f trigger_recall=%.1f\n", 100 * aligned.conll, 100 * aligned.lemma, recall);
  return 0;
}
