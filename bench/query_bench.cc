// Query latency benchmark (issue 14): runs every query of a query file through Searcher::Search,
// in process, twice — plain (the default request: top 10, snippets on, spelling only when nothing
// matches) and faceted (the tool's --facets: source, entity, type, topic, year, kind) — and, in the
// same run, the raw-Xapian anchor on the same database: QueryParser, Enquire, top 10, each hit's
// data read. One warm-up pass, then --repeat timed passes. The last two lines are exactly
//   plain p50_ms=<x> p99_ms=<y>
//   faceted p50_ms=<x> p99_ms=<y>
//
// Usage: newsline_query_bench --db DB --queries FILE [--repeat N=20] [--no-snippets] [--check]
//   --no-snippets  requests without snippets (to see what snippets cost)
//   --check        first compare every query's hits, snippets and exact facet counts with the
//                  slow path (SearcherOptions::facet_value_slot = false); exit 1 on a difference
// bench/run_query_bench.sh builds the Reuters index with extraction and runs it.
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "newsline/query.h"

namespace {

using Clock = std::chrono::steady_clock;
using newsline::bench::Percentile;

double MillisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::vector<std::string> ReadQueries(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> queries;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') queries.push_back(line);
  }
  return queries;
}

struct Args {
  std::string db, queries;
  int repeat = 20;
  bool snippets = true;
  bool check = false;
};

bool ParseArgs(int argc, char** argv, Args* args) {
  for (int i = 1; i < argc; ++i) {
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (!std::strcmp(argv[i], "--db") && (v = value())) {
      args->db = v;
    } else if (!std::strcmp(argv[i], "--queries") && (v = value())) {
      args->queries = v;
    } else if (!std::strcmp(argv[i], "--check")) {
      args->check = true;
    } else if (!std::strcmp(argv[i], "--no-snippets")) {
      args->snippets = false;
    } else if (!std::strcmp(argv[i], "--repeat") && (v = value())) {
      args->repeat = std::max(1, std::atoi(v));
    } else {
      return false;
    }
  }
  return !args->db.empty() && !args->queries.empty();
}

// The anchor: what a plain Xapian program does for a top-10 search.
class RawXapian {
 public:
  explicit RawXapian(const std::string& path) : db_(path), enquire_(db_) {
    parser_.set_database(db_);
    parser_.set_stemmer(Xapian::Stem("en"));
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_AND);
  }
  size_t Search(const std::string& text) {
    enquire_.set_query(parser_.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT));
    Xapian::MSet mset = enquire_.get_mset(0, 10);
    size_t bytes = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) bytes += it.get_document().get_data().size();
    return bytes;
  }

 private:
  Xapian::Database db_;
  Xapian::Enquire enquire_;
  Xapian::QueryParser parser_;
};

struct Timings {
  std::vector<double> raw, plain, faceted;
  // Per query: its matches and its timed runs, for the table.
  std::vector<uint64_t> matches;
  std::vector<std::vector<double>> plain_of, faceted_of;
};

// One pass over the queries; times are recorded when `out` is given (else a warm-up).
bool RunPass(const std::vector<std::string>& queries, bool snippets, newsline::Searcher& searcher, RawXapian& raw,
             Timings* out) {
  if (out && out->matches.empty()) {
    out->matches.assign(queries.size(), 0);
    out->plain_of.assign(queries.size(), {});
    out->faceted_of.assign(queries.size(), {});
  }
  for (size_t i = 0; i < queries.size(); ++i) {
    const std::string& q = queries[i];
    auto start = Clock::now();
    raw.Search(q);
    double raw_ms = MillisSince(start);
    newsline::SearchRequest plain;
    plain.query = q;
    plain.snippets = snippets;
    start = Clock::now();
    auto p = searcher.Search(plain);
    double plain_ms = MillisSince(start);
    newsline::SearchRequest faceted = plain;
    faceted.facets = {"source", "entity", "type", "topic", "year", "kind"};
    start = Clock::now();
    auto f = searcher.Search(faceted);
    double faceted_ms = MillisSince(start);
    if (!p.ok() || !f.ok()) {
      std::fprintf(stderr, "query \"%s\": %s\n", q.c_str(), (!p.ok() ? p.status() : f.status()).ToString().c_str());
      return false;
    }
    if (out) {
      out->raw.push_back(raw_ms);
      out->plain.push_back(plain_ms);
      out->faceted.push_back(faceted_ms);
      out->matches[i] = p->matches_estimated;
      out->plain_of[i].push_back(plain_ms);
      out->faceted_of[i].push_back(faceted_ms);
    }
  }
  return true;
}

std::string Describe(const newsline::SearchResponse& r) {
  std::string out;
  for (const auto& h : r.hits) out += h.id + "|" + h.snippet + "\n";
  for (const auto& f : r.facets) {
    if (!f.exact) continue;  // approximate counts come from different samples by design
    out += f.field + ":";
    for (const auto& v : f.values) out += " " + v.value + "=" + std::to_string(v.count);
    out += "\n";
  }
  return out;
}

// The fast path (facet-value slot) against the slow one, query by query.
bool SameAsSlowPath(const std::vector<std::string>& queries, const std::string& db, newsline::Searcher& fast) {
  newsline::SearcherOptions options;
  options.databases = {db};
  options.facet_value_slot = false;
  auto slow = newsline::Searcher::Open(options);
  if (!slow.ok()) return false;
  size_t differ = 0;
  for (const std::string& q : queries) {
    newsline::SearchRequest r;
    r.query = q;
    r.facets = {"source", "entity", "type", "topic", "year", "kind"};
    auto a = fast.Search(r);
    auto b = (*slow)->Search(r);
    if (!a.ok() || !b.ok() || Describe(*a) != Describe(*b)) {
      std::printf("check: \"%s\" differs from the slow path\n", q.c_str());
      ++differ;
    }
  }
  std::printf("check: %zu of %zu queries equal to the slow path (hits, snippets, exact facets)\n",
              queries.size() - differ, queries.size());
  return differ == 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::fprintf(stderr, "usage: %s --db DB --queries FILE [--repeat N] [--no-snippets]\n", argv[0]);
    return 2;
  }
  std::vector<std::string> queries = ReadQueries(args.queries);
  if (queries.empty()) {
    std::fprintf(stderr, "%s: no queries\n", args.queries.c_str());
    return 2;
  }
  newsline::SearcherOptions options;
  options.databases = {args.db};
  auto searcher = newsline::Searcher::Open(options);
  if (!searcher.ok()) {
    std::fprintf(stderr, "%s\n", searcher.status().ToString().c_str());
    return 1;
  }
  if (args.check && !SameAsSlowPath(queries, args.db, **searcher)) return 1;
  try {
    RawXapian raw(args.db);
    std::printf("machine: load average %s at start; %zu queries x %d runs\n",
                newsline::bench::LoadAverage().c_str(), queries.size(), args.repeat);
    Timings t;
    if (!RunPass(queries, args.snippets, **searcher, raw, nullptr)) return 1;
    for (int r = 0; r < args.repeat; ++r) {
      if (!RunPass(queries, args.snippets, **searcher, raw, &t)) return 1;
    }
    std::printf("%-28s %9s %12s %14s\n", "query", "matches", "plain p50", "faceted p50");
    for (size_t i = 0; i < queries.size(); ++i) {
      std::printf("%-28s %9llu %12.3f %14.3f\n", queries[i].c_str(), static_cast<unsigned long long>(t.matches[i]),
                  Percentile(t.plain_of[i], 0.5), Percentile(t.faceted_of[i], 0.5));
    }
    std::printf("load average %s at end; peak RSS %.1f MiB\n", newsline::bench::LoadAverage().c_str(),
                newsline::bench::PeakRssKb() / 1024.0);
    std::printf("raw-xapian p50_ms=%.3f p99_ms=%.3f\n", Percentile(t.raw, 0.5), Percentile(t.raw, 0.99));
    std::printf("plain p50_ms=%.3f p99_ms=%.3f\n", Percentile(t.plain, 0.5), Percentile(t.plain, 0.99));
    std::printf("faceted p50_ms=%.3f p99_ms=%.3f\n", Percentile(t.faceted, 0.5), Percentile(t.faceted, 0.99));
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "%s\n", e.get_description().c_str());
    return 1;
  }
  return 0;
}
