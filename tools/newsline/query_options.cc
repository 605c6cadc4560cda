// Shared query options and index opening for the tool's subcommands.
#include "query_options.h"

#include <cctype>
#include <filesystem>
#include <iostream>

#include "errors.h"

namespace newsline_tool {

void QueryOptions::AddTo(CLI::App* sub, bool paging, bool with_kinds) {
  sub->add_option("query", words, "Query: words, \"phrases\", AND/OR/NOT, field:value (see docs/cli.md)");
  if (with_kinds) {
    sub->add_option("--kind", kinds, "Only these kinds: article, event, claim, fact")
        ->check(CLI::IsMember({"article", "event", "claim", "fact"}));
  }
  sub->add_option("--from", from, "Only what is dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)");
  sub->add_option("--to", to, "Only what is dated on or before this day (YYYY, YYYY-MM or YYYY-MM-DD)");
  sub->add_option("--source", sources, "Only articles from this outlet (repeatable)");
  sub->add_option("--entity", entities, "Only documents about this entity id (repeatable)");
  sub->add_option("--topic", topics, "Only claims on this topic (repeatable)");
  sub->add_option("--type", types, "Only events of this type (repeatable)");
  sub->add_option("--speaker", speakers, "Only claims by this speaker id (repeatable)");
  if (paging) {
    sub->add_option("--sort", sort, "relevance, date or -date (newest first)")
        ->check(CLI::IsMember({"relevance", "date", "-date"}));
    sub->add_option("--limit", limit, "How many results")->check(CLI::Range(1, 100000));
    sub->add_option("--offset", offset, "Skip this many results");
  }
}

std::optional<newsline::Day> ParseDayBound(const std::string& text, bool end) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() == 4 && std::sscanf(text.c_str(), "%4d%c", &y, &tail) == 1) {
    return end ? newsline::Day::FromCivil(y, 12, 31) : newsline::Day::FromCivil(y, 1, 1);
  }
  if (text.size() == 7 && std::sscanf(text.c_str(), "%4d-%2d%c", &y, &m, &tail) == 2) {
    auto first = newsline::Day::FromCivil(y, m, 1);
    if (!first) return std::nullopt;
    return end ? first->AddMonths(1) - 1 : *first;
  }
  if (text.size() == 10 && std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3) {
    return newsline::Day::FromCivil(y, m, d);
  }
  return std::nullopt;
}

bool QueryOptions::ToRequest(newsline::SearchRequest* request) const {
  std::string q;
  for (const std::string& w : words) q += (q.empty() ? "" : " ") + w;
  request->query = q;
  for (const std::string& k : kinds) {
    newsline::DocKind kind;
    if (!newsline::ParseDocKind(k, &kind)) {
      Fail(kExitUsage, "unknown --kind '" + k + "' (article, event, claim or fact)");
      return false;
    }
    request->kinds.push_back(kind);
  }
  if (!from.empty()) {
    request->from = ParseDayBound(from, false);
    if (!request->from) {
      Fail(kExitUsage, "--from '" + from + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
      return false;
    }
  }
  if (!to.empty()) {
    request->to = ParseDayBound(to, true);
    if (!request->to) {
      Fail(kExitUsage, "--to '" + to + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
      return false;
    }
  }
  for (const auto& s : sources) request->filters.emplace_back("source", s);
  for (const auto& s : entities) request->filters.emplace_back("entity", s);
  for (const auto& s : topics) request->filters.emplace_back("topic", s);
  for (const auto& s : types) request->filters.emplace_back("type", s);
  for (const auto& s : speakers) request->filters.emplace_back("speaker", s);
  if (sort == "date") request->sort = newsline::SearchRequest::Sort::kDateAscending;
  if (sort == "-date") request->sort = newsline::SearchRequest::Sort::kDateDescending;
  request->limit = limit;
  request->offset = offset;
  return true;
}

std::unique_ptr<newsline::Searcher> OpenSearcher(const GlobalOptions& global) {
  for (const std::string& db : global.databases) {
    if (db.find("tcp://") != 0 && !std::filesystem::exists(db)) {
      Fail(kExitFailure, "no index at '" + db + "' (run 'newsline index' first, or pass --db / set NEWSLINE_DB)");
      return nullptr;
    }
  }
  newsline::SearcherOptions options;
  options.databases = global.databases;
  auto searcher = newsline::Searcher::Open(options);
  if (!searcher.ok()) {
    ReportError(searcher.status());
    return nullptr;
  }
  return std::move(*searcher);
}

namespace {

// A --topic, --entity, --speaker, --type or --source value that matches nothing in the index is
// a typo more often than an answer: it is reported with the nearest value the index holds.
bool FilterValuesExist(newsline::Searcher& searcher, const newsline::SearchRequest& request) {
  for (const auto& [field, value] : request.filters) {
    newsline::SearchRequest probe;
    probe.filters = {{field, value}};
    probe.limit = 0;
    probe.snippets = false;
    probe.suggest_spelling = false;
    auto found = searcher.Search(probe);
    if (!found.ok() || found->matches_upper > 0) continue;
    newsline::SearchRequest values;
    values.limit = 0;
    values.facets = {field};
    values.facet_values = 100000;
    auto known = searcher.Search(values);
    std::vector<std::string> names;
    if (known.ok() && !known->facets.empty()) {
      for (const auto& v : known->facets[0].values) names.push_back(v.value);
    }
    std::string wanted = value;
    for (char& c : wanted) c = c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::string nearest = Nearest(wanted, names);
    std::string message = "--" + field + " '" + value + "' matches nothing in this index";
    if (!nearest.empty()) message += "; did you mean '" + nearest + "'?";
    else if (!names.empty()) message += " (run 'newsline search --facets' to see the values it holds)";
    Fail(kExitUsage, message);
    return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<newsline::Searcher> PrepareQuery(const QueryOptions& options, const GlobalOptions& global,
                                                 newsline::SearchRequest* request, int* exit_code) {
  if (!options.ToRequest(request)) {
    *exit_code = kExitUsage;
    return nullptr;
  }
  auto searcher = OpenSearcher(global);
  if (!searcher) {
    *exit_code = kExitFailure;
    return nullptr;
  }
  if (!FilterValuesExist(*searcher, *request)) {
    *exit_code = kExitUsage;
    return nullptr;
  }
  return searcher;
}

int ReportError(const newsline::Status& status) {
  return Fail(status.IsInvalidArgument() ? kExitUsage : kExitFailure, status.message());
}

}  // namespace newsline_tool
