// The newsline tool's subcommand table: each subcommand is {name, summary, setup}. A setup adds
// its options to a CLI11 subcommand and returns the function that runs it.
#ifndef NEWSLINE_TOOLS_COMMAND_H_
#define NEWSLINE_TOOLS_COMMAND_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace newsline_tool {

// Exit statuses: the tool's contract with scripts.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInterrupted = 130;  // stopped by Ctrl-C (128 + SIGINT), what was done committed

// Options every subcommand shares.
struct GlobalOptions {
  // --db, repeatable: the databases queries search as one (local folders or "tcp://HOST:PORT"
  // shards served by xapian-tcpsrv); `index` writes the one database given. Default
  // $NEWSLINE_DB, else ./newsline.db. `db` is the first (the one `index` writes).
  std::vector<std::string> databases;
  std::string db;
  bool json = false;  // --json, or any --format but text: commands build JSON
  // --format: text (default), json, jsonl, csv, tsv. The last three write the records of a
  // listing (one per line; CSV and TSV with a header row) for pandas, R and spreadsheets.
  std::string format = "text";
};

using RunFunction = std::function<int()>;
using SetupFunction = std::function<RunFunction(CLI::App* sub, const GlobalOptions* global)>;

struct Command {
  const char* name;
  const char* summary;
  SetupFunction setup;
};

// All subcommands, in the order `newsline --help` lists them.
const std::vector<Command>& Commands();

// Each subcommand's setup (one file each).
RunFunction SetupIndex(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupSearch(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupTimeline(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupCompare(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupClaims(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupFacts(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupArticles(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupEntities(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupSources(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupVolume(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupShow(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupExport(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupStats(CLI::App* sub, const GlobalOptions* global);
RunFunction SetupVersion(CLI::App* sub, const GlobalOptions* global);

}  // namespace newsline_tool

#endif  // NEWSLINE_TOOLS_COMMAND_H_
