// Headless Chromium for the report tests (browser_testutil.h).
#include "report/browser_testutil.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>

namespace newsline_test {
namespace {

std::string RunCommand(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  pclose(pipe);
  return out;
}

}  // namespace

std::string FindChromium() {
  for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
    if (std::filesystem::exists(p)) return p;
  }
  return "";
}

// The page loaded in headless Chromium at `width` px: the DOM after the script ran (with
// "#layout-check", the page records its layout on <body data-layout>), and a screenshot left in
// the build folder for people to look at.
Loaded LoadInChromium(const std::string& chromium, const std::string& html, int width, const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("newsline_html_" + name + "_" + std::to_string(getpid()) + "_" + std::to_string(width));
  std::filesystem::create_directories(dir);
  const std::string page = (dir / (name + ".html")).string();
  std::ofstream(page) << html;
  const std::string flags = " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                            " --disable-background-networking --disable-component-update --disable-sync"
                            " --hide-scrollbars --window-size=" + std::to_string(width) + ",1000" +
                            " --user-data-dir=" + (dir / "profile").string();
  Loaded out;
  out.dom = RunCommand("timeout 60 " + chromium + flags + " --dump-dom 'file://" + page + "#layout-check' 2>/dev/null");
  std::smatch m;
  if (std::regex_search(out.dom, m, std::regex("data-layout=\"([^\"]*)\""))) {
    out.layout = std::regex_replace(m[1].str(), std::regex("&quot;"), "\"");
  }
  const std::string shot = std::string(NEWSLINE_BINARY_DIR) + "/" + name + "-" + std::to_string(width) + ".png";
  std::filesystem::remove(shot);
  RunCommand("timeout 60 " + chromium + flags + " --screenshot=" + shot + " 'file://" + page + "' >/dev/null 2>&1");
  out.screenshot = std::filesystem::exists(shot) && std::filesystem::file_size(shot) > 1000;
  std::filesystem::remove_all(dir);
  return out;
}

}  // namespace newsline_test
