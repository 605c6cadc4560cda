// Reuters-21578 SGML: <REUTERS> records streamed one at a time, with SGML entities decoded.
#include <cctype>
#include <cstring>
#include <string>
#include <utility>

#include "ingest/formats.h"

namespace newsline {
namespace ingest {
namespace {

// Category elements copied into Article::tags (tag name -> key).
struct Facet {
  const char* element;
  const char* key;
};
constexpr Facet kFacets[] = {{"TOPICS", "topics"}, {"PLACES", "places"},       {"PEOPLE", "people"},
                             {"ORGS", "orgs"},     {"EXCHANGES", "exchanges"}, {"COMPANIES", "companies"}};

// Decodes &lt; &gt; &amp; &quot; &apos; and numeric references; control characters are dropped.
std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "lt") {
      out.push_back('<');
    } else if (name == "gt") {
      out.push_back('>');
    } else if (name == "amp") {
      out.push_back('&');
    } else if (name == "quot") {
      out.push_back('"');
    } else if (name == "apos") {
      out.push_back('\'');
    } else if (!name.empty() && name[0] == '#') {
      long code = -1;
      try {
        code = (name.size() > 1 && (name[1] == 'x' || name[1] == 'X')) ? std::stol(std::string(name.substr(2)), nullptr, 16)
                                                                         : std::stol(std::string(name.substr(1)));
      } catch (...) {
        code = -1;
      }
      if (code < 0) {
        out.append(s.substr(i, semi - i + 1));
      } else if (code == '\n' || code == '\t' || (code >= 0x20 && code < 0x7F)) {
        out.push_back(static_cast<char>(code));
      } else if (code > 0x9F && code < 0x110000) {
        // A non-ASCII character as UTF-8.
        uint32_t c = static_cast<uint32_t>(code);
        if (c < 0x800) {
          out.push_back(static_cast<char>(0xC0 | (c >> 6)));
          out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
          out.push_back(static_cast<char>(0xE0 | (c >> 12)));
          out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
          out.push_back(static_cast<char>(0xF0 | (c >> 18)));
          out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
      }
      // Control characters (&#2; &#3; &#5; &#127; ...) are dropped.
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

// The content of the first <NAME ...>...</NAME> in s, or nullopt-like empty with *found false.
std::string_view Element(std::string_view s, std::string_view name, bool* found = nullptr,
                         std::string_view* open_tag = nullptr) {
  if (found) *found = false;
  const std::string open = "<" + std::string(name);
  size_t pos = 0;
  while ((pos = s.find(open, pos)) != std::string_view::npos) {
    char after = pos + open.size() < s.size() ? s[pos + open.size()] : '\0';
    if (after == '>' || after == ' ') break;
    pos += open.size();
  }
  if (pos == std::string_view::npos) return {};
  size_t gt = s.find('>', pos);
  if (gt == std::string_view::npos) return {};
  if (open_tag) *open_tag = s.substr(pos, gt + 1 - pos);
  const std::string close = "</" + std::string(name) + ">";
  size_t end = s.find(close, gt + 1);
  if (end == std::string_view::npos) end = s.size();
  if (found) *found = true;
  return s.substr(gt + 1, end - gt - 1);
}

std::string Attribute(std::string_view tag, std::string_view name) {
  const std::string key = std::string(name) + "=\"";
  size_t pos = tag.find(key);
  if (pos == std::string_view::npos) return "";
  pos += key.size();
  size_t end = tag.find('"', pos);
  if (end == std::string_view::npos) return "";
  return std::string(tag.substr(pos, end - pos));
}

std::string Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// Removes the closing " Reuter" signature line of a body.
void StripSignature(std::string* body) {
  size_t end = body->find_last_not_of(" \n\t\r");
  if (end == std::string::npos) {
    body->clear();
    return;
  }
  body->resize(end + 1);
  size_t line_start = body->find_last_of('\n');
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::string last = Trim(std::string_view(*body).substr(line_start));
  for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (last == "reuter" || last == "reuters") body->resize(line_start);
}

class ReutersStream : public RecordStream {
 public:
  ReutersStream(std::istream* in, std::string path, Builder* builder, const IngestOptions& options)
      : in_(in), path_(std::move(path)), builder_(builder), options_(options) {}

  bool Next(IngestItem* out) override {
    std::string record;
    bool in_record = false;
    bool too_large = false;
    size_t start_line = 0;
    std::string piece;
    while (NextPiece(&piece)) {
      if (!in_record) {
        size_t pos = piece.find(kOpenTag);
        if (pos == std::string::npos) continue;
        piece.erase(0, pos);
        in_record = true;
        start_line = piece_line_;
      }
      size_t close = piece.find(kCloseTag);
      // A new record opening before this one closed: this one is cut off, the new one is kept.
      size_t open = piece.find(kOpenTag, record.empty() ? 1 : 0);
      if (open != std::string::npos && (close == std::string::npos || open < close)) {
        pending_ = piece.substr(open);
        ++records_;
        *out = CutOff(start_line, too_large);
        return true;
      }
      size_t keep = close == std::string::npos ? piece.size() : close + std::strlen(kCloseTag);
      if (keep < piece.size()) pending_ = piece.substr(keep);  // the next record may start on this line
      if (record.size() + keep <= options_.max_record_bytes) {
        record.append(piece, 0, keep);
      } else {
        too_large = true;
      }
      if (close == std::string::npos) continue;
      ++records_;
      *out = too_large ? CutOff(start_line, true) : Parse(record, start_line);
      return true;
    }
    if (in_record) {
      *out = FailureItem(path_, "line " + std::to_string(start_line),
                         Status::InvalidArgument(path_ + ":" + std::to_string(start_line) +
                                                 ": unexpected end of file inside a <REUTERS> record"));
      return true;
    }
    if (records_ == 0 && !reported_empty_) {
      reported_empty_ = true;
      *out = FailureItem(path_, "", Status::InvalidArgument(path_ + ": no <REUTERS> records"));
      return true;
    }
    return false;
  }

 private:
  static constexpr char kOpenTag[] = "<REUTERS";
  static constexpr char kCloseTag[] = "</REUTERS>";

  // The next piece of input: text left over after a record closed, else the rest of a line (with
  // its '\n'), at most max_record_bytes at a time so a huge line is read in bounded pieces and the
  // tags inside it are still seen. piece_line_ is the line the piece starts on.
  bool NextPiece(std::string* piece) {
    if (!pending_.empty()) {
      *piece = std::move(pending_);
      pending_.clear();
      return true;
    }
    piece->clear();
    std::streambuf* buf = in_->rdbuf();
    if (!mid_line_) ++line_number_;
    piece_line_ = line_number_;
    while (piece->size() < options_.max_record_bytes) {
      const int c = buf->sbumpc();
      if (c == std::char_traits<char>::eof()) {
        mid_line_ = false;
        return !piece->empty();
      }
      piece->push_back(static_cast<char>(c));
      if (c == '\n') {
        mid_line_ = false;
        return true;
      }
    }
    mid_line_ = true;
    return true;
  }

  // A record that cannot be parsed whole: larger than the limit, or never closed before the next.
  IngestItem CutOff(size_t start_line, bool too_large) const {
    const std::string where = path_ + ":" + std::to_string(start_line);
    const std::string why = too_large ? ": <REUTERS> record larger than the record limit (" +
                                            std::to_string(options_.max_record_bytes) + " bytes)"
                                      : ": <REUTERS> record has no </REUTERS> before the next <REUTERS> (line " +
                                            std::to_string(piece_line_) + ")";
    return FailureItem(path_, "line " + std::to_string(start_line), Status::InvalidArgument(where + why));
  }

  IngestItem Parse(const std::string& record, size_t start_line) {
    std::string_view r(record);
    std::string_view reuters_tag = r.substr(0, r.find('>') + 1);
    const std::string newid = Attribute(reuters_tag, "NEWID");
    const std::string locator = newid.empty() ? "line " + std::to_string(start_line) : "NEWID=" + newid;

    RawArticle raw;
    raw.path = path_;
    raw.locator = locator;
    raw.format = SourceFormat::kReutersSgml;
    raw.raw_bytes = r;
    raw.outlet = "Reuters";
    raw.outlet_origin = FieldOrigin::kSgml;
    raw.language = "en";
    raw.style = text::ParagraphStyle::kIndented;
    raw.detect_origin = false;

    const std::string date_raw = DecodeEntities(Element(r, "DATE"));
    raw.published = ParsePublicationDate(date_raw, FieldOrigin::kSgml);
    if (raw.published.known()) raw.published.raw = std::string(Element(r, "DATE"));
    for (const Facet& facet : kFacets) {
      std::string_view content = Element(r, facet.element);
      size_t pos = 0;
      while ((pos = content.find("<D>", pos)) != std::string_view::npos) {
        size_t end = content.find("</D>", pos);
        if (end == std::string_view::npos) break;
        std::string value = Trim(DecodeEntities(content.substr(pos + 3, end - pos - 3)));
        if (!value.empty()) raw.tags[facet.key].push_back(std::move(value));
        pos = end + 4;
      }
    }
    if (std::string split = Attribute(reuters_tag, "LEWISSPLIT"); !split.empty()) raw.tags["lewissplit"].push_back(split);

    std::string_view text_tag;
    bool has_text = false;
    std::string_view text = Element(r, "TEXT", &has_text, &text_tag);
    const std::string type = Attribute(text_tag, "TYPE");
    if (type == "UNPROC") {
      // No markup inside: the headline is the first non-empty line.
      std::string decoded = DecodeEntities(text);
      size_t b = decoded.find_first_not_of(" \n\t\r");
      if (b != std::string::npos) {
        size_t nl = decoded.find('\n', b);
        if (nl == std::string::npos) nl = decoded.size();
        raw.title = Trim(std::string_view(decoded).substr(b, nl - b));
        raw.title_origin = FieldOrigin::kSgml;
        decoded = nl < decoded.size() ? decoded.substr(nl + 1) : "";
      }
      StripSignature(&decoded);
      raw.body = std::move(decoded);
    } else {
      raw.title = DecodeEntities(Element(text, "TITLE"));
      if (!raw.title.empty()) raw.title_origin = FieldOrigin::kSgml;
      std::string dateline = Trim(DecodeEntities(Element(text, "DATELINE")));
      while (!dateline.empty() && (dateline.back() == '-' || dateline.back() == ' ')) dateline.pop_back();
      if (!dateline.empty()) raw.tags["dateline"].push_back(dateline);
      std::string author = Trim(DecodeEntities(Element(text, "AUTHOR")));
      if (author.compare(0, 3, "By ") == 0 || author.compare(0, 3, "by ") == 0) author = author.substr(3);
      for (const char* suffix : {", Reuters", ", REUTERS"}) {
        const std::string_view sfx(suffix);
        if (author.size() > sfx.size() && author.compare(author.size() - sfx.size(), sfx.size(), sfx) == 0) {
          author.resize(author.size() - sfx.size());
        }
      }
      raw.author = author;
      std::string body = DecodeEntities(Element(text, "BODY"));
      StripSignature(&body);
      raw.body = std::move(body);
    }
    Result<Article> article = builder_->Build(std::move(raw));
    if (!article.ok()) return FailureItem(path_, locator, article.status());
    IngestItem item;
    item.path = path_;
    item.locator = locator;
    item.article = std::move(article).value();
    return item;
  }

  std::istream* in_;
  std::string path_;
  Builder* builder_;
  const IngestOptions& options_;
  size_t line_number_ = 0;
  size_t piece_line_ = 0;
  bool mid_line_ = false;
  std::string pending_;
  size_t records_ = 0;
  bool reported_empty_ = false;
};

}  // namespace

std::unique_ptr<RecordStream> OpenReutersSgml(std::istream* in, const std::string& path, Builder* builder,
                                              const IngestOptions& options) {
  return std::make_unique<ReutersStream>(in, path, builder, options);
}

}  // namespace ingest
}  // namespace newsline
