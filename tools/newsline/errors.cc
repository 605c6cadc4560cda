// Error reporting in text or JSON, and the nearest name for a typo (see errors.h).
#include "errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

namespace newsline_tool {
namespace {

bool g_json_errors = false;

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

void SetJsonErrors(bool json) { g_json_errors = json; }

int Fail(int exit_status, const std::string& message) {
  if (g_json_errors) {
    nlohmann::json j{{"error", message}, {"exit_status", exit_status}};
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cerr << "newsline: " << message << "\n";
  }
  return exit_status;
}

std::string Nearest(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(1, word.size() / 3) + 1;
  for (const std::string& c : candidates) {
    if (c == word) return c;
    size_t d = EditDistance(word, c);
    if (d < best_distance || (best.empty() && !word.empty() && c.rfind(word, 0) == 0)) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

}  // namespace newsline_tool
