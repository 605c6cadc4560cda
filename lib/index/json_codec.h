// JSON (de)serialization of the newsline data types: the one place that defines their JSON form,
// used for index document data and by the tool's --json output.
//
// Field names follow the C++ members; enums use their printable names (SourceFormatName, ...);
// spans are [begin, end] arrays; days are "YYYY-MM-DD"; simhash is 16 hex digits. Decoding is
// lenient about missing members (they keep their defaults) and strict about wrong types: a
// mistyped member yields Status::Corruption naming the member.
//
// Thread-safety: pure functions.
#ifndef NEWSLINE_LIB_INDEX_JSON_CODEC_H_
#define NEWSLINE_LIB_INDEX_JSON_CODEC_H_

#include <nlohmann/json.hpp>

#include "newsline/article.h"
#include "newsline/dates.h"
#include "newsline/entities.h"
#include "newsline/extraction.h"
#include "newsline/status.h"

namespace newsline {
namespace json_codec {

using Json = nlohmann::json;

struct ArticleJsonOptions {
  // Include Article::text. Default: true.
  bool text = true;
  // Include paragraphs and sentences (spans). Default: true.
  bool structure = true;
  // Include the offset map back to the original text. Default: false (it can be large).
  bool offsets = false;
};

Json ToJson(const Span& span);
Json ToJson(const DayInterval& interval);
Json ToJson(const PublicationDate& date);
Json ToJson(const Article& article, const ArticleJsonOptions& options = {});
Json ToJson(const TimeExpression& time);
Json ToJson(const EntityMention& mention);
Json ToJson(const Quantity& quantity);
Json ToJson(const Participant& participant);
Json ToJson(const Event& event);
Json ToJson(const Claim& claim);
Json ToJson(const Fact& fact);
Json ToJson(const Annotations& annotations);

Status FromJson(const Json& j, Span* out);
Status FromJson(const Json& j, DayInterval* out);
Status FromJson(const Json& j, PublicationDate* out);
Status FromJson(const Json& j, Article* out);
Status FromJson(const Json& j, TimeExpression* out);
Status FromJson(const Json& j, EntityMention* out);
Status FromJson(const Json& j, Quantity* out);
Status FromJson(const Json& j, Participant* out);
Status FromJson(const Json& j, Event* out);
Status FromJson(const Json& j, Claim* out);
Status FromJson(const Json& j, Fact* out);
Status FromJson(const Json& j, Annotations* out);

// Parses text and decodes it; Status::Corruption on malformed JSON.
template <typename T>
Status FromJsonText(const std::string& text, T* out) {
  Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::Corruption("malformed JSON document data");
  return FromJson(j, out);
}

// Name <-> enum for the enums that appear in JSON (the inverse of the *Name functions).
bool ParseGranularity(std::string_view name, Granularity* out);
bool ParseTimexType(std::string_view name, TimexType* out);
bool ParseTimexMod(std::string_view name, TimexMod* out);
bool ParseTense(std::string_view name, Tense* out);
bool ParseMatchKind(std::string_view name, MatchKind* out);
bool ParseQuantityKind(std::string_view name, QuantityKind* out);
bool ParseStance(std::string_view name, Stance* out);
bool ParseSpeakerFrom(std::string_view name, SpeakerFrom* out);
bool ParseSourceFormat(std::string_view name, SourceFormat* out);
bool ParseFieldOrigin(std::string_view name, FieldOrigin* out);

}  // namespace json_codec
}  // namespace newsline

#endif  // NEWSLINE_LIB_INDEX_JSON_CODEC_H_
