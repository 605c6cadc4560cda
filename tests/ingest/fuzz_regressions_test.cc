// Replays every fuzz seed (fuzz/corpus/<target>/) and every crash reproducer found by fuzzing
// (tests/data/fuzz-regressions/<target>/) through the same entry points as the fuzz targets, in
// the normal build (and under ASan/UBSan in CI): none may crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../../fuzz/fuzz_entries.h"

namespace {

namespace fs = std::filesystem;

void ReplayEach(const std::string& target, void (*replay)(const uint8_t*, size_t)) {
  size_t replayed = 0;
  for (const char* root : {NEWSLINE_SOURCE_DIR "/fuzz/corpus/", NEWSLINE_TEST_DATA_DIR "/fuzz-regressions/"}) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(std::string(root) + target, ec)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      SCOPED_TRACE(entry.path().string());
      replay(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0u) << "no seed for " << target;
}

TEST(FuzzRegressionsTest, Readers) {
  ReplayEach("reader_text", [](const uint8_t* d, size_t n) { newsline_fuzz::Reader(d, n, "fuzz.txt"); });
  ReplayEach("reader_header", [](const uint8_t* d, size_t n) { newsline_fuzz::Reader(d, n, "fuzz.text"); });
  ReplayEach("reader_json", [](const uint8_t* d, size_t n) { newsline_fuzz::Reader(d, n, "fuzz.json"); });
  ReplayEach("reader_jsonl", [](const uint8_t* d, size_t n) { newsline_fuzz::Reader(d, n, "fuzz.jsonl"); });
  ReplayEach("reader_html", [](const uint8_t* d, size_t n) { newsline_fuzz::Reader(d, n, "fuzz.html"); });
  ReplayEach("reader_sgml", [](const uint8_t* d, size_t n) { newsline_fuzz::Reader(d, n, "fuzz.sgm"); });
  ReplayEach("manifest", newsline_fuzz::Manifest);
}

TEST(FuzzRegressionsTest, PackDatesExtractorAndQueries) {
  ReplayEach("pack", newsline_fuzz::Pack);
  ReplayEach("dates", newsline_fuzz::Dates);
  ReplayEach("extract", newsline_fuzz::Extract);
  ReplayEach("analysis", newsline_fuzz::Analysis);
  ReplayEach("query", newsline_fuzz::Query);
}

}  // namespace
