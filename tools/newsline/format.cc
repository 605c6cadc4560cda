// Formatting of publication dates and time expressions for the tool.
#include "format.h"

#include <algorithm>
#include <iostream>

#include "errors.h"
#include "newsline/report.h"

namespace newsline_tool {

std::string JsonText(const nlohmann::json& j) { return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace); }

namespace {

std::string CompactJson(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

bool AllScalars(const nlohmann::json& array) {
  for (const auto& v : array) {
    if (v.is_structured()) return false;
  }
  return true;
}

// A CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled.
std::string CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// A TSV field: tabs and line breaks become spaces (TSV has no quoting).
std::string TsvField(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

// The columns of a table of records: every key, in the order first seen.
std::vector<std::string> Columns(const nlohmann::json& records) {
  std::vector<std::string> columns;
  for (const auto& r : records) {
    if (!r.is_object()) continue;
    for (const auto& [key, value] : r.items()) {
      if (std::find(columns.begin(), columns.end(), key) == columns.end()) columns.push_back(key);
    }
  }
  return columns;
}

void PrintTable(const nlohmann::json& records, bool csv) {
  const std::vector<std::string> columns = Columns(records);
  auto field = [csv](const std::string& text) { return csv ? CsvField(text) : TsvField(text); };
  const char* sep = csv ? "," : "\t";
  for (size_t k = 0; k < columns.size(); ++k) std::cout << (k ? sep : "") << field(columns[k]);
  std::cout << (csv ? "\r\n" : "\n");
  for (const auto& r : records) {
    for (size_t k = 0; k < columns.size(); ++k) {
      const auto it = r.is_object() ? r.find(columns[k]) : r.end();
      std::cout << (k ? sep : "") << field(it == r.end() ? std::string() : CellText(*it));
    }
    std::cout << (csv ? "\r\n" : "\n");
  }
}

}  // namespace

std::string CellText(const nlohmann::json& value) {
  if (value.is_null()) return "";
  // Through JSON text and back: bytes that are not UTF-8 become U+FFFD, as in JSON output.
  if (value.is_string()) return nlohmann::json::parse(CompactJson(value)).get<std::string>();
  if (value.is_array() && AllScalars(value)) {
    std::string out;
    for (const auto& v : value) out += (out.empty() ? "" : "; ") + CellText(v);
    return out;
  }
  // What a reader calls the value: a date's value ("2019"), participants' names, amounts' texts.
  if (value.is_object()) {
    const auto v = value.find("value");
    if (v != value.end() && !v->is_structured()) return CellText(*v);
  }
  if (value.is_array() && !value.empty()) {
    for (const char* key : {"name", "text"}) {
      std::string out;
      bool all = true;
      for (const auto& v : value) {
        const auto it = v.is_object() ? v.find(key) : v.end();
        all = all && it != v.end() && it->is_string();
        if (all) out += (out.empty() ? "" : "; ") + CellText(*it);
      }
      if (all) return out;
    }
  }
  return CompactJson(value);
}

int PrintOutput(const nlohmann::json& out, const char* records_key, const GlobalOptions& global) {
  if (global.format == "json" || global.format == "text") {
    std::cout << JsonText(out) << "\n";
    return kExitOk;
  }
  const auto it = records_key ? out.find(records_key) : out.end();
  if (it == out.end() || !it->is_array()) {
    return Fail(kExitUsage, "--format " + global.format + " writes the records of a listing (articles, claims, entities, "
                                "events of timeline, facts, hits of search, outlets of sources, volume); use --format json here");
  }
  if (global.format == "jsonl") {
    for (const auto& r : *it) std::cout << CompactJson(r) << "\n";
  } else {
    PrintTable(*it, global.format == "csv");
  }
  return kExitOk;
}

std::string PublishedText(const newsline::PublicationDate& p) {
  switch (p.kind) {
    case newsline::PublicationDate::Kind::kExact: return p.day().ToString();
    case newsline::PublicationDate::Kind::kEstimated:
      return "est. " + p.interval.begin.ToString() + ".." + (p.interval.end - 1).ToString();
    case newsline::PublicationDate::Kind::kUnknown: break;
  }
  return "undated";
}

}  // namespace newsline_tool
