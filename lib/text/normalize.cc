// Text normalization: UTF-8 repair, NFKC and character unification, keeping offsets.
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <vector>

namespace newsline {
namespace text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kDrop = 0xFFFFFFFF;

// Windows-1252 code points for bytes 0x80..0x9F (0 = undefined, decoded as U+FFFD).
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The unification table, applied after NFKC: one row per target.
struct CharClass {
  char32_t to;  // kDrop removes the character
  std::vector<char32_t> from;
};
const std::vector<CharClass>& UnificationTable() {
  static const auto* table = new std::vector<CharClass>{
      {U'\'', {0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x02BC, 0xFF07}},
      {U'"', {0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB, 0x301D, 0x301E, 0xFF02}},
      {U'-', {0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D}},
      {U' ', {U'\t', 0x000B, 0x000C, 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
              0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000}},
      {U'\n', {0x2028, 0x2029, 0x0085}},
      {kDrop, {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E}},
  };
  return *table;
}

char32_t Unify(char32_t c) {
  if (c < 0x80) {
    if (c == '\n') return c;
    if (c == '\t' || c == 0x0B || c == 0x0C) return ' ';
    if (c < 0x20 || c == 0x7F) return kDrop;  // controls ('\r' handled by the caller)
    return c;
  }
  if (c >= 0x80 && c < 0xA0 && c != 0x85) return kDrop;  // C1 controls
  for (const CharClass& row : UnificationTable()) {
    for (char32_t f : row.from) {
      if (f == c) return row.to;
    }
  }
  if (c >= 0xFFF9 && c <= 0xFFFB) return kDrop;  // interlinear annotation controls
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
  if (error) {
    AppendUtf8(kReplacement, out);
    return;
  }
  out->append(buf, static_cast<size_t>(len));
}

// Decodes one code point at bytes[*i]; returns -1 for an invalid byte (and advances by one).
int32_t DecodeOne(std::string_view bytes, size_t* i) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t pos = static_cast<int32_t>(*i);
  const int32_t length = static_cast<int32_t>(bytes.size());
  UChar32 c;
  U8_NEXT(s, pos, length, c);
  if (c < 0) {
    *i += 1;  // U8_NEXT may skip a truncated sequence; repair byte by byte instead
    return -1;
  }
  *i = static_cast<size_t>(pos);
  return c;
}

char32_t RepairByte(uint8_t byte, bool windows1252) {
  if (!windows1252) return kReplacement;
  if (byte >= 0xA0) return byte;  // Latin-1 range
  if (byte >= 0x80) {
    char16_t c = kWindows1252High[byte - 0x80];
    return c ? c : kReplacement;
  }
  return kReplacement;
}

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfkc;
}

}  // namespace

Utf8Stats ScanUtf8(std::string_view bytes) {
  Utf8Stats stats;
  size_t i = 0;
  while (i < bytes.size()) {
    if (static_cast<uint8_t>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t start = i;
    if (DecodeOne(bytes, &i) < 0) {
      ++stats.invalid_bytes;
    } else if (i - start > 1) {
      ++stats.multibyte_sequences;
    }
  }
  return stats;
}

bool IsValidUtf8(std::string_view bytes) { return ScanUtf8(bytes).invalid_bytes == 0; }

std::string RepairUtf8(std::string_view bytes, Repair repair, uint32_t* repaired) {
  Utf8Stats stats = ScanUtf8(bytes);
  if (repaired) *repaired = stats.invalid_bytes;
  if (stats.invalid_bytes == 0) return std::string(bytes);
  bool windows1252 = repair == Repair::kWindows1252 ||
                     (repair == Repair::kAuto && stats.invalid_bytes > stats.multibyte_sequences);
  std::string out;
  out.reserve(bytes.size() + 8);
  size_t i = 0;
  while (i < bytes.size()) {
    size_t start = i;
    int32_t c = DecodeOne(bytes, &i);
    if (c < 0) {
      AppendUtf8(RepairByte(static_cast<uint8_t>(bytes[start]), windows1252), &out);
    } else {
      out.append(bytes.substr(start, i - start));
    }
  }
  return out;
}

NormalizedText Normalize(std::string_view input, uint32_t base, Repair repair) {
  NormalizedText result;
  Utf8Stats stats = ScanUtf8(input);
  result.repaired_bytes = stats.invalid_bytes;
  const bool windows1252 = repair == Repair::kWindows1252 ||
                           (repair == Repair::kAuto && stats.invalid_bytes > stats.multibyte_sequences);
  const icu::Normalizer2* nfkc = Nfkc();
  std::string& out = result.text;
  out.reserve(input.size());
  // Offsets are relative to `base`: anchor the start so unchanged text maps too.
  if (base != 0) result.offsets.AddAnchor(0, base);

  // A segment is a run of code points that NFKC may change together (it starts at a code point
  // with a normalization boundary before it).
  std::vector<char32_t> segment;
  size_t seg_begin = 0;
  size_t seg_end = 0;
  bool seg_changed = false;

  auto emit_unified = [&](char32_t c) {
    char32_t u = Unify(c);
    if (u != kDrop) AppendUtf8(u, &out);
  };
  auto flush = [&]() {
    if (segment.empty()) return;
    const size_t out_before = out.size();
    if (segment.size() == 1 && segment[0] < 0x80) {
      emit_unified(segment[0]);
    } else if (nfkc == nullptr) {
      for (char32_t c : segment) emit_unified(c);
    } else {
      icu::UnicodeString source;
      for (char32_t c : segment) source.append(static_cast<UChar32>(c));
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString normalized = nfkc->normalize(source, status);
      if (U_FAILURE(status)) normalized = source;
      for (int32_t k = 0; k < normalized.length();) {
        UChar32 c = normalized.char32At(k);
        emit_unified(static_cast<char32_t>(c));
        k += U16_LENGTH(c);
      }
    }
    const std::string_view produced(out.data() + out_before, out.size() - out_before);
    const bool changed = seg_changed || produced != input.substr(seg_begin, seg_end - seg_begin);
    if (changed) {
      result.offsets.AddAnchor(static_cast<uint32_t>(out_before), static_cast<uint32_t>(base + seg_begin));
      result.offsets.AddAnchor(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(base + seg_end));
    }
    segment.clear();
    seg_changed = false;
  };

  size_t i = 0;
  while (i < input.size()) {
    const size_t start = i;
    const auto byte = static_cast<uint8_t>(input[i]);
    char32_t c;
    bool changed = false;  // the code point differs from the input bytes
    if (byte < 0x80) {
      ++i;
      c = byte;
      if (c == '\r') {
        // CRLF and lone CR become one '\n'.
        flush();
        seg_begin = start;
        if (i < input.size() && input[i] == '\n') ++i;
        seg_end = i;
        segment.push_back('\n');
        seg_changed = true;  // always changed: CR is not kept
        flush();
        continue;
      }
    } else {
      int32_t d = DecodeOne(input, &i);
      if (d < 0) {
        c = RepairByte(byte, windows1252);
        changed = true;
      } else {
        c = static_cast<char32_t>(d);
      }
    }
    // Unify before NFKC as well: NFKC would decompose a double prime into two primes.
    if (c >= 0x80) {
      const char32_t unified = Unify(c);
      if (unified != kDrop && unified != c) {
        c = unified;
        changed = true;  // the bytes change: anchor the segment
      }
    }
    const bool boundary = c < 0x80 || nfkc == nullptr || nfkc->hasBoundaryBefore(static_cast<UChar32>(c));
    if (boundary) {
      flush();
      seg_begin = start;
    }
    segment.push_back(c);
    seg_end = i;
    seg_changed = seg_changed || changed;
  }
  flush();
  return result;
}

std::string NormalizeString(std::string_view input) { return Normalize(input).text; }

}  // namespace text
}  // namespace newsline
