// Body layout: lines, paragraphs and composed offsets.
#include "text/layout.h"

#include <algorithm>
#include <cctype>

namespace newsline {
namespace text {
namespace {

bool EndsSentence(std::string_view line) {
  if (line.empty()) return true;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')' || c == ';';
}

bool StartsLower(std::string_view line) {
  return !line.empty() && std::islower(static_cast<unsigned char>(line[0]));
}

// Length of a list bullet at the start of a line ("• ", "- ", "* ", "· "), or 0.
size_t BulletLength(std::string_view line) {
  static const char* const kBullets[] = {"\xe2\x80\xa2 ", "\xc2\xb7 ", "- ", "* ", "\xe2\x96\xaa ", "\xe2\x97\x8f "};
  for (const char* b : kBullets) {
    std::string_view bullet(b);
    if (line.size() > bullet.size() && line.compare(0, bullet.size(), bullet) == 0) return bullet.size();
  }
  return 0;
}

// Appends source[begin, end) to the body, collapsing runs of spaces, with anchors composed
// through the source map.
class Writer {
 public:
  Writer(std::string_view source, const OffsetMap& map, Body* body) : source_(source), map_(map), body_(body) {
    anchors_ = &map.anchors();
  }

  void Append(uint32_t begin, uint32_t end) {
    uint32_t i = begin;
    while (i < end) {
      uint32_t run_end = i;
      while (run_end < end && !(source_[run_end] == ' ' && run_end + 1 < end && source_[run_end + 1] == ' ')) {
        ++run_end;
      }
      if (run_end < end) ++run_end;  // include one space of the run
      Copy(i, run_end);
      i = run_end;
      while (i < end && source_[i] == ' ') ++i;  // skip the rest of the run
    }
  }

  void AppendLiteral(std::string_view s) { body_->text.append(s); }

 private:
  void Copy(uint32_t begin, uint32_t end) {
    const uint32_t out = static_cast<uint32_t>(body_->text.size());
    body_->offsets.AddAnchor(out, map_.ToOriginal(begin));
    // Source anchors inside the copied range (and at its end) keep the mapping exact.
    auto it = std::upper_bound(anchors_->begin(), anchors_->end(), begin,
                               [](uint32_t n, const std::pair<uint32_t, uint32_t>& a) { return n < a.first; });
    for (; it != anchors_->end() && it->first <= end; ++it) {
      body_->offsets.AddAnchor(out + (it->first - begin), it->second);
    }
    body_->text.append(source_.substr(begin, end - begin));
  }

  std::string_view source_;
  const OffsetMap& map_;
  Body* body_;
  const std::vector<std::pair<uint32_t, uint32_t>>* anchors_;
};

}  // namespace

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  bool blank_before = true;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos;
    size_t e = nl;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    if (b == e) {
      blank_before = true;
    } else {
      Line line;
      line.begin = static_cast<uint32_t>(b);
      line.end = static_cast<uint32_t>(e);
      line.indented = b > pos;
      line.blank_before = blank_before;
      lines.push_back(line);
      blank_before = false;
    }
    pos = nl + 1;
  }
  return lines;
}

Body AssembleBody(std::string_view source, const OffsetMap& source_offsets, const std::vector<Line>& lines,
                  ParagraphStyle style) {
  Body body;
  Writer writer(source, source_offsets, &body);
  bool open = false;
  uint32_t paragraph_begin = 0;
  std::string_view previous;
  auto close = [&]() {
    if (!open) return;
    body.paragraphs.push_back({{paragraph_begin, static_cast<uint32_t>(body.text.size())}});
    open = false;
  };
  for (const Line& line : lines) {
    if (!line.keep) continue;
    std::string_view s = line.Of(source);
    bool continues = false;
    if (open) {
      if (style == ParagraphStyle::kIndented) {
        continues = !line.indented && !line.blank_before;
      } else {
        continues = !line.blank_before && previous.size() >= 40 && !EndsSentence(previous) && StartsLower(s);
      }
    }
    if (continues) {
      writer.AppendLiteral(" ");
      writer.Append(line.begin, line.end);
    } else {
      close();
      if (!body.text.empty()) writer.AppendLiteral("\n\n");
      uint32_t begin = line.begin + static_cast<uint32_t>(BulletLength(s));
      while (begin < line.end && source[begin] == ' ') ++begin;
      paragraph_begin = static_cast<uint32_t>(body.text.size());
      writer.Append(begin, line.end);
      open = true;
    }
    previous = s;
  }
  close();
  return body;
}

}  // namespace text
}  // namespace newsline
