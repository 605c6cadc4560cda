// Loads an HTML page in headless Chromium (Debian's chromium) for the report tests: the DOM after
// its script ran and a screenshot, at a given window width.
#ifndef NEWSLINE_TESTS_REPORT_BROWSER_TESTUTIL_H_
#define NEWSLINE_TESTS_REPORT_BROWSER_TESTUTIL_H_

#include <string>

namespace newsline_test {

// The browser's path, or "" when none is installed (the tests then skip).
std::string FindChromium();

struct Loaded {
  std::string dom;     // the DOM after the page's script ran
  std::string layout;  // the JSON the page records on <body data-layout> when loaded with #layout-check
  bool screenshot = false;
};

// Loads `html` at `width` x 1000 px; the screenshot is left as <build>/<name>-<width>.png.
Loaded LoadInChromium(const std::string& chromium, const std::string& html, int width, const std::string& name);

}  // namespace newsline_test

#endif  // NEWSLINE_TESTS_REPORT_BROWSER_TESTUTIL_H_
