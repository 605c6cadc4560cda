// Helpers shared by the ingestion tests.
#ifndef NEWSLINE_TESTS_INGEST_INGEST_TESTUTIL_H_
#define NEWSLINE_TESTS_INGEST_INGEST_TESTUTIL_H_

#include <string>
#include <vector>

#include "newsline/ingest.h"

namespace newsline {
namespace testing {

// The fixture folder tests/data/ingest.
std::string IngestData(const std::string& name);
// The shared research data folder (../shared), or "" when absent.
std::string SharedDir();
// Reads every item under `paths`.
std::vector<IngestItem> ReadAll(const std::vector<std::string>& paths, const IngestOptions& options = {});
// The whole file.
std::string ReadFile(const std::string& path);
// Sentences of an article joined with " | ".
std::string Sentences(const Article& a);

}  // namespace testing
}  // namespace newsline

#endif  // NEWSLINE_TESTS_INGEST_INGEST_TESTUTIL_H_
