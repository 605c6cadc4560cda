// Where an index's stored bytes go (issue 14): per document kind the count and the bytes of
// document data, and the largest members of the stored JSON (to one level inside an object), with
// the terms and values per document. Reads the index; writes nothing.
//
// Usage: newsline_index_sizes DB [TOP=25]
#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "index/schema.h"

namespace {

struct KindBytes {
  size_t documents = 0, data = 0;
};

// Adds the dumped size of each member of `data` (one level into objects) under "kind.member".
void CountMembers(const std::string& kind, const nlohmann::json& data, std::map<std::string, size_t>* members) {
  for (const auto& [key, value] : data.items()) {
    if (!value.is_object()) {
      (*members)[kind + "." + key] += value.dump().size();
      continue;
    }
    for (const auto& [inner, v] : value.items()) (*members)[kind + "." + key + "." + inner] += v.dump().size();
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DB [TOP=25]\n", argv[0]);
    return 2;
  }
  const size_t top = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 25;
  try {
    Xapian::Database db(argv[1]);
    std::map<std::string, KindBytes> kinds;
    std::map<std::string, size_t> members;
    size_t terms = 0, values = 0, documents = 0;
    for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
      Xapian::Document doc = db.get_document(*p);
      const std::string data = doc.get_data();
      const std::string kind = doc.get_value(newsline::schema::kSlotKind);
      ++kinds[kind].documents;
      kinds[kind].data += data.size();
      terms += doc.termlist_count();
      values += doc.values_count();
      ++documents;
      nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
      if (j.is_object()) CountMembers(kind, j, &members);
    }
    for (const auto& [kind, b] : kinds) {
      std::printf("%-8s documents=%zu data_bytes=%zu per_document=%zu\n", kind.c_str(), b.documents, b.data,
                  b.documents ? b.data / b.documents : 0);
    }
    if (documents) std::printf("terms_per_document=%.1f values_per_document=%.1f\n", double(terms) / documents,
                               double(values) / documents);
    std::vector<std::pair<size_t, std::string>> sorted;
    for (const auto& [name, bytes] : members) sorted.emplace_back(bytes, name);
    std::sort(sorted.rbegin(), sorted.rend());
    for (size_t i = 0; i < sorted.size() && i < top; ++i) std::printf("%12zu  %s\n", sorted[i].first, sorted[i].second.c_str());
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "%s: %s\n", argv[1], e.get_description().c_str());
    return 1;
  }
  return 0;
}
