// Text normalization: UTF-8 repair, ICU NFKC, and unification of quotes, dashes, spaces and
// invisible characters, with an OffsetMap from normalized offsets back to the input bytes.
#ifndef NEWSLINE_LIB_TEXT_NORMALIZE_H_
#define NEWSLINE_LIB_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "newsline/article.h"

namespace newsline {
namespace text {

// How invalid UTF-8 bytes are repaired.
enum class Repair {
  kAuto,          // Windows-1252 when the input is mostly not UTF-8 (more invalid bytes than valid
                  // multi-byte sequences), else U+FFFD
  kReplacement,   // always U+FFFD
  kWindows1252,   // always decode each invalid byte as Windows-1252
};

struct Utf8Stats {
  uint32_t invalid_bytes = 0;       // bytes that are not part of a valid UTF-8 sequence
  uint32_t multibyte_sequences = 0;  // valid sequences of 2-4 bytes
};

// Counts invalid bytes and valid multi-byte sequences.
Utf8Stats ScanUtf8(std::string_view bytes);
bool IsValidUtf8(std::string_view bytes);
// Returns valid UTF-8: each invalid byte becomes U+FFFD (or Windows-1252, see Repair).
std::string RepairUtf8(std::string_view bytes, Repair repair = Repair::kAuto, uint32_t* repaired = nullptr);

struct NormalizedText {
  std::string text;
  OffsetMap offsets;          // text offsets -> offsets in the input (plus `base`)
  uint32_t repaired_bytes = 0;
};

// Normalizes `input` (any bytes): repairs invalid UTF-8, applies NFKC, maps curly quotes to ' and
// ", dashes to -, every space character and tab to ' ', line and paragraph separators and CR/CRLF to
// '\n', removes zero-width characters, soft hyphens and control characters. Offsets in the map are
// input offsets plus `base` (so a body cut from a file can map back to file offsets).
// Thread-safety: safe to call from several threads.
NormalizedText Normalize(std::string_view input, uint32_t base = 0, Repair repair = Repair::kAuto);

// Convenience: just the normalized string.
std::string NormalizeString(std::string_view input);

}  // namespace text
}  // namespace newsline

#endif  // NEWSLINE_LIB_TEXT_NORMALIZE_H_
