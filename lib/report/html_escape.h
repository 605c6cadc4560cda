// Escaping text and the common start of the HTML pages (the timeline and comparison pages).
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

// A page's start up to its open <header> with the heading and the subtitle line (when given).
inline std::string PageStart(const std::string& title, const std::string& subtitle, const char* style) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += "<title>" + EscapeHtml(title) + "</title>\n<style>" + style + "</style></head>\n<body>\n";
  html += "<header><h1>" + EscapeHtml(title) + "</h1>";
  if (!subtitle.empty()) html += "<p class=\"sub\">" + EscapeHtml(subtitle) + "</p>";
  return html;
}

}  // namespace report
}  // namespace newsline

#endif  // NEWSLINE_LIB_REPORT_HTML_ESCAPE_H_
