// The per-article extraction pipeline: dates, entities, quantities, then events and claims.
#include <algorithm>
#include <cctype>
#include <map>

#include "extract/attribution/claims.h"
#include "extract/entities/domain_pack_internal.h"
#include "extract/events/events.h"
#include "extract/facts/facts.h"
#include "extract/sentences/sentence_view.h"
#include "extract/lexicon/lexicon.h"
#include "newsline/extraction.h"
#include "text/sentences.h"

namespace newsline {

struct Extractor::Impl {
  ExtractorOptions options;
  DomainPack pack;
  extract::Lexicon lexicon;
  extract::FactLexicon fact_lexicon;
  extract::PackView pack_view{nullptr};
  std::unique_ptr<TemporalTagger> tagger;
  std::unique_ptr<EntityMatcher> matcher;
  std::string error;
  Status status;

  Impl(const DomainPack& p, const ExtractorOptions& o) : options(o), pack(p) {
    pack_view = extract::PackView(&pack);
    if (!pack.ok()) {
      status = pack.status();
      error = pack.error();
    } else {
      Status s = lexicon.Extend(SectionOf(pack, "lexicon"), SectionOf(pack, "event_triggers"),
                                SectionOf(pack, "topics"));
      if (s.ok()) s = fact_lexicon.Extend(SectionOf(pack, "fact_attributes"));
      if (!s.ok()) {
        status = s;
        error = s.message();
      }
    }
    if (options.tag_dates) tagger = std::make_unique<TemporalTagger>();
    if (options.match_entities) matcher = std::make_unique<EntityMatcher>(pack);
  }
};

namespace {

// Sentences of an article: its own, or a naive split when ingestion produced none.
std::vector<Span> SentenceSpans(const Article& article) {
  std::vector<Span> out;
  for (const Sentence& s : article.sentences) out.push_back(s.span);
  if (!out.empty()) return out;
  const std::string& t = article.text;
  // An article built by hand (text only): the ingestion's splitter, line by line, so "U.S." and
  // "Inc." do not end sentences; the crude split below only if ICU cannot be used.
  thread_local text::SentenceSplitter splitter;
  if (splitter.ok()) {
    uint32_t line = 0;
    for (uint32_t i = 0; i <= t.size(); ++i) {
      if (i < t.size() && t[i] != '\n') continue;
      if (i > line) {
        for (const Span& s : splitter.SplitRange(t, {line, i})) out.push_back(s);
      }
      line = i + 1;
    }
    return out;
  }
  uint32_t begin = 0;
  auto push = [&](uint32_t b, uint32_t e) {
    while (b < e && (t[b] == ' ' || t[b] == '\n')) ++b;
    while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\n')) --e;
    if (e > b) out.push_back({b, e});
  };
  for (uint32_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n') {
      push(begin, i);
      begin = i + 1;
    } else if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 2 < t.size() && t[i + 1] == ' ' &&
               ((t[i + 2] >= 'A' && t[i + 2] <= 'Z') || t[i + 2] == '"')) {
      push(begin, i + 1);
      begin = i + 1;
    }
  }
  push(begin, static_cast<uint32_t>(t.size()));
  return out;
}

}  // namespace

Extractor::Extractor() : Extractor(DomainPack()) {}
Extractor::Extractor(const DomainPack& pack, const ExtractorOptions& options)
    : impl_(std::make_unique<Impl>(pack, options)) {}
Extractor::~Extractor() = default;

bool Extractor::ok() const { return impl_->status.ok(); }
const std::string& Extractor::error() const { return impl_->error; }
Status Extractor::status() const { return impl_->status; }

namespace {

// Tags an article whose date is only known to lie in `when`. A relative expression is resolved
// only where the first and the last day of the interval give the same answer ("last month" for
// an article estimated within March 2026; "in late February ... announced" for one estimated
// within 2026 after February 21); otherwise it stays unresolved with its text, so no expression
// is resolved against an invented day. The last day checked is at most 270 days after the first:
// beyond ten months the resolver prefers a nearer period over the tense's direction.
constexpr int32_t kMaxAgreementSpan = 270;

std::vector<TimeExpression> TagWithinInterval(const TemporalTagger& tagger, const Article& article,
                                              const DayInterval& when) {
  std::vector<TimeExpression> first = tagger.TagArticle(article, when.begin);
  if (when.length() <= 1) return first;
  Day last_day = when.length() - 1 > kMaxAgreementSpan ? when.begin + kMaxAgreementSpan : when.end - 1;
  std::vector<TimeExpression> last = tagger.TagArticle(article, last_day);
  std::vector<TimeExpression> bare = tagger.TagArticle(article, std::nullopt);
  auto same_span = [](const std::vector<TimeExpression>& list, const Span& span) -> const TimeExpression* {
    for (const TimeExpression& t : list) {
      if (t.span == span) return &t;
    }
    return nullptr;
  };
  for (TimeExpression& t : first) {
    const TimeExpression* other = same_span(last, t.span);
    bool agrees = other && other->value == t.value && other->resolved == t.resolved &&
                  (!t.resolved || other->interval == t.interval);
    if (agrees) continue;
    if (const TimeExpression* unresolved = same_span(bare, t.span)) {
      t = *unresolved;
    } else {
      t.resolved = false;
    }
  }
  return first;
}

}  // namespace

PublicationDate PublishedOrEstimate(const Article& article, const Annotations& annotations) {
  if (article.published.known() || !annotations.reference.known()) return article.published;
  PublicationDate estimate = annotations.reference;
  if (estimate.kind == PublicationDate::Kind::kExact) estimate.kind = PublicationDate::Kind::kEstimated;
  return estimate;
}

Annotations Extractor::Extract(const Article& article) const {
  Annotations a;
  a.article_id = article.id;
  a.reference = article.published;
  std::optional<Day> reference = impl_->options.reference;
  if (impl_->tagger) {
    if (!reference && article.published.exact()) reference = article.published.day();
    std::optional<DayInterval> estimated;
    if (!reference && !article.published.known() && impl_->options.estimate_undated) {
      std::vector<TimeExpression> raw = impl_->tagger->TagArticle(article, std::nullopt);
      PublicationDate estimate = EstimatePublicationDate(article, raw);
      if (estimate.known() && !estimate.interval.empty()) {
        a.reference = estimate;
        estimated = estimate.interval;
      }
    } else if (!reference && article.published.known() && !article.published.interval.empty()) {
      estimated = article.published.interval;
    }
    a.times = estimated ? TagWithinInterval(*impl_->tagger, article, *estimated)
                        : impl_->tagger->TagArticle(article, reference);
  }
  if (impl_->matcher) a.entities = impl_->matcher->MatchArticle(article);
  if (impl_->options.extract_quantities) a.quantities = ExtractQuantities(article);
  ExtractEventsAndClaims(article, a.times, a.entities, a.quantities, a.reference, &a.events, &a.claims,
                         impl_->options.extract_facts ? &a.facts : nullptr);
  if (!a.events.empty()) a.keywords = Keywords(article);
  return a;
}

// The article's most frequent words of three letters or more that are not stop words or
// numbers, ties by first use.
std::vector<std::string> Extractor::Keywords(const Article& article) const {
  const std::vector<extract::Token> tokens =
      extract::Tokenize(article.text, {0, static_cast<uint32_t>(article.text.size())});
  std::map<std::string, size_t> count;
  std::vector<std::string> order;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const extract::Token& t = tokens[k];
    if (!t.word || t.lower.size() < 3 || std::isdigit(static_cast<unsigned char>(t.lower[0])) ||
        impl_->lexicon.stop_words().MatchAt(tokens, k, nullptr) == 1)
      continue;
    if (count[t.lower]++ == 0) order.push_back(t.lower);
  }
  std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) { return count[a] > count[b]; });
  if (order.size() > kArticleKeywords) order.resize(kArticleKeywords);
  return order;
}

namespace {

// The entities a claim's content names, outlets left out (they are sources, not subjects).
void AddContentEntities(const std::vector<EntityMention>& entities, Claim* claim) {
  for (const EntityMention& m : entities) {
    if (m.type == "outlet" || m.entity_id.empty()) continue;
    if (m.span.begin < claim->content.begin || m.span.end > claim->content.end) continue;
    if (std::find(claim->entities.begin(), claim->entities.end(), m.entity_id) == claim->entities.end()) {
      claim->entities.push_back(m.entity_id);
    }
  }
}

}  // namespace

void Extractor::ExtractEventsAndClaims(const Article& article, const std::vector<TimeExpression>& times,
                                       const std::vector<EntityMention>& entities,
                                       const std::vector<Quantity>& quantities,
                                       const PublicationDate& reference, std::vector<Event>* events,
                                       std::vector<Claim>* claims, std::vector<Fact>* facts) const {
  extract::AttributionRules attribution(&impl_->lexicon, &impl_->pack_view);
  extract::ClaimRules claim_rules(&impl_->lexicon, &impl_->pack_view);
  extract::FactRules fact_rules(&impl_->fact_lexicon, &impl_->lexicon, &impl_->pack_view);
  std::vector<Claim> sentence_claims;
  const size_t first_fact = facts ? facts->size() : 0;
  extract::EventRules event_rules(&impl_->lexicon, &impl_->pack_view);
  extract::AttributionState state;
  state.own_outlet = article.outlet;
  const std::vector<Span> spans = SentenceSpans(article);
  const size_t first_event = events->size();
  const size_t first_claim = claims->size();
  // One report event per outlet per article: outlet name -> index into *events.
  std::map<std::string, size_t> reports;
  for (uint32_t i = 0; i < spans.size(); ++i) {
    extract::SentenceView s =
        extract::MakeSentenceView(article.text, i, spans[i], entities, quantities, times);
    std::vector<extract::Relay> relays = attribution.FindRelays(article.text, s, state);
    const size_t before = events->size();
    event_rules.Extract(article.text, s, relays, state.active_report, reference, events);
    for (size_t k = before; k < events->size(); ++k) {
      const Event& e = (*events)[k];
      if (e.type != "report") continue;
      for (const Participant& p : e.participants) reports.emplace(p.name, k);
    }
    // A sentence that names the outlet it relays is evidence of that outlet's report, dated by a
    // date the sentence gives the relay ("In mid-March, the FT reported"), else known only to
    // have appeared by the article's date.
    for (const extract::Relay& r : relays) {
      if (!r.named) continue;
      Event e;
      e.type = "report";
      e.sentence = i;
      e.trigger = {s.tokens[r.token].span.begin, s.tokens[std::min(r.end, s.tokens.size()) - 1].span.end};
      e.participants.push_back({r.outlet_id, r.outlet, "publisher"});
      e.primary_source = r.outlet;
      e.rule = "relay=" + r.cue;
      if (const TimeExpression* own =
              event_rules.DateOf(s, r.token, std::min(r.end, s.tokens.size()), &e.rule)) {
        e.has_date = true;
        e.date = *own;
        e.rule += ";date=" + own->rule;
      } else if (reference.known() && !reference.interval.empty()) {
        e.has_date = true;
        e.date = extract::ArticleDateBound(reference, "article-date(report)");
        e.rule += ";date=" + e.date.rule + ",not-after";
      } else {
        e.rule += ";date=none";
      }
      e.summary = r.outlet + " report";
      auto seen = reports.find(r.outlet);
      if (seen == reports.end()) {
        reports.emplace(r.outlet, events->size());
        events->push_back(std::move(e));
      } else if (e.has_date && e.date.mod != TimexMod::kOnOrBefore) {
        // A later sentence that dates the report replaces a mention that only bounded it.
        Event& earlier = (*events)[seen->second];
        if (!earlier.has_date || earlier.date.mod == TimexMod::kOnOrBefore) earlier = std::move(e);
      }
    }
    const size_t claims_before = claims->size();
    claim_rules.Extract(article.text, s, relays, &state, claims);
    if (facts) {
      sentence_claims.assign(claims->begin() + claims_before, claims->end());
      fact_rules.Extract(article.text, s, sentence_claims, relays, facts);
    }
  }
  for (size_t k = first_event; k < events->size(); ++k)
    (*events)[k].id = article.id + ":e" + std::to_string(k - first_event);
  for (size_t k = first_claim; k < claims->size(); ++k) {
    (*claims)[k].id = article.id + ":c" + std::to_string(k - first_claim);
    AddContentEntities(entities, &(*claims)[k]);
  }
  for (size_t k = first_fact; facts && k < facts->size(); ++k)
    (*facts)[k].id = article.id + ":f" + std::to_string(k - first_fact);
}

}  // namespace newsline
