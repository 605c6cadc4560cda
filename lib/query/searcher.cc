// Searcher: opens local and remote shards, runs searches with facets, snippets and query-time
// near-duplicate collapsing, and decodes matched documents (see include/newsline/query.h).
#include "newsline/query.h"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <utility>

#include "index/document_builder.h"
#include "index/json_codec.h"
#include "index/schema.h"
#include "index/xapian_status.h"
#include "newsline/ingest.h"
#include "query/data_strings.h"
#include "query/facet_count_spy.h"
#include "query/query_builder.h"

namespace newsline {
namespace {

using json_codec::Json;

// A request that races a writer's commits is retried this many times after reopening.
// A search that races a writer's commits is retried on the latest revision, with a growing pause
// so that a slow search (large facet counts, a sanitizer build) is not starved by frequent commits.
constexpr int kModifiedRetries = 20;
constexpr int kRetryPauseMs = 5;  // times the attempt number
// Documents fetched per round when enumerating records.
constexpr Xapian::doccount kEnumeratePage = 1000;

Status ParseRemote(const std::string& spec, std::string* host, unsigned* port) {
  std::string rest = spec.substr(6);  // after "tcp://"
  size_t colon = rest.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == rest.size()) {
    return Status::InvalidArgument(spec + ": expected tcp://HOST:PORT");
  }
  *host = rest.substr(0, colon);
  char* end = nullptr;
  long p = std::strtol(rest.c_str() + colon + 1, &end, 10);
  if (*end != '\0' || p <= 0 || p > 65535) return Status::InvalidArgument(spec + ": bad port");
  *port = static_cast<unsigned>(p);
  return Status::OK();
}

// A hit's kind, dates, granularity and article id from their own slots: a document written
// before the hit-header slot.
schema::HitHeader ReadHitSlots(const Xapian::Document& doc) {
  return {doc.get_value(schema::kSlotKind), doc.get_value(schema::kSlotDateBegin), doc.get_value(schema::kSlotDateEnd),
          doc.get_value(schema::kSlotGranularity), doc.get_value(schema::kSlotArticleId)};
}

std::optional<Day> DayFromCompact(const std::string& v) {
  if (v.size() != 8) return std::nullopt;
  return Day::Parse(v);
}

uint64_t ParseHex64(const std::string& hex) { return std::strtoull(hex.c_str(), nullptr, 16); }

std::vector<uint32_t> ParseMinHash(const std::string& hex) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i + 8 <= hex.size(); i += 8) {
    out.push_back(static_cast<uint32_t>(std::strtoul(hex.substr(i, 8).c_str(), nullptr, 16)));
  }
  return out;
}

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Status DecodeArticleRef(const Json& j, ArticleRef* out) {
  if (!j.is_object()) return Status::Corruption("document data: \"article\" is not an object");
  out->id = Str(j, "id");
  out->title = Str(j, "title");
  out->outlet = Str(j, "outlet");
  out->wire_source = Str(j, "wire_source");
  out->url = Str(j, "url");
  out->path = Str(j, "path");
  out->locator = Str(j, "locator");
  out->language = Str(j, "language");
  auto p = j.find("published");
  if (p != j.end()) return json_codec::FromJson(*p, &out->published);
  return Status::OK();
}

// The strings a hit shows, from its stored JSON (read without building the tree).
struct HitStrings {
  std::string outlet, article_id, title, text;  // "article": the article's (or the source's)
  std::string id, summary, type, date_mod;      // "event" (and "claim": id)
  std::string speaker, cue, content, sentence;  // "claim"; sentence: events' and claims'
  struct Fact {
    std::string label, value, sentence;
  };
  std::vector<Fact> facts;
};

// Which member of HitStrings a string at `path` of a document's data fills, if any.
std::string* HitStringAt(std::string_view path, size_t element, HitStrings* s) {
  static const std::pair<std::string_view, std::string HitStrings::*> kMembers[] = {
      {"article/outlet", &HitStrings::outlet}, {"article/id", &HitStrings::article_id},
      {"article/title", &HitStrings::title},   {"article/text", &HitStrings::text},
      {"event/id", &HitStrings::id},           {"event/summary", &HitStrings::summary},
      {"event/type", &HitStrings::type},       {"event/date/mod", &HitStrings::date_mod},
      {"claim/id", &HitStrings::id},           {"claim/speaker", &HitStrings::speaker},
      {"claim/cue", &HitStrings::cue},         {"content_text", &HitStrings::content},
      {"sentence_text", &HitStrings::sentence}};
  for (const auto& [name, member] : kMembers) {
    if (path == name) return &(s->*member);
  }
  static const std::pair<std::string_view, std::string HitStrings::Fact::*> kFactMembers[] = {
      {"facts/#/fact/label", &HitStrings::Fact::label},
      {"facts/#/fact/value/text", &HitStrings::Fact::value},
      {"facts/#/sentence_text", &HitStrings::Fact::sentence}};
  for (const auto& [name, member] : kFactMembers) {
    if (path != name) continue;
    if (s->facts.size() <= element) s->facts.resize(element + 1);
    return &(s->facts[element].*member);
  }
  return nullptr;
}

HitStrings ReadHitStrings(const std::string& data) {
  HitStrings shown;
  if (data.empty() || data.front() != '{') return shown;
  VisitDataStrings(data, [&shown](std::string_view path, size_t element, std::string& value) {
    if (std::string* into = HitStringAt(path, element, &shown)) *into = std::move(value);
  });
  return shown;
}

std::string Truncate(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

// The `max` most frequent values, most frequent first, ties in value order: only the top is
// sorted (an entity facet may count thousands of distinct values).
template <typename Counts>
std::vector<FacetValue> TopValues(const Counts& counts, uint32_t max) {
  using Entry = const typename Counts::value_type*;
  std::vector<Entry> entries;
  entries.reserve(counts.size());
  for (const auto& kv : counts) entries.push_back(&kv);
  auto before = [](Entry a, Entry b) { return a->second != b->second ? a->second > b->second : a->first < b->first; };
  const size_t keep = std::min<size_t>(max, entries.size());
  std::partial_sort(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(keep), entries.end(), before);
  std::vector<FacetValue> values;
  values.reserve(keep);
  for (size_t i = 0; i < keep; ++i) values.push_back({entries[i]->first, entries[i]->second});
  return values;
}

// The query's stemmer with a memory: a snippet stems every word of each hit's text, and the
// same words come back hit after hit. Bounded (forgets everything at kMaxWords); a Searcher is
// used by one thread, so no lock.
class RememberingStem : public Xapian::StemImplementation {
 public:
  explicit RememberingStem(const Xapian::Stem& stem) : stem_(stem) {}
  std::string operator()(const std::string& word) override {
    auto it = stems_.find(word);
    if (it != stems_.end()) return it->second;
    if (stems_.size() >= kMaxWords) stems_.clear();
    return stems_.emplace(word, stem_(word)).first->second;
  }
  std::string get_description() const override { return stem_.get_description(); }

 private:
  static constexpr size_t kMaxWords = 50000;
  Xapian::Stem stem_;
  std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

struct Searcher::Impl {
  SearcherOptions options;
  Xapian::Database db;
  bool has_lexicon = false;
  Xapian::Database lexicon;
  std::unique_ptr<QueryBuilder> builder;
  Xapian::Stem snippet_stem;  // the builder's, remembering (RememberingStem)
  // Facets from the facet-value slot: every shard is local and has it (this schema).
  bool slot_facets = true;

  // Runs `fn` (which may throw Xapian errors), reopening and retrying on DatabaseModifiedError.
  template <typename Fn>
  auto WithRetry(const std::string& what, Fn fn) -> decltype(fn()) {
    for (int attempt = 0;; ++attempt) {
      try {
        db.reopen();
        if (has_lexicon) lexicon.reopen();
        return fn();
      } catch (const Xapian::DatabaseModifiedError& e) {
        if (attempt >= kModifiedRetries) return StatusFromXapian(e, what);
        std::this_thread::sleep_for(std::chrono::milliseconds(kRetryPauseMs * (attempt + 1)));
      } catch (const Xapian::Error& e) {
        return StatusFromXapian(e, what);
      } catch (const std::exception& e) {
        return Status::Internal(what + ": " + e.what());
      }
    }
  }

  Result<SearchResponse> DoSearch(const SearchRequest& request);
  // Matching documents' data, date-ordered, for the enumeration functions.
  Result<std::vector<Json>> MatchingData(const SearchRequest& request, DocKind kind, size_t max);
  void FillHit(const Xapian::MSetIterator& it, const Xapian::MSet& mset, const SearchRequest& request,
               SearchHit* hit);
};

void Searcher::Impl::FillHit(const Xapian::MSetIterator& it, const Xapian::MSet& mset, const SearchRequest& request,
                             SearchHit* hit) {
  Xapian::Document doc = it.get_document();
  hit->weight = it.get_weight();
  hit->data = doc.get_data();
  schema::HitHeader header;
  if (!schema::DecodeHitHeader(doc.get_value(schema::kSlotHitHeader), &header)) header = ReadHitSlots(doc);
  ParseDocKind(header.kind, &hit->kind);
  hit->article_id = std::move(header.article_id);
  auto begin = DayFromCompact(header.date_begin);
  auto end = DayFromCompact(header.date_end);
  if (begin && end) {
    hit->has_date = true;
    hit->date = DayInterval{*begin, *end};
  }
  hit->granularity = std::move(header.granularity);
  HitStrings shown = ReadHitStrings(hit->data);
  std::string text;
  hit->outlet = std::move(shown.outlet);
  switch (hit->kind) {
    case DocKind::kArticle:
      hit->id = std::move(shown.article_id);
      hit->title = std::move(shown.title);
      text = std::move(shown.text);
      break;
    case DocKind::kEvent:
      hit->id = std::move(shown.id);
      hit->title = shown.summary.empty() ? std::move(shown.type) : std::move(shown.summary);
      hit->date_mod = std::move(shown.date_mod);
      text = std::move(shown.sentence);
      break;
    case DocKind::kClaim:
      hit->id = std::move(shown.id);
      hit->title = Truncate(shown.speaker + " " + shown.cue + ": " + shown.content, 200);
      text = std::move(shown.sentence);
      break;
    case DocKind::kFact: {
      // An article's facts: "facts of <article>: <label>: <value>; ...".
      hit->id = std::move(shown.article_id);
      std::string title;
      for (const HitStrings::Fact& f : shown.facts) {
        title += (title.empty() ? "" : "; ") + f.label + ": " + f.value;
        text += (text.empty() ? "" : " ") + f.sentence;
      }
      hit->title = Truncate(title, 200);
      break;
    }
  }
  if (request.snippets && !text.empty()) {
    hit->snippet = mset.snippet(text, request.snippet_bytes, snippet_stem,
                                0,
                                request.highlight_begin, request.highlight_end, "…");
  }
  if (request.texts) hit->text = std::move(text);
}

Result<SearchResponse> Searcher::Impl::DoSearch(const SearchRequest& request) {
  SearchResponse response;
  // Spelling is looked at only when the query finds nothing (below): it costs as much as the search.
  SearchRequest plain = request;
  plain.suggest_spelling = false;
  auto query = builder->Build(plain, nullptr);
  if (!query.ok()) return query.status();
  response.query_description = query->get_description();

  Xapian::Enquire enquire(db);
  enquire.set_query(*query);
  if (request.sort == SearchRequest::Sort::kDateAscending) {
    enquire.set_sort_by_value_then_relevance(schema::kSlotDateBeginNum, false);
  } else if (request.sort == SearchRequest::Sort::kDateDescending) {
    enquire.set_sort_by_value_then_relevance(schema::kSlotDateBeginNum, true);
  }

  // Facets: all fields kept in the facet-value slot by one FacetCountSpy; otherwise (a remote
  // shard, an older index) single-valued fields by ValueCountMatchSpy (which works remotely) and
  // multi-valued ones by counting terms over the first check_at_least matches.
  struct SpyFacet {
    std::string field;
    std::unique_ptr<Xapian::ValueCountMatchSpy> spy;
  };
  std::vector<SpyFacet> spies;
  FacetCountSpy slot_spy;
  std::vector<std::pair<std::string, int>> slot_facets_wanted;  // field name, code
  std::vector<std::pair<std::string, const schema::FieldSpec*>> term_facets;
  for (const std::string& name : request.facets) {
    const schema::FieldSpec* field = schema::FindField(name == "source" ? "outlet" : name);
    if (field == nullptr) return Status::InvalidArgument("facet: unknown field \"" + name + "\"");
    const int code = schema::FacetSlotCode(field);
    if (slot_facets && code >= 0) {
      if (slot_facets_wanted.empty()) enquire.add_matchspy(&slot_spy);
      slot_spy.Want(code);
      slot_facets_wanted.emplace_back(name, code);
    } else if (field->facet_slot != Xapian::BAD_VALUENO) {
      spies.push_back({name, std::make_unique<Xapian::ValueCountMatchSpy>(field->facet_slot)});
      enquire.add_matchspy(spies.back().spy.get());
    } else {
      term_facets.emplace_back(name, field);
    }
  }

  // A plain search examines what its page needs (its count is then an estimate); counting
  // facets, collapsing or an exact count examines check_at_least matches.
  const bool count_deep = !request.facets.empty() || request.collapse_duplicates || request.exact_count;
  const Xapian::doccount page_end = request.offset + request.limit;
  const Xapian::doccount check = count_deep ? std::max<Xapian::doccount>(request.check_at_least, page_end) : page_end;
  std::vector<Xapian::MSetIterator> page;
  Xapian::MSet mset;
  std::map<Xapian::docid, std::vector<std::string>> duplicates_of;
  // Term-counted facets need the first check_at_least matches; fetch them once and page
  // within them rather than running the match twice.
  const bool sample_in_mset = !term_facets.empty() && !request.collapse_duplicates;
  if (sample_in_mset) {
    mset = enquire.get_mset(0, check, check);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      if (it.get_rank() >= request.offset && it.get_rank() < size_t{request.offset} + request.limit) page.push_back(it);
    }
  } else if (!request.collapse_duplicates) {
    mset = enquire.get_mset(request.offset, request.limit, check);
    for (auto it = mset.begin(); it != mset.end(); ++it) page.push_back(it);
  } else {
    // Query-time near-duplicate grouping over the best collapse_scan_limit matches, with
    // ingestion's definition (GroupDuplicates: same id or content hash, simhash distance,
    // MinHash similarity); each group keeps its best-ranked article.
    Xapian::doccount scan = std::max<Xapian::doccount>(request.collapse_scan_limit, request.offset + request.limit);
    mset = enquire.get_mset(0, scan, check);
    std::vector<Xapian::MSetIterator> scanned;
    std::vector<ArticleFingerprint> prints;
    std::vector<size_t> print_of;  // scanned index -> fingerprint index, or npos
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Xapian::Document doc = it.get_document();
      scanned.push_back(it);
      if (doc.get_value(schema::kSlotKind) != schema::kKindArticle) {
        print_of.push_back(std::string::npos);
        continue;
      }
      ArticleFingerprint f;
      f.id = doc.get_value(schema::kSlotArticleId);
      f.content_hash = doc.get_value(schema::kSlotContentHash);
      f.simhash = ParseHex64(doc.get_value(schema::kSlotSimhash));
      f.minhash = ParseMinHash(doc.get_value(schema::kSlotMinHash));
      print_of.push_back(prints.size());
      prints.push_back(std::move(f));
    }
    DuplicateOptions dup_options;
    dup_options.max_hamming_distance = static_cast<int>(std::min<uint32_t>(request.duplicate_max_distance, 15));
    dup_options.min_jaccard = request.duplicate_min_jaccard;
    std::vector<bool> dropped(prints.size(), false);
    std::map<size_t, std::vector<std::string>> group_of_kept;  // fingerprint index -> duplicate ids
    for (const DuplicateGroup& g : GroupDuplicates(prints, dup_options)) {
      for (size_t k = 1; k < g.members.size(); ++k) {
        dropped[g.members[k]] = true;
        group_of_kept[g.members[0]].push_back(prints[g.members[k]].id);
      }
    }
    std::vector<Xapian::MSetIterator> kept;
    for (size_t i = 0; i < scanned.size(); ++i) {
      size_t p = print_of[i];
      if (p != std::string::npos && dropped[p]) continue;
      if (p != std::string::npos && group_of_kept.count(p)) duplicates_of[*scanned[i]] = group_of_kept[p];
      kept.push_back(scanned[i]);
    }
    for (size_t i = request.offset; i < kept.size() && i < size_t{request.offset} + request.limit; ++i) {
      page.push_back(kept[i]);
    }
  }
  response.matches_lower = mset.get_matches_lower_bound();
  response.matches_estimated = mset.get_matches_estimated();
  // A spelling suggestion is for a query that found nothing: a word that matched documents
  // ("sue") is not corrected to a more frequent neighbour ("she"). The query parsed again with
  // spelling correction on gives the suggestion; the search is not repeated.
  if (response.matches_estimated == 0 && request.suggest_spelling) {
    if (!builder->Build(request, &response.corrected_query).ok()) response.corrected_query.clear();
  }
  response.matches_upper = mset.get_matches_upper_bound();
  const bool all_seen = response.matches_lower == response.matches_upper;

  uint32_t rank = request.offset;
  for (const auto& it : page) {
    SearchHit hit;
    FillHit(it, mset, request, &hit);
    hit.rank = rank++;
    auto d = duplicates_of.find(*it);
    if (d != duplicates_of.end()) hit.duplicates = d->second;
    response.hits.push_back(std::move(hit));
  }

  std::map<std::string, FacetResult> facet_results;
  for (const SpyFacet& f : spies) {
    FacetResult r;
    r.field = f.field;
    r.documents_counted = f.spy->get_total();
    r.exact = all_seen && r.documents_counted == response.matches_upper;
    for (auto v = f.spy->top_values_begin(request.facet_values); v != f.spy->top_values_end(request.facet_values);
         ++v) {
      r.values.push_back({*v, v.get_termfreq()});
    }
    facet_results[f.field] = std::move(r);
  }
  for (const auto& [name, code] : slot_facets_wanted) {
    FacetResult r;
    r.field = name;
    r.documents_counted = slot_spy.total();
    r.exact = all_seen && r.documents_counted == response.matches_upper;
    r.values = TopValues(slot_spy.counts(code), request.facet_values);
    facet_results[name] = std::move(r);
  }
  if (!term_facets.empty()) {
    // The spies are read above; a second match need not run them again.
    if (!sample_in_mset) enquire.clear_matchspies();
    Xapian::MSet sample = sample_in_mset ? mset : enquire.get_mset(0, request.check_at_least);
    const Xapian::doccount sample_size = std::min<Xapian::doccount>(sample.size(), request.check_at_least);
    for (const auto& [name, field] : term_facets) {
      FacetResult r;
      r.field = name;
      std::map<std::string, uint64_t> counts;
      const std::string prefix = field->prefix;
      for (auto it = sample.begin(); it != sample.end() && it.get_rank() < sample_size; ++it) {
        Xapian::Document doc = it.get_document();
        auto t = doc.termlist_begin();
        for (t.skip_to(prefix); t != doc.termlist_end(); ++t) {
          const std::string& term = *t;
          if (term.compare(0, prefix.size(), prefix) != 0) break;
          ++counts[term.substr(prefix.size())];
        }
      }
      r.documents_counted = sample_size;
      r.exact = all_seen && sample_size == response.matches_upper;
      r.counted_by = "terms";
      r.values = TopValues(counts, request.facet_values);
      facet_results[name] = std::move(r);
    }
  }
  for (const std::string& name : request.facets) response.facets.push_back(facet_results[name]);
  return response;
}

Result<std::vector<Json>> Searcher::Impl::MatchingData(const SearchRequest& request, DocKind kind, size_t max) {
  SearchRequest r = request;
  r.kinds = {kind};
  auto query = builder->Build(r, nullptr);
  if (!query.ok()) return query.status();
  Xapian::Enquire enquire(db);
  enquire.set_query(*query);
  // Date order, ties by docid (stable within one revision); callers sort further as they need.
  enquire.set_sort_by_value(schema::kSlotDateBeginNum, false);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  std::vector<Json> out;
  for (Xapian::doccount first = 0;; first += kEnumeratePage) {
    Xapian::doccount want = kEnumeratePage;
    if (max != 0) want = static_cast<Xapian::doccount>(std::min<size_t>(want, max - out.size()));
    if (want == 0) break;
    Xapian::MSet mset = enquire.get_mset(first, want);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Json j = Json::parse(it.get_document().get_data(), nullptr, false);
      if (!j.is_object()) return Status::Corruption("document data is not JSON (docid " + std::to_string(*it) + ")");
      out.push_back(std::move(j));
    }
    if (mset.size() < want) break;
  }
  return out;
}

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

Result<std::unique_ptr<Searcher>> Searcher::Open(const SearcherOptions& options) {
  if (options.databases.empty()) return Status::InvalidArgument("searcher: no databases given");
  if (!IsKnownStemmer(options.stemmer)) {
    return Status::InvalidArgument("unknown stemmer language: \"" + options.stemmer + "\"");
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  bool all_local = true;
  for (const std::string& spec : options.databases) {
    try {
      if (spec.compare(0, 6, "tcp://") == 0) {
        std::string host;
        unsigned port = 0;
        Status s = ParseRemote(spec, &host, &port);
        if (!s.ok()) return s;
        impl->db.add_database(Xapian::Remote::open(host, port, options.remote_timeout_ms, options.remote_timeout_ms));
        all_local = false;
      } else {
        Xapian::Database local(spec);
        // An index of another schema has no facet-value slot (slot 21).
        if (local.get_metadata(schema::kMetaSchema) != schema::kSchemaVersion) impl->slot_facets = false;
        const std::string stemmer = local.get_metadata(schema::kMetaStemmer);
        if (!stemmer.empty() && stemmer != StemmerName(options.stemmer)) {
          return Status::InvalidArgument(spec + ": the index was built with the stemmer \"" + stemmer + "\", not \"" +
                                         options.stemmer + "\" (SearcherOptions::stemmer): queries would not match");
        }
        impl->db.add_database(local);
      }
    } catch (const Xapian::Error& e) {
      return StatusFromXapian(e, spec);
    }
  }
  if (!all_local || !options.facet_value_slot) impl->slot_facets = false;
  try {
    if (!options.lexicon.empty()) {
      impl->lexicon = Xapian::Database(options.lexicon);
      impl->has_lexicon = true;
    } else if (all_local) {
      impl->lexicon = impl->db;
      impl->has_lexicon = true;
    }
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, options.lexicon);
  }
  impl->builder = std::make_unique<QueryBuilder>(options.stemmer, impl->has_lexicon ? &impl->lexicon : nullptr);
  const Xapian::Stem& stem = impl->builder->stemmer();
  impl->snippet_stem = stem.is_none() ? stem : Xapian::Stem(new RememberingStem(stem));
  return std::unique_ptr<Searcher>(new Searcher(std::move(impl)));
}

Result<SearchResponse> Searcher::Search(const SearchRequest& request) {
  return impl_->WithRetry("search", [&]() { return impl_->DoSearch(request); });
}

Result<std::vector<Article>> Searcher::Articles(const SearchRequest& request, size_t max) {
  return impl_->WithRetry("articles", [&]() -> Result<std::vector<Article>> {
    auto data = impl_->MatchingData(request, DocKind::kArticle, max);
    if (!data.ok()) return data.status();
    std::vector<Article> out;
    for (const Json& j : *data) {
      Article a;
      Status s = json_codec::FromJson(j.contains("article") ? j["article"] : Json(), &a);
      if (!s.ok()) return s;
      out.push_back(std::move(a));
    }
    return out;
  });
}

Result<std::vector<EventRecord>> Searcher::Events(const SearchRequest& request, size_t max) {
  return impl_->WithRetry("events", [&]() -> Result<std::vector<EventRecord>> {
    auto data = impl_->MatchingData(request, DocKind::kEvent, max);
    if (!data.ok()) return data.status();
    std::vector<EventRecord> out;
    for (const Json& j : *data) {
      EventRecord r;
      Status s = json_codec::FromJson(j.contains("event") ? j["event"] : Json(), &r.event);
      if (s.ok()) s = DecodeArticleRef(j.contains("article") ? j["article"] : Json(), &r.article);
      if (!s.ok()) return s;
      r.sentence_text = Str(j, "sentence_text");
      if (auto k = j.find("article_keywords"); k != j.end() && k->is_array()) {
        for (const Json& w : *k) {
          if (w.is_string()) r.article_keywords.push_back(w.get<std::string>());
        }
      }
      r.merge_key = EventMergeKey(r.event);
      out.push_back(std::move(r));
    }
    return out;
  });
}

Result<std::vector<ClaimRecord>> Searcher::Claims(const SearchRequest& request, size_t max) {
  return impl_->WithRetry("claims", [&]() -> Result<std::vector<ClaimRecord>> {
    auto data = impl_->MatchingData(request, DocKind::kClaim, max);
    if (!data.ok()) return data.status();
    std::vector<ClaimRecord> out;
    for (const Json& j : *data) {
      ClaimRecord r;
      Status s = json_codec::FromJson(j.contains("claim") ? j["claim"] : Json(), &r.claim);
      if (s.ok()) s = DecodeArticleRef(j.contains("article") ? j["article"] : Json(), &r.article);
      if (!s.ok()) return s;
      r.sentence_text = Str(j, "sentence_text");
      r.content_text = Str(j, "content_text");
      out.push_back(std::move(r));
    }
    return out;
  });
}

namespace {

// The fact filters a request names (in `filters` or as field terms of its text): facts of one
// article's fact document are returned only when they match them all.
struct FactFilter {
  std::vector<std::string> attributes, units, entities;

  explicit FactFilter(const SearchRequest& request) {
    std::vector<std::pair<std::string, std::string>> all = request.filters;
    std::istringstream words(request.query);
    for (std::string w; words >> w;) {
      const size_t colon = w.find(':');
      if (colon != std::string::npos && colon > 0) all.emplace_back(w.substr(0, colon), w.substr(colon + 1));
    }
    for (const auto& [field, value] : all) {
      const std::string v = schema::NormalizeFacetValue(value);
      if (field == "attribute") attributes.push_back(v);
      if (field == "unit") units.push_back(v);
      if (field == "entity") entities.push_back(v);
    }
  }

  bool Accepts(const Fact& f) const {
    if (!attributes.empty() && !Contains(attributes, schema::NormalizeFacetValue(f.attribute))) return false;
    if (!units.empty() && !Contains(units, schema::NormalizeFacetValue(f.value.unit.empty() ? "count" : f.value.unit))) {
      return false;
    }
    for (const std::string& e : entities) {
      bool named = false;
      for (const Participant& p : f.subjects) named = named || schema::NormalizeFacetValue(p.entity_id) == e;
      if (!named) return false;
    }
    return true;
  }

  static bool Contains(const std::vector<std::string>& list, const std::string& v) {
    return std::find(list.begin(), list.end(), v) != list.end();
  }
};

}  // namespace

Result<std::vector<FactRecord>> Searcher::Facts(const SearchRequest& request, size_t max) {
  return impl_->WithRetry("facts", [&]() -> Result<std::vector<FactRecord>> {
    auto data = impl_->MatchingData(request, DocKind::kFact, 0);
    if (!data.ok()) return data.status();
    const FactFilter filter(request);
    std::vector<FactRecord> out;
    for (const Json& j : *data) {
      ArticleRef article;
      Status s = DecodeArticleRef(j.contains("article") ? j["article"] : Json(), &article);
      if (!s.ok()) return s;
      if (!j.contains("facts") || !j["facts"].is_array()) continue;
      for (const Json& item : j["facts"]) {
        FactRecord r;
        s = json_codec::FromJson(item.is_object() && item.contains("fact") ? item["fact"] : Json(), &r.fact);
        if (!s.ok()) return s;
        if (!filter.Accepts(r.fact)) continue;
        r.article = article;
        r.sentence_text = Str(item, "sentence_text");
        out.push_back(std::move(r));
        if (max != 0 && out.size() >= max) return out;
      }
    }
    return out;
  });
}

Result<uint64_t> Searcher::DocumentCount() {
  return impl_->WithRetry("count", [&]() -> Result<uint64_t> { return uint64_t{impl_->db.get_doccount()}; });
}

bool Searcher::has_lexicon() const { return impl_->has_lexicon; }

}  // namespace newsline
