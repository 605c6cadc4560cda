// Evaluation: recall of entity discovery (no domain pack) against the gold ORGS and PEOPLE tags
// of Reuters-21578. Usage: newsline_eval_entities [--files N] [--no-single-words] [--misses N]
//                                                   [sgm files or folders...]
// Default input: $NEWSLINE_SHARED_DIR/data/reuters21578/sgm-data (all 22 files).
//
// A gold tag ("opec", "volcker", "ico-coffee", "james-baker") counts as found when a discovered
// mention in the same article matches it: the same canonical key, a key containing it as whole
// words, the gold surname (people: last part) among the key's words, the gold head (orgs: first
// part, "ico" of "ico-coffee") as a word or as the initials of the key ("european-community" ->
// "ec"), or equal once hyphens are dropped ("world-bank" -> "worldbank").
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include "newsline/entities.h"
#include "newsline/ingest.h"
#include "reuters_files.h"

namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string NoHyphens(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != '-') out.push_back(c);
  }
  return out;
}

bool Matches(const std::string& gold, const std::string& key, bool person) {
  if (key == gold || NoHyphens(key) == NoHyphens(gold)) return true;
  std::vector<std::string> words = Split(key, '-');
  std::vector<std::string> parts = Split(gold, '-');
  if (parts.empty() || words.empty()) return false;
  auto has_word = [&words](const std::string& w) {
    for (const auto& x : words) {
      if (x == w) return true;
    }
    return false;
  };
  // The gold tag as a run of whole words inside the key.
  if (key.size() > gold.size() && (key.find("-" + gold + "-") != std::string::npos || key.rfind(gold + "-", 0) == 0 ||
                                   (key.size() > gold.size() + 1 &&
                                    key.compare(key.size() - gold.size() - 1, std::string::npos, "-" + gold) == 0))) {
    return true;
  }
  if (person) return has_word(parts.back());
  if (has_word(parts.front())) return true;
  std::string initials;
  for (const auto& w : words) {
    if (w != "of" && w != "the" && w != "and" && w != "for" && w != "de") initials.push_back(w[0]);
  }
  return initials.size() >= 2 && initials == parts.front();
}

struct Tally {
  long gold = 0;
  long found = 0;
  long in_body = 0;        // gold tags whose surname / head word occurs in the body at all
  long in_body_found = 0;
  std::map<std::string, long> missed;  // gold tag -> times missed
  // Of the tags found: the matching mentions' types hold the gold one (organization for ORGS,
  // person for PEOPLE), only another type, or only "unknown".
  long typed_right = 0, typed_wrong = 0, untyped = 0;
};

}  // namespace

int main(int argc, char** argv) {
  long max_files = -1;
  int show_misses = 15;
  newsline::EntityMatchOptions options;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--files" && i + 1 < argc) {
      max_files = std::atol(argv[++i]);
    } else if (a == "--misses" && i + 1 < argc) {
      show_misses = std::atoi(argv[++i]);
    } else if (a == "--no-single-words") {
      options.discover_single_words = false;
    } else if (a == "--help" || a == "-h") {
      std::printf("usage: %s [--files N] [--no-single-words] [--misses N] [sgm files or folders...]\n", argv[0]);
      return 0;
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) {
    paths = newsline_bench::ReutersFiles(max_files);
    if (paths.empty()) {
      std::fprintf(stderr, "Reuters-21578 not found under %s (is ../shared present?)\n", newsline_bench::ReutersDir().c_str());
      return 2;
    }
  }

  newsline::EntityMatcher matcher(options);  // no pack: discovery only
  newsline::ArticleReader reader(paths);
  if (!reader.ok()) {
    std::fprintf(stderr, "%s\n", reader.status().ToString().c_str());
    return 1;
  }
  Tally orgs, people;
  long articles = 0, tagged_articles = 0, mentions = 0, failures = 0;
  uint64_t bytes = 0;
  std::map<std::string, long> by_rule;
  double seconds = 0;
  newsline::IngestItem item;
  while (reader.Next(&item)) {
    if (!item.ok()) {
      ++failures;
      continue;
    }
    const newsline::Article& article = item.article;
    ++articles;
    auto start = std::chrono::steady_clock::now();
    std::vector<newsline::EntityMention> found = matcher.MatchArticle(article);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bytes += article.text.size();
    mentions += static_cast<long>(found.size());
    std::string lower = article.text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::set<std::string> keys;
    std::map<std::string, std::set<std::string>> types_of;  // key -> the types of its mentions
    for (const auto& m : found) {
      ++by_rule[m.matched];
      for (const std::string& key : {m.entity_id.substr(2), newsline::CanonicalEntityKey(m.text)}) {  // "d:" ids
        keys.insert(key);
        types_of[key].insert(m.type);
      }
    }
    auto orgs_it = article.tags.find("orgs");
    auto people_it = article.tags.find("people");
    bool tagged = false;
    for (auto [it, tally, person] : {std::make_tuple(orgs_it, &orgs, false), std::make_tuple(people_it, &people, true)}) {
      if (it == article.tags.end()) continue;
      for (const std::string& gold : it->second) {
        tagged = true;
        ++tally->gold;
        bool hit = false;
        std::set<std::string> types;
        for (const std::string& k : keys) {
          if (!Matches(gold, k, person)) continue;
          hit = true;
          types.insert(types_of[k].begin(), types_of[k].end());
        }
        if (hit) {
          const bool right = types.count(person ? "person" : "organization") > 0;
          types.erase("unknown");
          tally->typed_right += right;
          tally->typed_wrong += !right && !types.empty();
          tally->untyped += !right && types.empty();
        }
        std::vector<std::string> parts = Split(gold, '-');
        std::string word = parts.empty() ? gold : (person ? parts.back() : parts.front());
        bool present = lower.find(word) != std::string::npos;
        tally->in_body += present ? 1 : 0;
        tally->in_body_found += present && hit ? 1 : 0;
        if (hit) {
          ++tally->found;
        } else {
          ++tally->missed[gold];
        }
      }
    }
    tagged_articles += tagged ? 1 : 0;
  }

  auto pct = [](long a, long b) { return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b); };
  std::printf("Reuters-21578 entity discovery, no domain pack (single words %s)\n",
              options.discover_single_words ? "on" : "off");
  std::printf("articles read: %ld (with ORGS/PEOPLE tags: %ld), read failures: %ld\n", articles, tagged_articles,
              failures);
  std::printf("| gold tags | count | found | recall | named in body | found | recall |\n"
              "|---|---:|---:|---:|---:|---:|---:|\n");
  auto row = [&pct](const char* name, long gold, long found, long in_body, long in_body_found) {
    std::printf("| %s | %ld | %ld | %.1f%% | %ld | %ld | %.1f%% |\n", name, gold, found, pct(found, gold), in_body,
                in_body_found, pct(in_body_found, in_body));
  };
  row("ORGS", orgs.gold, orgs.found, orgs.in_body, orgs.in_body_found);
  row("PEOPLE", people.gold, people.found, people.in_body, people.in_body_found);
  row("all", orgs.gold + people.gold, orgs.found + people.found, orgs.in_body + people.in_body,
      orgs.in_body_found + people.in_body_found);
  for (auto [name, t] : {std::make_pair("ORGS", &orgs), std::make_pair("PEOPLE", &people)}) {
    std::printf("types of the %s found: right %.1f%%, another type %.1f%%, unknown %.1f%% (of %ld)\n", name,
                pct(t->typed_right, t->found), pct(t->typed_wrong, t->found), pct(t->untyped, t->found), t->found);
  }
  std::printf("discovered mentions: %ld (%.1f per article); by rule:", mentions,
              articles ? static_cast<double>(mentions) / static_cast<double>(articles) : 0.0);
  for (const auto& [rule, n] : by_rule) std::printf(" %s=%ld", rule.c_str(), n);
  std::printf("\nmatching time: %.2f s for %.1f MB (%.1f MB/s)\n", seconds, static_cast<double>(bytes) / 1e6,
              seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0);
  for (auto [name, tally] : {std::make_pair("ORGS", &orgs), std::make_pair("PEOPLE", &people)}) {
    std::vector<std::pair<long, std::string>> misses;
    for (const auto& [gold, n] : tally->missed) misses.emplace_back(-n, gold);
    std::sort(misses.begin(), misses.end());
    std::printf("most missed %s:", name);
    for (int k = 0; k < show_misses && k < static_cast<int>(misses.size()); ++k) {
      std::printf(" %s(%ld)", misses[k].second.c_str(), -misses[k].first);
    }
    std::printf("\n");
  }
  return 0;
}
