// Counts the values of a multi-valued field (entity, tag, attribute, unit) over the documents a
// match examines, from the field's value-list slot (schema::EncodeValueList): one value read per
// document instead of its whole term list.
//
// It is a local spy: a remote shard (xapian-tcpsrv) does not know it, so the searcher counts
// from term lists when any shard is remote (FacetResult::counted_by says which).
//
// Thread-safety: one per search.
#ifndef NEWSLINE_LIB_QUERY_LIST_COUNT_SPY_H_
#define NEWSLINE_LIB_QUERY_LIST_COUNT_SPY_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>

namespace newsline {

class ListCountSpy : public Xapian::MatchSpy {
 public:
  explicit ListCountSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double wt) override;
  std::string name() const override { return "newsline::ListCountSpy"; }

  // Documents seen, and per value the documents that carry it.
  uint64_t total() const { return total_; }
  const std::unordered_map<std::string, uint64_t>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  uint64_t total_ = 0;
  std::unordered_map<std::string, uint64_t> counts_;
  std::string key_;
};

}  // namespace newsline

#endif  // NEWSLINE_LIB_QUERY_LIST_COUNT_SPY_H_
