// Printable names of the public enums (stable: they appear in JSON output and index terms).
#include "newsline/article.h"
#include "newsline/dates.h"
#include "newsline/entities.h"
#include "newsline/extraction.h"

#include <algorithm>

namespace newsline {

const char* SourceFormatName(SourceFormat format) {
  switch (format) {
    case SourceFormat::kRawText: return "text";
    case SourceFormat::kHeaderText: return "header-text";
    case SourceFormat::kJson: return "json";
    case SourceFormat::kJsonLines: return "jsonl";
    case SourceFormat::kHtml: return "html";
    case SourceFormat::kReutersSgml: return "reuters-sgml";
  }
  return "unknown";
}

const char* FieldOriginName(FieldOrigin origin) {
  switch (origin) {
    case FieldOrigin::kNone: return "none";
    case FieldOrigin::kHeader: return "header";
    case FieldOrigin::kJsonField: return "json";
    case FieldOrigin::kHtmlMeta: return "html-meta";
    case FieldOrigin::kJsonLd: return "json-ld";
    case FieldOrigin::kManifest: return "manifest";
    case FieldOrigin::kSgml: return "sgml";
    case FieldOrigin::kText: return "text";
    case FieldOrigin::kEstimated: return "estimated";
  }
  return "unknown";
}

const char* TimexTypeName(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

const char* GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kUnknown: return "unknown";
    case Granularity::kDay: return "day";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
    case Granularity::kQuarter: return "quarter";
    case Granularity::kHalf: return "half";
    case Granularity::kSeason: return "season";
    case Granularity::kYear: return "year";
    case Granularity::kDecade: return "decade";
    case Granularity::kCentury: return "century";
  }
  return "unknown";
}

const char* TimexModName(TimexMod mod) {
  switch (mod) {
    case TimexMod::kNone: return "";
    case TimexMod::kStart: return "START";
    case TimexMod::kMid: return "MID";
    case TimexMod::kEnd: return "END";
    case TimexMod::kApprox: return "APPROX";
    case TimexMod::kBefore: return "BEFORE";
    case TimexMod::kAfter: return "AFTER";
    case TimexMod::kOnOrBefore: return "ON_OR_BEFORE";
  }
  return "";
}

const char* MatchKindName(MatchKind kind) {
  switch (kind) {
    case MatchKind::kName: return "name";
    case MatchKind::kAlias: return "alias";
    case MatchKind::kDescriptor: return "descriptor";
    case MatchKind::kDiscovered: return "discovered";
  }
  return "name";
}

const char* QuantityKindName(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::kMoney: return "money";
    case QuantityKind::kPower: return "power";
    case QuantityKind::kDuration: return "duration";
    case QuantityKind::kCount: return "count";
    case QuantityKind::kPercent: return "percent";
    case QuantityKind::kNumber: return "number";
  }
  return "count";
}

const char* StanceName(Stance stance) { return stance == Stance::kDenies ? "denies" : "asserts"; }

uint32_t OffsetMap::ToOriginal(uint32_t normalized) const {
  if (anchors_.empty()) return normalized;
  // The last anchor at or before `normalized`; linear from there.
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), normalized,
                             [](uint32_t n, const std::pair<uint32_t, uint32_t>& a) { return n < a.first; });
  if (it == anchors_.begin()) return normalized;
  --it;
  return it->second + (normalized - it->first);
}

}  // namespace newsline
