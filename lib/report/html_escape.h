// Escaping text for HTML pages (the timeline and comparison pages).
#ifndef NEWSLINE_LIB_REPORT_HTML_ESCAPE_H_
#define NEWSLINE_LIB_REPORT_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace newsline {
namespace report {

// & < > " ' as entities: safe in element text and in quoted attribute values.
inline std::string EscapeHtml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace report
}  // namespace newsline

#endif  // NEWSLINE_LIB_REPORT_HTML_ESCAPE_H_
