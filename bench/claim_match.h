// Matching an extracted claim's speaker (or primary source) against a gold cell, shared by the
// claim evaluations (eval_claims.cc on Reuters, eval_claims_ecb.cc on ECB+). See eval_claims.cc
// for the rules: "exact", "head" (the phrase ends with the gold name, or starts with it followed
// by a post-modifier, and is not a clause), else no match.
#ifndef NEWSLINE_BENCH_CLAIM_MATCH_H_
#define NEWSLINE_BENCH_CLAIM_MATCH_H_

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace newsline_bench {

// The tab-separated cells of a line.
inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

// Lowercased words of letters and digits, a leading article dropped.
inline std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> words(1);
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      words.back().push_back(static_cast<char>(std::tolower(u)));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  if (!words.empty() && (words[0] == "the" || words[0] == "a" || words[0] == "an"))
    words.erase(words.begin());
  return words;
}

enum class SpeakerMatch { kNone, kHead, kExact };

inline SpeakerMatch MatchSpeaker(const std::string& extracted, const std::string& gold_alternatives) {
  static const char* const kPostModifiers[] = {"of",   "at", "for",       "from",
                                               "with", "in", "conducted", "representing"};
  // Words that make the rest of a phrase a clause rather than a title or a name.
  static const std::set<std::string> kClauseWords = {
      "it",   "he",  "she",  "they",  "we", "i",    "is",  "are",  "was", "were", "has",
      "have", "had", "will", "would", "to", "that", "not", "does", "did", "said", "says"};
  std::vector<std::string> got = Words(extracted);
  // A legal-form suffix or a ticker after a company name is still the name: "Arbed SA",
  // "Trafalgar House Plc <TRAF.L>", "National Pizza Co" head-match "Arbed", "Trafalgar House".
  static const std::set<std::string> kLegalForms = {"inc", "corp", "co",  "ltd",   "plc", "sa",
                                                    "ag",  "nv",   "llc", "lp",    "spa", "bv",
                                                    "ab",  "as",   "oy",  "group", "cos"};
  std::vector<std::string> trimmed = Words(extracted.substr(0, extracted.find('<')));
  while (!trimmed.empty() && kLegalForms.count(trimmed.back())) trimmed.pop_back();
  SpeakerMatch best = SpeakerMatch::kNone;
  std::stringstream alternatives(gold_alternatives);
  std::string alternative;
  while (std::getline(alternatives, alternative, '|')) {
    if (alternative == "-") {
      if (got.empty()) return SpeakerMatch::kExact;
      continue;
    }
    std::vector<std::string> want = Words(alternative);
    if (want.empty()) continue;
    if (want == got) return SpeakerMatch::kExact;
    if (!trimmed.empty() && want == trimmed && trimmed.size() < got.size()) best = SpeakerMatch::kHead;
    if (got.size() <= want.size()) continue;
    bool suffix = std::equal(want.begin(), want.end(), got.end() - static_cast<long>(want.size()));
    bool prefix = std::equal(want.begin(), want.end(), got.begin());
    if (prefix) {
      const std::string& next = got[want.size()];
      prefix = std::any_of(std::begin(kPostModifiers), std::end(kPostModifiers),
                           [&next](const char* w) { return next == w; });
    }
    bool clause = false;
    for (const std::string& w : got) clause = clause || kClauseWords.count(w) > 0;
    if ((suffix || prefix) && !clause) best = SpeakerMatch::kHead;
  }
  return best;
}

// Word-overlap F1 of an extracted text against the gold text (Words above).
inline double WordF1(const std::string& got, const std::string& want) {
  std::vector<std::string> a = newsline_bench::Words(got), b = newsline_bench::Words(want);
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  std::multiset<std::string> pool(b.begin(), b.end());
  double common = 0;
  for (const std::string& w : a) {
    auto it = pool.find(w);
    if (it == pool.end()) continue;
    pool.erase(it);
    ++common;
  }
  if (common == 0) return 0;
  const double p = common / static_cast<double>(a.size()), r = common / static_cast<double>(b.size());
  return 2 * p * r / (p + r);
}

// Whether the gold cue and the extracted cue share a word ("said" / "said on Monday").
inline bool CueShares(const std::string& gold_cue, const std::string& cue) {
  const std::vector<std::string> a = newsline_bench::Words(gold_cue), b = newsline_bench::Words(cue);
  for (const std::string& w : a) {
    if (std::find(b.begin(), b.end(), w) != b.end()) return true;
  }
  return false;
}

// One row of bench/data/claims-ecbplus-*.tsv (docs/claims-annotation.md).
struct ClaimGoldRow {
  std::string cluster, doc, cue, speaker, content, source, quote, proposition, stance;
  int sentence = 0;
};

inline std::vector<ClaimGoldRow> ReadClaimGold(const std::string& path) {
  std::ifstream in(path);
  std::vector<ClaimGoldRow> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("cluster\t", 0) == 0) continue;
    const std::vector<std::string> f = SplitTabs(line);
    if (f.size() < 10) continue;
    ClaimGoldRow r;
    r.cluster = f[0];
    r.doc = f[1];
    r.sentence = std::atoi(f[2].c_str());
    r.cue = f[3];
    r.speaker = f[4];
    r.content = f[5];
    r.source = f[6];
    r.quote = f[7];
    r.proposition = f[8];
    r.stance = f[9];
    rows.push_back(r);
  }
  return rows;
}

}  // namespace newsline_bench

#endif  // NEWSLINE_BENCH_CLAIM_MATCH_H_
