// Small helpers the benchmark programs share: the machine's load, peak memory, percentiles.
#ifndef NEWSLINE_BENCH_BENCH_UTIL_H_
#define NEWSLINE_BENCH_BENCH_UTIL_H_

#include <sys/resource.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

namespace newsline::bench {

// The 1-minute load average: figures measured on a busy machine say so.
inline std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one;
  in >> one;
  return one.empty() ? "?" : one;
}

// Peak resident memory of this process so far, in KiB (Linux getrusage).
inline long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// The p-quantile (0..1) of `v` by nearest rank; 0 for no samples.
inline double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace newsline::bench

#endif  // NEWSLINE_BENCH_BENCH_UTIL_H_
