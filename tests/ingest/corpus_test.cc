// The real corpora in ../shared: all 21,578 Reuters articles with dates, and the BBC duplicates.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "ingest/ingest_testutil.h"
#include "newsline/ingest.h"

namespace newsline {
namespace {

TEST(ReutersCorpusTest, AllArticlesReadWithDates) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "../shared is absent: Reuters-21578 is not available";
  ArticleReader reader({testing::SharedDir() + "/data/reuters21578/sgm-data"});
  IngestItem item;
  size_t articles = 0, dated = 0, titled = 0, with_topics = 0, with_people = 0;
  std::map<int, size_t> by_month;
  std::vector<std::string> failures;
  uint32_t repaired = 0;
  Day earliest = Day::FromDaysSinceEpoch(1 << 20), latest;
  while (reader.Next(&item)) {
    if (!item.ok()) {
      failures.push_back(item.failure.message());
      continue;
    }
    const Article& a = item.article;
    ++articles;
    if (a.published.exact() && a.published.origin == FieldOrigin::kSgml) {
      ++dated;
      ++by_month[a.published.day().month()];
      earliest = std::min(earliest, a.published.day());
      latest = std::max(latest, a.published.day());
    }
    titled += !a.title.empty();
    with_topics += a.tags.count("topics");
    with_people += a.tags.count("people");
    repaired += a.repaired_bytes;
    if (a.locator == "NEWID=17980") {
      EXPECT_NE(a.text.find("growth.\xc3\xbc"), std::string::npos);
    }
  }
  // 21,578 records: 21,577 articles and NEWID 12793, whose TEXT is empty.
  EXPECT_EQ(articles + failures.size(), 21578u);
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_NE(failures[0].find("reut2-012.sgm: NEWID=12793: no body text"), std::string::npos);
  EXPECT_EQ(dated, articles);
  EXPECT_EQ(earliest.ToString(), "1987-02-26");
  EXPECT_EQ(latest.ToString(), "1987-10-20");
  // The README's month counts sum to 21,572: its script skipped the six dirty dates (NEWID 996, 1045,
  // 1199 with two spaces, 17192 with hour 605: March; 14609 and 15785 with one-digit hundredths:
  // April), which are parsed here. Less the empty April article NEWID 12793.
  EXPECT_EQ(by_month, (std::map<int, size_t>{{2, 229}, {3, 11540 + 4}, {4, 5659 + 2 - 1}, {6, 2552}, {10, 1592}}));
  EXPECT_EQ(titled, articles);  // UNPROC headlines come from the first line
  EXPECT_EQ(with_topics, 11367u);
  EXPECT_EQ(with_people, 1156u);
  EXPECT_EQ(repaired, 1u);  // the one 0xFC byte in reut2-017.sgm
}

// Word 3-shingle Jaccard similarity, to judge pairs the title check calls "different".
double Jaccard(const std::string& a, const std::string& b) {
  auto shingles = [](const std::string& s) {
    std::vector<std::string> words;
    std::string w;
    for (char c : s) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      } else if (!w.empty()) {
        words.push_back(std::move(w));
        w.clear();
      }
    }
    if (!w.empty()) words.push_back(w);
    std::set<std::string> out;
    for (size_t i = 0; i + 2 < words.size(); ++i) out.insert(words[i] + " " + words[i + 1] + " " + words[i + 2]);
    return out;
  };
  std::set<std::string> x = shingles(a), y = shingles(b);
  size_t common = 0;
  for (const std::string& s : x) common += y.count(s);
  const size_t all = x.size() + y.size() - common;
  return all ? static_cast<double>(common) / static_cast<double>(all) : 1.0;
}

TEST(BbcCorpusTest, ExactAndNearDuplicates) {
  if (testing::SharedDir().empty()) GTEST_SKIP() << "../shared is absent: the BBC corpus is not available";
  ArticleReader reader({testing::SharedDir() + "/data/bbc-news/bbc"});
  std::vector<ArticleFingerprint> prints;
  std::vector<std::string> titles, texts, paths;
  IngestItem item;
  while (reader.Next(&item)) {
    ASSERT_TRUE(item.ok()) << item.failure.ToString();
    prints.push_back(ArticleFingerprint::Of(item.article));
    titles.push_back(item.article.title);
    texts.push_back(item.article.text);
    paths.push_back(item.article.path);
  }
  ASSERT_EQ(prints.size(), 2225u);
  EXPECT_EQ(reader.counters().repaired_bytes, 1u);  // bbc/sport/199.txt

  std::vector<DuplicateGroup> groups = GroupDuplicates(prints);
  std::vector<int> group_of(prints.size(), -1);
  for (size_t g = 0; g < groups.size(); ++g) {
    for (size_t m : groups[g].members) group_of[m] = static_cast<int>(g);
  }
  // The README's pairs: files sharing a title (98 byte-identical, 31 edited).
  std::map<std::string, std::vector<size_t>> by_title;
  for (size_t i = 0; i < titles.size(); ++i) by_title[titles[i]].push_back(i);
  size_t exact_pairs = 0, exact_found = 0, edited_pairs = 0, edited_found = 0;
  for (const auto& [title, members] : by_title) {
    if (members.size() != 2) continue;
    const bool exact = prints[members[0]].content_hash == prints[members[1]].content_hash;
    const bool found = group_of[members[0]] >= 0 && group_of[members[0]] == group_of[members[1]];
    (exact ? exact_pairs : edited_pairs) += 1;
    (exact ? exact_found : edited_found) += found;
  }
  // Grouped pairs with different titles are false only when their texts are not near-identical
  // (retitled copies such as business/267 and business/365 are real duplicates).
  size_t retitled = 0, false_pairs = 0;
  for (const DuplicateGroup& g : groups) {
    for (size_t x = 0; x < g.members.size(); ++x) {
      for (size_t y = x + 1; y < g.members.size(); ++y) {
        if (titles[g.members[x]] == titles[g.members[y]]) continue;
        if (Jaccard(texts[g.members[x]], texts[g.members[y]]) >= 0.5) {
          ++retitled;
        } else {
          ++false_pairs;
          ADD_FAILURE() << "false pair: " << paths[g.members[x]] << " " << paths[g.members[y]];
        }
      }
    }
  }
  std::cout << "BBC duplicates: exact " << exact_found << "/" << exact_pairs << ", edited " << edited_found << "/"
            << edited_pairs << ", retitled copies " << retitled << ", false pairs " << false_pairs << "\n";
  EXPECT_EQ(exact_pairs, 98u);
  EXPECT_EQ(exact_found, 98u);
  EXPECT_EQ(edited_pairs, 31u);
  EXPECT_GE(edited_found, 27u);  // 28 with the default options; the 3 missed have Jaccard 0.33-0.36
  EXPECT_LE(false_pairs, 2u);
}

}  // namespace
}  // namespace newsline
