// Printable names of the extraction stage's enums: dates (TimexType, Granularity, TimexMod),
// entities and quantities (MatchKind, QuantityKind) and claims (Stance). They are stable: they
// appear in JSON output and index terms. (TenseName stays with the tense rules in dates/.)
#include "newsline/dates.h"
#include "newsline/entities.h"
#include "newsline/extraction.h"

namespace newsline {

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

const char* SpeakerFromName(SpeakerFrom from) {
  switch (from) {
    case SpeakerFrom::kPhrase: return "phrase";
    case SpeakerFrom::kUnnamed: return "unnamed";
    case SpeakerFrom::kDescriptor: return "descriptor";
    case SpeakerFrom::kReport: return "report";
    case SpeakerFrom::kActiveReport: return "active-report";
    case SpeakerFrom::kPronoun: return "pronoun";
    case SpeakerFrom::kPronounUnresolved: return "pronoun-unresolved";
    case SpeakerFrom::kAntecedent: return "antecedent";
    case SpeakerFrom::kPlural: return "plural";
    case SpeakerFrom::kFrame: return "frame";
    case SpeakerFrom::kSameSentence: return "same-sentence";
  }
  return "phrase";
}

}  // namespace newsline
