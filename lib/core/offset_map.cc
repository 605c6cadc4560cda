// OffsetMap: normalized-text offsets back to the original bytes (newsline/article.h).
#include <algorithm>
#include <utility>

#include "newsline/article.h"

namespace newsline {

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
