// Turns what a format reader found (metadata plus a raw body) into a finished Article: repair,
// normalization, boilerplate removal, title and origin detection, paragraphs, sentences, ids.
#ifndef NEWSLINE_LIB_INGEST_BUILDER_H_
#define NEWSLINE_LIB_INGEST_BUILDER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/article.h"
#include "newsline/ingest.h"
#include "newsline/status.h"
#include "text/layout.h"
#include "text/sentences.h"

namespace newsline {
namespace ingest {

// What a format reader extracts before normalization. Metadata strings may be raw (they are
// repaired and normalized here).
struct RawArticle {
  std::string path;
  std::string locator;
  SourceFormat format = SourceFormat::kRawText;
  std::string title;
  FieldOrigin title_origin = FieldOrigin::kNone;
  std::string outlet;
  FieldOrigin outlet_origin = FieldOrigin::kNone;
  std::string url;
  std::string author;
  std::string language;
  PublicationDate published;
  std::map<std::string, std::vector<std::string>> tags;

  std::string body;           // raw body bytes (any encoding)
  uint32_t body_base = 0;     // offset of `body` in the original text OffsetMap refers to
  std::string_view raw_bytes;  // the bytes content_hash is computed from (the record or file)
  text::ParagraphStyle style = text::ParagraphStyle::kLines;
  bool detect_title = false;    // take the first line as the title when it reads as a headline
  bool detect_origin = true;    // look for "This article originally appeared on X."
};

// Builds Articles; owns the costly per-reader state (the ICU sentence iterator).
// Thread-safety: not thread-safe; one Builder per reader or thread.
class Builder {
 public:
  explicit Builder(const IngestOptions& options) : options_(options) {}
  // Fails when there is neither a title nor any body text left.
  Result<Article> Build(RawArticle raw);

 private:
  const IngestOptions& options_;
  text::SentenceSplitter splitter_;
};

// Decides whether a line reads as a headline (exposed for tests). `followed_by_blank` says whether
// a blank line follows it.
bool LooksLikeHeadline(std::string_view line, bool followed_by_blank);

// Decides whether a first line that is not a headline is a short label of capitalized words
// ("Sam Altman OpenAI"), kept as the tag "label" instead of body text.
bool LooksLikeLabel(std::string_view line);

// Metadata cleanup: repair, normalize, collapse whitespace to single spaces, trim.
std::string CleanField(std::string_view raw);

}  // namespace ingest
}  // namespace newsline

#endif  // NEWSLINE_LIB_INGEST_BUILDER_H_
