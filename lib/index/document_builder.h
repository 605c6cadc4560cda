// Turns an Article and its Annotations into the Xapian documents of the schema (schema.h): one
// article document, one per event, one per claim, and one holding the article's facts.
//
// Thread-safety: a DocumentBuilder holds a TermGenerator; use one per thread.
#ifndef NEWSLINE_LIB_INDEX_DOCUMENT_BUILDER_H_
#define NEWSLINE_LIB_INDEX_DOCUMENT_BUILDER_H_

#include <xapian.h>

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
  bool spelling = false;       // record spelling data (needs a database). Default: false.
};

class DocumentBuilder {
 public:
  // `spelling_db` receives spelling data when options.spelling; may be null otherwise.
  DocumentBuilder(const DocumentBuilderOptions& options, Xapian::WritableDatabase* spelling_db);

  // Appends the article's document and its event and claim documents to `out`.
  void Build(const Article& article, const Annotations& annotations, std::vector<BuiltDocument>* out);

  // The compact article reference stored with each event and claim.
  static json_codec::Json ArticleRef(const Article& article);

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

}  // namespace newsline

#endif  // NEWSLINE_LIB_INDEX_DOCUMENT_BUILDER_H_
