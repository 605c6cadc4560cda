// Shared formatting of library values for the tool's text and JSON outputs.
#ifndef NEWSLINE_TOOLS_FORMAT_H_
#define NEWSLINE_TOOLS_FORMAT_H_

#include <nlohmann/json.hpp>
#include <string>

#include "newsline/analysis.h"
#include "newsline/article.h"
#include "newsline/dates.h"
#include "newsline/query.h"
#include "command.h"
#include "output.h"

namespace newsline_tool {

// "2026-03-18", "est. 2026-03-01..2026-03-31", or "undated".
std::string PublishedText(const newsline::PublicationDate& p);
// Indented JSON text; bytes that are not UTF-8 (file names, stored text) print as U+FFFD
// instead of throwing.
std::string JsonText(const nlohmann::json& j);
// Fact slots for people (`facts --slots`, `compare`): each slot's label, relation and reason,
// then each reading with its articles, independent sources and sentences.
void PrintFactSlots(const std::vector<newsline::FactSlot>& slots, const Style& style);
// Prints a command's JSON output: as indented JSON under --format json (and --json); under
// jsonl, csv or tsv the records of its array `records_key` ("claims", "events", ...), one per
// line, CSV and TSV cells by CellText; CSV quoted as RFC 4180, TSV with tabs and line breaks in
// values as spaces. Returns the exit status.
int PrintOutput(const nlohmann::json& out, const char* records_key, const GlobalOptions& global);
// A value as a CSV/TSV cell: strings as they are, null empty, lists of scalars "; "-joined, an
// object with a scalar "value" that value (a date), a list of objects with a "name" or "text"
// those joined (participants, amounts), anything else compact JSON.
std::string CellText(const nlohmann::json& value);

}  // namespace newsline_tool

#endif  // NEWSLINE_TOOLS_FORMAT_H_
