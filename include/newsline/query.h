// Searcher: full-text and faceted search over one or several newsline indexes (local paths or
// remote shards served by xapian-tcpsrv), and enumeration of the decoded articles, events and
// claims a query matches (the input of timelines and comparisons; the records are declared in
// records.h, the entities listing in entity_list.h).
//
//   newsline::SearcherOptions options;
//   options.databases = {"news.db"};  // or {"tcp://10.0.0.5:7001", "tcp://10.0.0.6:7001"}
//   auto searcher = newsline::Searcher::Open(options);
//   newsline::SearchRequest request;
//   request.query = "source:ft breach NOT \"cloud exclusivity\"";
//   request.from = newsline::Day::Parse("2026-02-01");
//   request.to = newsline::Day::Parse("2026-03-31");
//   request.facets = {"outlet", "entity", "year"};
//   auto response = (*searcher)->Search(request);
//   if (!response.ok()) std::cerr << response.status().ToString();  // e.g. a malformed query
//
// Query syntax (Xapian's QueryParser): words, "phrases", AND / OR / NOT / XOR (upper case),
// parentheses, +required -excluded, title:word, and boolean fields
//   kind: source: outlet: primary: entity: type: topic: speaker: stance: hedged: lang: year:
//   month: granularity: tag: article: attribute: unit:
// (values are case-insensitive; quote values with spaces: source:"Financial Times"), and a date
// range date:2025-03..2025-04-15 (YYYY, YYYY-MM or YYYY-MM-DD ends; either end may be empty)
// with the same overlap semantics as SearchRequest::from/to. Entity aliases are synonyms:
// "Redmond" also finds documents about Microsoft.
//
// Thread-safety: a Searcher is not thread-safe (Xapian databases are per thread): use one per
// thread. Searchers see a writer's commits: each request reopens to the latest revision, and a
// request that races a commit is retried.
#ifndef NEWSLINE_QUERY_H_
#define NEWSLINE_QUERY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsline/article.h"
#include "newsline/calendar.h"
#include "newsline/extraction.h"
#include "newsline/index.h"
#include "newsline/records.h"
#include "newsline/status.h"

namespace newsline {

struct SearcherOptions {
  // The databases searched as one: local index paths, or remote shards "tcp://HOST:PORT"
  // (xapian-tcpsrv). Statistics are merged, so relevance is the same as for one big index.
  // REQUIRES: not empty.
  std::vector<std::string> databases;
  // A local database holding the synonyms (entity aliases) and spelling data; remote shards do
  // not serve them (see Index::ExportLexicon). Default: "" = use `databases` when all are local,
  // else none (no alias expansion and no "did you mean").
  std::string lexicon;
  // Stemmer language; must match the one the index was built with. Default: "en".
  std::string stemmer = "en";
  // Timeout for remote shards, in milliseconds. Default: 10000.
  uint32_t remote_timeout_ms = 10000;
  // Count facets from the facet-value slot (one value read per document for all facets);
  // false uses a ValueCountMatchSpy per single-valued field and the term lists of the first
  // check_at_least matches for multi-valued ones (entity, tag, attribute, unit): slower, and
  // what remote shards and indexes of an older schema always get. Default: true.
  bool facet_value_slot = true;
};

struct SearchRequest {
  // Query text (syntax above). Empty: every document that passes the filters.
  std::string query;
  // Document kinds to search. Default: empty = all kinds.
  std::vector<DocKind> kinds;
  // Extra boolean filters as (field, value) pairs, e.g. {"entity", "microsoft"}; same fields as
  // the query syntax. Different fields are ANDed, values of one field ORed (entity and tag
  // values are ANDed: a document has several).
  std::vector<std::pair<std::string, std::string>> filters;
  // Date range [from, to], inclusive days, either end optional. A document matches when its
  // date interval overlaps the range (an event dated "2025" matches March 2025). Articles and
  // claims use the publication date (exact or estimated), events their own date. Documents
  // without a date do not match a date range.
  std::optional<Day> from;
  std::optional<Day> to;
  enum class Sort { kRelevance, kDateAscending, kDateDescending };
  // Default: kRelevance. Date sorts use the interval's begin; undated documents sort first
  // when ascending, last when descending.
  Sort sort = Sort::kRelevance;
  // Paging. Defaults: 0 and 10.
  uint32_t offset = 0;
  uint32_t limit = 10;
  // Fields to count values of (same names as the filters; "source" counts outlets). Default: none.
  std::vector<std::string> facets;
  // Values returned per facet, most frequent first. Default: 20.
  uint32_t facet_values = 20;
  // Facet counts (and the match count) are exact when the match has at most this many
  // documents, else computed over this many and marked approximate. Default: 10000.
  // It applies when facets, duplicate collapsing or exact_count are asked for; otherwise the
  // match examines what the page needs and the count is Xapian's estimate (exact when
  // matches_lower == matches_upper).
  uint32_t check_at_least = 10000;
  // Count the matches (up to check_at_least) even without facets. Default: false.
  bool exact_count = false;
  // Snippets with highlighted query terms. Defaults: true, 240 bytes, <b>...</b>.
  bool snippets = true;
  uint32_t snippet_bytes = 240;
  std::string highlight_begin = "<b>";
  std::string highlight_end = "</b>";
  // Fill SearchHit::text (the article's text or the sentence). Default: false.
  bool texts = false;
  // Collapse duplicate articles into the best-ranked one, listing the others in
  // SearchHit::duplicates. Grouping is ingestion's GroupDuplicates (same id or content hash,
  // simhash within duplicate_max_distance bits, or MinHash similarity >= duplicate_min_jaccard),
  // run at query time over the first collapse_scan_limit matches, so it always reflects what is
  // indexed. Events and claims are never collapsed. Defaults: false, 6, 0.5, 10000.
  bool collapse_duplicates = false;
  uint32_t duplicate_max_distance = 6;
  double duplicate_min_jaccard = 0.5;
  uint32_t collapse_scan_limit = 10000;
  // Words without an operator must all match (true) or any may match (false). Default: true.
  bool default_and = true;
  // Ask for a spelling correction of the query (given only when the query matches nothing).
  // Default: true.
  bool suggest_spelling = true;
};

struct SearchHit {
  std::string id;  // the article, event or claim id
  DocKind kind = DocKind::kArticle;
  std::string title;       // article title; event summary; claim "speaker cue: content"
  std::string outlet;      // the article's outlet ("" when unknown)
  std::string article_id;  // the article itself, or the article an event/claim comes from
  bool has_date = false;
  DayInterval date;         // the interval searched by date ranges
  std::string granularity;  // "day", "month", "year", "estimated", ...
  // The TIMEX3 modifier of an event's date ("ON_OR_BEFORE": a relayed report, bounded by its
  // article's date); "" for other hits and plain dates.
  std::string date_mod;
  std::string snippet;      // with highlight markers; "" when snippets are off
  // With SearchRequest::texts: the article's text (article hits) or the sentence (event and
  // claim hits; a fact document's sentences, joined). "" otherwise.
  std::string text;
  double weight = 0;
  uint32_t rank = 0;  // 0-based position in the (collapsed) result list
  std::vector<std::string> duplicates;  // ids of near-duplicate articles collapsed into this hit
  std::string data;  // the stored JSON (docs/index-schema.md), displayable without the file
};

struct FacetValue {
  std::string value;  // normalized facet value ("financial-times", "microsoft", "2025")
  uint64_t count = 0;
};

struct FacetResult {
  std::string field;
  bool exact = true;          // false: counted over check_at_least documents only
  uint64_t documents_counted = 0;
  // How the values were counted: "values" (value slots, over the documents the match examined)
  // or "terms" (each of the first check_at_least matches' term lists: multi-valued fields when a
  // shard is remote or the index is of an older schema, where the facet-value slot is not used).
  std::string counted_by = "values";
  std::vector<FacetValue> values;
};

struct SearchResponse {
  std::vector<SearchHit> hits;
  // Matches before collapsing: exact when lower == upper.
  uint64_t matches_lower = 0;
  uint64_t matches_estimated = 0;
  uint64_t matches_upper = 0;
  std::vector<FacetResult> facets;
  // "Did you mean": the query with misspelt words corrected; "" when none.
  std::string corrected_query;
  // Xapian's description of the parsed query (for debugging and the tool's --explain).
  std::string query_description;
};

class Searcher {
 public:
  // Opens every database. InvalidArgument for an empty list or a malformed "tcp://" address;
  // NotFound / IOError when a database cannot be opened or a shard cannot be reached.
  static Result<std::unique_ptr<Searcher>> Open(const SearcherOptions& options);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Runs a search. InvalidArgument for a malformed query, naming the problem and its byte
  // position ("query: position 10: AND has nothing on its right").
  Result<SearchResponse> Search(const SearchRequest& request);

  // Every matching document of one kind, decoded, in date order (then by id), up to `max`
  // (0 = no limit). request.kinds, sort, offset, limit, facets and snippets are ignored.
  Result<std::vector<Article>> Articles(const SearchRequest& request, size_t max = 0);
  Result<std::vector<EventRecord>> Events(const SearchRequest& request, size_t max = 0);
  Result<std::vector<ClaimRecord>> Claims(const SearchRequest& request, size_t max = 0);
  Result<std::vector<FactRecord>> Facts(const SearchRequest& request, size_t max = 0);

  // Number of documents in all databases.
  Result<uint64_t> DocumentCount();
  // True when synonyms and spelling are available (a lexicon database is open).
  bool has_lexicon() const;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Checks query text without searching: OK, or InvalidArgument naming the problem and position.
// Query text over 4,096 bytes is refused.
Status ValidateQuery(const std::string& query);

}  // namespace newsline

#endif  // NEWSLINE_QUERY_H_
