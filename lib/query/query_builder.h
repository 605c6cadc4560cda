// Turns a SearchRequest into a Xapian::Query: checks the query text (with error positions),
// configures the QueryParser from the schema's field table, and adds filters, kinds and the
// date-overlap range.
//
// Thread-safety: a QueryBuilder owns a QueryParser; use one per thread.
#ifndef NEWSLINE_LIB_QUERY_QUERY_BUILDER_H_
#define NEWSLINE_LIB_QUERY_QUERY_BUILDER_H_

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>

#include "newsline/calendar.h"
#include "newsline/query.h"
#include "newsline/status.h"

namespace newsline {

// The documents whose [begin, end) date interval overlaps the inclusive day range [from, to]:
// begin <= to AND end > from, on the YYYYMMDD slots. Either bound may be absent.
Xapian::Query DateOverlapQuery(const std::optional<Day>& from, const std::optional<Day>& to);

// Parses one end of a date range: "2025" / "2025-03" / "2025-03-18" / "20250318". For the
// lower end the first day of the period; for the upper end the last day.
std::optional<Day> ParseRangeEnd(const std::string& text, bool upper);

class QueryBuilder {
 public:
  // `lexicon` (may be null) provides synonyms and spelling data.
  QueryBuilder(const std::string& stemmer, const Xapian::Database* lexicon);

  // The full query for a request; InvalidArgument with a position for malformed text.
  Result<Xapian::Query> Build(const SearchRequest& request, std::string* corrected_query);

  const Xapian::Stem& stemmer() const { return stem_; }

 private:
  Xapian::Stem stem_;
  const Xapian::Database* lexicon_;
  Xapian::QueryParser parser_;
  // The first error a field or range processor met during the current parse_query (processors
  // must not throw through Xapian's parser).
  std::shared_ptr<std::string> parse_error_;
};

}  // namespace newsline

#endif  // NEWSLINE_LIB_QUERY_QUERY_BUILDER_H_
