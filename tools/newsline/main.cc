// newsline: the command-line tool. Parses options, dispatches to one subcommand from the table,
// and suggests the nearest name for an unknown one.
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>

#include "command.h"
#include "errors.h"
#include "newsline/version.h"

namespace newsline_tool {
namespace {

// The first argument that is not an option, if it names no subcommand: the nearest one.
bool ReportUnknownCommand(int argc, char** argv) {
  if (argc < 2) return false;
  std::string word = argv[1];
  if (word.empty() || word[0] == '-') return false;
  std::vector<std::string> names;
  for (const Command& c : Commands()) {
    if (word == c.name) return false;
    names.push_back(c.name);
  }
  const std::string best = Nearest(word, names);
  std::cerr << "newsline: unknown command '" << word << "'";
  if (!best.empty()) std::cerr << "; did you mean '" << best << "'?";
  std::cerr << "\nRun 'newsline --help' for the list of commands.\n";
  return true;
}

// "--limt" on `search`: the nearest option of the subcommand (or a global one) is suggested.
bool ReportUnknownOption(CLI::App& app, int argc, char** argv) {
  CLI::App* command = nullptr;
  for (int i = 1; i < argc && !command; ++i) {
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
      if (sub->get_name() == argv[i]) command = sub;
    }
  }
  std::vector<std::string> names;
  for (CLI::App* owner : {&app, command}) {
    if (!owner) continue;
    for (const CLI::Option* o : owner->get_options()) {
      for (const std::string& n : o->get_lnames()) names.push_back("--" + n);
    }
  }
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word == "--") break;
    if (word.rfind("--", 0) != 0) continue;
    word = word.substr(0, word.find('='));
    if (std::find(names.begin(), names.end(), word) != names.end()) continue;
    const std::string best = Nearest(word, names);
    std::cerr << "newsline: unknown option '" << word << "'";
    if (!best.empty()) std::cerr << "; did you mean '" << best << "'?";
    std::cerr << "\nRun 'newsline " << (command ? command->get_name() + " " : "") << "--help' for the options.\n";
    return true;
  }
  return false;
}

}  // namespace

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"index", "Ingest, extract and index articles (default: the bundled corpus/)", SetupIndex},
      {"search", "Full-text and faceted search over articles, events and claims", SetupSearch},
      {"timeline", "Dated events in order, merged across articles, with sources and disagreements", SetupTimeline},
      {"compare", "Where sources conflict and overlap: claims by topic and figures by fact slot", SetupCompare},
      {"claims", "Attributed claims: speaker, topic, stance, hedges, primary source", SetupClaims},
      {"facts", "Every figure the sources state: what it measures, about whom, when, who says it", SetupFacts},
      {"articles", "Indexed articles with outlet and publication date (or its estimate)", SetupArticles},
      {"entities", "Entities with the aliases they were found under, and their counts", SetupEntities},
      {"sources", "Outlets, and which primary sources each one relays", SetupSources},
      {"volume", "Attention over time: articles, events or claims per day, week or month, by outlet", SetupVolume},
      {"show", "One article, event or claim by id", SetupShow},
      {"export", "Articles with their annotations as TEI P5 XML files (standoff), for TEI tools", SetupExport},
      {"stats", "Counts of what the index holds", SetupStats},
      {"version", "Print the version of newsline", SetupVersion},
  };
  return commands;
}

int Main(int argc, char** argv) {
  if (ReportUnknownCommand(argc, argv)) return kExitUsage;
  CLI::App app{"newsline: compare how news sources report one story"};
  app.require_subcommand(1);
  GlobalOptions global;
  app.add_option("--db", global.databases,
                 "Index folder, or tcp://HOST:PORT for a xapian-tcpsrv shard; repeat to search several as one "
                 "(default: $NEWSLINE_DB, else ./newsline.db)")
      ->expected(1)
      ->allow_extra_args(false)  // one value per --db: "search --db DIR words" keeps its words
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_flag("--json", global.json, "Print JSON instead of text (the same as --format json)");
  app.add_option("--format", global.format,
                 "text (default), json, or for listings jsonl, csv, tsv: one record per line, for pandas, R, spreadsheets")
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv", "tsv"}));
  app.set_version_flag("--version", std::string("newsline ") + newsline::Version(), "Print the version and exit");

  RunFunction run;
  for (const Command& c : Commands()) {
    CLI::App* sub = app.add_subcommand(c.name, c.summary);
    sub->fallthrough();
    sub->footer(
        "\nGlobal options (before or after the subcommand):\n"
        "  --db DIR                    Index folder or tcp://HOST:PORT; repeat to search several as one\n"
        "                              (default: $NEWSLINE_DB, else ./newsline.db)\n"
        "  --json                      JSON instead of text (errors too, as a JSON object)\n"
        "  --format FORMAT             text, json, or for listings jsonl, csv, tsv\n"
        "  --version                   Print the version and exit");
    RunFunction r = c.setup(sub, &global);
    sub->callback([&run, r] { run = r; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0 && ReportUnknownOption(app, argc, argv)) return kExitUsage;
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (global.format == "jsonl" || global.format == "csv" || global.format == "tsv") {
    static const char* const kListings[] = {"search",   "timeline", "claims", "facts",
                                            "articles", "entities", "sources", "volume"};
    const std::string name = app.get_subcommands().empty() ? "" : app.get_subcommands().front()->get_name();
    if (std::find(std::begin(kListings), std::end(kListings), name) == std::end(kListings)) {
      std::cerr << "newsline: --format " << global.format << " writes listings (search, timeline, claims, facts, "
                << "articles, entities, sources, volume); use --format json for " << name << "\n";
      return kExitUsage;
    }
  }
  if (global.databases.empty()) {
    const char* env = std::getenv("NEWSLINE_DB");
    global.databases = {env && *env ? env : "newsline.db"};
  }
  global.db = global.databases.front();
  if (global.json && global.format == "text") global.format = "json";
  global.json = global.format != "text";
  SetJsonErrors(global.json);
  return run ? run() : kExitUsage;
}

}  // namespace newsline_tool

int main(int argc, char** argv) { return newsline_tool::Main(argc, argv); }
