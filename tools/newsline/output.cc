// Terminal styling, display widths, wrapping and aligned tables for the tool's text output.
#include "output.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace newsline_tool {

Style Style::FromEnvironment() {
  Style style;
  const char* no_color = std::getenv("NO_COLOR");
  bool tty = isatty(STDOUT_FILENO) != 0;
  style.color = tty && (no_color == nullptr || *no_color == '\0');
  if (const char* columns = std::getenv("COLUMNS"); columns && std::atoi(columns) > 20) {
    style.width = static_cast<size_t>(std::atoi(columns));
  } else if (tty) {
    winsize ws{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) style.width = ws.ws_col;
  }
  return style;
}

std::string Style::Wrap(const char* code, std::string_view s) const {
  if (!color) return std::string(s);
  return std::string("\033[") + code + "m" + std::string(s) + "\033[0m";
}

std::string Style::Highlight(std::string_view s) const {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 3, "<b>") == 0) {
      out += color ? "\033[1;33m" : "[";
      i += 3;
    } else if (s.compare(i, 4, "</b>") == 0) {
      out += color ? "\033[0m" : "]";
      i += 4;
    } else {
      out += s[i++];
    }
  }
  return out;
}

size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0x1b) {  // skip an ANSI escape up to its final letter
      while (i < s.size() && !((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) ++i;
      continue;
    }
    if ((c & 0xC0) != 0x80) ++width;  // count lead bytes only
  }
  return width;
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string Truncate(std::string_view s, size_t width) {
  if (DisplayWidth(s) <= width) return std::string(s);
  if (width == 0) return "";
  std::string out;
  size_t used = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (used + 1 >= width) break;
      ++used;
    }
    out += s[i];
  }
  return out + "…";
}

std::string WrapText(std::string_view s, size_t width, size_t indent, size_t start) {
  if (width < indent + 10) width = indent + 10;
  std::string out;
  size_t column = start;
  bool line_empty = true;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j == i) break;
    std::string_view word = s.substr(i, j - i);
    size_t w = DisplayWidth(word);
    if (!line_empty && column + 1 + w > width) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += w;
    line_empty = false;
    i = j;
  }
  return out;
}

void Table::Print(std::ostream& out, const Style& style) const {
  size_t n = header_.size();
  std::vector<size_t> widths(n, 0);
  for (size_t c = 0; c < n; ++c) widths[c] = DisplayWidth(header_[c]);
  for (const auto& row : rows_) {
    for (size_t c = 0; c < n && c < row.size(); ++c) widths[c] = std::max(widths[c], DisplayWidth(row[c]));
  }
  // Cap every column but the last so the last keeps at least a third of the width.
  size_t budget = style.width > 0 ? style.width : 100;
  size_t cap = std::max<size_t>(8, budget / (n > 1 ? n : 1));
  size_t used = 0;
  for (size_t c = 0; c + 1 < n; ++c) {
    if (used + widths[c] + 2 > budget * 2 / 3) widths[c] = std::min(widths[c], cap);
    used += widths[c] + 2;
  }
  size_t last = budget > used + 10 ? budget - used : 10;

  auto print_row = [&](const std::vector<std::string>& row, bool header) {
    std::string line;
    for (size_t c = 0; c < n; ++c) {
      std::string cell = c < row.size() ? row[c] : "";
      if (c + 1 < n) {
        cell = Truncate(cell, widths[c]);
        cell += std::string(widths[c] - DisplayWidth(cell) + 2, ' ');
        line += header ? style.Bold(cell) : cell;
      } else {
        std::string wrapped = WrapText(cell, used + last, used, used);
        line += header ? style.Bold(wrapped) : wrapped;
      }
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  };
  print_row(header_, true);
  for (const auto& row : rows_) print_row(row, false);
}

}  // namespace newsline_tool
