// Helpers shared by the ingestion tests.
#include "ingest/ingest_testutil.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace newsline {
namespace testing {

std::string IngestData(const std::string& name) { return std::string(NEWSLINE_TEST_DATA_DIR) + "/ingest/" + name; }

std::string SharedDir() {
  std::string dir = NEWSLINE_SHARED_DIR;
  std::error_code ec;
  return !dir.empty() && std::filesystem::is_directory(dir, ec) ? dir : "";
}

std::vector<IngestItem> ReadAll(const std::vector<std::string>& paths, const IngestOptions& options) {
  ArticleReader reader(paths, options);
  std::vector<IngestItem> items;
  IngestItem item;
  while (reader.ok() && reader.Next(&item)) items.push_back(std::move(item));
  return items;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Sentences(const Article& a) {
  std::string out;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    if (i) out += " | ";
    out += std::string(a.SentenceText(i));
  }
  return out;
}

}  // namespace testing
}  // namespace newsline
