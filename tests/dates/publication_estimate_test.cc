// Publication-date estimation: on the five undated seed articles (read through ingestion) and on
// small synthetic articles that isolate each kind of evidence.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsline/dates.h"
#include "newsline/extraction.h"
#include "newsline/ingest.h"

namespace newsline {
namespace {

const std::string kSeedDir = std::string(NEWSLINE_SHARED_DIR) + "/corpus/seeds/";
const char* const kSeeds[] = {"000_b43602c64086a7c1.txt", "001_8979d8dcc8f4386b.txt", "002_8c98a0951789dad7.txt",
                              "003_549fdfb6aec52b6b.txt", "004_883bd1e9acfb9f87.txt"};

// The seeds were written in mid/late March 2026 (the lead's brief); any estimate must contain it.
const DayInterval kTruePeriod{*Day::Parse("2026-03-10"), *Day::Parse("2026-04-01")};

bool ReadSeed(const std::string& name, Article* article) {
  std::ifstream in(kSeedDir + name, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  Result<std::vector<Article>> articles = ReadArticlesFromString(ss.str(), name);
  if (!articles.ok() || articles->size() != 1) {
    ADD_FAILURE() << name << ": " << articles.status().ToString();
    return false;
  }
  *article = (*articles)[0];
  return true;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + "\n";
  return s;
}

TEST(PublicationEstimateSeeds, EstimatesContainTheTruePeriod) {
  Article probe;
  if (!std::ifstream(kSeedDir + kSeeds[0])) GTEST_SKIP() << "research data absent: " << kSeedDir;
  TemporalTagger tagger;
  int estimated = 0;
  for (const char* name : kSeeds) {
    Article article;
    ASSERT_TRUE(ReadSeed(name, &article)) << name;
    ASSERT_FALSE(article.published.exact()) << name << " is undated";
    std::vector<TimeExpression> expressions = tagger.TagArticle(article);
    PublicationDate p = EstimatePublicationDate(article, expressions);
    ASSERT_FALSE(p.evidence.empty()) << name;
    if (p.kind == PublicationDate::Kind::kEstimated) {
      ++estimated;
      EXPECT_EQ(p.origin, FieldOrigin::kEstimated);
      EXPECT_LE(p.interval.begin, kTruePeriod.begin) << name << "\n" << Joined(p.evidence);
      EXPECT_GE(p.interval.end, kTruePeriod.end) << name << "\n" << Joined(p.evidence);
      EXPECT_LE(p.interval.length(), 366) << name << " is too wide\n" << Joined(p.evidence);
      EXPECT_GT(p.interval.length(), 1) << name << ": never a single invented day";
    } else {
      // Unknown, possibly with a lone lower bound that must not exclude the truth.
      EXPECT_EQ(p.kind, PublicationDate::Kind::kUnknown);
      EXPECT_LE(p.interval.begin, kTruePeriod.begin) << name << "\n" << Joined(p.evidence);
    }
  }
  EXPECT_GE(estimated, 1);
}

TEST(PublicationEstimateSeeds, LateFebruaryAfterOctober2025) {
  Article article;
  if (!std::ifstream(kSeedDir + kSeeds[3])) GTEST_SKIP() << "research data absent: " << kSeedDir;
  ASSERT_TRUE(ReadSeed(kSeeds[3], &article));
  TemporalTagger tagger;
  PublicationDate p = EstimatePublicationDate(article, tagger.TagArticle(article));
  ASSERT_EQ(p.kind, PublicationDate::Kind::kEstimated) << Joined(p.evidence);
  EXPECT_EQ(p.interval.ToString(), "[2026-02-21, 2027-01-01)");
  ASSERT_EQ(p.evidence.size(), 2u);
  EXPECT_EQ(p.evidence[0].rfind("not before 2026-02-21: reports \"In late February, AWS and OpenAI announced", 0), 0u)
      << p.evidence[0];
  EXPECT_NE(p.evidence[0].find("'October 2025'"), std::string::npos) << p.evidence[0];
  EXPECT_EQ(p.evidence[1].rfind("not after 2026-12-31: ", 0), 0u) << p.evidence[1];
}

TEST(PublicationEstimateSeeds, OnlyALowerBoundFrom2019) {
  Article article;
  if (!std::ifstream(kSeedDir + kSeeds[1])) GTEST_SKIP() << "research data absent: " << kSeedDir;
  ASSERT_TRUE(ReadSeed(kSeeds[1], &article));
  TemporalTagger tagger;
  PublicationDate p = EstimatePublicationDate(article, tagger.TagArticle(article));
  EXPECT_EQ(p.kind, PublicationDate::Kind::kUnknown);
  EXPECT_EQ(p.interval.begin.ToString(), "2019-01-01");
  EXPECT_TRUE(p.interval.empty());
  ASSERT_GE(p.evidence.size(), 2u);
  EXPECT_NE(p.evidence[0].find("(2019) as past"), std::string::npos) << p.evidence[0];
  // With the collection day known, the same evidence becomes an (honestly wide) estimate.
  EstimateOptions options;
  options.not_after = Day::Parse("2026-11-22");
  PublicationDate bounded = EstimatePublicationDate(article, tagger.TagArticle(article), options);
  EXPECT_EQ(bounded.kind, PublicationDate::Kind::kEstimated);
  EXPECT_EQ(bounded.interval.ToString(), "[2019-01-01, 2026-11-23)");
}

// With the seeds' true date as reference, the seed phrases resolve as a reader would.
TEST(PublicationEstimateSeeds, SeedPhrasesResolveAgainstMarch2026) {
  if (!std::ifstream(kSeedDir + kSeeds[0])) GTEST_SKIP() << "research data absent: " << kSeedDir;
  TemporalTagger tagger;
  std::string all;
  for (const char* name : kSeeds) {
    Article article;
    ASSERT_TRUE(ReadSeed(name, &article));
    for (const TimeExpression& t : tagger.TagArticle(article, Day::Parse("2026-03-18"))) {
      all += t.text + " => " + FormatTimeExpression(t) + "\n";
      // Amounts are never dates.
      for (const char* amount : {"$50 billion", "$38 billion", "2GW", "$100 billion", "$1 billion"})
        EXPECT_EQ(t.text.find(amount), std::string::npos) << t.text;
    }
  }
  for (const char* expected : {
           "late February => DATE 2026-02 month END [2026-02-21,2026-03-01) rule=mod+month-name",
           "last month => DATE 2026-02 month [2026-02-01,2026-03-01) rule=deictic-unit",
           "October 2025 => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-year",
           "October => DATE 2025-10 month [2025-10-01,2025-11-01) rule=month-name",
           "2019 => DATE 2019 year [2019-01-01,2020-01-01) rule=year",
           "2023 => DATE 2023 year [2023-01-01,2024-01-01) rule=year",
           "eight years => DURATION P8Y year rule=duration",
           "multi-year => DURATION PXY year rule=duration-multi",
       })
    EXPECT_NE(all.find(expected), std::string::npos) << expected << "\nall:\n" << all;
}

Article MakeArticle(const std::string& text) {
  Article a;
  a.text = text;
  return a;
}

PublicationDate EstimateText(const std::string& text, const EstimateOptions& options = EstimateOptions()) {
  TemporalTagger tagger;
  Article a = MakeArticle(text);
  return EstimatePublicationDate(a, tagger.TagArticle(a), options);
}

TEST(PublicationEstimate, PastAndFutureDatesBoundBothSides) {
  PublicationDate p = EstimateText("The merger was approved on March 3, 2026. The plant will open in June 2026.");
  ASSERT_EQ(p.kind, PublicationDate::Kind::kEstimated) << Joined(p.evidence);
  EXPECT_EQ(p.interval.ToString(), "[2026-03-03, 2026-07-01)");
  ASSERT_EQ(p.evidence.size(), 2u);
  EXPECT_EQ(p.evidence[0].rfind("not before 2026-03-03: ", 0), 0u);
  EXPECT_EQ(p.evidence[1].rfind("not after 2026-06-30: ", 0), 0u);
  EXPECT_NE(p.evidence[1].find("as still to come"), std::string::npos);
}

TEST(PublicationEstimate, ConflictingEvidenceGivesNoEstimate) {
  PublicationDate p = EstimateText("The plant will open in 2020. The merger was approved in 2024.");
  EXPECT_EQ(p.kind, PublicationDate::Kind::kUnknown);
  EXPECT_NE(Joined(p.evidence).find("conflicting"), std::string::npos);
}

TEST(PublicationEstimate, RelativeExpressionsAloneGiveNothing) {
  PublicationDate p = EstimateText("Shares fell yesterday. Last month the firm said it would sue on Friday.");
  EXPECT_EQ(p.kind, PublicationDate::Kind::kUnknown);
  EXPECT_EQ(Joined(p.evidence), "no dated evidence in the text\n");
}

TEST(PublicationEstimate, NotAfterOptionCapsTheInterval) {
  EstimateOptions options;
  options.not_after = Day::Parse("2026-06-30");
  PublicationDate p = EstimateText("The deal was signed in October 2025.", options);
  ASSERT_EQ(p.kind, PublicationDate::Kind::kEstimated);
  EXPECT_EQ(p.interval.ToString(), "[2025-10-01, 2026-07-01)");
}

}  // namespace
}  // namespace newsline

namespace newsline {
namespace {

// The one rule for the date an article is filed under (the index and the pipeline both use it).
TEST(PublishedOrEstimate, AnUndatedArticleIsFiledUnderItsEstimateMarkedAsSuch) {
  Article dated;
  dated.published = PublicationDate::Exact(*Day::Parse("2026-03-02"), FieldOrigin::kHeader);
  Annotations annotations;
  annotations.reference.kind = PublicationDate::Kind::kEstimated;
  annotations.reference.interval = {*Day::Parse("2026-03-01"), *Day::Parse("2026-04-01")};
  annotations.reference.evidence = {"not before 2026-03-01: the latest date in the text"};
  // A dated article keeps its own date.
  EXPECT_EQ(PublishedOrEstimate(dated, annotations).interval.begin.ToString(), "2026-03-02");
  EXPECT_TRUE(PublishedOrEstimate(dated, annotations).exact());
  // An undated one takes the estimate, with its evidence, and never as exact.
  Article undated;
  PublicationDate filed = PublishedOrEstimate(undated, annotations);
  EXPECT_EQ(filed.kind, PublicationDate::Kind::kEstimated);
  EXPECT_EQ(filed.evidence.size(), 1u);
  annotations.reference.kind = PublicationDate::Kind::kExact;
  EXPECT_EQ(PublishedOrEstimate(undated, annotations).kind, PublicationDate::Kind::kEstimated);
  // Nothing to go by: unknown.
  EXPECT_FALSE(PublishedOrEstimate(undated, Annotations{}).known());
}

}  // namespace
}  // namespace newsline
