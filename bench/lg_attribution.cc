// Measurement for issue 13: would Debian's link-grammar (liblink-grammar-dev, its English
// dictionary) find speakers and contents of attributed claims better than newsline's rules?
// Built only when link-grammar is installed (bench/CMakeLists.txt).
//
//   newsline_eval_attribution_lg [--split dev|heldout] [--errors] [--max-seconds N]
//
// For every gold row with a cue word in bench/data/claims-ecbplus-<split>.tsv (the claims
// annotation of docs/claims-annotation.md), both sides are scored on the same row:
// - rules: the claim newsline extracts from that ECB+ sentence (a cue word in common, else the
//   only claim of the sentence), as newsline_eval_claims_ecb aligns them; no claim = a miss;
// - link-grammar: the sentence is parsed (first linkage; null links allowed when no full parse),
//   the cue word is found among the parse's words, and read off its links: the speaker is the
//   noun phrase (determiners, adjectives, name parts, "of"/"for" modifiers) of the word linked to
//   the cue by an S link (subject, or inverted "said Laurence Mark"), or for "according to" the
//   object of "to"; the content is what a TH/C link (that-clause, bare clause) opens to the
//   sentence end, or for a fronted quotation (CP link, "..., a spokesman said") the words before
//   the comma ahead of the speaker.
// Printed per side: speaker correct (exact or head, bench/claim_match.h) over all rows, mean
// content word F1 over all rows, and for link-grammar the parse time per sentence (mean, p95)
// and the share of sentences it could not parse without null links.
#include <link-grammar/link-includes.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "claim_match.h"
#include "ecbplus.h"
#include "newsline/extraction.h"

namespace {

using newsline_bench::EcbDocument;

using GoldRow = newsline_bench::ClaimGoldRow;

// The gold rows with a cue word (rows without one are a quotation's later sentences).
std::vector<GoldRow> ReadGold(const std::string& path) {
  std::vector<GoldRow> rows = newsline_bench::ReadClaimGold(path);
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const GoldRow& g) { return g.cue == "-"; }), rows.end());
  return rows;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// One parsed sentence: its words (byte spans in the sentence) and links.
struct Parse {
  struct Link {
    int left, right;
    std::string label;
  };
  std::vector<std::pair<size_t, size_t>> words;  // index 0 = LEFT-WALL (empty span)
  std::vector<Link> links;
  bool full = false;  // parsed without null links
};

class LinkGrammar {
 public:
  explicit LinkGrammar(int max_seconds) {
    dict_ = dictionary_create_lang("en");
    opts_ = parse_options_create();
    parse_options_set_verbosity(opts_, 0);
    parse_options_set_linkage_limit(opts_, 100);
    parse_options_set_max_parse_time(opts_, max_seconds);
  }
  ~LinkGrammar() {
    parse_options_delete(opts_);
    dictionary_delete(dict_);
  }
  bool ok() const { return dict_ != nullptr; }

  Parse Run(const std::string& text) {
    Parse p;
    Sentence sent = sentence_create(text.c_str(), dict_);
    if (!sent) return p;
    parse_options_set_min_null_count(opts_, 0);
    parse_options_set_max_null_count(opts_, 0);
    int n = sentence_parse(sent, opts_);
    p.full = n > 0;
    if (n <= 0) {
      parse_options_set_min_null_count(opts_, 1);
      parse_options_set_max_null_count(opts_, sentence_length(sent));
      n = sentence_parse(sent, opts_);
    }
    if (n > 0) {
      Linkage lk = linkage_create(0, sent, opts_);
      if (lk) {
        for (WordIdx w = 0; w < linkage_get_num_words(lk); ++w) {
          p.words.emplace_back(static_cast<size_t>(linkage_get_word_byte_start(lk, w)),
                               static_cast<size_t>(linkage_get_word_byte_end(lk, w)));
        }
        for (LinkIdx k = 0; k < linkage_get_num_links(lk); ++k) {
          p.links.push_back({static_cast<int>(linkage_get_link_lword(lk, k)),
                             static_cast<int>(linkage_get_link_rword(lk, k)), linkage_get_link_label(lk, k)});
        }
        linkage_delete(lk);
      }
    }
    sentence_delete(sent);
    return p;
  }

 private:
  Dictionary dict_;
  Parse_Options opts_;
};

bool Starts(const std::string& label, const char* prefix) { return label.rfind(prefix, 0) == 0; }

// Reads speaker and content off the links around the cue word.
class Reading {
 public:
  Reading(const Parse& p, const std::string& text) : p_(p), text_(text) {}

  std::string Surface(int w) const {
    const auto& [b, e] = p_.words[static_cast<size_t>(w)];
    return e > b && e <= text_.size() ? text_.substr(b, e - b) : "";
  }
  std::string Span(int from, int to) const {  // words from..to inclusive
    if (from > to || from < 1) return "";
    return text_.substr(p_.words[static_cast<size_t>(from)].first,
                        p_.words[static_cast<size_t>(to)].second - p_.words[static_cast<size_t>(from)].first);
  }
  int Last() const {  // the last word before RIGHT-WALL and the final punctuation
    int w = static_cast<int>(p_.words.size()) - 1;
    while (w > 0 && (Surface(w).empty() || Surface(w) == "RIGHT-WALL" || std::ispunct(static_cast<unsigned char>(Surface(w)[0])))) --w;
    return w;
  }
  int Find(const std::string& cue) const {
    const std::vector<std::string> want = newsline_bench::Words(cue);
    if (want.empty()) return -1;
    for (size_t w = 1; w < p_.words.size(); ++w) {
      const std::vector<std::string> got = newsline_bench::Words(Surface(static_cast<int>(w)));
      if (!got.empty() && got[0] == want[0]) return static_cast<int>(w);
    }
    return -1;
  }
  // The word linked to `w` by a link whose label starts with `prefix`, on the given side (-1 left,
  // +1 right, 0 either); -1 when none.
  int Linked(int w, const char* prefix, int side) const {
    for (const Parse::Link& l : p_.links) {
      if (!Starts(l.label, prefix)) continue;
      if (l.right == w && side <= 0) return l.left;
      if (l.left == w && side >= 0) return l.right;
    }
    return -1;
  }
  // The noun phrase around a head word: pre-modifiers to its left, "of"/"for" phrases to its right,
// both conjuncts of "and".
  std::pair<int, int> Phrase(int head) const {
    int from = head, to = head;
    std::vector<int> pending = {head};
    std::set<int> seen = {head};
    while (!pending.empty()) {
      const int w = pending.back();
      pending.pop_back();
      for (const Parse::Link& l : p_.links) {
        int other = -1;
        if (l.right == w && l.left > 0 &&
            (Starts(l.label, "D") || Starts(l.label, "A") || Starts(l.label, "G") || Starts(l.label, "YS") ||
             Starts(l.label, "NM") || Starts(l.label, "L")))
          other = l.left;
        if (l.left == w && (Starts(l.label, "M") && !Starts(l.label, "MX") && !Starts(l.label, "MV")))
          other = l.right;
        if (l.left == w && Starts(l.label, "J")) other = l.right;
        if (l.left == w && Starts(l.label, "G")) other = l.right;
        if (Starts(l.label, "SJ")) other = l.left == w ? l.right : l.right == w ? l.left : -1;  // "Mark and Condon"
        if (other > 0 && seen.insert(other).second) {
          pending.push_back(other);
          from = std::min(from, other);
          to = std::max(to, other);
        }
      }
    }
    return {from, to};
  }

  // Speaker and content for the cue word `cue`.
  void Read(int cue, std::string* speaker, std::string* content) const {
    speaker->clear();
    content->clear();
    int head = -1;
    const bool according = Lower(Surface(cue)).rfind("according", 0) == 0;
    if (according) {
      const int to = Surface(cue).find(' ') != std::string::npos ? cue : cue + 1;
      head = Linked(to, "J", +1);
    } else {
      head = Linked(cue, "S", 0);
      // An auxiliary carries the subject: "X has said" (PP), "X will say" (I).
      for (const char* aux : {"PP", "I", "T"}) {
        if (head < 0) {
          const int a = Linked(cue, aux, -1);
          if (a > 0) head = Linked(a, "S", -1);
        }
      }
    }
    std::pair<int, int> phrase = {-1, -1};
    if (head > 0) {
      phrase = Phrase(head);
      *speaker = Span(phrase.first, phrase.second);
    }
    // Content: a that-clause or bare clause after the cue...
    for (const char* c : {"TH", "Ce", "C", "R"}) {
      const int start = Linked(cue, c, +1);
      if (start > cue) {
        *content = Span(Starts(Surface(start), "that") ? start + 1 : start, Last());
        return;
      }
    }
    // ...for "according to X, ...", what follows X; for "..., according to X", what precedes it.
    if (according) {
      if (phrase.second > 0 && phrase.second < Last()) {
        *content = Span(phrase.second + 1 + (Surface(phrase.second + 1) == "," ? 1 : 0), Last());
      } else if (cue > 1) {
        *content = Span(1, cue - 1 - (Surface(cue - 1) == "," ? 1 : 0));
      }
      return;
    }
    // ...or a fronted quotation, "He will appeal, a spokesman said": the words before the comma
    // that precedes the speaker and the cue.
    int first = std::min(cue, phrase.first > 0 ? phrase.first : cue);
    while (first > 1 && Surface(first - 1) != ",") --first;
    if (first > 2) *content = Span(1, first - 2);
  }

 private:
  const Parse& p_;
  const std::string& text_;
};

struct Side {
  size_t rows = 0, speaker_ok = 0;
  double content_f1 = 0;
};

void Score(Side* side, const std::string& speaker, const std::string& content, const GoldRow& g) {
  ++side->rows;
  side->speaker_ok += newsline_bench::MatchSpeaker(speaker, g.speaker) != newsline_bench::SpeakerMatch::kNone;
  side->content_f1 += newsline_bench::WordF1(content, g.content);
}

}  // namespace

int main(int argc, char** argv) {
  std::string split = "dev";
  bool errors = false;
  int max_seconds = 10;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--split" && i + 1 < argc) {
      split = argv[++i];
    } else if (a == "--errors") {
      errors = true;
    } else if (a == "--max-seconds" && i + 1 < argc) {
      max_seconds = std::atoi(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: newsline_eval_attribution_lg [--split dev|heldout] [--errors] [--max-seconds N]\n");
      return 2;
    }
  }
  if (newsline_bench::EcbFiles(1, false).empty()) {
    std::printf("skipped: ECB+ not found under %s\n", newsline_bench::EcbDir().c_str());
    return 0;
  }
  const std::vector<GoldRow> gold =
      ReadGold(std::string(NEWSLINE_SOURCE_DIR) + "/bench/data/claims-ecbplus-" + split + ".tsv");
  LinkGrammar lg(max_seconds);
  if (!lg.ok()) {
    std::fprintf(stderr, "link-grammar: no English dictionary\n");
    return 1;
  }
  newsline::Extractor extractor;
  Side rules, parser;
  std::vector<double> millis;
  size_t partial = 0, no_cue = 0;
  std::map<std::string, std::vector<newsline::Claim>> claims_of;  // doc -> claims
  std::map<std::string, EcbDocument> docs;
  for (const GoldRow& g : gold) {
    if (!docs.count(g.doc)) {
      const int topic = std::atoi(g.cluster.c_str());
      const bool plus = g.cluster.find("ecbplus") != std::string::npos;
      for (const std::string& path : newsline_bench::EcbFiles(topic, plus)) {
        if (path.find("/" + g.doc + ".xml") == std::string::npos) continue;
        EcbDocument doc;
        if (!newsline_bench::ReadEcbDocument(path, &doc)) continue;
        claims_of[g.doc] = extractor.Extract(doc.article).claims;
        docs[g.doc] = std::move(doc);
      }
    }
    auto it = docs.find(g.doc);
    if (it == docs.end()) continue;
    const EcbDocument& doc = it->second;
    int index = -1;
    for (size_t k = 0; k < doc.sentence_numbers.size(); ++k) {
      if (doc.sentence_numbers[k] == g.sentence) index = static_cast<int>(k);
    }
    if (index < 0) continue;
    const std::string text(doc.article.SentenceText(static_cast<size_t>(index)));
    // Rules: the claim of this sentence sharing a cue word, else its only claim.
    const newsline::Claim* found = nullptr;
    size_t in_sentence = 0;
    for (const newsline::Claim& c : claims_of[g.doc]) {
      if (c.sentence != static_cast<uint32_t>(index)) continue;
      ++in_sentence;
      if (!found && newsline_bench::CueShares(g.cue, c.cue)) found = &c;
    }
    if (!found && in_sentence == 1) {
      for (const newsline::Claim& c : claims_of[g.doc]) {
        if (c.sentence == static_cast<uint32_t>(index)) found = &c;
      }
    }
    Score(&rules, found ? found->speaker : "",
          found ? doc.article.text.substr(found->content.begin, found->content.end - found->content.begin) : "", g);
    // Link-grammar.
    const auto start = std::chrono::steady_clock::now();
    const Parse parse = lg.Run(text);
    millis.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    partial += !parse.full;
    const Reading reading(parse, text);
    const int cue = parse.words.empty() ? -1 : reading.Find(g.cue);
    no_cue += cue < 0;
    std::string speaker, content;
    if (cue > 0) reading.Read(cue, &speaker, &content);
    Score(&parser, speaker, content, g);
    if (errors) {
      std::printf("%s s%d [%s]\n  gold   %s | %s\n  rules  %s | %s\n  parser %s | %s\n", g.doc.c_str(), g.sentence,
                  g.cue.c_str(), g.speaker.c_str(), g.content.c_str(), found ? found->speaker.c_str() : "-",
                  found ? doc.article.text.substr(found->content.begin, found->content.end - found->content.begin).c_str() : "-",
                  speaker.c_str(), content.c_str());
    }
  }
  std::sort(millis.begin(), millis.end());
  double total = 0;
  for (double m : millis) total += m;
  const double mean = millis.empty() ? 0 : total / static_cast<double>(millis.size());
  const double p95 = millis.empty() ? 0 : millis[millis.size() * 95 / 100];
  auto pct = [](double a, double b) { return b == 0 ? 0.0 : 100.0 * a / b; };
  std::printf("%s: %zu gold rows with a cue\n", split.c_str(), rules.rows);
  std::printf("rules        speaker %.1f%%  content word F1 %.1f\n", pct(rules.speaker_ok, rules.rows),
              rules.rows ? 100 * rules.content_f1 / static_cast<double>(rules.rows) : 0.0);
  std::printf("link-grammar speaker %.1f%%  content word F1 %.1f  (cue not among the parse's words: %zu)\n",
              pct(parser.speaker_ok, parser.rows),
              parser.rows ? 100 * parser.content_f1 / static_cast<double>(parser.rows) : 0.0, no_cue);
  std::printf("link-grammar parse ms per sentence: mean %.1f p95 %.1f; no full parse (null links used) %.1f%%\n",
              mean, p95, pct(static_cast<double>(partial), static_cast<double>(millis.size())));
  std::printf("lg-attribution %s rules_speaker=%.1f rules_content=%.1f lg_speaker=%.1f lg_content=%.1f lg_ms=%.1f\n",
              split.c_str(), pct(rules.speaker_ok, rules.rows),
              rules.rows ? 100 * rules.content_f1 / static_cast<double>(rules.rows) : 0.0,
              pct(parser.speaker_ok, parser.rows),
              parser.rows ? 100 * parser.content_f1 / static_cast<double>(parser.rows) : 0.0, mean);
  return 0;
}
