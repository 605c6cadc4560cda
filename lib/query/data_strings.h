// Reads the strings of a document's stored JSON (its data) without building the JSON tree: a
// search hit needs a handful of strings (title, text, speaker) from data that also holds long
// arrays of offsets, and building the tree cost a tenth of a millisecond per hit.
//
// Thread-safety: a pure function.
#ifndef NEWSLINE_LIB_QUERY_DATA_STRINGS_H_
#define NEWSLINE_LIB_QUERY_DATA_STRINGS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace newsline {

// Calls visit(path, element, value) for every string value in the JSON text `data`, in order.
// `path` names the members from the root joined by '/', an array element as '#'
// ("article/title", "facts/#/fact/label"); `element` is the index of the element of the
// outermost array on the path (0 when there is none). Returns false when `data` is not valid
// JSON (the strings before the error have been visited); never throws.
bool VisitDataStrings(std::string_view data,
                      const std::function<void(std::string_view path, size_t element, std::string& value)>& visit);

}  // namespace newsline

#endif  // NEWSLINE_LIB_QUERY_DATA_STRINGS_H_
