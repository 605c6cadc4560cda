// The records a Searcher reads back from an index: an event, claim or fact with the article it
// comes from and its sentence. They are the input of the analysis (timelines, comparisons).
//
// Thread-safety: plain values.
#ifndef NEWSLINE_RECORDS_H_
#define NEWSLINE_RECORDS_H_

#include <string>
#include <vector>

#include "newsline/article.h"
#include "newsline/extraction.h"

namespace newsline {

// The article an event or claim comes from, as stored with it.
struct ArticleRef {
  std::string id;
  std::string title;
  std::string outlet;
  std::string wire_source;  // the agency whose copy it is ("(c) Reuters"), "" when none
  std::string url;
  std::string path;
  std::string locator;
  std::string language;
  PublicationDate published;
};

// How to name an article's source to a reader: its outlet; else its title (shortened); else its
// file name (and locator); else "article <id>". Seeds pasted from the web often have no outlet.
std::string ArticleLabel(const ArticleRef& article);

// The independent source an article's own statements count for: the agency whose copy it is
// (wire_source), else its outlet, else its ArticleLabel.
std::string ArticleSource(const ArticleRef& article);

struct EventRecord {
  Event event;
  ArticleRef article;
  std::string sentence_text;
  // EventMergeKey(event) (newsline/extraction.h): "investment|investee=openai|investor=microsoft".
  std::string merge_key;
  // The article's keywords (Annotations::keywords): BuildTimeline compares articles by them.
  std::vector<std::string> article_keywords;
};

struct FactRecord {
  Fact fact;
  ArticleRef article;
  std::string sentence_text;
};

struct ClaimRecord {
  Claim claim;
  ArticleRef article;
  std::string sentence_text;
  std::string content_text;
};

}  // namespace newsline

#endif  // NEWSLINE_RECORDS_H_
