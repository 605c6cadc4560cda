// ArticleLabel: outlet, else shortened title, else file name, else id.
#include <gtest/gtest.h>

#include "newsline/query.h"

namespace newsline {
namespace {

TEST(ArticleLabelTest, PrefersOutletThenTitleThenFileName) {
  ArticleRef a;
  a.id = "01640855a5325dd5";
  EXPECT_EQ(ArticleLabel(a), "article 01640855a5325dd5");
  a.path = "/work/shared/corpus/seeds/000_b43602c64086a7c1.txt";
  EXPECT_EQ(ArticleLabel(a), "000_b43602c64086a7c1.txt");
  a.locator = "line 2";
  EXPECT_EQ(ArticleLabel(a), "000_b43602c64086a7c1.txt line 2");
  a.title = "Microsoft threatens OpenAI and Amazon with legal action over the Frontier deal";
  EXPECT_EQ(ArticleLabel(a), "\"Microsoft threatens OpenAI and Amazon with legal…\"");
  a.title = "Short title";
  EXPECT_EQ(ArticleLabel(a), "\"Short title\"");
  a.outlet = "Financial Times";
  EXPECT_EQ(ArticleLabel(a), "Financial Times");
}

}  // namespace
}  // namespace newsline
