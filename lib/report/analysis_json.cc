// JSON forms of the analysis results (timeline, comparison) and of the claim and fact records:
// the stable fields of the tool's --json output, the Python module's dicts and the data of the
// HTML timeline page. The stored form of a document is the index's (index/json_codec), not this.
#include <nlohmann/json.hpp>

#include <cmath>

#include "index/json_codec.h"
#include "newsline/report.h"

namespace newsline {
namespace {

using Json = nlohmann::json;

Json DateToJson(bool has_date, const TimeExpression& t) {
  if (!has_date) return nullptr;
  Json j{{"value", t.value},
         {"label", DateLabel(t)},
         {"granularity", GranularityName(t.granularity)},
         {"mod", TimexModName(t.mod)},
         {"text", t.text}};
  j["begin"] = t.resolved ? Json(t.interval.begin.ToString()) : Json(nullptr);
  j["end"] = t.resolved ? Json(t.interval.end.ToString()) : Json(nullptr);
  return j;
}

Json ParticipantsToJson(const std::vector<Participant>& participants) {
  Json out = Json::array();
  for (const Participant& p : participants) out.push_back({{"id", p.entity_id}, {"name", p.name}, {"role", p.role}});
  return out;
}

Json AmountsToJson(const std::vector<Quantity>& amounts) {
  Json out = Json::array();
  for (const Quantity& q : amounts) {
    out.push_back({{"text", q.text}, {"value", q.value}, {"unit", q.unit}, {"vague", q.vague},
                   {"kind", QuantityKindName(q.kind)}});
  }
  return out;
}

Json NumberOrOpen(double v) { return std::isinf(v) ? Json(nullptr) : Json(v); }

Json FactSlotToJson(const FactSlot& slot) {
  Json readings = Json::array();
  for (const FactReading& r : slot.readings) {
    Json facts = Json::array();
    for (const FactRef& f : r.facts) {
      facts.push_back({{"id", f.id},
                       {"article", f.article},
                       {"outlet", f.outlet},
                       {"article_label", f.article_label},
                       {"text", f.text},
                       {"sentence", f.sentence},
                       {"speaker", f.speaker},
                       {"primary_source", f.primary_source},
                       {"hedged", f.hedged},
                       {"frame", f.frame}});
    }
    readings.push_back({{"value", r.value},
                        {"low", NumberOrOpen(r.low)},
                        {"high", NumberOrOpen(r.high)},
                        {"frame", r.frame},
                        {"articles", r.articles},
                        {"outlets", r.outlets},
                        {"primary_sources", r.primary_sources},
                        {"primary_source_count", r.primary_source_count()},
                        {"facts", facts}});
  }
  return {{"key", slot.key},
          {"attribute", slot.attribute},
          {"label", slot.label},
          {"unit", slot.unit},
          {"subjects", ParticipantsToJson(slot.subjects)},
          {"date", DateToJson(slot.has_time, slot.time)},
          {"relation", FactRelationName(slot.relation)},
          {"reason", slot.reason},
          {"readings", readings}};
}

std::string Dump(const Json& j, int indent) { return j.dump(indent, ' ', false, Json::error_handler_t::replace); }

Json QuoteToJson(const QuoteComparison& q) {
  Json variants = Json::array();
  for (const QuoteVariant& v : q.variants) {
    variants.push_back({{"text", v.text},
                        {"words", v.words},
                        {"differs", v.differs},
                        {"articles", v.articles},
                        {"outlets", v.outlets},
                        {"claims", v.claims}});
  }
  return {{"speaker", q.speaker},
          {"changes_meaning", q.changes_meaning},
          {"difference", q.difference},
          {"variants", variants}};
}

}  // namespace

std::string TimelineToJson(const Timeline& timeline, int indent) {
  Json events = Json::array();
  for (const TimelineEvent& e : timeline.events) {
    Json mentions = Json::array();
    for (const EventMention& m : e.mentions) {
      mentions.push_back({{"event", m.event_id},
                          {"article", m.article_id},
                          {"outlet", m.outlet},
                          {"primary_source", m.primary_source},
                          {"date", DateToJson(m.has_date, m.date)},
                          {"summary", m.summary},
                          {"sentence", m.sentence},
                          {"hedged", m.hedged},
                          {"factuality", FactualityName(m.factuality)}});
    }
    events.push_back({{"id", e.id},
                      {"type", e.type},
                      {"date", DateToJson(e.has_date, e.date)},
                      {"summary", e.summary},
                      {"participants", ParticipantsToJson(e.participants)},
                      {"amounts", AmountsToJson(e.amounts)},
                      {"outlets", e.outlets},
                      {"primary_sources", e.primary_sources},
                      {"primary_source_count", e.primary_source_count()},
                      {"disagreements", e.disagreements},
                      {"story", e.story},
                      {"mentions", mentions}});
  }
  return Dump(Json{{"events", events}}, indent);
}

std::string ComparisonToJson(const Comparison& comparison, int indent) {
  Json topics = Json::array();
  for (const TopicComparison& t : comparison.topics) {
    Json sides = Json::array();
    for (const ComparisonSide& s : t.sides) {
      Json claims = Json::array();
      for (const ClaimRef& c : s.claims) {
        claims.push_back({{"id", c.id},
                          {"article", c.article},
                          {"outlet", c.outlet},
                          {"article_label", c.article_label},
                          {"speaker", c.speaker},
                          {"text", c.text},
                          {"sentence", c.sentence},
                          {"hedged", c.hedged},
                          {"hedges", c.hedges},
                          {"primary_source", c.primary_source}});
      }
      sides.push_back({{"stance", s.stance},
                       {"value", s.value},
                       {"speakers", s.speakers},
                       {"outlets", s.outlets},
                       {"articles", s.articles},
                       {"primary_sources", s.primary_sources},
                       {"primary_source_count", s.primary_source_count()},
                       {"claims", claims}});
    }
    topics.push_back({{"topic", t.topic},
                      {"label", t.label},
                      {"relation", TopicRelationName(t.relation)},
                      {"reason", t.reason},
                      {"value_topic", t.value_topic},
                      {"sides", sides}});
  }
  Json facts = Json::array();
  for (const FactSlot& slot : comparison.facts) facts.push_back(FactSlotToJson(slot));
  Json quotes = Json::array();
  for (const QuoteComparison& q : comparison.quotes) quotes.push_back(QuoteToJson(q));
  return Dump(Json{{"topics", topics}, {"facts", facts}, {"quotes", quotes}}, indent);
}

std::string FactComparisonToJson(const FactComparison& comparison, int indent) {
  Json slots = Json::array();
  for (const FactSlot& slot : comparison.slots) slots.push_back(FactSlotToJson(slot));
  return Dump(Json{{"slots", slots}}, indent);
}

namespace {

Json ClaimRecordToJson(const ClaimRecord& r) {
  const Claim& c = r.claim;
  return {{"id", c.id},
          {"article", r.article.id},
          {"outlet", r.article.outlet},
          {"speaker", c.speaker},
          {"speaker_id", c.speaker_id},
          {"speaker_unnamed", c.speaker_unnamed},
          {"speaker_from", SpeakerFromName(c.speaker_from)},
          {"cue", c.cue},
          {"listener", c.listener},
          {"topic", c.topic},
          {"topic_label", c.topic_label},
          {"stance", StanceName(c.stance)},
          {"negated", c.negated},
          {"hedged", c.hedged},
          {"hedges", c.hedges},
          {"primary_source", c.primary_source},
          {"content", r.content_text},
          {"text", r.sentence_text},
          {"rule", c.rule}};
}

Json FactValueToJson(const Quantity& q) {
  return {{"text", q.text},
          {"kind", QuantityKindName(q.kind)},
          {"value", q.value},
          {"unit", q.unit},
          {"low", q.low},
          {"high", NumberOrOpen(q.high)},
          {"qualifier", q.qualifier},
          {"counted", q.kind == QuantityKind::kCount ? q.qualifies : ""}};
}

Json FactRecordToJson(const FactRecord& r) {
  const Fact& f = r.fact;
  return {{"id", f.id},
          {"article", r.article.id},
          {"outlet", r.article.outlet},
          {"attribute", f.attribute},
          {"attribute_label", f.attribute_label},
          {"label", f.label},
          {"value", FactValueToJson(f.value)},
          {"subjects", ParticipantsToJson(f.subjects)},
          {"frame", f.frame},
          {"direction", f.direction},
          {"date", f.has_time ? Json(f.time.value) : Json(nullptr)},
          {"speaker", f.speaker},
          {"primary_source", f.primary_source},
          {"hedged", f.hedged},
          {"hypothetical", f.hypothetical},
          {"text", r.sentence_text},
          {"rule", f.rule}};
}

}  // namespace

std::string ArticlesToJson(const std::vector<Article>& articles, int indent) {
  Json out{{"articles", Json::array()}};
  for (const Article& a : articles) {
    Json j{{"id", a.id},
           {"title", a.title},
           {"outlet", a.outlet},
           {"published", json_codec::ToJson(a.published)},  // the stored shape, the only one
           {"path", a.path},
           {"url", a.url},
           {"format", SourceFormatName(a.format)}};
    if (!a.locator.empty()) j["locator"] = a.locator;
    out["articles"].push_back(std::move(j));
  }
  return Dump(out, indent);
}

std::string ClaimsToJson(const std::vector<ClaimRecord>& claims, int indent) {
  Json out{{"claims", Json::array()}};
  for (const ClaimRecord& r : claims) out["claims"].push_back(ClaimRecordToJson(r));
  return Dump(out, indent);
}

std::string FactsToJson(const std::vector<FactRecord>& facts, int indent) {
  Json out{{"facts", Json::array()}};
  for (const FactRecord& r : facts) out["facts"].push_back(FactRecordToJson(r));
  return Dump(out, indent);
}

}  // namespace newsline
