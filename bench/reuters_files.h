// The Reuters-21578 SGML files under ../shared, for the benchmarks and evaluation programs.
#ifndef NEWSLINE_BENCH_REUTERS_FILES_H_
#define NEWSLINE_BENCH_REUTERS_FILES_H_

#include <cstdio>
#include <string>
#include <vector>

namespace newsline_bench {

// The folder the files are read from (for messages).
inline std::string ReutersDir() { return std::string(NEWSLINE_SHARED_DIR) + "/data/reuters21578/sgm-data"; }

// reut2-000.sgm .. reut2-021.sgm that exist, in order; at most `max_files` (< 0: all 22).
// Empty when the data is absent: callers skip with a message.
inline std::vector<std::string> ReutersFiles(int max_files = -1) {
  std::vector<std::string> paths;
  const std::string dir = ReutersDir();
  for (int k = 0; k < 22 && (max_files < 0 || k < max_files); ++k) {
    char name[64];
    std::snprintf(name, sizeof(name), "/reut2-%03d.sgm", k);
    std::FILE* f = std::fopen((dir + name).c_str(), "rb");
    if (!f) continue;
    std::fclose(f);
    paths.push_back(dir + name);
  }
  return paths;
}

}  // namespace newsline_bench

#endif  // NEWSLINE_BENCH_REUTERS_FILES_H_
