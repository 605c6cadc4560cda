// One outlet written several ways is one independent source (analysis/source_names.h).
#include <gtest/gtest.h>

#include "analysis/source_names.h"
#include "newsline/analysis.h"

namespace newsline {
namespace {

TEST(SourceNamesTest, AcronymsArticlesAndMisspellingsAreOneName) {
  const analysis::SourceNames names(
      {"Financial Times", "FT", "the Financial Times", "Financial Times", "Finacial Times", "Reuters", "AP",
       "Associated Press", "The Wall Street Journal", "WSJ", "Fox News", "Sky News", "BBC"});
  EXPECT_EQ(names.Canonical("FT"), "Financial Times");
  EXPECT_EQ(names.Canonical("the Financial Times"), "Financial Times");
  EXPECT_EQ(names.Canonical("Finacial Times"), "Financial Times");
  EXPECT_EQ(names.Canonical("AP"), "Associated Press");
  EXPECT_EQ(names.Canonical("WSJ"), "The Wall Street Journal");
  // Short names a letter apart are different outlets; unseen names come back unchanged.
  EXPECT_EQ(names.Canonical("Fox News"), "Fox News");
  EXPECT_EQ(names.Canonical("Sky News"), "Sky News");
  EXPECT_EQ(names.Canonical("Reuters"), "Reuters");
  EXPECT_EQ(names.Canonical("Bloomberg"), "Bloomberg");
  // The name, not its acronym, even when the acronym is written more often.
  const analysis::SourceNames often({"FT", "FT", "FT", "Financial Times"});
  EXPECT_EQ(often.Canonical("FT"), "Financial Times");
}

TEST(SourceNamesTest, RelaysOfOneOutletWrittenTwoWaysCountOnce) {
  auto relay = [](const std::string& article, const std::string& outlet, const std::string& source) {
    ClaimRecord r;
    r.article.id = article;
    r.article.outlet = outlet;
    r.claim.id = article + ":c0";
    r.claim.speaker = "Microsoft";
    r.claim.topic = "breach";
    r.claim.topic_label = "breach";
    r.claim.primary_source = source;
    return r;
  };
  const Comparison c = CompareClaims(
      {relay("a1", "Outlet One", "FT"), relay("a2", "Outlet Two", "Financial Times"), relay("a3", "Outlet Three", "")});
  ASSERT_EQ(c.topics.size(), 1u);
  EXPECT_EQ(c.topics[0].sides[0].primary_sources, (std::vector<std::string>{"Financial Times", "Outlet Three"}));
}

}  // namespace
}  // namespace newsline
