// Shared helpers for the index tests: a small corpus of articles with annotations about the
// Microsoft–OpenAI–AWS dispute, built in code so every span is computed, not hand-counted.
#ifndef NEWSLINE_TESTS_INDEX_INDEX_TESTUTIL_H_
#define NEWSLINE_TESTS_INDEX_INDEX_TESTUTIL_H_

#include <string>
#include <utility>
#include <vector>

#include "newsline/index.h"
#include "newsline/query.h"

namespace newsline {
namespace testing_index {

// A fresh empty directory under the test temp dir (removed at process exit is not needed:
// gtest's TempDir is per run). Names are unique per call.
std::string TempPath(const std::string& name);
void RemoveTree(const std::string& path);

// The fixture corpus, grouped by the "file" it pretends to come from:
//   ft.txt        ft-1       Financial Times, 2026-02-27, legal threat + breach claims (both stances)
//   nw.txt        nw-1       NetworkWorld, estimated [2026-02-27, 2026-03-10), AWS deal, 2019 investment,
//                            hedged FT-relayed claim; says "Amazon Web Services", never "AWS"
//   bi.txt        bi-1       Business Insider, 2026-03-02, 2023 investment, AWS hosting claim
//   digbly.txt    dg-1       Digbly, unknown date, near-duplicate of nw-1 (simhash 2 bits away)
//   reuters.sgm   rt-1, rt-2 Reuters 1987 articles with source tags, no annotations
std::vector<std::pair<std::string, std::vector<IndexedArticle>>> FixtureFiles();
// Entity aliases for the fixture: Redmond -> microsoft, AWS / Amazon Web Services -> aws, ...
std::vector<std::pair<std::string, std::string>> FixtureAliases();

// Indexes every fixture file (hash "v1") and the aliases, then commits.
Status IndexFixture(Index* index);

// A fake content hash for a list of articles (their ids joined).
std::string HashOf(const std::vector<IndexedArticle>& articles);

// Sorted ids of the hits.
std::vector<std::string> Ids(const SearchResponse& response);
std::string Joined(const std::vector<std::string>& ids);

}  // namespace testing_index
}  // namespace newsline

#endif  // NEWSLINE_TESTS_INDEX_INDEX_TESTUTIL_H_
