// Fingerprints (FNV-1a ids, simhash over word shingles) and duplicate grouping.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <numeric>
#include <unordered_map>

#include "newsline/ingest.h"

namespace newsline {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
constexpr uint64_t kFnvPrime = 0x100000001b3ull;

uint64_t Fnv1a(std::string_view bytes, uint64_t h = kFnvOffset) {
  for (char c : bytes) {
    h ^= static_cast<uint8_t>(c);
    h *= kFnvPrime;
  }
  return h;
}

// A 64-bit finalizer (splitmix64) so shingle hashes have well-mixed bits.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

// Hashes of the word 3-shingles of a text (words: runs of ASCII alphanumerics or non-ASCII bytes,
// lower-cased); the words themselves when there are fewer than three.
std::vector<uint64_t> Shingles(std::string_view text) {
  std::vector<uint64_t> words;
  std::string word;
  auto flush = [&]() {
    if (!word.empty()) words.push_back(Fnv1a(word));
    word.clear();
  };
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      word.push_back(static_cast<char>(std::tolower(c)));
    } else {
      flush();
    }
  }
  flush();
  if (words.size() < 3) return words;
  std::vector<uint64_t> shingles;
  shingles.reserve(words.size() - 2);
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    shingles.push_back(words[i] * 31 * 31 + words[i + 1] * 31 + words[i + 2]);
  }
  return shingles;
}

}  // namespace

std::string HashHex(std::string_view bytes) {
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(Fnv1a(bytes)));
  return buf;
}

std::string ArticleId(std::string_view normalized_title, std::string_view normalized_text) {
  uint64_t h = Fnv1a(normalized_title);
  h = Fnv1a(std::string_view("\n\n", 2), h);
  h = Fnv1a(normalized_text, h);
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::vector<uint32_t> MinHash(std::string_view text) {
  std::vector<uint64_t> shingles = Shingles(text);
  if (shingles.empty()) return {};
  std::vector<uint32_t> signature(kMinHashSize, UINT32_MAX);
  for (uint64_t s : shingles) {
    for (size_t i = 0; i < kMinHashSize; ++i) {
      const auto h = static_cast<uint32_t>(Mix(s ^ (0x9e3779b97f4a7c15ull * (i + 1))) >> 32);
      signature[i] = std::min(signature[i], h);
    }
  }
  return signature;
}

double MinHashSimilarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t equal = 0;
  for (size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

uint64_t SimHash(std::string_view text) {
  std::vector<uint64_t> shingles = Shingles(text);
  if (shingles.empty()) return 0;
  int weights[64] = {0};
  for (uint64_t s : shingles) {
    const uint64_t h = Mix(s);
    for (int b = 0; b < 64; ++b) weights[b] += ((h >> b) & 1) ? 1 : -1;
  }
  uint64_t hash = 0;
  for (int b = 0; b < 64; ++b) {
    if (weights[b] > 0) hash |= (1ull << b);
  }
  return hash;
}

int HammingDistance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

std::vector<DuplicateGroup> GroupDuplicates(const std::vector<ArticleFingerprint>& prints,
                                            const DuplicateOptions& options) {
  const size_t n = prints.size();
  const int k = std::clamp(options.max_hamming_distance, 0, 15);
  UnionFind groups(n);

  // Exact: same id or same content hash.
  std::unordered_map<std::string, size_t> first_by_id;
  std::unordered_map<std::string, size_t> first_by_hash;
  for (size_t i = 0; i < n; ++i) {
    if (!prints[i].id.empty()) {
      auto [it, inserted] = first_by_id.emplace(prints[i].id, i);
      if (!inserted) groups.Union(it->second, i);
    }
    if (!prints[i].content_hash.empty()) {
      auto [it, inserted] = first_by_hash.emplace(prints[i].content_hash, i);
      if (!inserted) groups.Union(it->second, i);
    }
  }

  // Near: pigeonhole banding. With k + 1 bands, two hashes within k bits agree exactly on at least
  // one band; candidates sharing a band value are compared in full.
  const int bands = k + 1;
  const int band_bits = (64 + bands - 1) / bands;
  for (int band = 0; band < bands; ++band) {
    const int shift = band * band_bits;
    const int width = std::min(band_bits, 64 - shift);
    if (width <= 0) break;
    const uint64_t mask = width >= 64 ? ~0ull : ((1ull << width) - 1);
    std::unordered_map<uint64_t, std::vector<size_t>> buckets;
    for (size_t i = 0; i < n; ++i) {
      if (prints[i].simhash == 0) continue;  // no text
      buckets[(prints[i].simhash >> shift) & mask].push_back(i);
    }
    for (const auto& [key, members] : buckets) {
      for (size_t x = 0; x < members.size(); ++x) {
        for (size_t y = x + 1; y < members.size(); ++y) {
          if (HammingDistance(prints[members[x]].simhash, prints[members[y]].simhash) <= k) {
            groups.Union(members[x], members[y]);
          }
        }
      }
    }
  }

  // MinHash LSH: 8 bands of 4 rows; pairs sharing a band are verified on the whole signature.
  if (options.min_jaccard <= 1.0) {
    constexpr size_t kRows = 4;
    for (size_t band = 0; band * kRows < kMinHashSize; ++band) {
      std::unordered_map<uint64_t, std::vector<size_t>> buckets;
      for (size_t i = 0; i < n; ++i) {
        if (prints[i].minhash.size() != kMinHashSize) continue;
        uint64_t key = 0;
        for (size_t r = 0; r < kRows; ++r) key = Mix(key ^ prints[i].minhash[band * kRows + r]);
        buckets[key].push_back(i);
      }
      for (const auto& [key, members] : buckets) {
        for (size_t x = 0; x < members.size(); ++x) {
          for (size_t y = x + 1; y < members.size(); ++y) {
            if (groups.Find(members[x]) == groups.Find(members[y])) continue;
            if (MinHashSimilarity(prints[members[x]].minhash, prints[members[y]].minhash) >= options.min_jaccard) {
              groups.Union(members[x], members[y]);
            }
          }
        }
      }
    }
  }

  std::unordered_map<size_t, size_t> group_of_root;
  std::vector<DuplicateGroup> result;
  for (size_t i = 0; i < n; ++i) {
    size_t root = groups.Find(i);
    auto [it, inserted] = group_of_root.emplace(root, result.size());
    if (inserted) result.emplace_back();
    result[it->second].members.push_back(i);
  }
  std::vector<DuplicateGroup> out;
  for (DuplicateGroup& g : result) {
    if (g.members.size() < 2) continue;
    bool same_id = true;
    bool same_hash = true;
    for (size_t m : g.members) {
      same_id = same_id && !prints[m].id.empty() && prints[m].id == prints[g.members[0]].id;
      same_hash = same_hash && !prints[m].content_hash.empty() &&
                  prints[m].content_hash == prints[g.members[0]].content_hash;
    }
    g.exact = same_id || same_hash;
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace newsline
