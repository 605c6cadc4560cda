// The index schema: every term prefix, value slot and metadata key, defined once for the indexer
// (lib/index) and the query side (lib/query). docs/index-schema.md explains each entry.
//
// Conventions (Omega's): single capitals are Xapian/Omega-reserved (Q unique id, S title, L
// language, Z stemmed terms); our own prefixes are "X" + capitals. Boolean facet values are
// normalized with NormalizeFacetValue() on both sides (lowercase, spaces -> '-'), and a term never
// exceeds kMaxTermBytes (longer values keep a readable head plus a hash of the whole value).
//
// Thread-safety: constants and pure functions.
#ifndef NEWSLINE_LIB_INDEX_SCHEMA_H_
#define NEWSLINE_LIB_INDEX_SCHEMA_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/calendar.h"

namespace newsline {
namespace schema {

// Bumped when documents written by an older version can no longer be read.
inline constexpr char kSchemaVersion[] = "3";  // 3: the facet-value slot 21
inline constexpr size_t kMaxTermBytes = 245;

// ---- Term prefixes -------------------------------------------------------------------------
inline constexpr char kPrefixId[] = "Q";          // Q<kind>:<id>, e.g. "Qarticle:9f0c..."
inline constexpr char kPrefixTitle[] = "S";       // title words (free text, `title:`)
inline constexpr char kPrefixLanguage[] = "L";    // "Len"
inline constexpr char kPrefixKind[] = "XKIND";    // article | event | claim
inline constexpr char kPrefixOutlet[] = "XOUTLET";
inline constexpr char kPrefixPrimary[] = "XPSRC";  // a claim's primary source (else its outlet)
inline constexpr char kPrefixEntity[] = "XENT";    // entity id; wdf = mentions, so synonyms weigh
inline constexpr char kPrefixEventType[] = "XETYPE";
inline constexpr char kPrefixTopic[] = "XTOPIC";
inline constexpr char kPrefixSpeaker[] = "XSPK";
inline constexpr char kPrefixStance[] = "XSTANCE";
inline constexpr char kPrefixHedged[] = "XHEDGED";  // yes | no
inline constexpr char kPrefixYear[] = "XYEAR";      // every year the date interval touches
inline constexpr char kPrefixMonth[] = "XMONTH";    // every month it touches ("2025-03"), <= 24
inline constexpr char kPrefixGranularity[] = "XGRAN";
inline constexpr char kPrefixTag[] = "XTAG";        // source tags "topics:crude", "category:sport"
inline constexpr char kPrefixFile[] = "XFILE";      // file key of every file that holds the doc
inline constexpr char kPrefixArticle[] = "XART";    // the article id (on the article and its children)
inline constexpr char kPrefixMergeKey[] = "XEKEY";  // event merge key: type + sorted participants
inline constexpr char kPrefixAttribute[] = "XATTR";  // facts: each attribute ("valuation", "death_toll")
inline constexpr char kPrefixUnit[] = "XUNIT";       // facts: each unit ("usd", "%", "km"; "count")

// ---- Value slots ---------------------------------------------------------------------------
// Dates are half-open day intervals [begin, end). Both the YYYYMMDD string (range queries compare
// text) and sortable_serialise(days since 1970-01-01) (numeric sort) are stored.
enum Slot : Xapian::valueno {
  kSlotDateBegin = 0,      // "20250101"
  kSlotDateEnd = 1,        // "20260101" (exclusive)
  kSlotDateBeginNum = 2,   // sortable_serialise(begin days)
  kSlotDateEndNum = 3,     // sortable_serialise(end days)
  kSlotGranularity = 4,    // "day", "month", "year", ... (GranularityName)
  kSlotOutlet = 5,         // normalized outlet, the facet value
  kSlotSimhash = 6,        // articles: 16 hex digits of Article::simhash (near-duplicate grouping)
  kSlotKind = 7,
  kSlotLanguage = 8,
  kSlotYear = 9,           // only when the interval lies within one year
  kSlotMonth = 10,         // only when the interval lies within one month ("2025-03")
  kSlotEventType = 11,
  kSlotTopic = 12,
  kSlotStance = 13,
  kSlotSpeaker = 14,
  kSlotPrimary = 15,
  kSlotHedged = 16,
  kSlotMergeKey = 17,      // events: the merge key (analysis merges at query time)
  kSlotArticleId = 18,     // the article id (articles, events, claims)
  kSlotMinHash = 19,       // articles: Article::minhash as 8 hex digits per value ("" when none)
  kSlotContentHash = 20,   // articles: Article::content_hash (exact-duplicate grouping)
  // Every facet value of the document in one value list (EncodeValueList), each entry a field
  // code (FacetSlotCode) and the value, so one spy counts all requested facets with one value
  // read per document (reading six slots thrashes Xapian's per-slot cursor), multi-valued
  // fields (entity, tag) included without reading term lists.
  kSlotFacetValues = 21,
  // What a search hit shows of the document besides its data, in one value list (EncodeHitHeader):
  // kind, date begin and end (YYYYMMDD), granularity, article id — one value read per hit
  // instead of five. Documents written before it lack it; readers fall back to the slots above.
  kSlotHitHeader = 22,
};

// ---- Metadata keys -------------------------------------------------------------------------
inline constexpr char kMetaSchema[] = "newsline:schema";
// The stemmer the index was built with, as StemmerName gives it ("english", "none"); a Searcher
// with another one is refused.
inline constexpr char kMetaStemmer[] = "newsline:stemmer";
inline constexpr char kMetaFilePrefix[] = "newsline:file:";  // + FileKey(path) -> FileRecord JSON

// ---- Document kinds ------------------------------------------------------------------------
inline constexpr char kKindArticle[] = "article";
inline constexpr char kKindEvent[] = "event";
inline constexpr char kKindClaim[] = "claim";
inline constexpr char kKindFact[] = "fact";

// ---- Query fields --------------------------------------------------------------------------
// One row per user-visible field ("entity:microsoft"). Boolean fields filter; `facet_slot` is
// the single-valued slot a ValueCountMatchSpy can count, or BAD_VALUENO for multi-valued fields
// (counted from terms over the match when the facet-value slot cannot be used).
struct FieldSpec {
  const char* name;          // as typed in queries and SearchRequest filters / facets
  const char* prefix;        // term prefix
  Xapian::valueno facet_slot;
  bool and_within_field;     // two filters of this field must both hold (multi-valued fields)
};
// All boolean fields, in the order docs/index-schema.md lists them. "source" is special: it
// matches the outlet or the primary source.
const std::vector<FieldSpec>& BooleanFields();
const FieldSpec* FindField(std::string_view name);

// The fields kept in kSlotFacetValues: every single-valued facet and every multi-valued field,
// not the article id (a value per document) nor "source" (counted as the outlet). A field's
// code is its position here (FacetSlotCode; -1 for a field not kept).
const std::vector<const FieldSpec*>& FacetSlotFields();
int FacetSlotCode(const FieldSpec* field);

// ---- Helpers shared by both sides ----------------------------------------------------------
// Lowercase (Unicode), NFKC, trimmed; runs of spaces and '-' become one '-' ('_' is kept, so
// keys like "legal_threat" read back unchanged). "Financial Times" ->
// "financial-times". Both the indexer and the query parser's field processors use it.
std::string NormalizeFacetValue(std::string_view value);
// Normalizes a hedged/boolean value: yes/true/1 -> "yes", no/false/0 -> "no", else as is.
std::string NormalizeYesNo(std::string_view value);
// prefix + value, shortened to kMaxTermBytes: a head of `value` (cut at a UTF-8 boundary), '#'
// and 16 hex digits of FNV-1a-64 of the whole value.
std::string MakeTerm(std::string_view prefix, std::string_view value);
// prefix + NormalizeFacetValue(value), bounded.
std::string FacetTerm(std::string_view prefix, std::string_view value);
std::string IdTerm(std::string_view kind, std::string_view id);
// An alias tokenized the way the QueryParser tokenizes query text, the key of a synonym:
// lowercase unstemmed words joined by single spaces ("Amazon Web Services" -> "amazon web services").
std::string SynonymKey(std::string_view alias);
// The key a file is known by (the path, or a hash of a very long path).
std::string FileKey(std::string_view path);
uint64_t Fnv1a64(std::string_view bytes);
std::string Hex64(uint64_t v);
// "2025-03" for the month / "2025" for the year.
std::string MonthValue(const Day& d);
std::string YearValue(const Day& d);
// A list of values in one value slot: each value's length (7 bits a byte, low first, high bit =
// more) then its bytes. Decoding stops at the first malformed entry.
// The hit header of a document that already holds its kind, date, granularity and article id
// slots (kSlotHitHeader).
std::string EncodeHitHeader(const Xapian::Document& doc);
struct HitHeader {
  std::string kind, date_begin, date_end, granularity, article_id;
};
// False when `encoded` is not a hit header (empty: a document written before the slot).
bool DecodeHitHeader(std::string_view encoded, HitHeader* header);

std::string EncodeValueList(const std::vector<std::string>& values);
std::vector<std::string> DecodeValueList(std::string_view encoded);
// Calls fn(std::string_view value) for each value of the list, without copying.
template <typename Fn>
void ForEachInValueList(std::string_view encoded, Fn fn) {
  size_t at = 0;
  while (at < encoded.size()) {
    size_t length = 0;
    int shift = 0;
    unsigned char byte = 0;
    do {
      if (at >= encoded.size() || shift > 28) return;
      byte = static_cast<unsigned char>(encoded[at++]);
      length |= static_cast<size_t>(byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    if (length > encoded.size() - at) return;
    fn(encoded.substr(at, length));
    at += length;
  }
}
// Serialized days for the numeric slots.
std::string SortableDays(const Day& d);

}  // namespace schema
}  // namespace newsline

#endif  // NEWSLINE_LIB_INDEX_SCHEMA_H_
