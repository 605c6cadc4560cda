// Counts the values of the requested facets over the documents a match examines, from the
// facet-value slot (schema::kSlotFacetValues): one value read per document for all facets,
// multi-valued ones (entity, tag) included, instead of a slot per facet or a term list each.
//
// It is a local spy: a remote shard (xapian-tcpsrv) does not know it, so the searcher uses
// Xapian's ValueCountMatchSpy and term lists when any shard is remote (FacetResult::counted_by).
//
// Thread-safety: one per search.
#ifndef NEWSLINE_LIB_QUERY_FACET_COUNT_SPY_H_
#define NEWSLINE_LIB_QUERY_FACET_COUNT_SPY_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace newsline {

class FacetCountSpy : public Xapian::MatchSpy {
 public:
  // Counts the field with this code (schema::FacetSlotCode).
  void Want(int code);

  void operator()(const Xapian::Document& doc, double wt) override;
  std::string name() const override { return "newsline::FacetCountSpy"; }

  // Documents seen, and per value of field `code` the documents that carry it.
  uint64_t total() const { return total_; }
  const std::unordered_map<std::string, uint64_t>& counts(int code) const;

 private:
  uint64_t total_ = 0;
  std::vector<bool> wanted_;
  std::vector<std::unordered_map<std::string, uint64_t>> counts_;  // by field code
  std::string key_;
};

}  // namespace newsline

#endif  // NEWSLINE_LIB_QUERY_FACET_COUNT_SPY_H_
