// Quotations across articles (see quote_variants.h): passages -> candidate pairs -> alignment ->
// groups -> variants -> differences.
#include "analysis/quote_variants.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "analysis/claim_lexicon.h"
#include "analysis/source_names.h"
#include "analysis/words.h"

namespace newsline {
namespace analysis {
namespace {

constexpr size_t kMinWords = 4;
// Longer passages are compared by their first words only: alignment costs the product of the
// lengths, and a quotation is recognized long before this.
constexpr size_t kMaxWords = 120;

// A quoted passage: its printed words, and the normalized words (lowercased, contractions
// expanded) with the printed word each comes from.
struct Passage {
  const ClaimRecord* record = nullptr;
  std::string text;
  std::vector<std::string> printed;     // as printed
  std::vector<std::string> lower;       // printed, lowercased (the variant key)
  std::vector<std::string> norm;        // normalized words
  std::vector<size_t> token_of;         // norm index -> printed index
};

Passage MakePassage(const ClaimRecord& r, const std::string& text) {
  Passage p;
  p.record = &r;
  p.text = text;
  size_t i = 0;
  while (i < text.size()) {
    const size_t b = text.find_first_not_of(" \t\r\n", i);
    if (b == std::string::npos) break;
    const size_t e = std::min(text.find_first_of(" \t\r\n", b), text.size());
    const std::vector<std::string> lower = LowerWords(text.substr(b, e - b));
    i = e;
    if (lower.empty()) continue;
    std::string joined;
    for (const std::string& w : lower) joined += (joined.empty() ? "" : " ") + w;
    p.printed.push_back(ReadableLabel(text.substr(b, e - b)));
    p.lower.push_back(joined);
    for (const std::string& w : ExpandContractions(lower)) {
      p.norm.push_back(w);
      p.token_of.push_back(p.printed.size() - 1);
    }
    if (p.norm.size() >= kMaxWords) break;
  }
  return p;
}

// The passages between straight or typographic double quotes in a sentence.
std::vector<std::string> QuotedPassages(const std::string& sentence) {
  static const std::string kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";
  std::vector<std::string> out;
  size_t i = 0;
  while (i < sentence.size()) {
    const size_t straight = sentence.find('"', i), curly = sentence.find(kOpen, i);
    if (straight == std::string::npos && curly == std::string::npos) break;
    const bool is_curly = curly < straight;
    const size_t begin = is_curly ? curly + kOpen.size() : straight + 1;
    const size_t end = is_curly ? sentence.find(kClose, begin) : sentence.find('"', begin);
    if (end == std::string::npos) break;
    out.push_back(sentence.substr(begin, end - begin));
    i = end + (is_curly ? kClose.size() : 1);
  }
  return out;
}

std::vector<Passage> Passages(const std::vector<ClaimRecord>& claims) {
  std::set<std::pair<std::string, std::string>> seen;  // (article, passage)
  std::vector<Passage> out;
  for (const ClaimRecord& r : claims) {
    for (const std::string& q : QuotedPassages(r.sentence_text)) {
      if (!seen.insert({r.article.id, q}).second) continue;
      Passage p = MakePassage(r, q);
      if (p.norm.size() >= kMinWords) out.push_back(std::move(p));
    }
  }
  return out;
}

// One step of an alignment: a[i] with b[j]; -1 for a gap.
struct Step {
  int i, j;
};

// Semi-global edit alignment: the shorter sequence `a` aligns anywhere inside `b` (gaps before
// and after it in `b` are free). Returns the distance and the steps inside the aligned window.
size_t Align(const std::vector<std::string>& a, const std::vector<std::string>& b, std::vector<Step>* steps) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1, 0));
  for (size_t i = 1; i <= n; ++i) d[i][0] = i;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  size_t j = static_cast<size_t>(std::min_element(d[n].begin(), d[n].end()) - d[n].begin());
  const size_t distance = d[n][j];
  size_t i = n;
  std::vector<Step> back;
  while (i > 0) {
    if (j > 0 && d[i][j] == d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)) {
      back.push_back({static_cast<int>(--i), static_cast<int>(--j)});
    } else if (d[i][j] == d[i - 1][j] + 1) {
      back.push_back({static_cast<int>(--i), -1});
    } else {
      back.push_back({-1, static_cast<int>(--j)});
    }
  }
  if (steps) steps->assign(back.rbegin(), back.rend());
  return distance;
}

bool SameQuote(const Passage& x, const Passage& y) {
  const bool x_shorter = x.norm.size() <= y.norm.size();
  const Passage& a = x_shorter ? x : y;
  const Passage& b = x_shorter ? y : x;
  return Align(a.norm, b.norm, nullptr) * 4 <= a.norm.size();
}

size_t Find(std::vector<size_t>* parent, size_t x) {
  while ((*parent)[x] != x) x = (*parent)[x] = (*parent)[(*parent)[x]];
  return x;
}

// Groups of passages of different articles that are one quotation; candidates share three words
// that are not in more than a tenth of the passages.
std::vector<std::vector<size_t>> Group(const std::vector<Passage>& passages) {
  const size_t cap = std::min<size_t>(200, std::max<size_t>(50, passages.size() / 10));
  std::map<std::string, std::vector<size_t>> postings;
  for (size_t k = 0; k < passages.size(); ++k) {
    for (const std::string& w : std::set<std::string>(passages[k].norm.begin(), passages[k].norm.end())) {
      postings[w].push_back(k);
    }
  }
  // Each passage against the later ones that share words with it; three shared words make a
  // candidate.
  std::vector<size_t> parent(passages.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<int> shared(passages.size(), 0);
  std::vector<size_t> touched;
  for (size_t i = 0; i < passages.size(); ++i) {
    touched.clear();
    for (const std::string& w : std::set<std::string>(passages[i].norm.begin(), passages[i].norm.end())) {
      const std::vector<size_t>& list = postings[w];
      if (list.size() > cap) continue;
      for (size_t j : list) {
        if (j <= i) continue;
        if (shared[j]++ == 0) touched.push_back(j);
      }
    }
    for (size_t j : touched) {
      const int count = shared[j];
      shared[j] = 0;
      if (count < 3 || passages[i].record->article.id == passages[j].record->article.id) continue;
      if (SameQuote(passages[i], passages[j])) parent[Find(&parent, j)] = Find(&parent, i);
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t k = 0; k < passages.size(); ++k) groups[Find(&parent, k)].push_back(k);
  std::vector<std::vector<size_t>> out;
  for (auto& [root, members] : groups) {
    std::set<std::string> articles;
    for (size_t k : members) articles.insert(passages[k].record->article.id);
    if (articles.size() >= 2) out.push_back(std::move(members));
  }
  return out;
}

bool IsLight(const std::string& w) {
  const auto& light = ClaimLexicon::Get().light_words;
  return std::find(light.begin(), light.end(), w) != light.end();
}

bool IsNegation(const std::string& w) {
  const auto& neg = ClaimLexicon::Get().negations;
  return std::find(neg.begin(), neg.end(), w) != neg.end();
}

// Marks the printed words of `v` that differ from the reference, and says whether a difference
// changes the meaning (a content word or negation added, dropped or replaced).
void Differences(const Passage& v, const Passage& ref, QuoteVariant* out, QuoteComparison* quote) {
  out->differs.assign(v.printed.size(), false);
  if (&v == &ref) return;
  const bool v_shorter = v.norm.size() <= ref.norm.size();
  std::vector<Step> steps;
  if (v_shorter) {
    Align(v.norm, ref.norm, &steps);
  } else {
    Align(ref.norm, v.norm, &steps);
    for (Step& s : steps) std::swap(s.i, s.j);
  }
  for (const Step& s : steps) {
    const std::string vw = s.i >= 0 ? v.norm[static_cast<size_t>(s.i)] : "";
    const std::string rw = s.j >= 0 ? ref.norm[static_cast<size_t>(s.j)] : "";
    const bool printed_same =
        s.i >= 0 && s.j >= 0 && vw == rw &&
        v.lower[v.token_of[static_cast<size_t>(s.i)]] == ref.lower[ref.token_of[static_cast<size_t>(s.j)]];
    if (s.i >= 0 && !printed_same) out->differs[v.token_of[static_cast<size_t>(s.i)]] = true;
    if (vw == rw) continue;
    const bool meaning = (!vw.empty() && (!IsLight(vw) || IsNegation(vw))) || (!rw.empty() && (!IsLight(rw) || IsNegation(rw)));
    if (!meaning || quote->changes_meaning) continue;
    quote->changes_meaning = true;
    quote->difference = vw.empty()   ? "\"" + rw + "\" left out"
                        : rw.empty() ? "\"" + vw + "\" added"
                                     : "\"" + rw + "\" vs \"" + vw + "\"";
  }
}

QuoteComparison MakeQuote(const std::vector<Passage>& passages, const std::vector<size_t>& members,
                          const SourceNames& sources) {
  std::map<std::vector<std::string>, std::vector<size_t>> by_wording;
  for (size_t k : members) by_wording[passages[k].lower].push_back(k);
  std::vector<std::vector<size_t>> wordings;
  for (auto& [key, list] : by_wording) wordings.push_back(list);
  std::stable_sort(wordings.begin(), wordings.end(), [&](const auto& a, const auto& b) {
    if (a.size() != b.size()) return a.size() > b.size();
    return passages[a.front()].norm.size() > passages[b.front()].norm.size();
  });
  QuoteComparison q;
  q.speaker = passages[wordings.front().front()].record->claim.speaker;
  const Passage& ref = passages[wordings.front().front()];
  for (const auto& list : wordings) {
    QuoteVariant v;
    const Passage& first = passages[list.front()];
    v.text = first.text;
    v.words = first.printed;
    for (size_t k : list) {
      const ClaimRecord& r = *passages[k].record;
      if (std::find(v.articles.begin(), v.articles.end(), r.article.id) == v.articles.end()) {
        v.articles.push_back(r.article.id);
      }
      const std::string& outlet = sources.Canonical(r.article.outlet);
      if (!outlet.empty() && std::find(v.outlets.begin(), v.outlets.end(), outlet) == v.outlets.end()) {
        v.outlets.push_back(outlet);
      }
      v.claims.push_back(r.claim.id);
    }
    Differences(first, ref, &v, &q);
    q.variants.push_back(std::move(v));
  }
  return q;
}

}  // namespace

std::vector<QuoteComparison> CompareQuotes(const std::vector<ClaimRecord>& claims) {
  const std::vector<Passage> passages = Passages(claims);
  std::vector<std::string> outlets;
  for (const ClaimRecord& r : claims) outlets.push_back(r.article.outlet);
  const SourceNames sources(outlets);
  std::vector<QuoteComparison> out;
  for (const auto& members : Group(passages)) out.push_back(MakeQuote(passages, members, sources));
  std::stable_sort(out.begin(), out.end(), [](const QuoteComparison& a, const QuoteComparison& b) {
    if (a.changes_meaning != b.changes_meaning) return a.changes_meaning;
    size_t na = 0, nb = 0;
    for (const QuoteVariant& v : a.variants) na += v.articles.size();
    for (const QuoteVariant& v : b.variants) nb += v.articles.size();
    return na > nb;
  });
  return out;
}

}  // namespace analysis
}  // namespace newsline
