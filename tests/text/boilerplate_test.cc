// Tests for the boilerplate and origin-statement rules.
#include "text/boilerplate.h"

#include <gtest/gtest.h>

namespace newsline {
namespace text {
namespace {

TEST(BoilerplateTest, MatchesSiteJunk) {
  const char* junk[] = {"Advertisement", "X", "Please Login to leave a comment.", "Go to Source", "Author:",
                        "Comments", "Want to Post Your Topic", "Post It Now",
                        "Join a global community of creators, monetize your content easily. Start your passive "
                        "income journey with Digbly today!",
                        "Subscribe to our newsletter for daily updates", "Share this article", "\xc2\xa9 2026 Example "
                        "News. All rights reserved."};
  for (const char* line : junk) EXPECT_NE(MatchBoilerplate(line), nullptr) << line;
}

TEST(BoilerplateTest, KeepsArticleText) {
  const char* text[] = {"Microsoft vs OpenAI", "Summary", "Author: Jane Doe wrote this",
                        "X marks the spot where the deal was signed.",
                        "Commenters said the deal was large.",
                        "The company will subscribe to a new policy of openness, its chief executive said in a long "
                        "statement on Tuesday that ran to several pages and covered many unrelated matters as well."};
  for (const char* line : text) EXPECT_EQ(MatchBoilerplate(line), nullptr) << line;
}

TEST(BoilerplateTest, OriginStatement) {
  EXPECT_EQ(MatchOriginStatement("This article originally appeared on NetworkWorld.").value_or(""), "NetworkWorld");
  EXPECT_EQ(MatchOriginStatement("This story first appeared in The Guardian").value_or(""), "The Guardian");
  EXPECT_EQ(MatchOriginStatement("Originally published by Reuters.").value_or(""), "Reuters");
  EXPECT_FALSE(MatchOriginStatement("The article appeared on Monday and was widely read.").has_value());
}

}  // namespace
}  // namespace text
}  // namespace newsline
