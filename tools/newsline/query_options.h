// Options shared by the subcommands that query the index (search, claims, timeline, compare,
// articles, ...): the query text, kind, date range, sort, paging and facet filters, turned into
// a newsline::SearchRequest.
#ifndef NEWSLINE_TOOLS_QUERY_OPTIONS_H_
#define NEWSLINE_TOOLS_QUERY_OPTIONS_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command.h"
#include "newsline/query.h"

namespace newsline_tool {

struct QueryOptions {
  std::vector<std::string> words;  // positional QUERY words, joined with spaces
  std::vector<std::string> kinds;
  std::string from, to;
  std::string sort = "relevance";
  uint32_t limit = 10;
  uint32_t offset = 0;
  std::vector<std::string> sources, entities, topics, types, speakers;

  // Adds QUERY and the filter options; `paging` adds --sort/--limit/--offset; `kinds` adds --kind.
  void AddTo(CLI::App* sub, bool paging, bool kinds);
  // Fills a request; returns false and prints a usage error for a bad date or kind.
  bool ToRequest(newsline::SearchRequest* request) const;
};

// Parses "2025", "2025-03" or "2025-03-18"; `end` picks the last day of a year or month.
std::optional<newsline::Day> ParseDayBound(const std::string& text, bool end);

// Opens the index named by --db for reading; prints the error and returns null on failure.
std::unique_ptr<newsline::Searcher> OpenSearcher(const GlobalOptions& global);

// Builds `request` from the options and opens the index: the common start of every query
// subcommand. On failure returns null with the exit status in *exit_code (usage or failure).
std::unique_ptr<newsline::Searcher> PrepareQuery(const QueryOptions& options, const GlobalOptions& global,
                                                 newsline::SearchRequest* request, int* exit_code);

// Prints a library error for the user: "newsline: <message>".
int ReportError(const newsline::Status& status);

}  // namespace newsline_tool

#endif  // NEWSLINE_TOOLS_QUERY_OPTIONS_H_
