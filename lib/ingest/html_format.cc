// HTML pages through gumbo (an HTML5 parser): metadata from <title>, <meta> and JSON-LD; the main
// text from <article>/<main> with page furniture (navigation, ads, share bars, comments) removed.
#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <map>
#include <string>
#include <utility>

#include "ingest/formats.h"
#include "text/normalize.h"

namespace newsline {
namespace ingest {
namespace {

using Json = nlohmann::json;

// Elements whose content is never article text.
constexpr GumboTag kSkippedTags[] = {GUMBO_TAG_NAV,    GUMBO_TAG_ASIDE,    GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER,
                                     GUMBO_TAG_FORM,   GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT,
                                     GUMBO_TAG_IFRAME, GUMBO_TAG_SVG,      GUMBO_TAG_BUTTON, GUMBO_TAG_SELECT,
                                     GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT,  GUMBO_TAG_FIGURE, GUMBO_TAG_TEMPLATE,
                                     GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED,    GUMBO_TAG_CANVAS, GUMBO_TAG_MENU,
                                     GUMBO_TAG_HEAD,   GUMBO_TAG_TITLE};
// ARIA roles of page furniture.
constexpr const char* kSkippedRoles[] = {"navigation", "banner", "contentinfo", "complementary", "search",
                                         "form", "menu", "menubar", "dialog", "alert"};
// class/id words (split at '-', '_' and spaces) of page furniture.
constexpr const char* kSkippedClassWords[] = {
    "nav",      "navbar",   "navigation", "menu",      "sidebar",    "footer",     "header",   "masthead",
    "share",    "sharing",  "social",     "comment",   "comments",   "related",    "recommended", "newsletter",
    "subscribe", "promo",   "advert",     "advertisement", "ad",     "ads",        "adsense",  "sponsored",
    "cookie",   "cookies",  "banner",     "breadcrumb", "breadcrumbs", "popup",    "modal",    "outbrain",
    "taboola",  "disqus",   "signup",     "byline",    "tags",       "toolbar",    "widget"};
// Elements that start a new paragraph.
constexpr GumboTag kBlockTags[] = {GUMBO_TAG_P,  GUMBO_TAG_DIV, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
                                   GUMBO_TAG_H4, GUMBO_TAG_H5,  GUMBO_TAG_H6, GUMBO_TAG_LI, GUMBO_TAG_UL,
                                   GUMBO_TAG_OL, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE,
                                   GUMBO_TAG_MAIN, GUMBO_TAG_TR, GUMBO_TAG_TABLE, GUMBO_TAG_PRE, GUMBO_TAG_DL,
                                   GUMBO_TAG_DT, GUMBO_TAG_DD, GUMBO_TAG_HR, GUMBO_TAG_FIGCAPTION};
// schema.org types whose datePublished/headline describe the article.
constexpr const char* kArticleTypes[] = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                                         "BlogPosting", "OpinionNewsArticle", "Report", "WebPage"};
// <meta name|property> keys for the publication date, in order of preference.
constexpr const char* kDateMetaKeys[] = {"article:published_time", "og:published_time", "datepublished",
                                         "date", "pubdate", "publish-date", "publish_date", "publication_date",
                                         "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date",
                                         "parsely-pub-date", "article.published"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// HTML nesting deeper than this is not given to gumbo: its tree building checks the stack of open
// elements for every tag, so deep nesting is quadratic (50,000 nested <div>s took 42 s), and the
// walks below recurse once per level. Real pages stay far below it.
constexpr size_t kMaxHtmlDepth = 1000;
// Elements that never hold others (void) or close implicitly (p, li, td ...): they do not nest.
constexpr const char* kNonNestingTags[] = {
    "area", "base", "br",  "col",   "embed", "hr",       "img",   "input", "link",  "meta",  "param",
    "source", "track", "wbr", "p",   "li",    "dt",       "dd",    "tr",    "td",    "th",    "option",
    "optgroup", "rt", "rp", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body", "!doctype"};

bool NestsOthers(std::string_view name) {
  for (const char* t : kNonNestingTags) {
    if (name == t) return false;
  }
  return true;
}

// A linear pre-scan of tag nesting: the byte offset where the depth first exceeds `limit`, or
// npos. Comments and the content of <script>/<style> are skipped.
size_t FindExcessNesting(std::string_view html, size_t limit) {
  size_t depth = 0;
  size_t i = 0;
  size_t next_gt = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) return std::string_view::npos;
      i = end + 3;
      continue;
    }
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t b = i + (closing ? 2 : 1);
    size_t e = b;
    while (e < html.size() && (std::isalnum(static_cast<unsigned char>(html[e])) || html[e] == '!')) ++e;
    if (next_gt == std::string_view::npos || next_gt < e) next_gt = html.find('>', e);  // each '>' found once
    if (next_gt == std::string_view::npos) return std::string_view::npos;
    const size_t gt = next_gt;
    if (e == b) {
      ++i;
      continue;
    }
    const std::string name = Lower(html.substr(b, e - b));
    if (!closing && (name == "script" || name == "style")) {
      size_t end = html.find("</", gt);
      while (end != std::string_view::npos && Lower(html.substr(end + 2, name.size())) != name) end = html.find("</", end + 2);
      if (end == std::string_view::npos) return std::string_view::npos;
      i = end;
      continue;
    }
    if (NestsOthers(name) && html[gt - 1] != '/') {
      if (closing) {
        depth = depth > 0 ? depth - 1 : 0;
      } else if (++depth > limit) {
        return i;
      }
    }
    i = gt + 1;
  }
  return std::string_view::npos;
}

// Text of markup too deeply nested for the parser: tags dropped, each a paragraph break.
std::string StripTags(std::string_view html) {
  std::string out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') {
      in_tag = true;
    } else if (c == '>' && in_tag) {
      in_tag = false;
      if (!out.empty() && out.back() != '\n') out.push_back('\n');
    } else if (!in_tag) {
      out.push_back(c);
    }
  }
  return out;
}

const char* Attr(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool IsTag(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

bool ClassMatches(const char* value) {
  if (!value) return false;
  std::string v = Lower(value);
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && !std::isalnum(static_cast<unsigned char>(v[i]))) ++i;
    size_t j = i;
    while (j < v.size() && std::isalnum(static_cast<unsigned char>(v[j]))) ++j;
    if (j > i) {
      std::string_view word(v.data() + i, j - i);
      for (const char* w : kSkippedClassWords) {
        if (word == w) return true;
      }
    }
    i = j;
  }
  return false;
}

size_t TextLength(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) return std::string_view(node->v.text.text).size();
  if (node->type != GUMBO_NODE_ELEMENT) return 0;
  if (IsTag(node, GUMBO_TAG_SCRIPT) || IsTag(node, GUMBO_TAG_STYLE)) return 0;
  size_t n = 0;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) n += TextLength(static_cast<const GumboNode*>(children.data[i]));
  return n;
}

// Collects metadata and candidate content roots in one walk.
struct PageScan {
  std::map<std::string, std::string> meta;  // lower-cased name/property -> content (first wins)
  std::string title;
  std::string h1;
  std::string canonical;
  std::string lang;
  std::vector<std::string> json_ld;
  std::vector<const GumboNode*> articles;
  const GumboNode* main = nullptr;
  const GumboNode* article_body = nullptr;  // itemprop="articleBody"
  const GumboNode* body = nullptr;
  std::string time_datetime;
};

void AppendText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
    out->append(node->v.text.text);
  } else if (node->type == GUMBO_NODE_ELEMENT) {
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) AppendText(static_cast<const GumboNode*>(children.data[i]), out);
  }
}

void Scan(const GumboNode* node, PageScan* scan) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = node->v.element.tag;
  switch (tag) {
    case GUMBO_TAG_HTML:
      if (const char* lang = Attr(node, "lang")) scan->lang = lang;
      break;
    case GUMBO_TAG_TITLE:
      if (scan->title.empty()) AppendText(node, &scan->title);
      break;
    case GUMBO_TAG_META: {
      const char* key = Attr(node, "property");
      if (!key) key = Attr(node, "name");
      if (!key) key = Attr(node, "itemprop");
      const char* content = Attr(node, "content");
      if (key && content) scan->meta.emplace(Lower(key), content);
      break;
    }
    case GUMBO_TAG_LINK: {
      const char* rel = Attr(node, "rel");
      const char* href = Attr(node, "href");
      if (rel && href && Lower(rel) == "canonical") scan->canonical = href;
      break;
    }
    case GUMBO_TAG_SCRIPT: {
      const char* type = Attr(node, "type");
      if (type && Lower(type) == "application/ld+json") {
        std::string text;
        AppendText(node, &text);
        scan->json_ld.push_back(std::move(text));
      }
      return;
    }
    case GUMBO_TAG_H1:
      if (scan->h1.empty()) AppendText(node, &scan->h1);
      break;
    case GUMBO_TAG_ARTICLE: scan->articles.push_back(node); break;
    case GUMBO_TAG_MAIN:
      if (!scan->main) scan->main = node;
      break;
    case GUMBO_TAG_BODY: scan->body = node; break;
    case GUMBO_TAG_TIME:
      if (scan->time_datetime.empty()) {
        if (const char* dt = Attr(node, "datetime")) scan->time_datetime = dt;
      }
      break;
    default: break;
  }
  if (const char* itemprop = Attr(node, "itemprop"); itemprop && std::string_view(itemprop) == "articleBody") {
    if (!scan->article_body) scan->article_body = node;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) Scan(static_cast<const GumboNode*>(children.data[i]), scan);
}

class TextExtractor {
 public:
  explicit TextExtractor(size_t root_length) : root_length_(root_length) {}

  void Walk(const GumboNode* node, bool is_root) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      Inline(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = node->v.element.tag;
    if (!is_root && Skipped(node)) return;
    if (tag == GUMBO_TAG_BR) {
      Break("\n");
      return;
    }
    const bool block = IsBlock(tag);
    if (block) Break("\n\n");
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) Walk(static_cast<const GumboNode*>(children.data[i]), false);
    if (block) Break("\n\n");
  }

  std::string Take() {
    while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) out_.pop_back();
    return std::move(out_);
  }

 private:
  bool Skipped(const GumboNode* node) const {
    const GumboTag tag = node->v.element.tag;
    for (GumboTag t : kSkippedTags) {
      if (t == tag) return true;
    }
    if (const char* role = Attr(node, "role")) {
      std::string r = Lower(role);
      for (const char* skipped : kSkippedRoles) {
        if (r == skipped) return true;
      }
    }
    if (const char* hidden = Attr(node, "hidden"); hidden) return true;
    if (const char* aria = Attr(node, "aria-hidden"); aria && std::string_view(aria) == "true") return true;
    if (ClassMatches(Attr(node, "class")) || ClassMatches(Attr(node, "id"))) {
      // A wrapper holding most of the content ("page has-sidebar") is not furniture.
      return TextLength(node) * 2 < root_length_;
    }
    return false;
  }

  static bool IsBlock(GumboTag tag) {
    for (GumboTag t : kBlockTags) {
      if (t == tag) return true;
    }
    return false;
  }

  void Inline(const char* s) {
    for (const char* p = s; *p; ++p) {
      char c = *p;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        pending_space_ = true;
      } else {
        if (pending_space_ && !out_.empty() && out_.back() != '\n' && out_.back() != ' ') out_.push_back(' ');
        pending_space_ = false;
        out_.push_back(c);
      }
    }
  }

  void Break(const char* sep) {
    pending_space_ = false;
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    if (out_.empty()) return;
    // Do not stack breaks: keep the strongest.
    size_t newlines = 0;
    while (newlines < out_.size() && out_[out_.size() - 1 - newlines] == '\n') ++newlines;
    const size_t want = std::string_view(sep).size();
    if (newlines < want) out_.append(want - newlines, '\n');
  }

  size_t root_length_;
  std::string out_;
  bool pending_space_ = false;
};

// Finds schema.org article metadata in JSON-LD (objects, arrays, @graph).
void ScanJsonLd(const Json& j, bool* found_article, std::string* date, std::string* headline, std::string* author,
                std::string* publisher) {
  if (j.is_array()) {
    for (const Json& v : j) ScanJsonLd(v, found_article, date, headline, author, publisher);
    return;
  }
  if (!j.is_object()) return;
  if (auto g = j.find("@graph"); g != j.end()) ScanJsonLd(*g, found_article, date, headline, author, publisher);
  bool is_article = false;
  if (auto t = j.find("@type"); t != j.end()) {
    auto matches = [](const Json& v) {
      if (!v.is_string()) return false;
      for (const char* type : kArticleTypes) {
        if (v.get<std::string>() == type) return true;
      }
      return false;
    };
    if (t->is_array()) {
      for (const Json& v : *t) is_article = is_article || matches(v);
    } else {
      is_article = matches(*t);
    }
  }
  auto text_of = [](const Json& v) -> std::string {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_object() && v.contains("name") && v["name"].is_string()) return v["name"].get<std::string>();
    if (v.is_array() && !v.empty()) {
      const Json& first = v[0];
      if (first.is_string()) return first.get<std::string>();
      if (first.is_object() && first.contains("name") && first["name"].is_string()) return first["name"].get<std::string>();
    }
    return "";
  };
  // An article-typed object wins over other objects that happen to carry datePublished.
  const bool take = is_article ? !*found_article : date->empty();
  if (take) {
    if (auto d = j.find("datePublished"); d != j.end() && d->is_string()) {
      *date = d->get<std::string>();
      if (is_article) *found_article = true;
    }
  }
  if (is_article) {
    if (auto h = j.find("headline"); h != j.end() && headline->empty()) *headline = text_of(*h);
    if (auto a = j.find("author"); a != j.end() && author->empty()) *author = text_of(*a);
    if (auto p = j.find("publisher"); p != j.end() && publisher->empty()) *publisher = text_of(*p);
  }
}

std::string MetaValue(const PageScan& scan, const char* key) {
  auto it = scan.meta.find(key);
  return it == scan.meta.end() ? "" : it->second;
}

}  // namespace

std::string HtmlToText(std::string_view html) {
  if (FindExcessNesting(html, kMaxHtmlDepth) != std::string_view::npos) return StripTags(html);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  TextExtractor extractor(TextLength(output->root));
  extractor.Walk(output->root, true);
  std::string text = extractor.Take();
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return text;
}

std::vector<IngestItem> ReadHtml(std::string_view content, const std::string& path, Builder* builder) {
  std::vector<IngestItem> items;
  // gumbo requires valid UTF-8.
  std::string repaired;
  if (!text::IsValidUtf8(content)) {
    repaired = text::RepairUtf8(content);
    content = repaired;
  }
  if (size_t at = FindExcessNesting(content, kMaxHtmlDepth); at != std::string_view::npos) {
    items.push_back(FailureItem(path, "byte " + std::to_string(at),
                                Status::InvalidArgument(path + ": byte " + std::to_string(at) +
                                                        ": HTML elements nested deeper than " +
                                                        std::to_string(kMaxHtmlDepth) + " levels; not read")));
    return items;
  }
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, content.data(), content.size());
  PageScan scan;
  Scan(output->root, &scan);

  // The content root: itemprop=articleBody, else the <article> with the most text, else <main>, else <body>.
  const GumboNode* root = scan.article_body;
  if (!root && !scan.articles.empty()) {
    size_t best = 0;
    for (const GumboNode* a : scan.articles) {
      size_t n = TextLength(a);
      if (n > best) {
        best = n;
        root = a;
      }
    }
  }
  if (!root) root = scan.main;
  if (!root) root = scan.body ? scan.body : output->root;
  TextExtractor extractor(TextLength(root));
  extractor.Walk(root, true);
  std::string body = extractor.Take();

  std::string ld_date, ld_headline, ld_author, ld_publisher;
  bool found_article = false;
  for (const std::string& block : scan.json_ld) {
    Json j = Json::parse(block, nullptr, /*allow_exceptions=*/false);
    if (!j.is_discarded()) ScanJsonLd(j, &found_article, &ld_date, &ld_headline, &ld_author, &ld_publisher);
  }

  RawArticle raw;
  raw.path = path;
  raw.format = SourceFormat::kHtml;
  raw.raw_bytes = content;
  if (std::string t = MetaValue(scan, "og:title"); !t.empty()) {
    raw.title = t;
    raw.title_origin = FieldOrigin::kHtmlMeta;
  } else if (!ld_headline.empty()) {
    raw.title = ld_headline;
    raw.title_origin = FieldOrigin::kJsonLd;
  } else if (!scan.h1.empty()) {
    raw.title = scan.h1;
    raw.title_origin = FieldOrigin::kHtmlMeta;
  } else if (!scan.title.empty()) {
    raw.title = scan.title;
    raw.title_origin = FieldOrigin::kHtmlMeta;
  }
  if (std::string s = MetaValue(scan, "og:site_name"); !s.empty()) {
    raw.outlet = s;
    raw.outlet_origin = FieldOrigin::kHtmlMeta;
  } else if (!ld_publisher.empty()) {
    raw.outlet = ld_publisher;
    raw.outlet_origin = FieldOrigin::kJsonLd;
  } else if (std::string s2 = MetaValue(scan, "application-name"); !s2.empty()) {
    raw.outlet = s2;
    raw.outlet_origin = FieldOrigin::kHtmlMeta;
  }
  raw.url = MetaValue(scan, "og:url");
  if (raw.url.empty()) raw.url = scan.canonical;
  raw.author = MetaValue(scan, "author");
  if (raw.author.empty()) raw.author = ld_author;
  raw.language = scan.lang;
  for (const char* key : kDateMetaKeys) {
    std::string v = MetaValue(scan, key);
    if (v.empty()) continue;
    raw.published = ParsePublicationDate(v, FieldOrigin::kHtmlMeta);
    if (raw.published.known()) break;
  }
  if (!raw.published.known() && !ld_date.empty()) raw.published = ParsePublicationDate(ld_date, FieldOrigin::kJsonLd);
  if (!raw.published.known() && !scan.time_datetime.empty()) {
    raw.published = ParsePublicationDate(scan.time_datetime, FieldOrigin::kHtmlMeta);
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);

  if (body.find_first_not_of(" \n") == std::string::npos) {
    items.push_back(FailureItem(path, "", Status::InvalidArgument(path + ": HTML has no body text")));
    return items;
  }
  // A headline repeated as the first paragraph is dropped from the body.
  raw.body = std::move(body);
  raw.style = text::ParagraphStyle::kLines;
  Result<Article> article = builder->Build(std::move(raw));
  IngestItem item;
  item.path = path;
  if (article.ok()) {
    item.article = std::move(article).value();
  } else {
    item.failure = article.status();
  }
  items.push_back(std::move(item));
  return items;
}

}  // namespace ingest
}  // namespace newsline
