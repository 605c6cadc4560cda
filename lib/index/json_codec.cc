// JSON encoding and decoding of Article, annotations, events and claims (see json_codec.h).
#include "index/json_codec.h"

#include "index/schema.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <utility>

namespace newsline {
namespace json_codec {
namespace {

// Thrown inside this file only; every public decoder converts it to a Status.
struct DecodeError {
  std::string path;
  std::string expected;
};

std::string Join(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }

// Typed access to an object's members with the member path for errors.
class Reader {
 public:
  Reader(const Json& j, std::string path) : j_(j), path_(std::move(path)) {
    if (!j_.is_object()) throw DecodeError{path_.empty() ? "(root)" : path_, "an object"};
  }
  const Json* Get(const char* key) const {
    auto it = j_.find(key);
    if (it == j_.end() || it->is_null()) return nullptr;
    return &*it;
  }
  std::string PathOf(const char* key) const { return Join(path_, key); }
  void Str(const char* key, std::string* out) const {
    if (const Json* v = Get(key)) {
      if (!v->is_string()) throw DecodeError{PathOf(key), "a string"};
      *out = v->get<std::string>();
    }
  }
  void Bool(const char* key, bool* out) const {
    if (const Json* v = Get(key)) {
      if (!v->is_boolean()) throw DecodeError{PathOf(key), "true or false"};
      *out = v->get<bool>();
    }
  }
  void Double(const char* key, double* out) const {
    if (const Json* v = Get(key)) {
      if (!v->is_number()) throw DecodeError{PathOf(key), "a number"};
      *out = v->get<double>();
    }
  }
  void U32(const char* key, uint32_t* out) const {
    if (const Json* v = Get(key)) {
      if (!v->is_number_unsigned() && !(v->is_number_integer() && v->get<int64_t>() >= 0)) {
        throw DecodeError{PathOf(key), "a non-negative integer"};
      }
      *out = v->get<uint32_t>();
    }
  }
  void Strings(const char* key, std::vector<std::string>* out) const {
    if (const Json* v = Get(key)) {
      if (!v->is_array()) throw DecodeError{PathOf(key), "an array of strings"};
      out->clear();
      for (const Json& e : *v) {
        if (!e.is_string()) throw DecodeError{PathOf(key), "an array of strings"};
        out->push_back(e.get<std::string>());
      }
    }
  }
  template <typename T, typename Parse>
  void Enum(const char* key, T* out, Parse parse) const {
    if (const Json* v = Get(key)) {
      if (!v->is_string() || !parse(v->get<std::string>(), out)) throw DecodeError{PathOf(key), "a known name"};
    }
  }
  template <typename T, typename Decode>
  void Array(const char* key, std::vector<T>* out, Decode decode) const {
    if (const Json* v = Get(key)) {
      if (!v->is_array()) throw DecodeError{PathOf(key), "an array"};
      out->clear();
      size_t i = 0;
      for (const Json& e : *v) {
        T item;
        decode(e, PathOf(key) + "[" + std::to_string(i++) + "]", &item);
        out->push_back(std::move(item));
      }
    }
  }
  const std::string& path() const { return path_; }

 private:
  const Json& j_;
  std::string path_;
};

void DecodeSpan(const Json& j, const std::string& path, Span* out) {
  if (!j.is_array() || j.size() != 2 || !j[0].is_number_unsigned() || !j[1].is_number_unsigned()) {
    // Integers parsed from JSON text are unsigned when non-negative.
    if (!(j.is_array() && j.size() == 2 && j[0].is_number_integer() && j[1].is_number_integer() &&
          j[0].get<int64_t>() >= 0 && j[1].get<int64_t>() >= 0)) {
      throw DecodeError{path, "a [begin, end] pair of offsets"};
    }
  }
  out->begin = j[0].get<uint32_t>();
  out->end = j[1].get<uint32_t>();
}

void SpanMember(const Reader& r, const char* key, Span* out) {
  if (const Json* v = r.Get(key)) DecodeSpan(*v, r.PathOf(key), out);
}

Day DecodeDay(const Json& j, const std::string& path) {
  if (!j.is_string()) throw DecodeError{path, "a \"YYYY-MM-DD\" date"};
  auto d = Day::Parse(j.get<std::string>());
  if (!d) throw DecodeError{path, "a \"YYYY-MM-DD\" date"};
  return *d;
}

void DecodeInterval(const Reader& r, DayInterval* out) {
  if (const Json* b = r.Get("begin")) out->begin = DecodeDay(*b, r.PathOf("begin"));
  if (const Json* e = r.Get("end")) out->end = DecodeDay(*e, r.PathOf("end"));
}

void DecodePublished(const Json& j, const std::string& path, PublicationDate* out) {
  Reader r(j, path);
  std::string kind;
  r.Str("kind", &kind);
  if (kind == "exact") {
    out->kind = PublicationDate::Kind::kExact;
  } else if (kind == "estimated") {
    out->kind = PublicationDate::Kind::kEstimated;
  } else if (kind.empty() || kind == "unknown") {
    out->kind = PublicationDate::Kind::kUnknown;
  } else {
    throw DecodeError{r.PathOf("kind"), "exact, estimated or unknown"};
  }
  DecodeInterval(r, &out->interval);
  r.Enum("origin", &out->origin, ParseFieldOrigin);
  r.Str("raw", &out->raw);
  r.Strings("evidence", &out->evidence);
}

void DecodeTime(const Json& j, const std::string& path, TimeExpression* out) {
  Reader r(j, path);
  SpanMember(r, "span", &out->span);
  r.Str("text", &out->text);
  r.Enum("type", &out->type, ParseTimexType);
  r.Enum("granularity", &out->granularity, ParseGranularity);
  r.Enum("mod", &out->mod, ParseTimexMod);
  r.Str("value", &out->value);
  r.Bool("resolved", &out->resolved);
  DecodeInterval(r, &out->interval);
  r.Bool("relative", &out->relative);
  r.Str("rule", &out->rule);
  r.Enum("tense", &out->tense, ParseTense);
  r.Str("freq", &out->freq);
  double weekday = 0;
  r.Double("stated_weekday", &weekday);
  out->stated_weekday = weekday >= 1 && weekday <= 7 ? static_cast<int>(weekday) : 0;
  r.Bool("weekday_mismatch", &out->weekday_mismatch);
}

void DecodeMention(const Json& j, const std::string& path, EntityMention* out) {
  Reader r(j, path);
  SpanMember(r, "span", &out->span);
  r.Str("text", &out->text);
  r.Str("entity_id", &out->entity_id);
  r.Str("type", &out->type);
  r.Double("confidence", &out->confidence);
  r.Enum("how", &out->how, ParseMatchKind);
  r.Str("matched", &out->matched);
}

void DecodeQuantity(const Json& j, const std::string& path, Quantity* out) {
  Reader r(j, path);
  SpanMember(r, "span", &out->span);
  r.Str("text", &out->text);
  r.Enum("kind", &out->kind, ParseQuantityKind);
  r.Double("value", &out->value);
  r.Str("unit", &out->unit);
  r.Bool("vague", &out->vague);
  r.Str("qualifies", &out->qualifies);
  out->low = out->high = out->value;
  r.Double("low", &out->low);
  r.Double("high", &out->high);
  bool open = false;
  r.Bool("open", &open);  // no upper bound ("more than 300"): JSON has no infinity
  if (open) out->high = std::numeric_limits<double>::infinity();
  r.Double("precision", &out->precision);
  r.Str("qualifier", &out->qualifier);
}

void DecodeParticipant(const Json& j, const std::string& path, Participant* out) {
  Reader r(j, path);
  r.Str("entity_id", &out->entity_id);
  r.Str("name", &out->name);
  r.Str("role", &out->role);
}

void DecodeEvent(const Json& j, const std::string& path, Event* out) {
  Reader r(j, path);
  r.Str("id", &out->id);
  r.Str("type", &out->type);
  r.U32("sentence", &out->sentence);
  SpanMember(r, "trigger", &out->trigger);
  r.Array("participants", &out->participants, DecodeParticipant);
  r.Array("amounts", &out->amounts, DecodeQuantity);
  r.Bool("has_date", &out->has_date);
  if (const Json* d = r.Get("date")) DecodeTime(*d, r.PathOf("date"), &out->date);
  r.Str("summary", &out->summary);
  r.Str("rule", &out->rule);
  r.Enum("factuality", &out->factuality, ParseFactuality);
  r.Str("factuality_cue", &out->factuality_cue);
  r.Bool("unnamed_report", &out->unnamed_report);
  r.Bool("unnamed_sources", &out->unnamed_sources);
  r.Str("lemma", &out->lemma);
  r.Str("primary_source", &out->primary_source);
  r.Bool("hedged", &out->hedged);
}

void DecodeClaim(const Json& j, const std::string& path, Claim* out) {
  Reader r(j, path);
  r.Str("id", &out->id);
  r.U32("sentence", &out->sentence);
  r.Str("speaker_id", &out->speaker_id);
  r.Str("speaker", &out->speaker);
  r.Bool("speaker_unnamed", &out->speaker_unnamed);
  r.Str("cue", &out->cue);
  SpanMember(r, "cue_span", &out->cue_span);
  r.Str("listener", &out->listener);
  SpanMember(r, "content", &out->content);
  r.Bool("negated", &out->negated);
  r.Bool("hedged", &out->hedged);
  r.Strings("hedges", &out->hedges);
  r.Str("topic", &out->topic);
  r.Str("topic_label", &out->topic_label);
  r.Enum("stance", &out->stance, ParseStance);
  r.Enum("speaker_from", &out->speaker_from, ParseSpeakerFrom);
  r.Array("quantities", &out->quantities, DecodeQuantity);
  r.Str("primary_source", &out->primary_source);
  r.Str("primary_source_cue", &out->primary_source_cue);
  r.Str("rule", &out->rule);
  r.Str("primary_source_id", &out->primary_source_id);
  r.Bool("question", &out->question);
  r.Bool("value_topic", &out->value_topic);
  r.Strings("entities", &out->entities);
}

void DecodeArticle(const Json& j, const std::string& path, Article* out) {
  Reader r(j, path);
  r.Str("id", &out->id);
  r.Str("path", &out->path);
  r.Str("locator", &out->locator);
  r.Enum("format", &out->format, ParseSourceFormat);
  r.Str("title", &out->title);
  r.Enum("title_origin", &out->title_origin, ParseFieldOrigin);
  r.Str("outlet", &out->outlet);
  r.Enum("outlet_origin", &out->outlet_origin, ParseFieldOrigin);
  r.Str("wire_source", &out->wire_source);
  r.Str("url", &out->url);
  r.Str("author", &out->author);
  r.Str("language", &out->language);
  if (const Json* p = r.Get("published")) DecodePublished(*p, r.PathOf("published"), &out->published);
  r.Str("text", &out->text);
  r.Array("paragraphs", &out->paragraphs, [](const Json& e, const std::string& p, Paragraph* para) {
    DecodeSpan(e, p, &para->span);
  });
  r.Array("sentences", &out->sentences, [](const Json& e, const std::string& p, Sentence* s) {
    if (!e.is_array() || e.size() != 3 || !e[2].is_number_integer()) {
      throw DecodeError{p, "a [begin, end, paragraph] triple"};
    }
    DecodeSpan(Json::array({e[0], e[1]}), p, &s->span);
    s->paragraph = e[2].get<uint32_t>();
  });
  if (const Json* o = r.Get("offsets")) {
    if (!o->is_array()) throw DecodeError{r.PathOf("offsets"), "an array of [normalized, original] pairs"};
    out->offsets = OffsetMap();
    for (const Json& e : *o) {
      Span s;
      DecodeSpan(e, r.PathOf("offsets"), &s);
      out->offsets.AddAnchor(s.begin, s.end);
    }
  }
  if (const Json* t = r.Get("tags")) {
    if (!t->is_object()) throw DecodeError{r.PathOf("tags"), "an object of string arrays"};
    out->tags.clear();
    Reader tags(*t, r.PathOf("tags"));
    for (auto it = t->begin(); it != t->end(); ++it) tags.Strings(it.key().c_str(), &out->tags[it.key()]);
  }
  r.U32("repaired_bytes", &out->repaired_bytes);
  r.U32("boilerplate_removed", &out->boilerplate_removed);
  std::string simhash;
  r.Str("simhash", &simhash);
  if (!simhash.empty()) {
    char* end = nullptr;
    out->simhash = std::strtoull(simhash.c_str(), &end, 16);
    if (end == nullptr || *end != '\0' || simhash.size() > 16) {
      throw DecodeError{r.PathOf("simhash"), "16 hex digits"};
    }
  }
  r.Str("content_hash", &out->content_hash);
  if (const Json* m = r.Get("minhash")) {
    if (!m->is_array()) throw DecodeError{r.PathOf("minhash"), "an array of integers"};
    out->minhash.clear();
    for (const Json& v : *m) {
      if (!v.is_number_unsigned()) throw DecodeError{r.PathOf("minhash"), "an array of integers"};
      out->minhash.push_back(v.get<uint32_t>());
    }
  }
}

void DecodeFact(const Json& j, const std::string& path, Fact* out) {
  Reader r(j, path);
  r.Str("id", &out->id);
  r.U32("sentence", &out->sentence);
  if (const Json* v = r.Get("value")) DecodeQuantity(*v, r.PathOf("value"), &out->value);
  r.Str("attribute", &out->attribute);
  r.Str("attribute_label", &out->attribute_label);
  SpanMember(r, "cue", &out->cue);
  r.Array("subjects", &out->subjects, DecodeParticipant);
  r.Str("frame", &out->frame);
  double direction = 0;
  r.Double("direction", &direction);
  out->direction = direction < 0 ? -1 : direction > 0 ? 1 : 0;
  r.Bool("has_time", &out->has_time);
  if (const Json* t = r.Get("time")) DecodeTime(*t, r.PathOf("time"), &out->time);
  r.Str("speaker", &out->speaker);
  r.Str("primary_source", &out->primary_source);
  r.Bool("hedged", &out->hedged);
  r.Bool("hypothetical", &out->hypothetical);
  r.Bool("generic", &out->generic);
  r.Str("label", &out->label);
  r.Str("rule", &out->rule);
}

void DecodeAnnotations(const Json& j, const std::string& path, Annotations* out) {
  Reader r(j, path);
  r.Str("article_id", &out->article_id);
  r.Array("times", &out->times, DecodeTime);
  r.Array("entities", &out->entities, DecodeMention);
  r.Array("quantities", &out->quantities, DecodeQuantity);
  r.Array("events", &out->events, DecodeEvent);
  r.Array("claims", &out->claims, DecodeClaim);
  r.Array("facts", &out->facts, DecodeFact);
  if (const Json* p = r.Get("reference")) DecodePublished(*p, r.PathOf("reference"), &out->reference);
}

template <typename T, typename Decode>
Status Run(const Json& j, T* out, Decode decode) {
  try {
    decode(j, std::string(), out);
    return Status::OK();
  } catch (const DecodeError& e) {
    return Status::Corruption(e.path + ": expected " + e.expected);
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("JSON: ") + e.what());
  }
}

template <typename T, size_t N>
bool ParseByName(std::string_view name, T* out, const T (&values)[N], const char* (*name_of)(T)) {
  for (T v : values) {
    if (name == name_of(v)) {
      *out = v;
      return true;
    }
  }
  return false;
}

Json QuantitiesJson(const std::vector<Quantity>& qs) {
  Json a = Json::array();
  for (const Quantity& q : qs) a.push_back(ToJson(q));
  return a;
}

}  // namespace

bool ParseGranularity(std::string_view name, Granularity* out) {
  static const Granularity kAll[] = {Granularity::kUnknown, Granularity::kDay,    Granularity::kWeek,
                                     Granularity::kMonth,   Granularity::kQuarter, Granularity::kHalf,
                                     Granularity::kSeason,  Granularity::kYear,   Granularity::kDecade,
                                     Granularity::kCentury};
  return ParseByName(name, out, kAll, GranularityName);
}
bool ParseTimexType(std::string_view name, TimexType* out) {
  static const TimexType kAll[] = {TimexType::kDate, TimexType::kTime, TimexType::kDuration, TimexType::kSet};
  return ParseByName(name, out, kAll, TimexTypeName);
}
bool ParseTimexMod(std::string_view name, TimexMod* out) {
  static const TimexMod kAll[] = {TimexMod::kNone, TimexMod::kStart,  TimexMod::kMid,  TimexMod::kEnd,
                                  TimexMod::kApprox, TimexMod::kBefore, TimexMod::kAfter,
                                  TimexMod::kOnOrBefore};
  return ParseByName(name, out, kAll, TimexModName);
}
bool ParseTense(std::string_view name, Tense* out) {
  static const Tense kAll[] = {Tense::kUnknown, Tense::kPast, Tense::kPresent, Tense::kFuture};
  return ParseByName(name, out, kAll, TenseName);
}
bool ParseMatchKind(std::string_view name, MatchKind* out) {
  static const MatchKind kAll[] = {MatchKind::kName, MatchKind::kAlias, MatchKind::kDescriptor,
                                   MatchKind::kDiscovered};
  return ParseByName(name, out, kAll, MatchKindName);
}
bool ParseQuantityKind(std::string_view name, QuantityKind* out) {
  static const QuantityKind kAll[] = {QuantityKind::kMoney, QuantityKind::kPower, QuantityKind::kDuration,
                                      QuantityKind::kCount, QuantityKind::kPercent, QuantityKind::kNumber};
  return ParseByName(name, out, kAll, QuantityKindName);
}
bool ParseStance(std::string_view name, Stance* out) {
  static const Stance kAll[] = {Stance::kAsserts, Stance::kDenies};
  return ParseByName(name, out, kAll, StanceName);
}
bool ParseSpeakerFrom(std::string_view name, SpeakerFrom* out) {
  static const SpeakerFrom kAll[] = {SpeakerFrom::kPhrase,      SpeakerFrom::kUnnamed,
                                     SpeakerFrom::kDescriptor,  SpeakerFrom::kReport,
                                     SpeakerFrom::kActiveReport, SpeakerFrom::kPronoun,
                                     SpeakerFrom::kPronounUnresolved, SpeakerFrom::kAntecedent,
                                     SpeakerFrom::kPlural,      SpeakerFrom::kFrame,
                                     SpeakerFrom::kSameSentence};
  return ParseByName(name, out, kAll, SpeakerFromName);
}
bool ParseSourceFormat(std::string_view name, SourceFormat* out) {
  static const SourceFormat kAll[] = {SourceFormat::kRawText, SourceFormat::kHeaderText, SourceFormat::kJson,
                                      SourceFormat::kJsonLines, SourceFormat::kHtml, SourceFormat::kReutersSgml};
  return ParseByName(name, out, kAll, SourceFormatName);
}
bool ParseFieldOrigin(std::string_view name, FieldOrigin* out) {
  static const FieldOrigin kAll[] = {FieldOrigin::kNone,     FieldOrigin::kHeader, FieldOrigin::kJsonField,
                                     FieldOrigin::kHtmlMeta, FieldOrigin::kJsonLd, FieldOrigin::kManifest,
                                     FieldOrigin::kSgml,     FieldOrigin::kText,   FieldOrigin::kEstimated};
  return ParseByName(name, out, kAll, FieldOriginName);
}

Json ToJson(const Span& span) { return Json::array({span.begin, span.end}); }

Json ToJson(const DayInterval& interval) {
  return Json{{"begin", interval.begin.ToString()}, {"end", interval.end.ToString()}};
}

Json ToJson(const PublicationDate& date) {
  Json j;
  switch (date.kind) {
    case PublicationDate::Kind::kExact: j["kind"] = "exact"; break;
    case PublicationDate::Kind::kEstimated: j["kind"] = "estimated"; break;
    case PublicationDate::Kind::kUnknown: j["kind"] = "unknown"; break;
  }
  if (date.known()) {
    j["begin"] = date.interval.begin.ToString();
    j["end"] = date.interval.end.ToString();
  }
  j["origin"] = FieldOriginName(date.origin);
  if (!date.raw.empty()) j["raw"] = date.raw;
  if (!date.evidence.empty()) j["evidence"] = date.evidence;
  return j;
}

Json ToJson(const Article& a, const ArticleJsonOptions& options) {
  Json j;
  j["id"] = a.id;
  j["path"] = a.path;
  if (!a.locator.empty()) j["locator"] = a.locator;
  j["format"] = SourceFormatName(a.format);
  j["title"] = a.title;
  j["title_origin"] = FieldOriginName(a.title_origin);
  j["outlet"] = a.outlet;
  j["outlet_origin"] = FieldOriginName(a.outlet_origin);
  if (!a.wire_source.empty()) j["wire_source"] = a.wire_source;
  if (!a.url.empty()) j["url"] = a.url;
  if (!a.author.empty()) j["author"] = a.author;
  j["language"] = a.language;
  j["published"] = ToJson(a.published);
  if (!a.tags.empty()) j["tags"] = a.tags;
  if (a.repaired_bytes) j["repaired_bytes"] = a.repaired_bytes;
  if (a.boilerplate_removed) j["boilerplate_removed"] = a.boilerplate_removed;
  j["simhash"] = schema::Hex64(a.simhash);
  if (!a.content_hash.empty()) j["content_hash"] = a.content_hash;
  if (!a.minhash.empty()) j["minhash"] = a.minhash;
  if (options.text) j["text"] = a.text;
  if (options.structure) {
    Json paragraphs = Json::array();
    for (const Paragraph& p : a.paragraphs) paragraphs.push_back(ToJson(p.span));
    Json sentences = Json::array();
    for (const Sentence& s : a.sentences) sentences.push_back(Json::array({s.span.begin, s.span.end, s.paragraph}));
    j["paragraphs"] = std::move(paragraphs);
    j["sentences"] = std::move(sentences);
  }
  if (options.offsets && !a.offsets.empty()) {
    Json offsets = Json::array();
    for (const auto& [n, o] : a.offsets.anchors()) offsets.push_back(Json::array({n, o}));
    j["offsets"] = std::move(offsets);
  }
  return j;
}

Json ToJson(const TimeExpression& t) {
  Json j{{"span", ToJson(t.span)},
         {"text", t.text},
         {"type", TimexTypeName(t.type)},
         {"granularity", GranularityName(t.granularity)},
         {"mod", TimexModName(t.mod)},
         {"value", t.value},
         {"resolved", t.resolved}};
  if (t.resolved) {
    j["begin"] = t.interval.begin.ToString();
    j["end"] = t.interval.end.ToString();
  }
  j["relative"] = t.relative;
  j["rule"] = t.rule;
  j["tense"] = TenseName(t.tense);
  if (t.stated_weekday != 0) {
    j["stated_weekday"] = t.stated_weekday;
    j["weekday_mismatch"] = t.weekday_mismatch;
  }
  if (!t.freq.empty()) j["freq"] = t.freq;
  return j;
}

Json ToJson(const EntityMention& m) {
  return Json{{"span", ToJson(m.span)}, {"text", m.text},
              {"entity_id", m.entity_id}, {"type", m.type},
              {"confidence", m.confidence}, {"how", MatchKindName(m.how)},
              {"matched", m.matched}};
}

Json ToJson(const Quantity& q) {
  Json j{{"span", ToJson(q.span)}, {"text", q.text}, {"kind", QuantityKindName(q.kind)},
         {"value", q.value},       {"unit", q.unit}, {"vague", q.vague},
         {"qualifies", q.qualifies}};
  if (q.low != q.value) j["low"] = q.low;
  if (std::isinf(q.high)) {
    j["open"] = true;
  } else if (q.high != q.value) {
    j["high"] = q.high;
  }
  if (q.precision != 0) j["precision"] = q.precision;
  if (!q.qualifier.empty()) j["qualifier"] = q.qualifier;
  return j;
}

Json ToJson(const Participant& p) {
  return Json{{"entity_id", p.entity_id}, {"name", p.name}, {"role", p.role}};
}

Json ToJson(const Event& e) {
  Json participants = Json::array();
  for (const Participant& p : e.participants) participants.push_back(ToJson(p));
  Json j{{"id", e.id},
         {"type", e.type},
         {"sentence", e.sentence},
         {"trigger", ToJson(e.trigger)},
         {"participants", std::move(participants)},
         {"amounts", QuantitiesJson(e.amounts)},
         {"has_date", e.has_date}};
  if (e.has_date) j["date"] = ToJson(e.date);
  j["summary"] = e.summary;
  j["rule"] = e.rule;
  j["primary_source"] = e.primary_source;
  if (e.unnamed_report) j["unnamed_report"] = true;
  if (e.unnamed_sources) j["unnamed_sources"] = true;
  j["hedged"] = e.hedged;
  j["factuality"] = FactualityName(e.factuality);
  if (!e.factuality_cue.empty()) j["factuality_cue"] = e.factuality_cue;
  if (!e.lemma.empty()) j["lemma"] = e.lemma;
  return j;
}

Json ToJson(const Claim& c) {
  return Json{{"id", c.id},
              {"sentence", c.sentence},
              {"speaker_id", c.speaker_id},
              {"speaker", c.speaker},
              {"speaker_unnamed", c.speaker_unnamed},
              {"cue", c.cue},
              {"cue_span", ToJson(c.cue_span)},
              {"listener", c.listener},
              {"content", ToJson(c.content)},
              {"negated", c.negated},
              {"hedged", c.hedged},
              {"hedges", c.hedges},
              {"topic", c.topic},
              {"topic_label", c.topic_label},
              {"stance", StanceName(c.stance)},
              {"speaker_from", SpeakerFromName(c.speaker_from)},
              {"quantities", QuantitiesJson(c.quantities)},
              {"primary_source", c.primary_source},
              {"primary_source_cue", c.primary_source_cue},
              {"rule", c.rule},
              {"primary_source_id", c.primary_source_id},
              {"question", c.question},
              {"value_topic", c.value_topic},
              {"entities", c.entities}};
}

Json ToJson(const Fact& f) {
  Json subjects = Json::array();
  for (const Participant& p : f.subjects) subjects.push_back(ToJson(p));
  Json j{{"id", f.id},
         {"sentence", f.sentence},
         {"value", ToJson(f.value)},
         {"attribute", f.attribute},
         {"attribute_label", f.attribute_label},
         {"cue", ToJson(f.cue)},
         {"subjects", std::move(subjects)},
         {"frame", f.frame},
         {"direction", f.direction},
         {"has_time", f.has_time},
         {"speaker", f.speaker},
         {"primary_source", f.primary_source},
         {"hedged", f.hedged},
         {"hypothetical", f.hypothetical},
         {"generic", f.generic},
         {"label", f.label},
         {"rule", f.rule}};
  if (f.has_time) j["time"] = ToJson(f.time);
  return j;
}

Json ToJson(const Annotations& a) {
  Json times = Json::array(), entities = Json::array(), events = Json::array(), claims = Json::array(),
       facts = Json::array();
  for (const auto& f : a.facts) facts.push_back(ToJson(f));
  for (const auto& t : a.times) times.push_back(ToJson(t));
  for (const auto& m : a.entities) entities.push_back(ToJson(m));
  for (const auto& e : a.events) events.push_back(ToJson(e));
  for (const auto& c : a.claims) claims.push_back(ToJson(c));
  return Json{{"article_id", a.article_id}, {"times", std::move(times)},
              {"entities", std::move(entities)}, {"quantities", QuantitiesJson(a.quantities)},
              {"events", std::move(events)}, {"claims", std::move(claims)},
              {"facts", std::move(facts)}, {"reference", ToJson(a.reference)}};
}

Status FromJson(const Json& j, Span* out) { return Run(j, out, DecodeSpan); }
Status FromJson(const Json& j, DayInterval* out) {
  return Run(j, out, [](const Json& v, const std::string& p, DayInterval* o) { DecodeInterval(Reader(v, p), o); });
}
Status FromJson(const Json& j, PublicationDate* out) { return Run(j, out, DecodePublished); }
Status FromJson(const Json& j, Article* out) { return Run(j, out, DecodeArticle); }
Status FromJson(const Json& j, TimeExpression* out) { return Run(j, out, DecodeTime); }
Status FromJson(const Json& j, EntityMention* out) { return Run(j, out, DecodeMention); }
Status FromJson(const Json& j, Quantity* out) { return Run(j, out, DecodeQuantity); }
Status FromJson(const Json& j, Participant* out) { return Run(j, out, DecodeParticipant); }
Status FromJson(const Json& j, Event* out) { return Run(j, out, DecodeEvent); }
Status FromJson(const Json& j, Claim* out) { return Run(j, out, DecodeClaim); }
Status FromJson(const Json& j, Fact* out) { return Run(j, out, DecodeFact); }
Status FromJson(const Json& j, Annotations* out) { return Run(j, out, DecodeAnnotations); }

}  // namespace json_codec
}  // namespace newsline
