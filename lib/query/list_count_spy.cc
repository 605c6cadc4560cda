// ListCountSpy: decodes the value-list slot of each examined document and counts its values.
#include "query/list_count_spy.h"

#include "index/schema.h"

namespace newsline {

void ListCountSpy::operator()(const Xapian::Document& doc, double /*wt*/) {
  ++total_;
  const std::string encoded = doc.get_value(slot_);
  schema::ForEachInValueList(encoded, [&](std::string_view v) {
    key_.assign(v.data(), v.size());  // reuses the buffer: no allocation per value
    ++counts_[key_];
  });
}

}  // namespace newsline
