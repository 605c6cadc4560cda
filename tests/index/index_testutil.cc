// The index tests' fixture corpus and helpers (see index_testutil.h).
#include "index_testutil.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>

namespace newsline {
namespace testing_index {
namespace {

Day D(const char* iso) { return *Day::Parse(iso); }

// Builds one article and its annotations, computing spans from substrings.
class Builder {
 public:
  Builder(std::string id, std::string outlet, std::string title, std::string text) {
    IndexedArticle& a = item_;
    a.article.id = std::move(id);
    a.article.outlet = std::move(outlet);
    a.article.title = std::move(title);
    a.article.text = std::move(text);
    a.article.language = "en";
    a.annotations.article_id = a.article.id;
    // Naive sentence split on ". " (the fixture text is written for it).
    const std::string& t = a.article.text;
    uint32_t begin = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      if ((t[i] == '.' && (i + 1 == t.size() || t[i + 1] == ' ')) || i + 1 == t.size()) {
        a.article.sentences.push_back({Span{begin, static_cast<uint32_t>(i + 1)}, 0});
        begin = static_cast<uint32_t>(i + 2);
      }
    }
    a.article.paragraphs.push_back({Span{0, static_cast<uint32_t>(t.size())}});
  }
  Builder& Exact(const char* day) {
    item_.article.published = PublicationDate::Exact(D(day), FieldOrigin::kHeader, day);
    return *this;
  }
  Builder& Estimated(const char* begin, const char* end) {
    PublicationDate& p = item_.article.published;
    p.kind = PublicationDate::Kind::kEstimated;
    p.interval = {D(begin), D(end)};
    p.origin = FieldOrigin::kEstimated;
    p.evidence = {std::string("not before ") + begin + ": test"};
    return *this;
  }
  Builder& Language(const char* lang) {
    item_.article.language = lang;
    return *this;
  }
  Builder& Simhash(uint64_t h) {
    item_.article.simhash = h;
    return *this;
  }
  Builder& Tag(const char* key, const char* value) {
    item_.article.tags[key].push_back(value);
    return *this;
  }
  // Every occurrence of `surface` is a mention of `entity`.
  Builder& Mention(const std::string& surface, const char* entity, const char* type = "organization") {
    const std::string& t = item_.article.text;
    for (size_t p = t.find(surface); p != std::string::npos; p = t.find(surface, p + 1)) {
      EntityMention m;
      m.span = Span{static_cast<uint32_t>(p), static_cast<uint32_t>(p + surface.size())};
      m.text = surface;
      m.entity_id = entity;
      m.type = type;
      item_.annotations.entities.push_back(m);
    }
    return *this;
  }
  uint32_t SentenceOf(const std::string& fragment) const {
    size_t p = item_.article.text.find(fragment);
    EXPECT_NE(p, std::string::npos) << fragment;
    for (uint32_t i = 0; i < item_.article.sentences.size(); ++i) {
      if (item_.article.sentences[i].span.begin <= p && p < item_.article.sentences[i].span.end) return i;
    }
    return 0;
  }
  Span SpanOf(const std::string& fragment) const {
    size_t p = item_.article.text.find(fragment);
    EXPECT_NE(p, std::string::npos) << fragment;
    return Span{static_cast<uint32_t>(p), static_cast<uint32_t>(p + fragment.size())};
  }
  Builder& AddEvent(const char* type, const std::string& trigger, std::vector<Participant> participants,
                    const char* begin, const char* end, Granularity g, const char* value, const char* summary) {
    Event e;
    e.id = item_.article.id + ":e" + std::to_string(item_.annotations.events.size());
    e.type = type;
    e.sentence = SentenceOf(trigger);
    e.trigger = SpanOf(trigger);
    e.participants = std::move(participants);
    if (begin != nullptr) {
      e.has_date = true;
      e.date.resolved = true;
      e.date.interval = {D(begin), D(end)};
      e.date.granularity = g;
      e.date.value = value;
      e.date.text = value;
    }
    e.summary = summary;
    e.rule = "test";
    item_.annotations.events.push_back(std::move(e));
    return *this;
  }
  // The last event's date is a bound: "by" its value (a relayed report).
  Builder& OnOrBefore() {
    item_.annotations.events.back().date.mod = TimexMod::kOnOrBefore;
    return *this;
  }
  Builder& AddClaim(const std::string& cue_fragment, const char* speaker_id, const char* speaker, const char* topic,
                    Stance stance, bool hedged, const char* primary_source, const std::string& content) {
    Claim c;
    c.id = item_.article.id + ":c" + std::to_string(item_.annotations.claims.size());
    c.sentence = SentenceOf(cue_fragment);
    c.speaker_id = speaker_id;
    c.speaker = speaker;
    c.speaker_unnamed = std::string(speaker_id).empty() && std::string(speaker) == "unnamed";
    c.cue = cue_fragment;
    c.cue_span = SpanOf(cue_fragment);
    c.content = SpanOf(content);
    c.hedged = hedged;
    if (hedged) c.hedges = {"reportedly"};
    c.topic = topic;
    c.topic_label = topic;
    c.stance = stance;
    c.primary_source = primary_source;
    c.rule = "test";
    item_.annotations.claims.push_back(std::move(c));
    return *this;
  }
  IndexedArticle Done() const { return item_; }

 private:
  IndexedArticle item_;
};

Participant P(const char* id, const char* name, const char* role) { return Participant{id, name, role}; }

}  // namespace

std::string TempPath(const std::string& name) {
  static std::atomic<int> counter{0};
  std::string path = ::testing::TempDir() + "newsline_index_" + std::to_string(::getpid()) + "_" +
                     std::to_string(counter++) + "_" + name;
  std::filesystem::remove_all(path);
  return path;
}

void RemoveTree(const std::string& path) {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

std::vector<std::pair<std::string, std::vector<IndexedArticle>>> FixtureFiles() {
  std::vector<std::pair<std::string, std::vector<IndexedArticle>>> files;

  files.push_back({"ft.txt",
                   {Builder("ft-1", "Financial Times", "Microsoft weighs legal action over OpenAI cloud deal",
                            "Microsoft is considering legal action against OpenAI and Amazon over a $50 billion "
                            "cloud agreement. The software company in Redmond believes the arrangement breaches "
                            "its exclusive Azure agreement. OpenAI said the partnership does not violate its "
                            "contract with Microsoft.")
                        .Exact("2026-02-27")
                        .Simhash(0xF0F0F0F0F0F0F0F0ULL)
                        .Mention("Microsoft", "microsoft")
                        .Mention("OpenAI", "openai")
                        .Mention("Amazon", "amazon")
                        .Mention("Azure", "azure", "product")
                        .AddEvent("legal_threat", "considering legal action",
                                  {P("microsoft", "Microsoft", "plaintiff"), P("openai", "OpenAI", "defendant")},
                                  "2026-02-01", "2026-03-01", Granularity::kMonth, "2026-02",
                                  "Microsoft considers legal action against OpenAI")
                        .OnOrBefore()
                        .AddClaim("believes", "microsoft", "The software company", "breach", Stance::kAsserts,
                                  false, "", "the arrangement breaches its exclusive Azure agreement")
                        .AddClaim("said", "openai", "OpenAI", "breach", Stance::kDenies, false, "",
                                  "the partnership does not violate its contract with Microsoft")
                        .Done()}});

  files.push_back(
      {"nw.txt",
       {Builder("nw-1", "NetworkWorld", "OpenAI and Amazon Web Services sign $50Bn deal",
                "Amazon Web Services and OpenAI announced a partnership worth $50 billion in late February. "
                "Microsoft reportedly considers the deal a breach, according to the Financial Times. "
                "Microsoft invested $1 billion in OpenAI in 2019.")
            .Estimated("2026-02-27", "2026-03-10")
            .Simhash(0x0123456789ABCDEFULL)
            .Mention("Amazon Web Services", "aws")
            .Mention("OpenAI", "openai")
            .Mention("Microsoft", "microsoft")
            .Mention("Financial Times", "financial-times", "outlet")
            .AddEvent("agreement", "announced a partnership", {P("aws", "AWS", "party"), P("openai", "OpenAI", "party")},
                      "2026-02-20", "2026-03-01", Granularity::kMonth, "2026-02", "AWS and OpenAI sign a $50 billion deal")
            .AddEvent("investment", "invested $1 billion",
                      {P("microsoft", "Microsoft", "investor"), P("openai", "OpenAI", "investee")}, "2019-01-01",
                      "2020-01-01", Granularity::kYear, "2019", "Microsoft invests $1 billion in OpenAI")
            .AddClaim("according to", "microsoft", "Microsoft", "breach", Stance::kAsserts, true, "Financial Times",
                      "considers the deal a breach")
            .Done()}});

  files.push_back({"bi.txt",
                   {Builder("bi-1", "Business Insider", "Inside Microsoft's 2023 bet",
                            "Microsoft invested $10 billion in OpenAI in 2023. Amazon Web Services will host "
                            "Frontier models, the company said.")
                        .Exact("2026-03-02")
                        .Simhash(0xFFFF0000FFFF0000ULL)
                        .Mention("Microsoft", "microsoft")
                        .Mention("OpenAI", "openai")
                        .Mention("Amazon Web Services", "aws")
                        .Mention("Frontier", "frontier", "product")
                        .AddEvent("investment", "invested $10 billion",
                                  {P("microsoft", "Microsoft", "investor"), P("openai", "OpenAI", "investee")},
                                  "2023-01-01", "2024-01-01", Granularity::kYear, "2023",
                                  "Microsoft invests $10 billion in OpenAI")
                        .AddClaim("said", "aws", "the company", "hosting", Stance::kAsserts, false, "",
                                  "Amazon Web Services will host Frontier models")
                        .Done()}});

  files.push_back(
      {"digbly.txt",
       {Builder("dg-1", "Digbly", "OpenAI and Amazon Web Services sign $50Bn deal",
                "Amazon Web Services and OpenAI announced a partnership worth $50 billion in late February. "
                "Microsoft reportedly considers the deal a breach, according to the Financial Times.")
            .Language("")
            .Simhash(0x0123456789ABCDEFULL ^ 0x5ULL)
            .Mention("Amazon Web Services", "aws")
            .Mention("OpenAI", "openai")
            .Mention("Microsoft", "microsoft")
            .Done()}});

  files.push_back({"reuters.sgm",
                   {Builder("rt-1", "Reuters", "Oil prices rise on Gulf tension",
                            "Crude oil prices rose sharply on Thursday as traders weighed supply risks.")
                        .Exact("1987-03-05")
                        .Simhash(0x1111111111111111ULL)
                        .Tag("topics", "crude")
                        .Tag("places", "usa")
                        .Done(),
                    Builder("rt-2", "Reuters", "Bank lending slows",
                            "Commercial bank lending slowed in February, the Federal Reserve said.")
                        .Exact("1987-03-06")
                        .Simhash(0x2222222222222222ULL)
                        .Tag("topics", "money-fx")
                        .Tag("places", "usa")
                        .Done()}});
  return files;
}

std::vector<std::pair<std::string, std::string>> FixtureAliases() {
  return {{"Redmond", "microsoft"},      {"the software giant", "microsoft"}, {"AWS", "aws"},
          {"Amazon Web Services", "aws"}, {"ChatGPT maker", "openai"},        {"FT", "financial-times"}};
}

Status IndexFixture(Index* index) {
  for (const auto& [path, articles] : FixtureFiles()) {
    Status s = index->IndexFile(path, "v1", articles);
    if (!s.ok()) return s;
  }
  Status s = index->AddEntityAliases(FixtureAliases());
  if (!s.ok()) return s;
  return index->Commit();
}

std::string HashOf(const std::vector<IndexedArticle>& articles) {
  std::string h;
  for (const auto& a : articles) h += a.article.id + ";";
  return h;
}

std::vector<std::string> Ids(const SearchResponse& response) {
  std::vector<std::string> ids;
  for (const SearchHit& h : response.hits) ids.push_back(h.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string Joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

}  // namespace testing_index
}  // namespace newsline
