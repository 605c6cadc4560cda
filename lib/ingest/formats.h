// Format readers: sniffing, and one reader per input format. Each turns bytes into IngestItems
// through a Builder; Reuters SGML and JSON Lines are read record by record from a stream.
#ifndef NEWSLINE_LIB_INGEST_FORMATS_H_
#define NEWSLINE_LIB_INGEST_FORMATS_H_

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/builder.h"
#include "newsline/ingest.h"

namespace newsline {
namespace ingest {

// Sniffing looks at the first bytes of a file (kSniffBytes) and its name.
constexpr size_t kSniffBytes = 64 * 1024;

// Why a file is not text, or "" when it looks like text: NUL bytes or mostly control bytes.
std::string BinaryReason(std::string_view head);
// The format of a file from its first bytes; the path's extension only breaks ties.
SourceFormat SniffFormat(std::string_view head, std::string_view path);
// True when `content` starts with a "Title: ..." style header block followed by a blank line.
bool LooksLikeHeaderBlock(std::string_view content);

// Whole-content formats: every item the content holds, in order.
std::vector<IngestItem> ReadText(std::string_view content, const std::string& path, Builder* builder,
                                 const IngestOptions& options);
std::vector<IngestItem> ReadJson(std::string_view content, const std::string& path, Builder* builder);
std::vector<IngestItem> ReadHtml(std::string_view content, const std::string& path, Builder* builder);

// Visible text of an HTML fragment or page (paragraphs separated by blank lines), with scripts,
// styles, navigation and other furniture removed.
std::string HtmlToText(std::string_view html);

// Streamed formats: produce items one at a time from a stream.
// Thread-safety: not thread-safe; it reads its stream and uses its reader's Builder.
class RecordStream {
 public:
  virtual ~RecordStream() = default;
  // Fills *out; false at the end of the stream.
  virtual bool Next(IngestItem* out) = 0;
};
std::unique_ptr<RecordStream> OpenJsonLines(std::istream* in, const std::string& path, Builder* builder,
                                            const IngestOptions& options);
std::unique_ptr<RecordStream> OpenReutersSgml(std::istream* in, const std::string& path, Builder* builder,
                                              const IngestOptions& options);

// Reads one '\n'-terminated line keeping at most `max_bytes` of it (the rest is skipped and
// *truncated set), so a huge line never takes more memory than that. False at the end of input.
bool ReadBoundedLine(std::istream* in, size_t max_bytes, std::string* line, bool* truncated);

// A failure item; `status` already names the file and place.
IngestItem FailureItem(const std::string& path, const std::string& locator, Status status);

}  // namespace ingest
}  // namespace newsline

#endif  // NEWSLINE_LIB_INGEST_FORMATS_H_
