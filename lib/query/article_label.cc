// ArticleLabel: how an article's source is named to a reader when it may have no outlet.
#include <string>

#include "newsline/query.h"

namespace newsline {

std::string ArticleLabel(const ArticleRef& article) {
  if (!article.outlet.empty()) return article.outlet;
  if (!article.title.empty()) {
    constexpr size_t kMax = 48;
    std::string title = article.title;
    if (title.size() > kMax) {
      size_t cut = title.rfind(' ', kMax);
      title = title.substr(0, cut == std::string::npos || cut < kMax / 2 ? kMax : cut) + "…";
    }
    return "\"" + title + "\"";
  }
  if (!article.path.empty()) {
    const size_t slash = article.path.find_last_of('/');
    std::string name = slash == std::string::npos ? article.path : article.path.substr(slash + 1);
    return article.locator.empty() ? name : name + " " + article.locator;
  }
  return "article " + article.id;
}

std::string ArticleSource(const ArticleRef& article) {
  if (!article.wire_source.empty()) return article.wire_source;
  if (!article.outlet.empty()) return article.outlet;
  return ArticleLabel(article);
}

}  // namespace newsline
