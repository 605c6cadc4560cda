// Sniffing, raw pasted text and "Title: ..." header-block text.
#include <algorithm>
#include <cctype>
#include <utility>

#include "ingest/formats.h"

namespace newsline {
namespace ingest {
namespace {

// Header keys (lower case) and the field they fill. Other "Key: value" lines in a header block
// become tags.
enum class HeaderField { kTitle, kOutlet, kUrl, kPublished, kAuthor, kLanguage };
struct HeaderKey {
  const char* key;
  HeaderField field;
};
constexpr HeaderKey kHeaderKeys[] = {
    {"title", HeaderField::kTitle},         {"headline", HeaderField::kTitle},
    {"outlet", HeaderField::kOutlet},       {"source", HeaderField::kOutlet},
    {"publisher", HeaderField::kOutlet},    {"publication", HeaderField::kOutlet},
    {"site", HeaderField::kOutlet},         {"url", HeaderField::kUrl},
    {"link", HeaderField::kUrl},            {"source url", HeaderField::kUrl},
    {"published", HeaderField::kPublished}, {"date", HeaderField::kPublished},
    {"publication date", HeaderField::kPublished}, {"published at", HeaderField::kPublished},
    {"pubdate", HeaderField::kPublished},   {"author", HeaderField::kAuthor},
    {"authors", HeaderField::kAuthor},      {"byline", HeaderField::kAuthor},
    {"by", HeaderField::kAuthor},           {"language", HeaderField::kLanguage},
    {"lang", HeaderField::kLanguage},
};

const HeaderKey* FindHeaderKey(std::string_view key) {
  for (const HeaderKey& k : kHeaderKeys) {
    if (key == k.key) return &k;
  }
  return nullptr;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits "Key: value" into a lower-case key and a value; false when the line is not of that form.
// Keys are one to three words of letters.
bool SplitHeaderLine(std::string_view line, std::string* key, std::string_view* value) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 30) return false;
  std::string_view k = Trim(line.substr(0, colon));
  if (k.empty()) return false;
  size_t spaces = 0;
  for (char c : k) {
    if (c == ' ') {
      ++spaces;
    } else if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '_') {
      return false;
    }
  }
  if (spaces > 2) return false;
  key->assign(k);
  for (char& c : *key) c = static_cast<char>(c == '_' || c == '-' ? ' ' : std::tolower(static_cast<unsigned char>(c)));
  *value = Trim(line.substr(colon + 1));
  return true;
}

struct HeaderBlock {
  std::vector<std::pair<std::string, std::string>> fields;  // key, value
  size_t body_begin = 0;
};

// Parses a header block: "Key: value" lines from the start (after blank lines), at least one of
// them a known key, ended by a blank line. Returns false when there is none.
bool ParseHeaderBlock(std::string_view content, HeaderBlock* block) {
  size_t pos = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  bool any_known = false;
  bool started = false;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = Trim(content.substr(pos, nl - pos));
    size_t next = std::min(nl + 1, content.size());
    if (line.empty()) {
      if (started) {
        block->body_begin = next;
        return any_known;
      }
      pos = next;
      continue;
    }
    std::string key;
    std::string_view value;
    if (!SplitHeaderLine(line, &key, &value)) return false;
    started = true;
    any_known = any_known || FindHeaderKey(key) != nullptr;
    block->fields.emplace_back(key, std::string(value));
    pos = next;
    if (block->fields.size() > 40) return false;
  }
  return false;  // no blank line, no body
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  }
  return true;
}

bool ContainsNoCase(std::string_view haystack, std::string_view needle) {
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  return it != haystack.end();
}

}  // namespace

IngestItem FailureItem(const std::string& path, const std::string& locator, Status status) {
  IngestItem item;
  item.path = path;
  item.locator = locator;
  item.failure = std::move(status);
  return item;
}

bool ReadBoundedLine(std::istream* in, size_t max_bytes, std::string* line, bool* truncated) {
  line->clear();
  *truncated = false;
  if (!*in || in->peek() == std::char_traits<char>::eof()) return false;
  std::streambuf* buf = in->rdbuf();
  while (true) {
    const int c = buf->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in->setstate(std::ios::eofbit);
      break;
    }
    if (c == '\n') break;
    if (line->size() < max_bytes) {
      line->push_back(static_cast<char>(c));
    } else {
      *truncated = true;
    }
  }
  return true;
}

std::string BinaryReason(std::string_view head) {
  if (head.find('\0') != std::string_view::npos) return "binary file (NUL bytes)";
  size_t control = 0;
  for (char ch : head) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (!head.empty() && control * 10 > head.size()) return "binary file (mostly control bytes)";
  return "";
}

bool LooksLikeHeaderBlock(std::string_view content) {
  HeaderBlock block;
  return ParseHeaderBlock(content, &block);
}

SourceFormat SniffFormat(std::string_view head, std::string_view path) {
  std::string_view s = head;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  size_t first = 0;
  while (first < s.size() && std::isspace(static_cast<unsigned char>(s[first]))) ++first;
  s.remove_prefix(first);
  if (s.empty()) return SourceFormat::kRawText;
  if (s[0] == '[') return SourceFormat::kJson;
  if (s[0] == '{') {
    if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) return SourceFormat::kJsonLines;
    // JSON Lines: the first line is a complete object and another object line follows.
    size_t nl = s.find('\n');
    if (nl != std::string_view::npos) {
      std::string_view line = Trim(s.substr(0, nl));
      std::string_view rest = Trim(s.substr(nl + 1));
      if (!line.empty() && line.back() == '}' && !rest.empty() && rest[0] == '{') return SourceFormat::kJsonLines;
    }
    return SourceFormat::kJson;
  }
  if (s[0] == '<') {
    if (ContainsNoCase(s.substr(0, 4096), "<reuters")) return SourceFormat::kReutersSgml;
    if (ContainsNoCase(s.substr(0, 200), "<!doctype lewis")) return SourceFormat::kReutersSgml;
    return SourceFormat::kHtml;
  }
  const std::string_view start = s.substr(0, 2048);
  if (ContainsNoCase(start, "<html") || ContainsNoCase(start, "<body") || ContainsNoCase(start, "<!doctype html")) {
    return SourceFormat::kHtml;
  }
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) return SourceFormat::kJsonLines;
  if (LooksLikeHeaderBlock(head)) return SourceFormat::kHeaderText;
  return SourceFormat::kRawText;
}

std::vector<IngestItem> ReadText(std::string_view content, const std::string& path, Builder* builder,
                                 const IngestOptions& options) {
  RawArticle raw;
  raw.path = path;
  raw.raw_bytes = content;
  raw.style = text::ParagraphStyle::kLines;
  HeaderBlock block;
  if (ParseHeaderBlock(content, &block)) {
    raw.format = SourceFormat::kHeaderText;
    for (const auto& [key, value] : block.fields) {
      const HeaderKey* k = FindHeaderKey(key);
      if (!k) {
        if (!value.empty()) raw.tags[key].push_back(value);
        continue;
      }
      switch (k->field) {
        case HeaderField::kTitle:
          raw.title = value;
          raw.title_origin = FieldOrigin::kHeader;
          break;
        case HeaderField::kOutlet:
          raw.outlet = value;
          raw.outlet_origin = FieldOrigin::kHeader;
          break;
        case HeaderField::kUrl: raw.url = value; break;
        case HeaderField::kPublished:
          if (!raw.published.known()) raw.published = ParsePublicationDate(value, FieldOrigin::kHeader);
          if (!raw.published.known() && !value.empty()) raw.tags["unparsed date"].push_back(value);
          break;
        case HeaderField::kAuthor: raw.author = value; break;
        case HeaderField::kLanguage: raw.language = value; break;
      }
    }
    raw.body = std::string(content.substr(block.body_begin));
    raw.body_base = static_cast<uint32_t>(block.body_begin);
    raw.detect_title = options.detect_title && raw.title.empty();
  } else {
    raw.format = SourceFormat::kRawText;
    raw.body = std::string(content);
    raw.detect_title = options.detect_title;
  }
  std::vector<IngestItem> items(1);
  Result<Article> article = builder->Build(std::move(raw));
  items[0].path = path;
  if (article.ok()) {
    items[0].article = std::move(article).value();
  } else {
    items[0].failure = article.status();
  }
  return items;
}

}  // namespace ingest
}  // namespace newsline
