// Builds the article, event and claim documents of the index schema from extracted data.
#include "index/document_builder.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

#include "index/schema.h"
#include "index/stopwords.h"

namespace newsline {
namespace {

using json_codec::Json;

// Year terms are added for every year an interval touches, month terms for every month, up to
// these bounds (an interval longer than that is too vague to be found by month).
constexpr int kMaxYearTerms = 50;
constexpr int kMaxMonthTerms = 24;

void AddFacet(Xapian::Document* doc, const char* prefix, Xapian::valueno slot, const std::string& value) {
  if (value.empty()) return;
  std::string normalized = schema::NormalizeFacetValue(value);
  if (normalized.empty()) return;
  doc->add_boolean_term(schema::MakeTerm(prefix, normalized));
  if (slot != Xapian::BAD_VALUENO) doc->add_value(slot, normalized);
}

// Date slots and year/month terms for a half-open interval.
void AddDate(Xapian::Document* doc, const DayInterval& interval, const std::string& granularity) {
  if (interval.empty()) return;
  const Day last = interval.end - 1;
  doc->add_value(schema::kSlotDateBegin, interval.begin.ToCompact());
  doc->add_value(schema::kSlotDateEnd, interval.end.ToCompact());
  doc->add_value(schema::kSlotDateBeginNum, schema::SortableDays(interval.begin));
  doc->add_value(schema::kSlotDateEndNum, schema::SortableDays(interval.end));
  AddFacet(doc, schema::kPrefixGranularity, schema::kSlotGranularity, granularity);
  int years = last.year() - interval.begin.year() + 1;
  for (int i = 0; i < years && i < kMaxYearTerms; ++i) {
    doc->add_boolean_term(schema::MakeTerm(schema::kPrefixYear, schema::YearValue(interval.begin.AddYears(i))));
  }
  if (years == 1) doc->add_value(schema::kSlotYear, schema::YearValue(interval.begin));
  int months = (last.year() - interval.begin.year()) * 12 + last.month() - interval.begin.month() + 1;
  if (months <= kMaxMonthTerms) {
    Day m = interval.begin.FirstOfMonth();
    for (int i = 0; i < months; ++i, m = m.AddMonths(1)) {
      doc->add_boolean_term(schema::MakeTerm(schema::kPrefixMonth, schema::MonthValue(m)));
    }
  }
  if (months == 1) doc->add_value(schema::kSlotMonth, schema::MonthValue(interval.begin));
}

void AddPublished(Xapian::Document* doc, const PublicationDate& published) {
  if (!published.known()) return;
  AddDate(doc, published.interval, published.exact() ? "day" : "estimated");
}

// Terms shared by an article and everything derived from it.
void AddArticleFacets(Xapian::Document* doc, const Article& article) {
  doc->add_boolean_term(schema::MakeTerm(schema::kPrefixArticle, article.id));
  doc->add_value(schema::kSlotArticleId, article.id);
  AddFacet(doc, schema::kPrefixOutlet, schema::kSlotOutlet, article.outlet);
  AddFacet(doc, schema::kPrefixLanguage, schema::kSlotLanguage, article.language);
}

// A member that holds only its type's default (false, "", [], {}, null): the decoders read a
// missing member as that default, so it is not stored.
bool HoldsDefault(const Json& v) {
  return v.is_null() || (v.is_boolean() && !v.get<bool>()) || (v.is_string() && v.get_ref<const std::string&>().empty()) ||
         ((v.is_array() || v.is_object()) && v.empty());
}

// Drops default-valued members at every depth (array elements are kept: positions matter).
void DropDefaults(Json* j) {
  if (j->is_object()) {
    for (auto it = j->begin(); it != j->end();) {
      DropDefaults(&it.value());
      it = HoldsDefault(it.value()) ? j->erase(it) : std::next(it);
    }
  } else if (j->is_array()) {
    for (Json& element : *j) DropDefaults(&element);
  }
}

// Stores the document's JSON without default-valued members (a third of a claim's or fact's
// bytes), invalid UTF-8 replaced, never thrown on.
void SetData(Xapian::Document* doc, Json data) {
  DropDefaults(&data);
  doc->set_data(data.dump(-1, ' ', false, Json::error_handler_t::replace));
}

void AddKind(Xapian::Document* doc, const char* kind) {
  doc->add_boolean_term(schema::MakeTerm(schema::kPrefixKind, kind));
  doc->add_value(schema::kSlotKind, kind);
}

// The start every document shares: its id term, its kind and the article's facets.
BuiltDocument StartDocument(BuiltDocument::Kind kind, const char* schema_kind, const std::string& id,
                            const Article& article) {
  BuiltDocument built;
  built.kind = kind;
  built.id_term = schema::IdTerm(schema_kind, id);
  built.document.add_boolean_term(built.id_term);
  AddKind(&built.document, schema_kind);
  AddArticleFacets(&built.document, article);
  return built;
}

// A fact's unit as a facet value: the currency, "%", the unit of a measure, "count".
std::string FactUnit(const Fact& fact) { return fact.value.unit.empty() ? "count" : fact.value.unit; }

// Entity terms weigh by mention count, so a synonym (alias -> entity term) ranks documents.
void AddEntities(Xapian::Document* doc, const std::map<std::string, Xapian::termcount>& counts) {
  for (const auto& [id, count] : counts) {
    std::string normalized = schema::NormalizeFacetValue(id);
    if (normalized.empty()) continue;
    doc->add_term(schema::MakeTerm(schema::kPrefixEntity, normalized), count);
  }
}

// The article's entities for display without re-extraction: per entity id its name (the pack
// name, else the longest surface form), type, mention count and the distinct surface forms seen.
Json EntitySummaryJson(const Annotations& annotations) {
  struct Summary {
    std::string name, type;
    uint32_t mentions = 0;
    std::vector<std::string> forms;
    bool named_by_pack = false;
  };
  std::map<std::string, Summary> by_id;
  for (const EntityMention& m : annotations.entities) {
    if (m.entity_id.empty()) continue;
    Summary& s = by_id[m.entity_id];
    ++s.mentions;
    if (s.type.empty() || s.type == "unknown") s.type = m.type;
    if (m.how == MatchKind::kName && !s.named_by_pack) {
      s.name = m.matched.empty() ? m.text : m.matched;
      s.named_by_pack = true;
    } else if (!s.named_by_pack && m.text.size() > s.name.size()) {
      s.name = m.text;
    }
    if (std::find(s.forms.begin(), s.forms.end(), m.text) == s.forms.end() && s.forms.size() < 16) {
      s.forms.push_back(m.text);
    }
  }
  Json out = Json::array();
  for (const auto& [id, s] : by_id) {
    out.push_back({{"id", id}, {"name", s.name}, {"type", s.type}, {"mentions", s.mentions}, {"forms", s.forms}});
  }
  return out;
}

// Mentions inside `span` (a sentence), counted per entity id.
std::map<std::string, Xapian::termcount> EntitiesIn(const Annotations& annotations, Span span) {
  std::map<std::string, Xapian::termcount> counts;
  for (const EntityMention& m : annotations.entities) {
    if (!m.entity_id.empty() && m.span.begin >= span.begin && m.span.end <= span.end) ++counts[m.entity_id];
  }
  return counts;
}

Span SentenceSpan(const Article& article, uint32_t sentence) {
  if (sentence < article.sentences.size()) {
    Span s = article.sentences[sentence].span;
    if (s.end <= article.text.size() && s.begin <= s.end) return s;
  }
  return Span{};
}

std::string TextOf(const Article& article, Span span) {
  if (span.empty() || span.end > article.text.size()) return std::string();
  return std::string(span.Of(article.text));
}

// Every facet value of the document, read back from its own value slots and terms, into the
// facet-value slot: the slot and the fields cannot disagree.
void AddFacetValues(Xapian::Document* doc) {
  const auto& fields = schema::FacetSlotFields();
  std::vector<std::string> entries;
  for (size_t code = 0; code < fields.size(); ++code) {
    const schema::FieldSpec& field = *fields[code];
    const std::string tag(1, static_cast<char>(code));
    if (!field.and_within_field) {
      std::string value = doc->get_value(field.facet_slot);
      if (!value.empty()) entries.push_back(tag + value);
      continue;
    }
    const std::string prefix = field.prefix;
    auto t = doc->termlist_begin();
    for (t.skip_to(prefix); t != doc->termlist_end(); ++t) {
      const std::string& term = *t;
      if (term.compare(0, prefix.size(), prefix) != 0) break;
      entries.push_back(tag + term.substr(prefix.size()));
    }
  }
  if (!entries.empty()) doc->add_value(schema::kSlotFacetValues, schema::EncodeValueList(entries));
}

}  // namespace

bool IsKnownStemmer(const std::string& language) {
  if (language.empty() || language == "none") return true;
  try {
    Xapian::Stem stem(language);
    return true;
  } catch (const Xapian::Error&) {
    return false;
  }
}

std::string StemmerName(const std::string& language) {
  const std::string description = MakeStemmer(language).get_description();  // "Xapian::Stem(english)"
  const size_t open = description.find('('), close = description.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close <= open + 1) return "none";
  return description.substr(open + 1, close - open - 1);
}

Xapian::Stem MakeStemmer(const std::string& language) {
  if (language.empty() || language == "none") return Xapian::Stem();
  try {
    return Xapian::Stem(language);
  } catch (const Xapian::Error&) {
    return Xapian::Stem();
  }
}

DocumentBuilder::DocumentBuilder(const DocumentBuilderOptions& options) : options_(options) {
  generator_.set_stemmer(MakeStemmer(options.stemmer));
  generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  generator_.set_stopper(EnglishStopper());
  generator_.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
}

void DocumentBuilder::CountSpelling(const Xapian::Document& doc, SpellingCounts* counts) {
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    const std::string& term = *t;
    // Prefixed terms (title "S", stemmed "Z", boolean "X...", "Q", "L") start with a capital.
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;
    Xapian::termcount title = 0;
    auto in_title = doc.termlist_begin();
    in_title.skip_to(schema::kPrefixTitle + term);
    if (in_title != doc.termlist_end() && *in_title == schema::kPrefixTitle + term) title = in_title.get_wdf();
    const Xapian::termcount wdf = t.get_wdf();
    const Xapian::termcount occurrences = wdf > title ? wdf - title : 0;
    if (occurrences > 0) (*counts)[term] += occurrences;
  }
}

Json DocumentBuilder::ArticleRef(const Article& a) {
  Json j{{"id", a.id},           {"title", a.title}, {"outlet", a.outlet},
         {"path", a.path},       {"language", a.language},
         {"published", json_codec::ToJson(a.published)}};
  if (!a.url.empty()) j["url"] = a.url;
  if (!a.wire_source.empty()) j["wire_source"] = a.wire_source;
  if (!a.locator.empty()) j["locator"] = a.locator;
  return j;
}

void DocumentBuilder::Build(const Article& original, const Annotations& annotations,
                            std::vector<BuiltDocument>* out) {
  // An undated article is filed under the extractor's estimate (PublishedOrEstimate); the data
  // says it is an estimate.
  const Article* article = &original;
  Article estimated;
  if (!original.published.known() && annotations.reference.known()) {
    estimated = original;
    estimated.published = PublishedOrEstimate(original, annotations);
    article = &estimated;
  }
  const size_t first = out->size();
  out->push_back(BuildArticle(*article, annotations));
  for (const Event& e : annotations.events) out->push_back(BuildEvent(*article, annotations, e));
  for (const Claim& c : annotations.claims) out->push_back(BuildClaim(*article, annotations, c));
  if (!annotations.facts.empty()) out->push_back(BuildFacts(*article, annotations.facts));
  for (size_t i = first; i < out->size(); ++i) {
    Xapian::Document& doc = (*out)[i].document;
    AddFacetValues(&doc);
    doc.add_value(schema::kSlotHitHeader, schema::EncodeHitHeader(doc));
  }
}

BuiltDocument DocumentBuilder::BuildArticle(const Article& article, const Annotations& annotations) {
  BuiltDocument built = StartDocument(BuiltDocument::Kind::kArticle, schema::kKindArticle, article.id, article);
  Xapian::Document& doc = built.document;
  AddPublished(&doc, article.published);
  for (const auto& [key, values] : article.tags) {
    for (const std::string& v : values) AddFacet(&doc, schema::kPrefixTag, Xapian::BAD_VALUENO, key + ":" + v);
  }
  std::map<std::string, Xapian::termcount> entities;
  for (const EntityMention& m : annotations.entities) {
    if (!m.entity_id.empty()) ++entities[m.entity_id];
  }
  AddEntities(&doc, entities);
  doc.add_value(schema::kSlotSimhash, schema::Hex64(article.simhash));
  if (!article.minhash.empty()) {
    std::string minhash;
    char buf[9];
    for (uint32_t v : article.minhash) {
      std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(v));
      minhash += buf;
    }
    doc.add_value(schema::kSlotMinHash, minhash);
  }
  if (!article.content_hash.empty()) doc.add_value(schema::kSlotContentHash, article.content_hash);

  // Title words count double in the body field and are also searchable as title:.
  generator_.set_document(doc);
  generator_.set_flags(0);
  if (options_.positions) {
    generator_.index_text(article.title, 2);
    generator_.index_text(article.title, 1, schema::kPrefixTitle);
    generator_.increase_termpos(100);
    generator_.index_text(article.text);
  } else {
    generator_.index_text_without_positions(article.title, 2);
    generator_.index_text_without_positions(article.title, 1, schema::kPrefixTitle);
    generator_.index_text_without_positions(article.text);
  }

  json_codec::ArticleJsonOptions json_options;
  Json data{{"kind", schema::kKindArticle},
            {"article", json_codec::ToJson(article, json_options)},
            {"entities", EntitySummaryJson(annotations)}};
  SetData(&doc, data);
  return built;
}

BuiltDocument DocumentBuilder::BuildEvent(const Article& article, const Annotations& annotations,
                                          const Event& event) {
  BuiltDocument built = StartDocument(BuiltDocument::Kind::kEvent, schema::kKindEvent, event.id, article);
  Xapian::Document& doc = built.document;
  AddFacet(&doc, schema::kPrefixEventType, schema::kSlotEventType, event.type);
  Span sentence = SentenceSpan(article, event.sentence);
  std::map<std::string, Xapian::termcount> entities = EntitiesIn(annotations, sentence);
  for (const Participant& p : event.participants) {
    if (!p.entity_id.empty()) ++entities[p.entity_id];
  }
  AddEntities(&doc, entities);
  if (event.has_date && event.date.resolved) {
    AddDate(&doc, event.date.interval, GranularityName(event.date.granularity));
  }
  std::string merge_key = EventMergeKey(event);
  doc.add_boolean_term(schema::FacetTerm(schema::kPrefixMergeKey, merge_key));
  doc.add_value(schema::kSlotMergeKey, merge_key);

  std::string sentence_text = TextOf(article, sentence);
  generator_.set_document(doc);
  generator_.set_flags(0);
  generator_.index_text_without_positions(event.summary);
  generator_.index_text_without_positions(sentence_text);
  generator_.index_text_without_positions(event.type);

  Json data{{"kind", schema::kKindEvent},
            {"article", ArticleRef(article)},
            {"sentence_text", sentence_text},
            {"event", json_codec::ToJson(event)}};
  if (!annotations.keywords.empty()) data["article_keywords"] = annotations.keywords;
  SetData(&doc, data);
  return built;
}

BuiltDocument DocumentBuilder::BuildClaim(const Article& article, const Annotations& annotations,
                                          const Claim& claim) {
  BuiltDocument built = StartDocument(BuiltDocument::Kind::kClaim, schema::kKindClaim, claim.id, article);
  Xapian::Document& doc = built.document;
  AddPublished(&doc, article.published);
  AddFacet(&doc, schema::kPrefixTopic, schema::kSlotTopic, claim.topic);
  std::string speaker = !claim.speaker_id.empty() ? claim.speaker_id
                        : claim.speaker_unnamed   ? std::string("unnamed")
                                                  : claim.speaker;
  AddFacet(&doc, schema::kPrefixSpeaker, schema::kSlotSpeaker, speaker);
  AddFacet(&doc, schema::kPrefixStance, schema::kSlotStance, StanceName(claim.stance));
  AddFacet(&doc, schema::kPrefixHedged, schema::kSlotHedged, claim.hedged ? "yes" : "no");
  // The primary source: who the claim is relayed from, else the article's own outlet.
  AddFacet(&doc, schema::kPrefixPrimary, schema::kSlotPrimary,
           claim.primary_source.empty() ? article.outlet : claim.primary_source);
  Span sentence = SentenceSpan(article, claim.sentence);
  std::map<std::string, Xapian::termcount> entities = EntitiesIn(annotations, sentence);
  if (!claim.speaker_id.empty()) ++entities[claim.speaker_id];
  AddEntities(&doc, entities);

  std::string sentence_text = TextOf(article, sentence);
  std::string content_text = TextOf(article, claim.content);
  generator_.set_document(doc);
  generator_.set_flags(0);
  generator_.index_text_without_positions(sentence_text.empty() ? content_text : sentence_text);
  generator_.index_text_without_positions(claim.speaker);
  generator_.index_text_without_positions(claim.topic_label);

  Json data{{"kind", schema::kKindClaim},
            {"article", ArticleRef(article)},
            {"sentence_text", sentence_text},
            {"content_text", content_text},
            {"claim", json_codec::ToJson(claim)}};
  SetData(&doc, data);
  return built;
}

// The facts of an article, in one small document (no positions): a document per fact cost as
// much to index as the article itself (Reuters: 3.9 facts per article). Facets: every attribute
// and unit, the subjects as entities, the primary sources; text: the facts' labels; date: the
// article's. Searcher::Facts returns the facts one by one, filtered by attribute, unit and entity.
BuiltDocument DocumentBuilder::BuildFacts(const Article& article, const std::vector<Fact>& facts) {
  BuiltDocument built = StartDocument(BuiltDocument::Kind::kFact, schema::kKindFact, article.id, article);
  built.records = static_cast<uint32_t>(facts.size());
  Xapian::Document& doc = built.document;
  std::map<std::string, Xapian::termcount> entities;
  Json items = Json::array();
  std::string labels;
  generator_.set_document(doc);
  generator_.set_flags(0);
  for (const Fact& fact : facts) {
    doc.add_boolean_term(schema::FacetTerm(schema::kPrefixAttribute, fact.attribute));
    doc.add_boolean_term(schema::FacetTerm(schema::kPrefixUnit, FactUnit(fact)));
    doc.add_boolean_term(
        schema::FacetTerm(schema::kPrefixPrimary, fact.primary_source.empty() ? article.outlet : fact.primary_source));
    for (const Participant& p : fact.subjects) {
      if (!p.entity_id.empty() && p.entity_id.rfind("n:", 0) != 0) ++entities[p.entity_id];
    }
    generator_.index_text_without_positions(fact.label);
    items.push_back({{"fact", json_codec::ToJson(fact)},
                     {"sentence_text", TextOf(article, SentenceSpan(article, fact.sentence))}});
  }
  AddEntities(&doc, entities);
  AddPublished(&doc, article.published);
  SetData(&doc, Json{{"kind", schema::kKindFact}, {"article", ArticleRef(article)}, {"facts", std::move(items)}});
  return built;
}

}  // namespace newsline
