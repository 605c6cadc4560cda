// Evaluation: precision of attributed-claim extraction (no domain pack, the general rules) on
// Reuters-21578 newswire, against a hand-judged sample in bench/data/claims-gold.tsv.
//
//   newsline_eval_claims [--gold FILE] [--errors] [sgm files or folders...]     score the gold
//   newsline_eval_claims --sample N --seed S [--cue CUE] [--out FILE] [sgm files or folders...]
//                                                      write an annotation worksheet (TSV)
//   newsline_eval_claims --worksheet-gold [--gold FILE] [--out FILE] [sgm files or folders...]
//                                                      write the gold items' content worksheet (TSV)
//
// --cue restricts the sample to one cue (Claim::cue, e.g. "according to"), for probing the rarer
// cues that a uniform sample, dominated by "said", hardly reaches. Sample mode also prints how
// many claims each cue produced.
//
// Default input: $NEWSLINE_SHARED_DIR/data/reuters21578/sgm-data (all 22 files); without it the
// program says so and exits 0. The worksheet holds Reuters text, so it belongs in /tmp, never in
// the repository; the gold file holds only NEWIDs, offsets, the cue and the judgments.
//
// Sampling: every claim of the collection gets a hash of (seed, NEWID, cue offset); the N claims
// with the smallest hashes form the sample. It is uniform over claims (so precision over the sample
// estimates precision per extracted claim), streaming, and the same on every machine.
//
// Gold items are keyed by (NEWID, byte offset of the cue in Article::text), so they survive changes
// to the speaker or content rules. A gold item whose key no longer starts an extracted cue is
// counted as "no longer extracted" (the rules changed: rejudge or drop it); one whose cue text is
// no longer at its offset is counted as "offset drift" (ingestion changed the article text).
//
// Speaker match: both sides are lowercased, reduced to words of letters and digits, and a leading
// "the"/"a"/"an" is dropped; a gold cell may list alternatives separated by '|'. "exact": the
// extracted speaker equals an alternative. "head": the extracted phrase ends with an alternative
// ("Federal Reserve Board Chairman Paul Volcker" ends with "Volcker": English noun phrases end in
// their head) or starts with one followed by a post-modifier ("spokesman at the port authority",
// "poll conducted by Newsweek"), and holds no pronoun, auxiliary or "to" (then it is a clause, as
// "it merged Ricoh Systems Inc into Ricoh Corp"). Anything else is wrong, including a phrase that
// merely contains the name ("Hahn declined to comment directly on"). Gold speakers are written as the
// shortest name that identifies the source ("Volcker", "Bundesbank", "analysts"), with longer forms as
// alternatives. The primary source (the outlet relayed) is scored the same way; "-" stands for
// none (the article is itself the source).
//
// Content: the gold holds the content span as byte offsets into Article::text (content_begin,
// content_end), so the figure follows the rules; MatchContent says what counts as a match (exact,
// or within one word at each end). --worksheet-gold writes, per gold item, the sentence with the
// byte offset of every word, the current content span and the gold span, for annotating new items
// or reviewing old ones; like the sample worksheet it holds Reuters text and is refused inside the
// source tree.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "claim_match.h"
#include "newsline/extraction.h"
#include "newsline/ingest.h"
#include "reuters_files.h"

namespace {

using newsline_bench::MatchSpeaker;
using newsline_bench::SplitTabs;
using newsline_bench::SpeakerMatch;
using newsline_bench::Words;

// splitmix64: a fixed, platform-independent mix for the sample order.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t SampleKey(uint64_t seed, long newid, uint32_t cue_begin) {
  return Mix(Mix(seed) ^ Mix(static_cast<uint64_t>(newid) * 1000003ULL + cue_begin));
}

long NewIdOf(const std::string& locator) {
  const std::string prefix = "NEWID=";
  auto at = locator.find(prefix);
  return at == std::string::npos ? -1 : std::atol(locator.c_str() + at + prefix.size());
}

// One line of a TSV cell: tabs and newlines become spaces.
std::string Cell(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}


std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

// The sample's worksheet row of one claim, with the judging columns left empty.
struct SampleRow {
  uint64_t key = 0;
  long newid = 0;
  uint32_t cue_begin = 0;
  std::string line;
  bool operator<(const SampleRow& o) const { return key < o.key; }
};

std::string WorksheetRow(long newid, const newsline::Article& a, const newsline::Claim& c) {
  std::string previous =
      c.sentence > 0 && c.sentence < a.sentences.size() ? std::string(a.SentenceText(c.sentence - 1)) : "";
  std::string sentence = c.sentence < a.sentences.size() ? std::string(a.SentenceText(c.sentence)) : "";
  std::vector<std::string> cells = {
      std::to_string(newid),
      std::to_string(c.cue_span.begin),
      c.cue_span.Of(a.text).empty() ? c.cue : std::string(c.cue_span.Of(a.text)),
      c.speaker,
      c.speaker_id,
      c.speaker_unnamed ? "yes" : "no",
      newsline::StanceName(c.stance),
      c.negated ? "yes" : "no",
      c.hedged ? "yes" : "no",
      Join(c.hedges, ","),
      c.primary_source,
      std::string(c.content.Of(a.text)),
      c.rule,
      a.title,
      previous,
      sentence,
  };
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) line += (i ? "\t" : "") + Cell(cells[i]);
  return line;
}

struct GoldItem {
  long newid = 0;
  uint32_t cue_begin = 0;
  std::string cue;
  bool is_claim = false;
  std::string speaker;
  std::string stance;  // "asserts" | "denies"
  bool hedged = false;
  bool content_ok = false;     // judged by eye on the span of 89d078d (history; not scored)
  uint32_t content_begin = 0;  // the gold content span in Article::text, half-open
  uint32_t content_end = 0;
  bool has_content = false;           // false: "-" in both columns, not annotated yet
  std::string source;                 // the primary source; "-" for none
  std::vector<std::string> patterns;  // error pattern tags; empty when the extraction is right
  size_t line = 0;
};

bool ParseYesNo(const std::string& s, bool* out) {
  if (s == "yes") return *out = true, true;
  if (s == "no") return *out = false, true;
  return false;
}

bool ParseOffset(const std::string& s, uint32_t* out) {
  if (s.empty() || s.size() > 9 ||
      !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  *out = static_cast<uint32_t>(std::strtoul(s.c_str(), nullptr, 10));
  return true;
}

// Columns: newid, cue_begin, cue, is_claim, speaker, stance, hedged, content_ok, content_begin,
// content_end, source, patterns (comma-separated tags, "-" for none), note.
// '#' lines are comments. Returns false (with a message naming the line) on a malformed row.
bool ReadGold(const std::string& path, std::vector<GoldItem>* out, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return false;
  }
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#' || line.rfind("newid\t", 0) == 0) continue;
    std::vector<std::string> f = SplitTabs(line);
    auto fail = [&](const std::string& what) {
      *error = path + ":" + std::to_string(n) + ": " + what;
      return false;
    };
    if (f.size() < 12)
      return fail("expected at least 12 tab-separated columns, got " + std::to_string(f.size()));
    GoldItem g;
    g.line = n;
    g.newid = std::atol(f[0].c_str());
    g.cue_begin = static_cast<uint32_t>(std::strtoul(f[1].c_str(), nullptr, 10));
    g.cue = f[2];
    if (!ParseYesNo(f[3], &g.is_claim)) return fail("is_claim: expected yes|no, got \"" + f[3] + "\"");
    g.speaker = f[4];
    g.stance = f[5];
    if (g.is_claim) {
      if (g.stance != "asserts" && g.stance != "denies")
        return fail("stance: expected asserts|denies, got \"" + f[5] + "\"");
      if (!ParseYesNo(f[6], &g.hedged)) return fail("hedged: expected yes|no, got \"" + f[6] + "\"");
      if (!ParseYesNo(f[7], &g.content_ok)) return fail("content_ok: expected yes|no, got \"" + f[7] + "\"");
      if (g.speaker.empty()) return fail("speaker: empty for a claim");
      g.has_content = !(f[8] == "-" && f[9] == "-");
      if (g.has_content) {
        if (!ParseOffset(f[8], &g.content_begin))
          return fail("content_begin: expected a byte offset or -, got \"" + f[8] + "\"");
        if (!ParseOffset(f[9], &g.content_end))
          return fail("content_end: expected a byte offset or -, got \"" + f[9] + "\"");
        if (g.content_end <= g.content_begin)
          return fail("content span: expected content_begin < content_end");
      }
    }
    g.source = f[10].empty() ? "-" : f[10];
    std::stringstream tags(f[11]);
    std::string tag;
    while (std::getline(tags, tag, ',')) {
      if (!tag.empty() && tag != "-") g.patterns.push_back(tag);
    }
    out->push_back(std::move(g));
  }
  return true;
}

struct Tally {
  long n = 0, ok = 0;
  void Add(bool good) { ++n, ok += good ? 1 : 0; }
};

double Pct(long a, long b) { return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b); }

// Content span match, on byte offsets into Article::text. Both spans are first trimmed of
// whitespace, quotes and punctuation at either end: the gold holds no quotes, and a kept closing
// quote or full stop changes nothing that is claimed. "exact": the trimmed spans are equal.
// "tolerant": the text between the two begins holds at most one word (a run of letters and
// digits), and so does the text between the two ends: one token such as a complementizer "that",
// a leading "and"/"but" or a trailing "too", which leaves the proposition as it is, while a kept
// adjunct ("in its statement that"), a trailing "he said", a lost clause or a cut name is more.
enum class ContentMatch { kNone, kTolerant, kExact };

const char* ContentMatchName(ContentMatch m) {
  return m == ContentMatch::kExact ? "exact" : m == ContentMatch::kTolerant ? "tolerant" : "no";
}

bool IsEdgeChar(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || std::strchr("\"'`.,;:!?()-", c) != nullptr;
}

newsline::Span TrimSpan(std::string_view text, newsline::Span s) {
  s.end = std::min<uint32_t>(s.end, static_cast<uint32_t>(text.size()));
  while (s.begin < s.end && IsEdgeChar(text[s.begin])) ++s.begin;
  while (s.end > s.begin && IsEdgeChar(text[s.end - 1])) --s.end;
  return s;
}

// Words (runs of letters and digits) that start in [min(a, b), max(a, b)).
int WordsBetween(std::string_view text, uint32_t a, uint32_t b) {
  uint32_t lo = std::min(a, b), hi = std::max(a, b);
  int words = 0;
  for (uint32_t i = lo; i < hi && i < text.size(); ++i) {
    bool alnum = std::isalnum(static_cast<unsigned char>(text[i])) != 0;
    bool after_alnum = i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])) != 0;
    words += alnum && (i == lo || !after_alnum) ? 1 : 0;
  }
  return words;
}

ContentMatch MatchContent(std::string_view text, newsline::Span got, newsline::Span want) {
  got = TrimSpan(text, got);
  want = TrimSpan(text, want);
  if (got.empty() || want.empty()) return ContentMatch::kNone;
  if (got == want) return ContentMatch::kExact;
  if (WordsBetween(text, got.begin, want.begin) <= 1 && WordsBetween(text, got.end, want.end) <= 1)
    return ContentMatch::kTolerant;
  return ContentMatch::kNone;
}

// The index of the sentence holding byte `offset`, or a.sentences.size().
size_t SentenceAt(const newsline::Article& a, uint32_t offset) {
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    if (a.sentences[i].span.begin <= offset && offset < a.sentences[i].span.end) return i;
  }
  return a.sentences.size();
}

// The sentence with each word preceded by its byte offset: "{1401}Petrobras {1411}said ...", for
// reading gold offsets off the worksheet.
std::string OffsetMarked(std::string_view text, newsline::Span s) {
  std::string out;
  for (uint32_t i = s.begin; i < s.end && i < text.size(); ++i) {
    bool word_start = !std::isspace(static_cast<unsigned char>(text[i])) &&
                      (i == s.begin || std::isspace(static_cast<unsigned char>(text[i - 1])));
    if (word_start) out += "{" + std::to_string(i) + "}";
    out.push_back(text[i]);
  }
  return Cell(out);
}

// "[begin,end) \"text\"" for --errors.
std::string SpanText(newsline::Span s, const std::string& text) {
  return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ") \"" + text + "\"";
}

// True when `path` would land inside the source tree (worksheets hold Reuters text: /tmp only).
bool InsideSourceTree(const std::string& path) {
  std::error_code ec;
  std::string abs = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec).string();
  std::string src = std::filesystem::weakly_canonical(NEWSLINE_SOURCE_DIR, ec).string() + "/";
  return abs.rfind(src, 0) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  long sample = 0;
  uint64_t seed = 1;
  std::string out_path;
  bool gold_worksheet = false;
  std::string gold_path = std::string(NEWSLINE_SOURCE_DIR) + "/bench/data/claims-gold.tsv";
  bool show_errors = false;
  std::string only_cue;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--sample" && i + 1 < argc) {
      sample = std::atol(argv[++i]);
    } else if (a == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--out" && i + 1 < argc) {
      out_path = argv[++i];
    } else if (a == "--gold" && i + 1 < argc) {
      gold_path = argv[++i];
    } else if (a == "--cue" && i + 1 < argc) {
      only_cue = Lower(argv[++i]);
    } else if (a == "--worksheet-gold") {
      gold_worksheet = true;
    } else if (a == "--errors") {
      show_errors = true;
    } else if (a == "--help" || a == "-h") {
      std::printf(
          "usage: %s [--gold FILE] [--errors] [sgm files or folders...]\n"
          "       %s --sample N --seed S [--cue CUE] [--out FILE] [sgm files or folders...]\n"
          "       %s --worksheet-gold [--gold FILE] [--out FILE] [sgm files or folders...]\n",
          argv[0], argv[0], argv[0]);
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "eval_claims: unknown option %s (see --help)\n", a.c_str());
      return 2;
    } else {
      paths.push_back(a);
    }
  }
  if (out_path.empty()) {
    out_path =
        gold_worksheet ? "/tmp/newsline-claims-gold-worksheet.tsv" : "/tmp/newsline-claims-worksheet.tsv";
  }
  if ((sample > 0 || gold_worksheet) && InsideSourceTree(out_path)) {
    std::fprintf(stderr,
                 "eval_claims: %s is inside the source tree; worksheets hold Reuters text (use /tmp)\n",
                 out_path.c_str());
    return 2;
  }
  if (paths.empty()) {
    paths = newsline_bench::ReutersFiles();
    if (paths.empty()) {
      std::printf("eval_claims: skipped: Reuters-21578 not found under %s (is ../shared present?)\n",
                  newsline_bench::ReutersDir().c_str());
      return 0;
    }
  }

  std::vector<GoldItem> gold;
  std::set<long> gold_articles;
  if (sample <= 0) {
    std::string error;
    if (!ReadGold(gold_path, &gold, &error)) {
      std::fprintf(stderr, "eval_claims: %s\n", error.c_str());
      return 2;
    }
    for (const GoldItem& g : gold) gold_articles.insert(g.newid);
  }

  const newsline::Extractor extractor;  // no pack: the general rules
  newsline::ArticleReader reader(paths);
  if (!reader.ok()) {
    std::fprintf(stderr, "eval_claims: %s\n", reader.status().ToString().c_str());
    return 1;
  }

  std::vector<SampleRow> heap;  // max-heap on key: the `sample` smallest keys so far
  std::set<long> sampled_articles;
  std::map<std::string, long> by_cue;
  std::set<long> seen_articles;
  long articles = 0, claims_total = 0, failures = 0;
  // Gold mode: per gold item, the matching claim's fields (filled when found).
  struct Found {
    bool matched = false, drift = false;
    newsline::Claim claim;
    ContentMatch content_match = ContentMatch::kNone;
    std::string content, gold_content;  // texts for --errors (terminal only)
  };
  std::vector<std::string> worksheet_rows(gold.size());
  std::vector<Found> found(gold.size());
  std::map<long, std::vector<size_t>> gold_by_article;
  for (size_t k = 0; k < gold.size(); ++k) gold_by_article[gold[k].newid].push_back(k);

  newsline::IngestItem item;
  while (reader.Next(&item)) {
    if (!item.ok()) {
      ++failures;
      continue;
    }
    const newsline::Article& article = item.article;
    long newid = NewIdOf(item.locator.empty() ? article.locator : item.locator);
    ++articles;
    if (sample <= 0 && !gold_articles.count(newid)) continue;
    seen_articles.insert(newid);
    newsline::Annotations an = extractor.Extract(article);
    claims_total += static_cast<long>(an.claims.size());
    if (sample > 0) {
      for (const newsline::Claim& c : an.claims) {
        ++by_cue[Lower(c.cue)];
        if (!only_cue.empty() && Lower(c.cue) != only_cue) continue;
        uint64_t key = SampleKey(seed, newid, c.cue_span.begin);
        if (static_cast<long>(heap.size()) == sample && key >= heap.front().key) continue;
        heap.push_back({key, newid, c.cue_span.begin, WorksheetRow(newid, article, c)});
        std::push_heap(heap.begin(), heap.end());
        if (static_cast<long>(heap.size()) > sample) {
          std::pop_heap(heap.begin(), heap.end());
          heap.pop_back();
        }
      }
      continue;
    }
    const std::string_view text = article.text;
    for (size_t k : gold_by_article[newid]) {
      const GoldItem& g = gold[k];
      Found& f = found[k];
      std::string at =
          g.cue_begin <= text.size() ? Lower(article.text.substr(g.cue_begin, g.cue.size())) : "";
      f.drift = at != Lower(g.cue);
      for (const newsline::Claim& c : an.claims) {
        if (c.cue_span.begin == g.cue_begin) {
          f.matched = true;
          f.claim = c;
          break;
        }
      }
      const newsline::Span gold_span{g.content_begin, g.content_end};
      const bool gold_in_text = g.is_claim && g.has_content && g.content_end <= text.size();
      if (f.matched) f.content = Cell(f.claim.content.Of(text));
      if (gold_in_text) f.gold_content = Cell(gold_span.Of(text));
      if (f.matched && gold_in_text) f.content_match = MatchContent(text, f.claim.content, gold_span);
      if (gold_worksheet) {
        size_t si = f.matched ? f.claim.sentence : SentenceAt(article, g.cue_begin);
        newsline::Span sentence =
            si < article.sentences.size() ? article.sentences[si].span : newsline::Span{};
        newsline::Span now = f.matched ? f.claim.content : newsline::Span{};
        std::vector<std::string> cells = {std::to_string(g.newid),
                                          std::to_string(g.cue_begin),
                                          g.cue,
                                          std::to_string(sentence.begin),
                                          std::to_string(sentence.end),
                                          f.matched ? std::to_string(now.begin) : "-",
                                          f.matched ? std::to_string(now.end) : "-",
                                          g.has_content ? std::to_string(g.content_begin) : "-",
                                          g.has_content ? std::to_string(g.content_end) : "-",
                                          f.matched ? ContentMatchName(f.content_match) : "unmatched",
                                          f.content,
                                          f.gold_content,
                                          OffsetMarked(text, sentence)};
        worksheet_rows[k] = Join(cells, "\t");
      }
    }
  }

  if (articles == 0) {
    std::printf("eval_claims: skipped: no article could be read (%ld read failures)\n", failures);
    return 0;
  }
  if (gold_worksheet) {
    std::ofstream out(out_path);
    if (!out) {
      std::fprintf(stderr, "eval_claims: cannot write %s\n", out_path.c_str());
      return 1;
    }
    out << "newid\tcue_begin\tcue\tsentence_begin\tsentence_end\tnow_begin\tnow_end\tgold_begin\tgold_"
           "end\tmatch\t"
           "now_content\tgold_content\tsentence_with_offsets\n";
    long rows = 0;
    for (const std::string& r : worksheet_rows) {
      if (r.empty()) continue;
      out << r << "\n";
      ++rows;
    }
    std::printf(
        "gold worksheet: %ld of %zu gold items (current content and gold span, sentence with byte offsets) "
        "written to %s\n",
        rows, gold.size(), out_path.c_str());
    return 0;
  }
  if (sample > 0) {
    std::sort(heap.begin(), heap.end(), [](const SampleRow& a, const SampleRow& b) {
      return a.newid != b.newid ? a.newid < b.newid : a.cue_begin < b.cue_begin;
    });
    std::ofstream out(out_path);
    if (!out) {
      std::fprintf(stderr, "eval_claims: cannot write %s\n", out_path.c_str());
      return 1;
    }
    out << "newid\tcue_begin\tcue\tspeaker\tspeaker_id\tunnamed\tstance\tnegated\thedged\thedges\tprimary_"
           "source\t"
           "content\trule\ttitle\tprevious_sentence\tsentence\n";
    for (const SampleRow& r : heap) {
      out << r.line << "\n";
      sampled_articles.insert(r.newid);
    }
    std::printf("articles read: %ld (read failures: %ld), claims extracted: %ld (%.2f per article)\n",
                articles, failures, claims_total,
                articles ? static_cast<double>(claims_total) / static_cast<double>(articles) : 0.0);
    std::vector<std::pair<long, std::string>> cues;
    for (const auto& [cue, n] : by_cue) cues.emplace_back(-n, cue);
    std::sort(cues.begin(), cues.end());
    std::printf("claims by cue:");
    for (const auto& [n, cue] : cues) std::printf(" %s=%ld", cue.c_str(), -n);
    std::printf("\n");
    std::printf("sample: %zu claims from %zu articles (seed %llu) written to %s\n", heap.size(),
                sampled_articles.size(), static_cast<unsigned long long>(seed), out_path.c_str());
    return 0;
  }

  Tally precision, speaker_exact, speaker_any, stance, hedge, content_exact, content_tolerant, content_eye,
      source;
  long unmatched = 0, drift = 0, not_read = 0, gold_hedged = 0, gold_hedged_found = 0, got_hedged = 0,
       got_hedged_right = 0;
  long gold_denies = 0, gold_denies_found = 0, content_unannotated = 0;
  std::map<std::string, std::pair<long, std::vector<long>>> patterns;  // tag -> (count, NEWIDs)
  std::vector<std::string> disagreements;
  for (size_t k = 0; k < gold.size(); ++k) {
    const GoldItem& g = gold[k];
    if (!seen_articles.count(g.newid)) {
      ++not_read;  // its file was not among the inputs
      continue;
    }
    if (!found[k].matched) {
      ++unmatched;
      drift += found[k].drift ? 1 : 0;
      disagreements.push_back("unmatched  NEWID=" + std::to_string(g.newid) + " @" +
                              std::to_string(g.cue_begin) + " \"" + g.cue + "\"" +
                              (found[k].drift ? " (offset drift)" : ""));
      continue;
    }
    const newsline::Claim& c = found[k].claim;
    precision.Add(g.is_claim);
    for (const std::string& tag : g.patterns) {
      auto& p = patterns[tag];
      ++p.first;
      p.second.push_back(g.newid);
    }
    std::string where = "NEWID=" + std::to_string(g.newid) + " @" + std::to_string(g.cue_begin) + " " + g.cue;
    if (!g.is_claim) {
      disagreements.push_back("not-claim  " + where + "  [" + Join(g.patterns, ",") + "]");
      continue;
    }
    SpeakerMatch sm = MatchSpeaker(c.speaker, g.speaker);
    speaker_exact.Add(sm == SpeakerMatch::kExact);
    speaker_any.Add(sm != SpeakerMatch::kNone);
    if (sm == SpeakerMatch::kNone)
      disagreements.push_back("speaker    " + where + "  got \"" + c.speaker + "\" want \"" + g.speaker +
                              "\"");
    bool stance_ok = g.stance == newsline::StanceName(c.stance);
    stance.Add(stance_ok);
    if (!stance_ok)
      disagreements.push_back("stance     " + where + "  got " + newsline::StanceName(c.stance));
    gold_denies += g.stance == "denies";
    gold_denies_found += g.stance == "denies" && stance_ok;
    hedge.Add(g.hedged == c.hedged);
    gold_hedged += g.hedged;
    gold_hedged_found += g.hedged && c.hedged;
    got_hedged += c.hedged;
    got_hedged_right += c.hedged && g.hedged;
    if (g.hedged != c.hedged) {
      disagreements.push_back("hedge      " + where + "  got " +
                              (c.hedged ? "[" + Join(c.hedges, ",") + "]" : "none") + " want " +
                              (g.hedged ? "hedged" : "none"));
    }
    bool source_ok = MatchSpeaker(c.primary_source, g.source) != SpeakerMatch::kNone;
    source.Add(source_ok);
    if (!source_ok)
      disagreements.push_back("source     " + where + "  got \"" + c.primary_source + "\" want \"" +
                              g.source + "\"");
    // Content: scored against the gold span (MatchContent); content_ok is the eye judgment made
    // on the span of 89d078d, kept as history. Printed: every span that is not an exact match.
    const Found& f = found[k];
    content_eye.Add(g.content_ok);
    if (!g.has_content) {
      ++content_unannotated;
      continue;
    }
    content_exact.Add(f.content_match == ContentMatch::kExact);
    content_tolerant.Add(f.content_match != ContentMatch::kNone);
    if (f.content_match != ContentMatch::kExact) {
      const std::string kind =
          f.content_match == ContentMatch::kNone ? "content    " : "content~   ";  // ~: tolerated
      const std::string indent(kind.size() + where.size() + 2, ' ');
      disagreements.push_back(kind + where + "  got  " + SpanText(c.content, f.content) + "\n" + indent +
                              "want " + SpanText({g.content_begin, g.content_end}, f.gold_content));
    }
  }

  std::printf("Reuters-21578 claim extraction, no domain pack — judged sample %s\n", gold_path.c_str());
  std::printf(
      "gold items: %zu in %zu articles; matched to an extracted claim: %ld; no longer extracted: %ld "
      "(of which offset drift: %ld); article not among the inputs: %ld\n",
      gold.size(), gold_articles.size(), precision.n, unmatched, drift, not_read);
  std::printf("| measure | over | correct | of | %% |\n|---|---|---:|---:|---:|\n");
  auto row = [](const char* name, const char* over, long ok, long n) {
    if (n == 0) {
      std::printf("| %s | %s | - | 0 | n/a |\n", name, over);  // nothing to score (e.g. no gold spans)
      return;
    }
    std::printf("| %s | %s | %ld | %ld | %.1f%% |\n", name, over, ok, n, Pct(ok, n));
  };
  row("precision (an attributed statement)", "matched items", precision.ok, precision.n);
  row("speaker, exact", "true claims", speaker_exact.ok, speaker_exact.n);
  row("speaker, exact or head", "true claims", speaker_any.ok, speaker_any.n);
  row("stance (asserts/denies)", "true claims", stance.ok, stance.n);
  row("  denials found", "gold denials", gold_denies_found, gold_denies);
  row("hedged yes/no", "true claims", hedge.ok, hedge.n);
  row("  hedge recall", "gold hedged", gold_hedged_found, gold_hedged);
  row("  hedge precision", "extracted hedged", got_hedged_right, got_hedged);
  row("content span, exact (quotes and edge punctuation ignored)", "true claims", content_exact.ok,
      content_exact.n);
  row("content span, within one word at each end", "true claims", content_tolerant.ok, content_tolerant.n);
  row("  content judged by eye when the sample was drawn", "true claims", content_eye.ok, content_eye.n);
  row("primary source (none or the outlet)", "true claims", source.ok, source.n);
  if (content_unannotated > 0)
    std::printf("content span not annotated (\"-\"): %ld true claims\n", content_unannotated);
  if (!patterns.empty()) {
    std::vector<std::pair<long, std::string>> order;
    for (const auto& [tag, p] : patterns) order.emplace_back(-p.first, tag);
    std::sort(order.begin(), order.end());
    std::printf("error patterns (gold 'patterns' column, matched items; a tag per error):\n");
    for (const auto& [neg, tag] : order) {
      const auto& ids = patterns[tag].second;
      std::printf("  %-28s %3ld  e.g. NEWID", tag.c_str(), -neg);
      for (size_t i = 0; i < ids.size() && i < 4; ++i) std::printf("%s%ld", i ? "," : " ", ids[i]);
      std::printf("\n");
    }
  }
  if (show_errors) {
    for (const std::string& d : disagreements) std::printf("%s\n", d.c_str());
  }
  return 0;
}
