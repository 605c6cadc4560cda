// Turns an Article and its Annotations into the Xapian documents of the schema (schema.h): one
// article document, one per event, one per claim, and one holding the article's facts.
//
// Thread-safety: a DocumentBuilder holds a TermGenerator; use one per thread.
#ifndef NEWSLINE_LIB_INDEX_DOCUMENT_BUILDER_H_
#define NEWSLINE_LIB_INDEX_DOCUMENT_BUILDER_H_

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "index/json_codec.h"
#include "newsline/article.h"
#include "newsline/extraction.h"

namespace newsline {

struct BuiltDocument {
  std::string id_term;  // the unique Q term
  Xapian::Document document;
  enum class Kind { kArticle, kEvent, kClaim, kFact } kind = Kind::kArticle;
  uint32_t records = 1;  // the facts a kFact document holds (one document per article)
};

struct DocumentBuilderOptions {
  std::string stemmer = "en";  // Default: "en"; "none" disables stemming.
  bool positions = true;       // article text keeps positions. Default: true.
};

// Words for the spelling table with their occurrence counts (what TermGenerator's
// FLAG_SPELLING would add word by word), summed over a file so the writer adds each once.
using SpellingCounts = std::map<std::string, Xapian::termcount>;

// What PrepareFile builds (include/newsline/index.h): a file's documents, its spelling words,
// and the options they were built with.
struct PreparedDocuments {
  std::string path, content_hash;
  std::string stemmer;
  bool positions = true;
  bool spelling = true;
  std::vector<BuiltDocument> documents;
  SpellingCounts spelling_words;
};

class DocumentBuilder {
 public:
  explicit DocumentBuilder(const DocumentBuilderOptions& options);

  // Appends the article's document and its event and claim documents to `out`.
  void Build(const Article& article, const Annotations& annotations, std::vector<BuiltDocument>* out);

  // The compact article reference stored with each event and claim.
  static json_codec::Json ArticleRef(const Article& article);

  // Adds the spelling words of an article document built here: each unprefixed term, counted
  // once per occurrence (its wdf less its title term's, as the title is indexed at weight 2).
  static void CountSpelling(const Xapian::Document& article_document, SpellingCounts* counts);

 private:
  BuiltDocument BuildArticle(const Article& article, const Annotations& annotations);
  BuiltDocument BuildEvent(const Article& article, const Annotations& annotations, const Event& event);
  BuiltDocument BuildClaim(const Article& article, const Annotations& annotations, const Claim& claim);
  BuiltDocument BuildFacts(const Article& article, const std::vector<Fact>& facts);

  DocumentBuilderOptions options_;
  Xapian::TermGenerator generator_;
};

// Creates a stemmer from a language name; "none" or "" gives no stemming. Unknown names give no
// stemming too (the caller validates names up front with IsKnownStemmer).
Xapian::Stem MakeStemmer(const std::string& language);
bool IsKnownStemmer(const std::string& language);
// The stemmer's canonical name: "english" for "en" and "english", "none" for no stemming.
std::string StemmerName(const std::string& language);

}  // namespace newsline

#endif  // NEWSLINE_LIB_INDEX_DOCUMENT_BUILDER_H_
