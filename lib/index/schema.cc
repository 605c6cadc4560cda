// The index schema's field table and the term/value helpers shared by indexer and query side.
#include "index/schema.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace newsline {
namespace schema {

const std::vector<FieldSpec>& BooleanFields() {
  static const std::vector<FieldSpec> kFields = {
      {"kind", kPrefixKind, kSlotKind, false},
      {"source", kPrefixOutlet, Xapian::BAD_VALUENO, false},  // outlet OR primary source
      {"outlet", kPrefixOutlet, kSlotOutlet, false},
      {"primary", kPrefixPrimary, kSlotPrimary, false},
      {"entity", kPrefixEntity, Xapian::BAD_VALUENO, true},
      {"type", kPrefixEventType, kSlotEventType, false},
      {"topic", kPrefixTopic, kSlotTopic, false},
      {"speaker", kPrefixSpeaker, kSlotSpeaker, false},
      {"stance", kPrefixStance, kSlotStance, false},
      {"hedged", kPrefixHedged, kSlotHedged, false},
      {"lang", kPrefixLanguage, kSlotLanguage, false},
      {"year", kPrefixYear, kSlotYear, false},
      {"month", kPrefixMonth, kSlotMonth, false},
      {"granularity", kPrefixGranularity, kSlotGranularity, false},
      {"tag", kPrefixTag, Xapian::BAD_VALUENO, true},
      {"article", kPrefixArticle, kSlotArticleId, false},
      {"attribute", kPrefixAttribute, Xapian::BAD_VALUENO, true},  // an article's facts: several
      {"unit", kPrefixUnit, Xapian::BAD_VALUENO, true},
  };
  return kFields;
}

const std::vector<const FieldSpec*>& FacetSlotFields() {
  static const std::vector<const FieldSpec*> kList = [] {
    std::vector<const FieldSpec*> list;
    for (const FieldSpec& f : BooleanFields()) {
      const bool facet = f.facet_slot != Xapian::BAD_VALUENO || f.and_within_field;
      if (facet && f.facet_slot != kSlotArticleId && std::string_view(f.name) != "source") list.push_back(&f);
    }
    return list;
  }();
  return kList;
}

int FacetSlotCode(const FieldSpec* field) {
  const auto& fields = FacetSlotFields();
  auto it = std::find(fields.begin(), fields.end(), field);
  return it == fields.end() ? -1 : static_cast<int>(it - fields.begin());
}

std::string EncodeValueList(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) {
    for (size_t n = v.size(); ; n >>= 7) {
      out.push_back(static_cast<char>((n & 0x7f) | (n > 0x7f ? 0x80 : 0)));
      if (n <= 0x7f) break;
    }
    out += v;
  }
  return out;
}

std::string EncodeHitHeader(const Xapian::Document& doc) {
  return EncodeValueList({doc.get_value(kSlotKind), doc.get_value(kSlotDateBegin), doc.get_value(kSlotDateEnd),
                          doc.get_value(kSlotGranularity), doc.get_value(kSlotArticleId)});
}

bool DecodeHitHeader(std::string_view encoded, HitHeader* header) {
  std::string* fields[] = {&header->kind, &header->date_begin, &header->date_end, &header->granularity,
                           &header->article_id};
  size_t n = 0;
  ForEachInValueList(encoded, [&](std::string_view v) {
    if (n < std::size(fields)) fields[n]->assign(v);
    ++n;
  });
  return n == std::size(fields);
}

std::vector<std::string> DecodeValueList(std::string_view encoded) {
  std::vector<std::string> values;
  ForEachInValueList(encoded, [&](std::string_view v) { values.emplace_back(v); });
  return values;
}

const FieldSpec* FindField(std::string_view name) {
  for (const FieldSpec& f : BooleanFields()) {
    if (name == f.name) return &f;
  }
  if (name == "language") return FindField("lang");
  if (name == "outlet_or_primary") return FindField("source");
  return nullptr;
}

std::string NormalizeFacetValue(std::string_view value) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(value.data(), value.size()));
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString n = nfkc->normalize(u, status);
    if (U_SUCCESS(status)) u = n;
  }
  u.toLower(icu::Locale::getRoot());
  std::string lower;
  u.toUTF8String(lower);
  std::string out;
  out.reserve(lower.size());
  bool pending_dash = false;
  for (char c : lower) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-') {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out.push_back('-');
    pending_dash = false;
    out.push_back(c);
  }
  return out;
}

std::string NormalizeYesNo(std::string_view value) {
  std::string v = NormalizeFacetValue(value);
  if (v == "yes" || v == "true" || v == "1" || v == "y") return "yes";
  if (v == "no" || v == "false" || v == "0" || v == "n") return "no";
  return v;
}

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string Hex64(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string MakeTerm(std::string_view prefix, std::string_view value) {
  std::string term;
  if (prefix.size() + value.size() <= kMaxTermBytes) {
    term.reserve(prefix.size() + value.size());
    term.append(prefix).append(value);
    return term;
  }
  // Keep a readable head, cut at a UTF-8 boundary, then '#' and the hash of the whole value.
  size_t head = kMaxTermBytes - prefix.size() - 17;
  while (head > 0 && (static_cast<unsigned char>(value[head]) & 0xC0) == 0x80) --head;
  term.append(prefix).append(value.substr(0, head)).append("#").append(Hex64(Fnv1a64(value)));
  return term;
}

std::string FacetTerm(std::string_view prefix, std::string_view value) {
  return MakeTerm(prefix, NormalizeFacetValue(value));
}

std::string IdTerm(std::string_view kind, std::string_view id) {
  std::string v(kind);
  v.push_back(':');
  v.append(id);
  return MakeTerm(kPrefixId, v);
}

std::string SynonymKey(std::string_view alias) {
  Xapian::TermGenerator generator;
  Xapian::Document doc;
  generator.set_document(doc);
  generator.index_text(std::string(alias));
  std::vector<std::pair<Xapian::termpos, std::string>> words;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) words.emplace_back(*p, *t);
  }
  std::sort(words.begin(), words.end());
  std::string key;
  for (const auto& w : words) {
    if (!key.empty()) key += ' ';
    key += w.second;
  }
  return key;
}

std::string FileKey(std::string_view path) {
  // Metadata keys and XFILE terms share the key; keep it well under the term limit.
  if (path.size() <= 180) return std::string(path);
  return "#" + Hex64(Fnv1a64(path));
}

std::string MonthValue(const Day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", d.year(), d.month());
  return buf;
}

std::string YearValue(const Day& d) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d", d.year());
  return buf;
}

std::string SortableDays(const Day& d) { return Xapian::sortable_serialise(d.days_since_epoch()); }

}  // namespace schema
}  // namespace newsline
