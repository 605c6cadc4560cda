// The newsline Python module: index articles and read the timeline, the comparison, claims,
// figures and search hits as plain Python dicts and lists (ready for pandas.json_normalize or
// pandas.DataFrame). A thin client of the library, like the command-line tool.
//
//   import newsline
//   report = newsline.index("news.db", ["corpus/articles"], pack="corpus/dispute-pack.json")
//   db = newsline.open("news.db")
//   db.timeline()["events"]          # the same JSON as `newsline timeline --json`
//   db.compare()["topics"]           # `newsline compare --json`
//   db.claims("breach")              # one dict per claim
//   db.search("Redmond lawsuit")["hits"]
//
// Errors raise newsline.Error with the library's message (which names the file, place or query
// position); bad input files do not raise: they are listed in the index report's "failed".
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsline/newsline.h"

namespace py = pybind11;

namespace {

// Raised for every error the library reports.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <typename T>
T Take(newsline::Result<T> result) {
  if (!result.ok()) throw Error(result.status().ToString());
  return std::move(result).value();
}

// JSON text from the library as Python objects.
py::object FromJson(const std::string& json) { return py::module_::import("json").attr("loads")(json); }

newsline::SearchRequest Request(const std::string& query, const std::optional<std::string>& from,
                                const std::optional<std::string>& to) {
  newsline::SearchRequest request;
  request.query = query;
  if (from) {
    auto day = newsline::Day::Parse(*from);
    if (!day) throw Error("from: not a date (YYYY-MM-DD): " + *from);
    request.from = *day;
  }
  if (to) {
    auto day = newsline::Day::Parse(*to);
    if (!day) throw Error("to: not a date (YYYY-MM-DD): " + *to);
    request.to = *day;
  }
  return request;
}

py::dict FailureDict(const newsline::InputFailure& f) {
  py::dict d;
  d["path"] = f.path;
  d["locator"] = f.locator;
  d["error"] = f.error;
  return d;
}

py::dict IndexFiles(const std::string& db, const std::vector<std::string>& paths, const std::string& pack,
                    bool remove_missing, unsigned threads) {
  newsline::PipelineOptions options;
  options.domain_pack = pack;
  options.remove_missing = remove_missing;
  options.threads = threads;
  newsline::PipelineReport report;
  {
    py::gil_scoped_release release;
    auto result = newsline::IndexPaths(db, paths, options);
    if (!result.ok()) {
      py::gil_scoped_acquire acquire;
      throw Error(result.status().ToString());
    }
    report = std::move(result).value();
  }
  py::dict d;
  d["added"] = report.added;
  d["replaced"] = report.replaced;
  d["unchanged"] = report.unchanged;
  d["removed"] = report.removed;
  d["articles"] = report.articles;
  d["events"] = report.events;
  d["claims"] = report.claims;
  d["facts"] = report.facts;
  py::list failed, warnings;
  for (const auto& f : report.failed) failed.append(FailureDict(f));
  for (const auto& w : report.warnings) warnings.append(FailureDict(w));
  d["failed"] = failed;
  d["warnings"] = warnings;
  return d;
}

py::dict HitDict(const newsline::SearchHit& h) {
  py::dict d;
  d["id"] = h.id;
  d["kind"] = newsline::DocKindName(h.kind);
  d["title"] = h.title;
  d["outlet"] = h.outlet;
  d["article"] = h.article_id;
  d["date"] = h.has_date ? py::object(py::str(h.date.begin.ToString())) : py::object(py::none());
  d["granularity"] = h.granularity;
  d["snippet"] = h.snippet;
  d["weight"] = h.weight;
  d["duplicates"] = h.duplicates;
  return d;
}

// One open index, or several searched as one (local folders, "tcp://HOST:PORT" shards).
class Database {
 public:
  explicit Database(std::vector<std::string> paths) {
    newsline::SearcherOptions options;
    options.databases = std::move(paths);
    searcher_ = Take(newsline::Searcher::Open(options));
  }

  py::dict Search(const std::string& query, uint32_t limit, uint32_t offset, const std::vector<std::string>& kinds,
                  const std::vector<std::string>& facets, const std::optional<std::string>& from,
                  const std::optional<std::string>& to) {
    newsline::SearchRequest request = Request(query, from, to);
    request.limit = limit;
    request.offset = offset;
    request.facets = facets;
    for (const std::string& k : kinds) {
      newsline::DocKind kind;
      if (!newsline::ParseDocKind(k, &kind)) throw Error("kinds: unknown kind " + k + " (article, event, claim, fact)");
      request.kinds.push_back(kind);
    }
    const newsline::SearchResponse response = Take(searcher_->Search(request));
    py::dict d;
    py::list hits;
    for (const auto& h : response.hits) hits.append(HitDict(h));
    d["hits"] = hits;
    d["matches_estimated"] = response.matches_estimated;
    d["corrected_query"] = response.corrected_query;
    py::dict facet_counts;
    for (const auto& f : response.facets) {
      py::dict values;
      for (const auto& v : f.values) values[py::str(v.value)] = v.count;
      facet_counts[py::str(f.field)] = values;
    }
    d["facets"] = facet_counts;
    return d;
  }

  py::object Timeline(const std::string& query, bool include_undated, const std::optional<std::string>& from,
                      const std::optional<std::string>& to) {
    const auto events = Take(searcher_->Events(Request(query, from, to)));
    newsline::TimelineOptions options;
    options.include_undated = include_undated;
    return FromJson(newsline::TimelineToJson(newsline::BuildTimeline(events, options), -1));
  }

  py::object Compare(const std::string& query, const std::string& topic) {
    const newsline::SearchRequest request = Request(query, std::nullopt, std::nullopt);
    newsline::ComparisonOptions options;
    options.topic = topic;
    newsline::Comparison comparison = newsline::CompareClaims(Take(searcher_->Claims(request)), options);
    comparison.facts = newsline::CompareFacts(Take(searcher_->Facts(request))).slots;
    return FromJson(newsline::ComparisonToJson(comparison, -1));
  }

  py::object Claims(const std::string& query) {
    const auto claims = Take(searcher_->Claims(Request(query, std::nullopt, std::nullopt)));
    return FromJson(newsline::ClaimsToJson(claims, -1))["claims"];
  }

  py::object Facts(const std::string& query) {
    const auto facts = Take(searcher_->Facts(Request(query, std::nullopt, std::nullopt)));
    return FromJson(newsline::FactsToJson(facts, -1))["facts"];
  }

  uint64_t DocumentCount() { return Take(searcher_->DocumentCount()); }

 private:
  std::unique_ptr<newsline::Searcher> searcher_;
};

}  // namespace

PYBIND11_MODULE(newsline, m) {
  m.doc() = "newsline: compare how news sources report one story (index, timeline, comparison, claims, figures)";
  py::register_exception<Error>(m, "Error");
  m.def("version", [] { return std::string(newsline::Version()); }, "The library version.");
  m.def("index", &IndexFiles, py::arg("db"), py::arg("paths"), py::arg("pack") = "",
        py::arg("remove_missing") = false, py::arg("threads") = 0,
        "Ingest, extract and index the files under `paths` into the index at `db`; returns counts and "
        "the inputs that failed (each naming the file and place).");
  py::class_<Database>(m, "Database", "An open index; newsline.open(path) opens one.")
      .def("search", &Database::Search, py::arg("query") = "", py::arg("limit") = 10, py::arg("offset") = 0,
           py::arg("kinds") = std::vector<std::string>{}, py::arg("facets") = std::vector<std::string>{},
           py::arg("from_date") = std::nullopt, py::arg("to_date") = std::nullopt,
           "Full-text and faceted search: {'hits': [...], 'matches_estimated', 'corrected_query', 'facets'}.")
      .def("timeline", &Database::Timeline, py::arg("query") = "", py::arg("include_undated") = true,
           py::arg("from_date") = std::nullopt, py::arg("to_date") = std::nullopt,
           "Events merged across articles, as `newsline timeline --json` prints them.")
      .def("compare", &Database::Compare, py::arg("query") = "", py::arg("topic") = "",
           "Where sources conflict and overlap, as `newsline compare --json --all` prints it.")
      .def("claims", &Database::Claims, py::arg("query") = "", "Every matching claim, one dict each.")
      .def("facts", &Database::Facts, py::arg("query") = "", "Every matching figure, one dict each.")
      .def("document_count", &Database::DocumentCount, "Documents in the index.");
  m.def("open", [](const std::string& path) { return std::make_unique<Database>(std::vector<std::string>{path}); },
        py::arg("path"), "Opens the index at `path` for reading.");
  m.def("open", [](const std::vector<std::string>& paths) { return std::make_unique<Database>(paths); },
        py::arg("paths"),
        "Opens several indexes (folders or tcp://HOST:PORT shards) to search as one, as `newsline --db A --db B`.");
}
