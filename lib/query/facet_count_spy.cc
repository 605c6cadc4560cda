// FacetCountSpy: decodes the facet-value slot of each examined document and counts the values
// of the wanted fields.
#include "query/facet_count_spy.h"

#include "index/schema.h"

namespace newsline {

void FacetCountSpy::Want(int code) {
  if (code < 0) return;
  const size_t at = static_cast<size_t>(code);
  if (wanted_.size() <= at) {
    wanted_.resize(at + 1, false);
    counts_.resize(at + 1);
  }
  wanted_[at] = true;
}

void FacetCountSpy::operator()(const Xapian::Document& doc, double /*wt*/) {
  ++total_;
  const std::string encoded = doc.get_value(schema::kSlotFacetValues);
  schema::ForEachInValueList(encoded, [&](std::string_view entry) {
    if (entry.empty()) return;
    const size_t code = static_cast<unsigned char>(entry[0]);
    if (code >= wanted_.size() || !wanted_[code]) return;
    key_.assign(entry.data() + 1, entry.size() - 1);  // reuses the buffer: no allocation per value
    ++counts_[code][key_];
  });
}

const std::unordered_map<std::string, uint64_t>& FacetCountSpy::counts(int code) const {
  static const std::unordered_map<std::string, uint64_t> kNone;
  if (code < 0 || static_cast<size_t>(code) >= counts_.size()) return kNone;
  return counts_[static_cast<size_t>(code)];
}

}  // namespace newsline
