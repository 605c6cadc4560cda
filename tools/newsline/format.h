// Shared formatting of library values for the tool's text and JSON outputs.
#ifndef NEWSLINE_TOOLS_FORMAT_H_
#define NEWSLINE_TOOLS_FORMAT_H_

#include <nlohmann/json.hpp>
#include <string>

#include "newsline/analysis.h"
#include "newsline/article.h"
#include "newsline/dates.h"
#include "newsline/query.h"
#include "output.h"

namespace newsline_tool {

// "2026-03-18", "est. 2026-03-01..2026-03-31", or "undated".
std::string PublishedText(const newsline::PublicationDate& p);
// {"kind": "exact"|"estimated"|"unknown", "date"|"begin"+"end", "origin", "evidence"}.
nlohmann::json PublishedJson(const newsline::PublicationDate& p);
// {"value", "label", "granularity", "begin", "end", "mod", "text"}; null when there is no date.
nlohmann::json DateJson(const newsline::TimeExpression& t);
// Indented JSON text; bytes that are not UTF-8 (file names, stored text) print as U+FFFD
// instead of throwing.
std::string JsonText(const nlohmann::json& j);
// Fact slots for people (`facts --slots`, `compare`): each slot's label, relation and reason,
// then each reading with its articles, independent sources and sentences.
void PrintFactSlots(const std::vector<newsline::FactSlot>& slots, const Style& style);
// A claim as `claims --json` prints it (docs/cli.md).
nlohmann::json ClaimJson(const newsline::ClaimRecord& r);

}  // namespace newsline_tool

#endif  // NEWSLINE_TOOLS_FORMAT_H_
