// Content hashes, article ids and near-duplicate detection. Duplicate detection works on small
// fingerprints (id, content hash, simhash, MinHash), so a caller can keep them for a whole
// corpus without keeping the articles.
//
// Thread-safety: pure functions.
#ifndef NEWSLINE_DUPLICATES_H_
#define NEWSLINE_DUPLICATES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsline/article.h"

namespace newsline {

// A stable 16-hex-digit hash (64-bit FNV-1a) of the bytes.
std::string HashHex(std::string_view bytes);
// Article::id for a normalized title and body.
std::string ArticleId(std::string_view normalized_title, std::string_view normalized_text);
// The 64-bit simhash of a text over word 3-shingles (lower-cased words).
uint64_t SimHash(std::string_view text);
// Number of differing bits.
int HammingDistance(uint64_t a, uint64_t b);
// The MinHash signature of a text over the same word 3-shingles: kMinHashSize minimums of
// independent hash functions. The share of equal positions estimates the shingle Jaccard similarity.
constexpr size_t kMinHashSize = 32;
std::vector<uint32_t> MinHash(std::string_view text);
// Estimated Jaccard similarity of two signatures (0 when either is empty).
double MinHashSimilarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

// What duplicate detection needs from an article.
struct ArticleFingerprint {
  std::string id;            // Article::id (normalized content)
  std::string content_hash;  // Article::content_hash (raw bytes)
  uint64_t simhash = 0;      // Article::simhash
  std::vector<uint32_t> minhash;  // Article::minhash (may be empty)
  static ArticleFingerprint Of(const Article& article) {
    return {article.id, article.content_hash, article.simhash, article.minhash};
  }
};

struct DuplicateOptions {
  // Two articles are near-duplicates when their simhashes differ in at most this many bits.
  // Must be in [0, 15]. Default: 6.
  int max_hamming_distance = 6;
  // Two articles are also near-duplicates when their MinHash signatures estimate a shingle Jaccard
  // similarity of at least this (edited and updated versions); candidates come from LSH banding
  // (8 bands of 4 rows). Values above 1 disable the MinHash test. Default: 0.5.
  double min_jaccard = 0.5;
};

// A group of two or more fingerprints (indexes into the input) that are duplicates.
struct DuplicateGroup {
  std::vector<size_t> members;  // sorted
  bool exact = false;           // true when all members have the same id or the same content hash
};

// Groups exact duplicates (same id or same content hash) and near-duplicates (simhash within the
// distance, or MinHash similarity at least min_jaccard; transitive). Groups are sorted by their first member. Candidates are found by
// pigeonhole banding, so the cost is near-linear for corpora without mass duplication.
std::vector<DuplicateGroup> GroupDuplicates(const std::vector<ArticleFingerprint>& prints,
                                            const DuplicateOptions& options = {});

}  // namespace newsline

#endif  // NEWSLINE_DUPLICATES_H_
