// Searcher tests over the fixture corpus: every facet field, date-overlap semantics, aliases,
// spelling, sorting, paging, facet counts, snippets, collapsing, query errors and enumeration.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "index/schema.h"
#include "index_testutil.h"
#include "newsline/domain_pack.h"
#include "newsline/index.h"
#include "newsline/query.h"

namespace newsline {
namespace {

using testing_index::Ids;
using testing_index::Joined;
using ::testing::HasSubstr;

class QueryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = new std::string(testing_index::TempPath("query_db"));
    auto index = Index::Open(*path_);
    ASSERT_TRUE(index.ok()) << index.status().ToString();
    ASSERT_TRUE(testing_index::IndexFixture(index->get()).ok());
  }
  static void TearDownTestSuite() {
    testing_index::RemoveTree(*path_);
    delete path_;
  }
  void SetUp() override {
    SearcherOptions options;
    options.databases = {*path_};
    auto s = Searcher::Open(options);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    searcher_ = std::move(*s);
  }
  std::string Search(SearchRequest request) {
    request.limit = 100;
    auto r = searcher_->Search(request);
    if (!r.ok()) return "ERROR " + r.status().ToString();
    return Joined(Ids(*r));
  }
  std::string Search(const std::string& query) {
    SearchRequest request;
    request.query = query;
    return Search(request);
  }
  static std::string* path_;
  std::unique_ptr<Searcher> searcher_;
};
std::string* QueryTest::path_ = nullptr;

TEST_F(QueryTest, EachFacetFieldFilters) {
  struct Case {
    const char* query;
    const char* expected;  // sorted ids
  } cases[] = {
      {"kind:event", "bi-1:e0 ft-1:e0 nw-1:e0 nw-1:e1"},
      {"kind:claim stance:denies", "ft-1:c1"},
      {"kind:claim stance:ASSERTS", "bi-1:c0 ft-1:c0 nw-1:c0"},
      {"kind:claim hedged:yes", "nw-1:c0"},
      {"kind:claim hedged:false", "bi-1:c0 ft-1:c0 ft-1:c1"},
      {"kind:claim primary:\"Financial Times\"", "ft-1:c0 ft-1:c1 nw-1:c0"},
      {"source:\"financial times\"", "ft-1 ft-1:c0 ft-1:c1 ft-1:e0 nw-1:c0"},
      {"outlet:NetworkWorld", "nw-1 nw-1:c0 nw-1:e0 nw-1:e1"},
      {"outlet:networkworld outlet:digbly kind:article", "dg-1 nw-1"},
      {"entity:aws kind:article", "bi-1 dg-1 nw-1"},
      {"entity:frontier", "bi-1 bi-1:c0"},
      {"entity:azure entity:amazon", "ft-1"},
      {"type:investment", "bi-1:e0 nw-1:e1"},
      {"topic:hosting", "bi-1:c0"},
      {"speaker:openai", "ft-1:c1"},
      {"lang:en kind:article", "bi-1 ft-1 nw-1 rt-1 rt-2"},
      {"language:EN kind:article", "bi-1 ft-1 nw-1 rt-1 rt-2"},
      {"year:2019", "nw-1:e1"},
      {"year:1987", "rt-1 rt-2"},
      {"year:2026 kind:claim", "bi-1:c0 ft-1:c0 ft-1:c1 nw-1:c0"},
      {"month:2026-02 kind:event", "ft-1:e0 nw-1:e0"},
      {"granularity:year", "bi-1:e0 nw-1:e1"},
      {"granularity:estimated", "nw-1 nw-1:c0"},
      {"tag:topics:crude", "rt-1"},
      {"tag:places:usa", "rt-1 rt-2"},
      {"article:bi-1", "bi-1 bi-1:c0 bi-1:e0"},
      // Free text, phrases, boolean operators, title field.
      {"breach kind:claim", "ft-1:c0 ft-1:c1 nw-1:c0"},
      {"\"legal action\" kind:article", "ft-1"},
      {"oil OR lending", "rt-1 rt-2"},
      {"title:oil", "rt-1"},
      // Top-level filters apply to the whole query (Xapian alone would bind kind:article to
      // "frontier" only).
      {"microsoft NOT frontier kind:article", "dg-1 ft-1 nw-1"},
      {"kind:article microsoft NOT frontier", "dg-1 ft-1 nw-1"},
      {"NOT kind:article NOT kind:claim", "bi-1:e0 ft-1:e0 nw-1:e0 nw-1:e1"},
      {"kind:article OR kind:event type:agreement", "nw-1:e0"},
      {"(microsoft NOT frontier) kind:article", "dg-1 ft-1 nw-1"},
      {"NOT kind:article NOT kind:event", "bi-1:c0 ft-1:c0 ft-1:c1 nw-1:c0"},
  };
  for (const Case& c : cases) EXPECT_EQ(Search(c.query), c.expected) << c.query;
}

TEST_F(QueryTest, RequestFiltersMatchQueryFields) {
  SearchRequest r;
  r.filters = {{"entity", "microsoft"}, {"entity", "frontier"}};
  EXPECT_EQ(Search(r), "bi-1");
  r.filters = {{"outlet", "Digbly"}, {"outlet", "Business Insider"}};
  r.kinds = {DocKind::kArticle};
  EXPECT_EQ(Search(r), "bi-1 dg-1");
  r.filters = {{"colour", "red"}};
  EXPECT_THAT(Search(r), HasSubstr("unknown field \"colour\""));
}

TEST_F(QueryTest, DateRangeMatchesOverlappingIntervals) {
  struct Case {
    const char* from;
    const char* to;
    std::vector<DocKind> kinds;
    const char* expected;
  } cases[] = {
      // An event dated "2019" overlaps March 2019.
      {"2019-03-01", "2019-03-31", {}, "nw-1:e1"},
      // Both February events overlap two days in late February.
      {"2026-02-25", "2026-02-26", {DocKind::kEvent}, "ft-1:e0 nw-1:e0"},
      // Half-open ends: an event in February does not overlap March.
      {"2026-03-01", "2026-03-31", {DocKind::kEvent}, ""},
      {"2026-02-28", "2026-03-31", {DocKind::kEvent}, "ft-1:e0 nw-1:e0"},
      // The estimated publication date [02-27, 03-10) overlaps March 1; the exact 02-27 does not.
      {"2026-03-01", "2026-03-01", {DocKind::kArticle}, "nw-1"},
      {"2026-03-02", nullptr, {DocKind::kArticle}, "bi-1 nw-1"},
      {nullptr, "2019-12-31", {}, "nw-1:e1 rt-1 rt-2"},
      // Undated documents (dg-1) never match a date range.
      {"1900-01-01", "2100-01-01", {DocKind::kArticle}, "bi-1 ft-1 nw-1 rt-1 rt-2"},
  };
  for (const Case& c : cases) {
    SearchRequest r;
    if (c.from) r.from = Day::Parse(c.from);
    if (c.to) r.to = Day::Parse(c.to);
    r.kinds = c.kinds;
    EXPECT_EQ(Search(r), c.expected) << (c.from ? c.from : "") << ".." << (c.to ? c.to : "");
  }
  // The same semantics in query text.
  EXPECT_EQ(Search("date:2019-03"), "nw-1:e1");
  EXPECT_EQ(Search("date:2026-02-28..2026-03-01 kind:event"), "ft-1:e0 nw-1:e0");
  EXPECT_EQ(Search("date:..1987-12-31"), "rt-1 rt-2");
  EXPECT_EQ(Search("date:2026-03.. kind:article"), "bi-1 nw-1");
  SearchRequest backwards;
  backwards.from = Day::Parse("2026-03-01");
  backwards.to = Day::Parse("2026-02-01");
  EXPECT_THAT(Search(backwards), HasSubstr("is after"));
}

TEST_F(QueryTest, AliasesAreSynonyms) {
  // bi-1 never says "Redmond" but is about Microsoft.
  EXPECT_EQ(Search("Redmond kind:article"), "bi-1 dg-1 ft-1 nw-1");
  // No fixture article contains the word "AWS".
  EXPECT_EQ(Search("AWS kind:article"), "bi-1 dg-1 nw-1");
  EXPECT_EQ(Search("aws"), Search("AWS"));
  // Multi-word aliases.
  EXPECT_EQ(Search("the software giant kind:article"), "bi-1 dg-1 ft-1 nw-1");
  EXPECT_EQ(Search("ChatGPT maker kind:article"), "bi-1 dg-1 ft-1 nw-1");
  // entity: accepts an alias too.
  EXPECT_EQ(Search("entity:\"Amazon Web Services\" kind:article"), "bi-1 dg-1 nw-1");
}

TEST_F(QueryTest, HitsCarryTheirTextAndDateModifierAsFields) {
  SearchRequest request;
  request.query = "legal";
  request.limit = 100;
  request.texts = true;
  auto r = searcher_->Search(request);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  size_t events = 0, articles = 0;
  for (const SearchHit& hit : r->hits) {
    if (hit.kind == DocKind::kEvent) {
      ++events;
      EXPECT_EQ(hit.date_mod, "ON_OR_BEFORE") << hit.id;
      EXPECT_THAT(hit.text, HasSubstr("considering legal action")) << hit.id;  // the sentence
    } else if (hit.kind == DocKind::kArticle) {
      ++articles;
      EXPECT_GT(hit.text.size(), 100u) << hit.id;  // the whole article
      EXPECT_EQ(hit.date_mod, "");
    }
  }
  EXPECT_GT(events, 0u);
  EXPECT_GT(articles, 0u);
  // Without texts (the default) hits carry no text.
  request.texts = false;
  auto plain = searcher_->Search(request);
  ASSERT_TRUE(plain.ok());
  for (const SearchHit& hit : plain->hits) EXPECT_EQ(hit.text, "") << hit.id;
}

TEST(PackSynonymsTest, NamesAliasesOutletsAndDescriptorsOneEntityOwns) {
  DomainPack pack = DomainPack::FromJson(R"({
    "entities": [
      {"id": "contoso", "name": "Contoso", "type": "org", "aliases": ["Contoso Ltd"],
       "descriptors": ["the software maker", "the company"]},
      {"id": "fabrikam", "name": "Fabrikam", "type": "org", "descriptors": ["the company"]}],
    "outlets": [{"id": "daily-planet", "name": "Daily Planet", "short_names": ["DP"]}]})");
  ASSERT_TRUE(pack.ok()) << pack.status().ToString();
  std::map<std::string, std::set<std::string>> owners;
  for (const auto& [alias, id] : PackSynonyms(pack)) owners[alias].insert(id);
  EXPECT_EQ(owners["Contoso"], (std::set<std::string>{"contoso"}));
  EXPECT_EQ(owners["Contoso Ltd"], (std::set<std::string>{"contoso"}));
  EXPECT_EQ(owners["the software maker"], (std::set<std::string>{"contoso"}));
  EXPECT_EQ(owners.count("the company"), 0u);  // two entities claim it: it says neither
  EXPECT_EQ(owners["DP"], (std::set<std::string>{"daily-planet"}));
  EXPECT_EQ(owners["Daily Planet"], (std::set<std::string>{"daily-planet"}));
}

TEST_F(QueryTest, SpellingSuggestion) {
  SearchRequest r;
  r.query = "microsfot lending";
  auto res = searcher_->Search(r);
  ASSERT_TRUE(res.ok()) << res.status().ToString();
  EXPECT_EQ(res->corrected_query, "microsoft lending");
  r.query = "microsoft lending";
  res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(res->corrected_query, "");
}

TEST_F(QueryTest, SortsByDateAndPages) {
  SearchRequest r;
  r.query = "kind:article";
  r.sort = SearchRequest::Sort::kDateAscending;
  r.limit = 10;
  auto res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  std::vector<std::string> order;
  for (const auto& h : res->hits) order.push_back(h.id);
  EXPECT_EQ(Joined(order), "dg-1 rt-1 rt-2 ft-1 nw-1 bi-1");
  r.offset = 2;
  r.limit = 2;
  res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  ASSERT_EQ(res->hits.size(), 2u);
  EXPECT_EQ(res->hits[0].id + " " + res->hits[1].id, "rt-2 ft-1");
  EXPECT_EQ(res->hits[0].rank, 2u);
  EXPECT_EQ(res->matches_estimated, 6u);
  r.offset = 0;
  r.limit = 10;
  r.sort = SearchRequest::Sort::kDateDescending;
  res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  ASSERT_EQ(res->hits.size(), 6u);
  EXPECT_EQ(res->hits.front().id, "bi-1");
  EXPECT_EQ(res->hits.back().id, "dg-1");
}

std::string FacetString(const FacetResult& f) {
  std::vector<FacetValue> values = f.values;
  std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) { return a.value < b.value; });
  std::string out = f.field + (f.exact ? "" : "~") + ":";
  for (const auto& v : values) out += " " + v.value + "=" + std::to_string(v.count);
  return out;
}

TEST_F(QueryTest, FacetCounts) {
  SearchRequest r;
  r.facets = {"kind", "year", "granularity"};
  auto res = searcher_->Search(r);
  ASSERT_TRUE(res.ok()) << res.status().ToString();
  ASSERT_EQ(res->facets.size(), 3u);
  EXPECT_EQ(FacetString(res->facets[0]), "kind: article=6 claim=4 event=4");
  // Year counts documents dated within one year; nw-1:e1 is "2019", the 2026 claims inherit
  // their articles' dates.
  EXPECT_EQ(FacetString(res->facets[1]), "year: 1987=2 2019=1 2023=1 2026=9");
  EXPECT_EQ(FacetString(res->facets[2]), "granularity: day=7 estimated=2 month=2 year=2");

  r.query = "kind:article";
  r.facets = {"entity", "outlet", "source", "tag", "lang"};
  res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(FacetString(res->facets[0]),
            "entity: amazon=1 aws=3 azure=1 financial-times=1 frontier=1 microsoft=4 openai=4");
  EXPECT_EQ(FacetString(res->facets[1]),
            "outlet: business-insider=1 digbly=1 financial-times=1 networkworld=1 reuters=2");
  EXPECT_EQ(FacetString(res->facets[2]), FacetString(res->facets[1]).replace(0, 6, "source"));
  EXPECT_EQ(FacetString(res->facets[3]), "tag: places:usa=2 topics:crude=1 topics:money-fx=1");
  EXPECT_EQ(FacetString(res->facets[4]), "lang: en=5");

  r.query = "kind:claim";
  r.facets = {"topic", "speaker", "stance", "hedged", "primary"};
  res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(FacetString(res->facets[0]), "topic: breach=3 hosting=1");
  EXPECT_EQ(FacetString(res->facets[1]), "speaker: aws=1 microsoft=2 openai=1");
  EXPECT_EQ(FacetString(res->facets[2]), "stance: asserts=3 denies=1");
  EXPECT_EQ(FacetString(res->facets[3]), "hedged: no=3 yes=1");
  EXPECT_EQ(FacetString(res->facets[4]), "primary: business-insider=1 financial-times=3");

  r.query = "kind:event";
  r.facets = {"type", "month"};
  res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(FacetString(res->facets[0]), "type: agreement=1 investment=2 legal_threat=1");
  EXPECT_EQ(FacetString(res->facets[1]), "month: 2026-02=2");

  r.facets = {"nonsense"};
  EXPECT_FALSE(searcher_->Search(r).ok());
}

TEST_F(QueryTest, FacetCountsBeyondCheckAtLeastAreApproximate) {
  SearchRequest r;
  r.facets = {"kind", "entity"};
  r.check_at_least = 3;
  r.limit = 1;
  auto res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  for (const FacetResult& f : res->facets) {
    EXPECT_FALSE(f.exact) << f.field;
    EXPECT_LT(f.documents_counted, 14u) << f.field;
  }
  r.check_at_least = 100;
  res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  for (const FacetResult& f : res->facets) EXPECT_TRUE(f.exact) << f.field;
}

// The facet-value slot (the fast path) counts every facet exactly as per-field value spies and
// term lists do (the path remote shards take), for every query and kind.
TEST_F(QueryTest, FacetsFromTheFacetSlotEqualPerFieldCounts) {
  SearcherOptions options;
  options.databases = {*path_};
  options.facet_value_slot = false;
  auto slow = Searcher::Open(options);
  ASSERT_TRUE(slow.ok());
  for (const char* query : {"", "kind:article", "kind:claim", "kind:event", "kind:fact", "microsoft", "oil OR cloud"}) {
    SearchRequest r;
    r.query = query;
    r.facets = {"entity", "tag", "attribute", "unit", "kind",  "source", "outlet", "primary", "type",
                "topic",  "speaker", "stance", "hedged", "lang", "year", "month", "granularity", "article"};
    auto fast_res = searcher_->Search(r);
    auto slow_res = (*slow)->Search(r);
    ASSERT_TRUE(fast_res.ok() && slow_res.ok()) << query;
    ASSERT_EQ(fast_res->facets.size(), r.facets.size());
    for (size_t i = 0; i < r.facets.size(); ++i) {
      const FacetResult& f = fast_res->facets[i];
      const FacetResult& s = slow_res->facets[i];
      EXPECT_EQ(f.counted_by, "values");
      EXPECT_EQ(s.counted_by, i < 4 ? "terms" : "values");
      EXPECT_EQ(f.documents_counted, s.documents_counted) << query << " " << f.field;
      EXPECT_EQ(f.exact, s.exact) << query << " " << f.field;
      ASSERT_EQ(f.values.size(), s.values.size()) << query << " " << f.field;
      for (size_t v = 0; v < f.values.size(); ++v) {
        EXPECT_EQ(f.values[v].value, s.values[v].value) << query << " " << f.field;
        EXPECT_EQ(f.values[v].count, s.values[v].count) << query << " " << f.field;
      }
    }
  }
}

TEST_F(QueryTest, HitsCarryDisplayData) {
  SearchRequest r;
  r.query = "legal action";
  r.kinds = {DocKind::kArticle};
  auto res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  ASSERT_EQ(res->hits.size(), 1u);
  const SearchHit& h = res->hits[0];
  EXPECT_EQ(h.id, "ft-1");
  EXPECT_EQ(h.kind, DocKind::kArticle);
  EXPECT_EQ(h.title, "Microsoft weighs legal action over OpenAI cloud deal");
  EXPECT_EQ(h.outlet, "Financial Times");
  EXPECT_TRUE(h.has_date);
  EXPECT_EQ(h.date.ToString(), "[2026-02-27, 2026-02-28)");
  EXPECT_EQ(h.granularity, "day");
  EXPECT_THAT(h.snippet, HasSubstr("<b>legal</b>"));
  EXPECT_THAT(h.data, HasSubstr("\"text\":\"Microsoft is considering legal action"));

  r.query = "topic:hosting";
  r.kinds = {};
  res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  ASSERT_EQ(res->hits.size(), 1u);
  EXPECT_EQ(res->hits[0].title, "the company said: Amazon Web Services will host Frontier models");
  EXPECT_EQ(res->hits[0].article_id, "bi-1");
}

// Every kind's hit shows the same thing from a document written before the hit-header slot
// (kind, dates, granularity and article id read from their own slots).
TEST_F(QueryTest, HitsOfDocumentsWithoutTheHitHeaderShowTheSame) {
  const std::string old_path = testing_index::TempPath("query_db_no_header");
  {
    Xapian::WritableDatabase copy(old_path, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::Database original(*path_);
    for (auto key = original.metadata_keys_begin(); key != original.metadata_keys_end(); ++key) {
      copy.set_metadata(*key, original.get_metadata(*key));
    }
    for (auto p = original.postlist_begin(""); p != original.postlist_end(""); ++p) {
      Xapian::Document doc = original.get_document(*p);
      ASSERT_FALSE(doc.get_value(schema::kSlotHitHeader).empty()) << doc.get_data();
      doc.remove_value(schema::kSlotHitHeader);
      copy.replace_document(*p, doc);
    }
    copy.commit();
  }
  SearcherOptions options;
  options.databases = {old_path};
  auto old_searcher = Searcher::Open(options);
  ASSERT_TRUE(old_searcher.ok()) << old_searcher.status().ToString();
  std::set<DocKind> kinds;
  for (const char* query : {"legal action", "Microsoft", "investment", "hosting", "billion"}) {
    SearchRequest request;
    request.query = query;
    request.limit = 100;
    request.texts = true;
    auto now = searcher_->Search(request);
    auto before = (*old_searcher)->Search(request);
    ASSERT_TRUE(now.ok() && before.ok()) << query;
    ASSERT_EQ(now->hits.size(), before->hits.size()) << query;
    for (size_t i = 0; i < now->hits.size(); ++i) {
      const SearchHit &a = now->hits[i], &b = before->hits[i];
      kinds.insert(a.kind);
      EXPECT_EQ(a.kind, b.kind) << a.id;
      EXPECT_EQ(a.id, b.id);
      EXPECT_EQ(a.article_id, b.article_id) << a.id;
      EXPECT_EQ(a.has_date, b.has_date) << a.id;
      EXPECT_EQ(a.date.ToString(), b.date.ToString()) << a.id;
      EXPECT_EQ(a.granularity, b.granularity) << a.id;
      EXPECT_EQ(a.title, b.title) << a.id;
      EXPECT_EQ(a.outlet, b.outlet) << a.id;
      EXPECT_EQ(a.snippet, b.snippet) << a.id;
      EXPECT_EQ(a.text, b.text) << a.id;
      EXPECT_FALSE(a.article_id.empty()) << a.id;
    }
  }
  // The fixture has no facts; the tool's golden search-deal-facts.txt shows fact hits.
  EXPECT_EQ(kinds.size(), 3u) << "articles, events and claims were compared";
  testing_index::RemoveTree(old_path);
}

TEST_F(QueryTest, CollapsesNearDuplicateArticles) {
  SearchRequest r;
  r.query = "partnership";
  r.kinds = {DocKind::kArticle};
  EXPECT_EQ(Search(r), "dg-1 ft-1 nw-1");
  r.collapse_duplicates = true;
  r.limit = 10;
  auto res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  ASSERT_EQ(res->hits.size(), 2u);
  std::map<std::string, std::vector<std::string>> dups;
  for (const auto& h : res->hits) dups[h.id] = h.duplicates;
  ASSERT_EQ(dups.count("ft-1"), 1u);
  EXPECT_TRUE(dups["ft-1"].empty());
  // Whichever of nw-1 / dg-1 ranks first keeps the other as its duplicate.
  std::string kept = dups.count("nw-1") ? "nw-1" : "dg-1";
  EXPECT_EQ(Joined(dups[kept]), kept == "nw-1" ? "dg-1" : "nw-1");
  r.duplicate_max_distance = 1;  // 2 bits apart: no longer duplicates
  res = searcher_->Search(r);
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(res->hits.size(), 3u);
}

TEST_F(QueryTest, MalformedQueriesNameProblemAndPosition) {
  struct Case {
    const char* query;
    const char* expected;
  } cases[] = {
      {"microsoft AND", "position 10: AND has nothing on its right"},
      {"OR microsoft", "position 0: OR has nothing on its left"},
      {"microsoft AND OR openai", "position 10: AND has nothing on its right"},
      {"(microsoft openai", "position 0: \"(\" is never closed"},
      {"microsoft)", "position 9: \")\" without a matching \"(\""},
      {"()", "position 0: empty parentheses"},
      {"\"legal action", "position 0: unclosed quote"},
      {"sorce:ft", "position 0: unknown field \"sorce:\""},
      {"breach entity:", "position 7: \"entity:\" has no value"},
      {"date:2025-13..2026", "position 0: \"date:2025-13..2026\" is not a date range"},
      {"microsoft NOT", "position 10: NOT has nothing on its right"},
      // Issue 15: these crashed Xapian's parser (a field processor threw through it).
      {"-;date:x", "\"-;date:x\" is not a date range"},
      {"+;date:x", "\"+;date:x\" is not a date range"},
      {"-;date:2025..2026x", "a date range takes no +, -"},
      {"microsoft -date:2025..2026", "position 10: \"-date:2025..2026\": a date range takes no +, - or punctuation"},
      {"-;date:2025..2026", "position 0: \"-;date:2025..2026\": a date range takes no +, -"},
  };
  for (const Case& c : cases) {
    SearchRequest r;
    r.query = c.query;
    auto res = searcher_->Search(r);
    ASSERT_FALSE(res.ok()) << c.query;
    EXPECT_TRUE(res.status().IsInvalidArgument()) << c.query;
    EXPECT_THAT(res.status().message(), HasSubstr(c.expected)) << c.query;
    EXPECT_FALSE(ValidateQuery(c.query).ok()) << c.query;
  }
  // What slips past the validator reaches the field processors, which report instead of throwing.
  for (const char* q : {"-;date:x", "+;date:x", "a;date:x", "-;date:2025..2026x", "(date:x)"}) {
    SearchRequest r;
    r.query = q;
    auto res = searcher_->Search(r);
    EXPECT_TRUE(res.status().IsInvalidArgument()) << q << ": " << res.status().ToString();
  }
  // A query past the length limit is refused at once, not parsed for half a minute.
  SearchRequest huge;
  huge.query = std::string(100000, 'a');
  for (size_t i = 7; i < huge.query.size(); i += 8) huge.query[i] = ' ';
  EXPECT_THAT(searcher_->Search(huge).status().message(), HasSubstr("100000 bytes; a query may have at most 4096"));
  // Well-formed edge cases are accepted.
  for (const char* ok : {"", "   ", "NOT microsoft", "microsoft AND NOT openai", "http://example.com",
                         "“legal action”", "source:\"Financial Times\" AND (breach OR violate)"}) {
    EXPECT_TRUE(ValidateQuery(ok).ok()) << ok << ": " << ValidateQuery(ok).ToString();
    SearchRequest r;
    r.query = ok;
    EXPECT_TRUE(searcher_->Search(r).ok()) << ok;
  }
}

TEST_F(QueryTest, EnumeratesDecodedRecords) {
  SearchRequest r;
  r.query = "topic:breach";
  auto claims = searcher_->Claims(r);
  ASSERT_TRUE(claims.ok()) << claims.status().ToString();
  std::map<std::string, const ClaimRecord*> by_id;
  for (const auto& c : *claims) by_id[c.claim.id] = &c;
  ASSERT_EQ(by_id.size(), 3u);
  const ClaimRecord& relayed = *by_id.at("nw-1:c0");
  EXPECT_EQ(relayed.article.outlet, "NetworkWorld");
  EXPECT_EQ(relayed.article.published.kind, PublicationDate::Kind::kEstimated);
  EXPECT_EQ(relayed.claim.primary_source, "Financial Times");
  EXPECT_TRUE(relayed.claim.hedged);
  EXPECT_EQ(relayed.content_text, "considers the deal a breach");
  EXPECT_EQ(by_id.at("ft-1:c1")->claim.stance, Stance::kDenies);

  auto events = searcher_->Events(SearchRequest());
  ASSERT_TRUE(events.ok());
  std::vector<std::string> order;
  for (const auto& e : *events) order.push_back(e.event.id + "@" + e.event.date.value);
  EXPECT_EQ(Joined(order), "nw-1:e1@2019 bi-1:e0@2023 ft-1:e0@2026-02 nw-1:e0@2026-02");
  EXPECT_EQ((*events)[0].merge_key, "investment|investee=openai|investor=microsoft");
  EXPECT_EQ((*events)[0].merge_key, (*events)[1].merge_key);
  EXPECT_EQ((*events)[0].sentence_text, "Microsoft invested $1 billion in OpenAI in 2019.");
  EXPECT_EQ((*events)[0].event.date.granularity, Granularity::kYear);

  r.query = "entity:aws";
  auto articles = searcher_->Articles(r);
  ASSERT_TRUE(articles.ok());
  ASSERT_EQ(articles->size(), 3u);
  for (const Article& a : *articles) {
    EXPECT_FALSE(a.text.empty());
    EXPECT_FALSE(a.sentences.empty());
  }
  EXPECT_EQ(searcher_->Articles(r, 2)->size(), 2u);
  r.query = "microsoft AND";
  EXPECT_TRUE(searcher_->Claims(r).status().IsInvalidArgument());
}

TEST(SearcherOpenTest, ReportsBadDatabases) {
  SearcherOptions options;
  EXPECT_TRUE(Searcher::Open(options).status().IsInvalidArgument());
  options.databases = {testing_index::TempPath("missing")};
  EXPECT_FALSE(Searcher::Open(options).ok());
  options.databases = {"tcp://localhost"};
  EXPECT_TRUE(Searcher::Open(options).status().IsInvalidArgument());
}

}  // namespace
}  // namespace newsline
