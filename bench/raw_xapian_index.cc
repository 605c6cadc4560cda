// The raw-Xapian baseline for indexing speed (issue 14): what a plain Xapian program does with
// Reuters-21578 — one thread, the title and body of each record through a TermGenerator (English
// stemmer, positions, title weighted double as newsline does), the body as document data, one
// commit at the end. No extraction, no facets, no file records: the floor newsline is measured
// against in the same run (bench/run_index_compare.sh).
//
// Usage: newsline_raw_xapian_index [--replace] DB FILE.sgm...
//   --replace  write each record with replace_document on its id term (as a re-indexable
//              indexer must) instead of add_document (the default, the faster floor)
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

// The text between <TAG> and </TAG> inside `record`, or "".
std::string Element(const std::string& record, const std::string& tag) {
  size_t open = record.find("<" + tag + ">");
  if (open == std::string::npos) return "";
  open += tag.size() + 2;
  size_t close = record.find("</" + tag + ">", open);
  return close == std::string::npos ? "" : record.substr(open, close - open);
}

std::string Attribute(const std::string& record, const std::string& name) {
  size_t at = record.find(name + "=\"");
  if (at == std::string::npos) return "";
  at += name.size() + 2;
  size_t end = record.find('"', at);
  return end == std::string::npos ? "" : record.substr(at, end - at);
}

}  // namespace

int main(int argc, char** argv) {
  int first = 1;
  const bool replace = argc > 1 && std::string(argv[1]) == "--replace";
  if (replace) ++first;
  if (argc < first + 2) {
    std::fprintf(stderr, "usage: %s [--replace] DB FILE.sgm...\n", argv[0]);
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  try {
    Xapian::WritableDatabase db(argv[first], Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("en"));
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    size_t records = 0;
    for (int i = first + 1; i < argc; ++i) {
      std::ifstream in(argv[i], std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      const std::string file = buffer.str();
      for (size_t at = file.find("<REUTERS"); at != std::string::npos;) {
        size_t end = file.find("</REUTERS>", at);
        if (end == std::string::npos) break;
        const std::string record = file.substr(at, end - at);
        at = file.find("<REUTERS", end);
        const std::string title = Element(record, "TITLE"), body = Element(record, "BODY");
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(title, 2);
        generator.index_text(title, 1, "S");
        generator.increase_termpos(100);
        generator.index_text(body);
        doc.set_data(body);
        const std::string id_term = "Q" + Attribute(record, "NEWID");
        doc.add_boolean_term(id_term);
        if (replace) {
          db.replace_document(id_term, doc);
        } else {
          db.add_document(doc);
        }
        ++records;
      }
    }
    db.commit();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("raw xapian: %zu records, %.2f s\n", records, seconds);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "%s\n", e.get_description().c_str());
    return 1;
  }
  return 0;
}
