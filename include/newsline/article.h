// Article: one news article after ingestion — its metadata, where each field came from, and its
// normalized body split into paragraphs and sentences with offsets back to the original text.
//
// Every span in newsline (sentences, time expressions, entity mentions, claims) is a byte range
// into Article::text, the normalized UTF-8 body. OffsetMap turns such an offset back into a byte
// offset of the original file's text for display.
//
// Thread-safety: plain values.
#ifndef NEWSLINE_ARTICLE_H_
#define NEWSLINE_ARTICLE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsline/calendar.h"

namespace newsline {

// A byte range [begin, end) into a text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
};

// The input format an article was read from.
enum class SourceFormat {
  kRawText,      // pasted text with no metadata
  kHeaderText,   // "Title: ..." header block, blank line, body
  kJson,         // one JSON object (or an array of them)
  kJsonLines,    // one JSON object per line
  kHtml,         // an HTML page
  kReutersSgml,  // Reuters-21578 <REUTERS> records
};
const char* SourceFormatName(SourceFormat format);

// Where a metadata value came from.
enum class FieldOrigin {
  kNone,        // absent
  kHeader,      // a "Published:" style header line
  kJsonField,   // a JSON field
  kHtmlMeta,    // an HTML <meta> or <title>
  kJsonLd,      // HTML JSON-LD (schema.org NewsArticle)
  kManifest,    // the manifest overrode or completed it
  kSgml,        // a Reuters SGML tag
  kText,        // found in the body ("This article originally appeared on ...", a headline line)
  kEstimated,   // inferred from the text (publication date only)
};
const char* FieldOriginName(FieldOrigin origin);

// The publication date: exact (a known day), estimated (an interval the text supports, with the
// evidence that bounds it) or unknown. Never the machine's clock, never an invented day.
struct PublicationDate {
  enum class Kind { kUnknown, kExact, kEstimated };
  Kind kind = Kind::kUnknown;
  // kExact: the day is `interval.begin` and interval.end == begin + 1.
  // kEstimated: the interval that the evidence supports.
  DayInterval interval;
  FieldOrigin origin = FieldOrigin::kNone;
  std::string raw;                    // the text it was parsed from, e.g. " 26-FEB-1987 15:01:01.79"
  std::vector<std::string> evidence;  // kEstimated: one line per bound, e.g. "not before 2026-02-27: ..."

  bool known() const { return kind != Kind::kUnknown; }
  bool exact() const { return kind == Kind::kExact; }
  // The exact day. REQUIRES: exact()
  Day day() const { return interval.begin; }
  static PublicationDate Exact(Day d, FieldOrigin origin, std::string raw = {}) {
    PublicationDate p;
    p.kind = Kind::kExact;
    p.interval = {d, d + 1};
    p.origin = origin;
    p.raw = std::move(raw);
    return p;
  }
};

struct Paragraph {
  Span span;
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;  // index into Article::paragraphs
};

// Maps byte offsets of normalized text back to byte offsets of the original text. Anchors are
// (normalized offset, original offset) pairs in increasing order; between anchors the mapping is
// linear in bytes (exact wherever normalization did not change the text).
class OffsetMap {
 public:
  void AddAnchor(uint32_t normalized, uint32_t original) { anchors_.emplace_back(normalized, original); }
  uint32_t ToOriginal(uint32_t normalized) const;
  const std::vector<std::pair<uint32_t, uint32_t>>& anchors() const { return anchors_; }
  bool empty() const { return anchors_.empty(); }

 private:
  std::vector<std::pair<uint32_t, uint32_t>> anchors_;
};

struct Article {
  // Stable id: a hash of the normalized title and body (hex, 16 chars). Equal content, equal id.
  std::string id;
  // The file it came from, and where inside it for multi-article files ("line 12", "NEWID=5",
  // "record 3"); empty for single-article files.
  std::string path;
  std::string locator;
  SourceFormat format = SourceFormat::kRawText;

  std::string title;
  FieldOrigin title_origin = FieldOrigin::kNone;
  std::string outlet;  // "" when unknown
  FieldOrigin outlet_origin = FieldOrigin::kNone;
  // The holder of the article's copyright line ("(c) Reuters 2026" -> "Reuters"): when it is not
  // the outlet, the article is that agency's copy relayed, and its statements count for it.
  std::string wire_source;
  std::string url;
  std::string author;
  std::string language;  // BCP 47 ("en"); "" when unknown
  PublicationDate published;

  // Normalized body (NFKC, quotes/dashes/spaces unified, boilerplate removed), paragraphs
  // separated by "\n\n".
  std::string text;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  OffsetMap offsets;  // text offsets -> offsets in the original body text

  // Categories from the source: Reuters "topics", "places", "people", "orgs", "exchanges";
  // a BBC folder name as "category"; free-form otherwise.
  std::map<std::string, std::vector<std::string>> tags;

  // Repairs and removals made while normalizing, for reporting.
  uint32_t repaired_bytes = 0;        // invalid UTF-8 bytes replaced
  uint32_t boilerplate_removed = 0;   // boilerplate lines or blocks dropped

  // Fingerprints for duplicate detection (filled by ingestion).
  uint64_t simhash = 0;
  std::vector<uint32_t> minhash;  // MinHash signature over word 3-shingles (kMinHashSize values)
  std::string content_hash;  // hash of the raw bytes this article was read from (for skip-if-unchanged)

  std::string_view SentenceText(size_t i) const { return sentences[i].span.Of(text); }
};

}  // namespace newsline

#endif  // NEWSLINE_ARTICLE_H_
