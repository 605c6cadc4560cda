// Article assembly shared by every format.
#include "ingest/builder.h"

#include <cctype>

#include "text/boilerplate.h"
#include "text/normalize.h"

namespace newsline {
namespace ingest {
namespace {

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::string CleanField(std::string_view raw) {
  std::string normalized = text::NormalizeString(raw);
  std::string out;
  out.reserve(normalized.size());
  for (char c : normalized) {
    if (c == '\n' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool LooksLikeHeadline(std::string_view line, bool followed_by_blank) {
  if (line.empty() || line.size() > 250) return false;
  const char last = line.back();
  // A headline does not end like a sentence (a question mark or "..." is fine for headlines,
  // a period or comma is not).
  if (last == ',' || last == ';' || (last == '.' && !(line.size() >= 3 && line.substr(line.size() - 3) == "..."))) {
    return false;
  }
  // The first word must have a capital or a digit ("iTunes now selling ..." is fine, "the deal" is not).
  bool capital = false;
  for (size_t i = 0; i < line.size() && line[i] != ' '; ++i) {
    capital = capital || std::isupper(static_cast<unsigned char>(line[i])) || std::isdigit(static_cast<unsigned char>(line[i]));
  }
  if (!capital && static_cast<unsigned char>(line[0]) < 0x80) return false;
  const size_t words = CountWords(line);
  if (words > 30) return false;
  // Short labels such as "Sam Altman OpenAI" are tags or section names, not headlines, unless a
  // blank line sets them apart as a title line.
  if (words >= 4) return true;
  return words >= 2 && followed_by_blank;
}

bool LooksLikeLabel(std::string_view line) {
  if (line.empty() || line.size() > 60) return false;
  const char last = line.back();
  if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';' || last == ':') return false;
  const size_t words = CountWords(line);
  if (words > 3) return false;
  // Every word starts with a capital or a digit.
  bool at_word_start = true;
  for (char c : line) {
    if (c == ' ') {
      at_word_start = true;
      continue;
    }
    if (at_word_start && !std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
    at_word_start = false;
  }
  return true;
}

Result<Article> Builder::Build(RawArticle raw) {
  Article a;
  a.path = std::move(raw.path);
  a.locator = std::move(raw.locator);
  a.format = raw.format;
  a.title = CleanField(raw.title);
  a.title_origin = a.title.empty() ? FieldOrigin::kNone : raw.title_origin;
  a.outlet = CleanField(raw.outlet);
  a.outlet_origin = a.outlet.empty() ? FieldOrigin::kNone : raw.outlet_origin;
  a.url = CleanField(raw.url);
  a.author = CleanField(raw.author);
  a.language = CleanField(raw.language);
  if (a.language.empty()) a.language = options_.default_language;
  a.published = std::move(raw.published);
  a.tags = std::move(raw.tags);
  a.content_hash = HashHex(raw.raw_bytes);

  text::NormalizedText norm = text::Normalize(raw.body, raw.body_base);
  a.repaired_bytes = norm.repaired_bytes;
  std::vector<text::Line> lines = text::SplitLines(norm.text);

  for (text::Line& line : lines) {
    std::string_view s = line.Of(norm.text);
    if (raw.detect_origin) {
      if (auto outlet = text::MatchOriginStatement(s)) {
        if (a.outlet.empty()) {
          a.outlet = *outlet;
          a.outlet_origin = FieldOrigin::kText;
        }
        line.keep = false;
        ++a.boilerplate_removed;
        continue;
      }
    }
    if (auto holder = text::MatchCopyrightHolder(s)) {
      if (a.wire_source.empty()) a.wire_source = *holder;
      line.keep = false;
      ++a.boilerplate_removed;
      continue;
    }
    if (options_.remove_boilerplate && text::MatchBoilerplate(s)) {
      line.keep = false;
      ++a.boilerplate_removed;
    }
  }

  if (raw.detect_title && a.title.empty()) {
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!lines[i].keep) continue;
      // The first kept line; there must be body text after it.
      bool more = false;
      for (size_t j = i + 1; j < lines.size() && !more; ++j) more = lines[j].keep;
      const bool blank_after = i + 1 < lines.size() && lines[i + 1].blank_before;
      std::string_view s = lines[i].Of(norm.text);
      if (more && LooksLikeHeadline(s, blank_after)) {
        a.title = std::string(s);
        a.title_origin = FieldOrigin::kText;
        lines[i].keep = false;
      } else if (more && LooksLikeLabel(s)) {
        // A site's tag line ("Sam Altman OpenAI") is kept as a tag, not as body text.
        a.tags["label"].push_back(std::string(s));
        lines[i].keep = false;
      }
      break;
    }
  }

  // A title repeated as the first line of the body (an HTML <h1>, a pasted headline) is dropped.
  if (!a.title.empty()) {
    for (text::Line& line : lines) {
      if (!line.keep) continue;
      if (line.Of(norm.text) == a.title) line.keep = false;
      break;
    }
  }

  text::Body body = text::AssembleBody(norm.text, norm.offsets, lines, raw.style);
  a.text = std::move(body.text);
  a.paragraphs = std::move(body.paragraphs);
  a.offsets = std::move(body.offsets);
  a.sentences = splitter_.Split(a.text, a.paragraphs);
  if (a.text.empty() && a.title.empty()) {
    std::string where = a.path;
    if (!a.locator.empty()) where += ": " + a.locator;
    return Status::InvalidArgument(where + ": no body text");
  }
  a.id = ArticleId(a.title, a.text);
  const std::string_view content = a.text.empty() ? std::string_view(a.title) : std::string_view(a.text);
  a.simhash = SimHash(content);
  a.minhash = MinHash(content);
  return a;
}

}  // namespace ingest
}  // namespace newsline
