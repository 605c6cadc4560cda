// Text output for people: terminal width, colour (only on a TTY, never with NO_COLOR), aligned
// tables that fit the width, and word wrapping. Computation never happens here.
#ifndef NEWSLINE_TOOLS_OUTPUT_H_
#define NEWSLINE_TOOLS_OUTPUT_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newsline_tool {

// How text output is styled; decided once per run from the environment.
struct Style {
  bool color = false;
  size_t width = 100;

  // Colour when stdout is a terminal and NO_COLOR is unset or empty; width from $COLUMNS or the
  // terminal, else 100.
  static Style FromEnvironment();

  std::string Bold(std::string_view s) const { return Wrap("1", s); }
  std::string Dim(std::string_view s) const { return Wrap("2", s); }
  std::string Red(std::string_view s) const { return Wrap("31", s); }
  std::string Green(std::string_view s) const { return Wrap("32", s); }
  std::string Yellow(std::string_view s) const { return Wrap("33", s); }
  std::string Cyan(std::string_view s) const { return Wrap("36", s); }
  // Replaces <b>…</b> highlight markers (from snippets) with bold, or with [..] without colour.
  std::string Highlight(std::string_view s) const;

 private:
  std::string Wrap(const char* code, std::string_view s) const;
};

// Number of terminal columns a UTF-8 string takes (ANSI escapes count zero; every code point one).
size_t DisplayWidth(std::string_view s);

// "a, b, c" (or with another separator).
std::string Join(const std::vector<std::string>& items, const char* separator = ", ");

// Cuts a UTF-8 string to at most `width` columns, ending with "…" when cut.
std::string Truncate(std::string_view s, size_t width);

// Greedy word wrap to `width` columns; the first line starts at column `start` (text already
// printed), each later line starts with `indent` spaces.
std::string WrapText(std::string_view s, size_t width, size_t indent, size_t start = 0);

// An aligned table: columns sized to their content; the last column is wrapped to what is left
// of the width.
class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void AddRow(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  bool empty() const { return rows_.empty(); }
  void Print(std::ostream& out, const Style& style) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace newsline_tool

#endif  // NEWSLINE_TOOLS_OUTPUT_H_
