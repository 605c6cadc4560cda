// JSON (one object, an array of objects, or a wrapper such as {"articles": [...]}) and JSON Lines.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <utility>

#include "ingest/formats.h"
#include "text/normalize.h"

namespace newsline {
namespace ingest {
namespace {

using Json = nlohmann::json;

// Field names used by news APIs and datasets, in order of preference. One table per field.
const std::vector<const char*> kTitleFields = {"title", "headline", "Title", "Headline"};
const std::vector<const char*> kBodyFields = {"body", "text", "content", "maintext", "articleBody",
                                              "article", "full_text", "fulltext", "Body", "Text", "Content"};
const std::vector<const char*> kSummaryFields = {"description", "summary", "abstract"};
const std::vector<const char*> kOutletFields = {"source", "outlet", "publisher", "source_name", "site_name",
                                                "source_domain", "site", "Source", "Outlet"};
const std::vector<const char*> kUrlFields = {"url", "link", "canonical_url", "URL", "Url"};
const std::vector<const char*> kDateFields = {"published", "publishedAt", "published_at", "date_publish",
                                              "datePublished", "pubDate", "publication_date", "date",
                                              "Published", "Date"};
const std::vector<const char*> kAuthorFields = {"author", "authors", "byline", "creator", "Author"};
const std::vector<const char*> kLanguageFields = {"language", "lang", "Language"};
const std::vector<const char*> kTagFields = {"tags", "topics", "categories", "keywords", "category",
                                             "places", "people", "orgs", "exchanges"};
// Keys whose array value holds the records of a wrapper object.
const std::vector<const char*> kWrapperFields = {"articles", "data", "items", "results", "documents", "records"};

const Json* Field(const Json& obj, const std::vector<const char*>& names) {
  for (const char* name : names) {
    auto it = obj.find(name);
    if (it != obj.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

// A JSON number as written by a person: integers exactly (within 64 bits), other numbers in the
// shortest form that reads back ("3.5", "1e+40"), never a cast out of range.
std::string NumberText(const Json& value) {
  if (value.is_number_unsigned()) return std::to_string(value.get<uint64_t>());
  if (value.is_number_integer()) return std::to_string(value.get<int64_t>());
  double d = value.get<double>();
  if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15) {
    return std::to_string(static_cast<int64_t>(d));
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", d);
  return buffer;
}

// A string value, or the "name" of an object, or the strings of an array joined by `sep`.
std::string AsText(const Json* value, const char* sep = ", ") {
  if (!value) return "";
  if (value->is_string()) return value->get<std::string>();
  if (value->is_number()) return NumberText(*value);
  if (value->is_object()) {
    for (const char* key : {"name", "title", "text", "value", "@value"}) {
      auto it = value->find(key);
      if (it != value->end() && it->is_string()) return it->get<std::string>();
    }
    return "";
  }
  if (value->is_array()) {
    std::string out;
    for (const Json& v : *value) {
      std::string s = AsText(&v, sep);
      if (s.empty()) continue;
      if (!out.empty()) out += sep;
      out += s;
    }
    return out;
  }
  return "";
}

// The key under which Field() found `value` (for messages).
std::string FieldName(const Json& obj, const std::vector<const char*>& names) {
  for (const char* name : names) {
    auto it = obj.find(name);
    if (it != obj.end() && !it->is_null()) return name;
  }
  return "";
}

// A field that should hold text: its text, with a warning when it held a number or a boolean
// (read as text) or an object without a name (dropped).
std::string TextField(const Json& obj, const std::vector<const char*>& names, const std::string& where,
                      std::vector<std::string>* warnings) {
  const Json* value = Field(obj, names);
  if (!value) return "";
  std::string text = AsText(value);
  if (value->is_number() || value->is_boolean()) {
    warnings->push_back(where + ": \"" + FieldName(obj, names) + "\" is a " + value->type_name() +
                        " (" + (value->is_boolean() ? value->dump() : text) + "), read as text");
  } else if (text.empty() && !value->is_string()) {
    warnings->push_back(where + ": \"" + FieldName(obj, names) + "\" is " + value->type_name() +
                        " with no text, ignored");
  }
  return text;
}

bool LooksLikeHtml(std::string_view s) {
  return s.find("<p") != std::string_view::npos || s.find("</") != std::string_view::npos ||
         s.find("<br") != std::string_view::npos;
}

// `where` names the record in messages ("file.json: record 3", "file.jsonl:7").
IngestItem FromObject(const Json& obj, std::string_view record_text, const std::string& path,
                      const std::string& locator, const std::string& where, SourceFormat format, Builder* builder) {
  RawArticle raw;
  raw.path = path;
  raw.locator = locator;
  raw.format = format;
  raw.raw_bytes = record_text;
  std::vector<std::string> warnings;
  raw.title = TextField(obj, kTitleFields, where, &warnings);
  if (!raw.title.empty()) raw.title_origin = FieldOrigin::kJsonField;
  raw.outlet = TextField(obj, kOutletFields, where, &warnings);
  if (!raw.outlet.empty()) raw.outlet_origin = FieldOrigin::kJsonField;
  raw.url = TextField(obj, kUrlFields, where, &warnings);
  raw.author = AsText(Field(obj, kAuthorFields));
  raw.language = TextField(obj, kLanguageFields, where, &warnings);
  if (const Json* date = Field(obj, kDateFields)) {
    std::string text = AsText(date);
    raw.published = ParsePublicationDate(text, FieldOrigin::kJsonField);
    if (!raw.published.known() && !text.empty()) raw.tags["unparsed date"].push_back(text);
  }
  for (const char* key : kTagFields) {
    auto it = obj.find(key);
    if (it == obj.end()) continue;
    if (it->is_array()) {
      for (const Json& v : *it) {
        std::string s = AsText(&v);
        if (!s.empty()) raw.tags[key].push_back(s);
      }
    } else {
      std::string s = AsText(&*it);
      if (!s.empty()) raw.tags[key].push_back(s);
    }
  }
  const Json* body = Field(obj, kBodyFields);
  if (!body) body = Field(obj, kSummaryFields);
  std::string body_text = AsText(body, "\n\n");
  if (LooksLikeHtml(body_text)) body_text = HtmlToText(body_text);
  if (body_text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return FailureItem(path, locator,
                       Status::InvalidArgument(where + ": no body text (expected one of the fields body, text, "
                                               "content, maintext, articleBody)"));
  }
  raw.body = std::move(body_text);
  raw.style = text::ParagraphStyle::kLines;
  Result<Article> article = builder->Build(std::move(raw));
  if (!article.ok()) return FailureItem(path, locator, article.status());
  IngestItem item;
  item.path = path;
  item.locator = locator;
  item.article = std::move(article).value();
  item.warnings = std::move(warnings);
  return item;
}

// "unexpected end of input" or the parser's reason, without nlohmann's prefix.
std::string ParseErrorReason(const Json::parse_error& e, size_t size) {
  if (e.byte >= size) return "unexpected end of input";
  std::string what = e.what();
  size_t dash = what.find(" - ");
  if (dash != std::string::npos) what = what.substr(dash + 3);
  return what;
}

class JsonLinesStream : public RecordStream {
 public:
  JsonLinesStream(std::istream* in, std::string path, Builder* builder, const IngestOptions& options)
      : in_(in), path_(std::move(path)), builder_(builder), options_(options) {}

  bool Next(IngestItem* out) override {
    std::string line;
    while (ReadLine(&line)) {
      ++line_number_;
      size_t b = line.find_first_not_of(" \t\r");
      if (b == std::string::npos) continue;  // blank lines are allowed
      const std::string locator = "line " + std::to_string(line_number_);
      const std::string where = path_ + ":" + std::to_string(line_number_);
      if (too_long_) {
        *out = FailureItem(path_, locator,
                           Status::InvalidArgument(where + ": line longer than the record limit of " +
                                                   std::to_string(options_.max_record_bytes) +
                                                   " bytes (IngestOptions::max_record_bytes)"));
        return true;
      }
      // nlohmann rejects invalid UTF-8 inside strings: repair first (bytes counted as repaired).
      if (!text::IsValidUtf8(line)) line = text::RepairUtf8(line);
      Json value;
      try {
        value = Json::parse(line);
      } catch (const Json::parse_error& e) {
        *out = FailureItem(path_, locator,
                           Status::InvalidArgument(where + ": invalid JSON: " + ParseErrorReason(e, line.size())));
        return true;
      } catch (const Json::exception& e) {  // a number out of range ("1e400")
        *out = FailureItem(path_, locator, Status::InvalidArgument(where + ": invalid JSON: " + e.what()));
        return true;
      }
      if (!value.is_object()) {
        *out = FailureItem(path_, locator, Status::InvalidArgument(where + ": expected a JSON object"));
        return true;
      }
      *out = FromObject(value, line, path_, locator, where, SourceFormat::kJsonLines, builder_);
      return true;
    }
    return false;
  }

 private:
  bool ReadLine(std::string* line) { return ReadBoundedLine(in_, options_.max_record_bytes, line, &too_long_); }

  std::istream* in_;
  std::string path_;
  Builder* builder_;
  const IngestOptions& options_;
  size_t line_number_ = 0;
  bool too_long_ = false;
};

}  // namespace

std::vector<IngestItem> ReadJson(std::string_view content, const std::string& path, Builder* builder) {
  std::vector<IngestItem> items;
  std::string repaired;
  if (!text::IsValidUtf8(content)) {
    repaired = text::RepairUtf8(content);
    content = repaired;
  }
  Json doc;
  try {
    doc = Json::parse(content.begin(), content.end());
  } catch (const Json::parse_error& e) {
    items.push_back(FailureItem(path, "",
                                Status::InvalidArgument(path + ": byte " + std::to_string(e.byte) + ": " +
                                                        ParseErrorReason(e, content.size()))));
    return items;
  } catch (const Json::exception& e) {  // a number out of range ("1e400")
    items.push_back(FailureItem(path, "", Status::InvalidArgument(path + ": invalid JSON: " + e.what())));
    return items;
  }
  const Json* records = &doc;
  if (doc.is_object()) {
    if (const Json* wrapped = Field(doc, kWrapperFields); wrapped && wrapped->is_array()) records = wrapped;
  }
  if (records->is_object()) {
    items.push_back(FromObject(*records, content, path, "", path, SourceFormat::kJson, builder));
    return items;
  }
  if (!records->is_array()) {
    items.push_back(FailureItem(path, "", Status::InvalidArgument(path + ": expected a JSON object or an array of objects")));
    return items;
  }
  size_t index = 0;
  for (const Json& record : *records) {
    ++index;
    const std::string locator = "record " + std::to_string(index);
    if (!record.is_object()) {
      items.push_back(
          FailureItem(path, locator, Status::InvalidArgument(path + ": " + locator + ": expected a JSON object")));
      continue;
    }
    // The content hash of a record is that of its compact serialization.
    const std::string record_text = record.dump(-1, ' ', false, Json::error_handler_t::replace);
    items.push_back(FromObject(record, record_text, path, locator, path + ": " + locator, SourceFormat::kJson, builder));
  }
  return items;
}

std::unique_ptr<RecordStream> OpenJsonLines(std::istream* in, const std::string& path, Builder* builder,
                                            const IngestOptions& options) {
  return std::make_unique<JsonLinesStream>(in, path, builder, options);
}

}  // namespace ingest
}  // namespace newsline
