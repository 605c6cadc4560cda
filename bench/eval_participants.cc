// Event participants on MEANTIME English (docs/analysis.md "Events: participants"): runs the
// extractor with no pack on each article, aligns every event it finds to the gold event mention
// its trigger overlaps most, and compares the event's participants with the entity mentions gold
// links to that mention (HAS_PARTICIPANT, PropBank roles).
//
//   newsline_eval_participants [--errors]
//
// A predicted participant is right when its name shares a word (case-folded, not a stopword-like
// short word) with a gold participant's tokens. Precision: right predicted participants of aligned
// events / predicted participants of aligned events. Recall: gold participants matched / gold
// participants of aligned events, and of those gold calls named (syntactic_type NAM) — newsline
// names participants only by entity names. Two halves by subcorpus (airbus+apple for development,
// gm+stock held out). The last line is exactly:
//   meantime participants_p=<x> participants_r_named=<y> n=<events>   (held-out half)
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "ecbplus.h"
#include "newsline/extraction.h"

namespace {

std::string Fold(std::string w) {
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

// The words of a name worth matching: three letters or more ("U.S." keeps "u.s.").
std::set<std::string> Words(const std::vector<std::string>& tokens) {
  std::set<std::string> out;
  for (const std::string& t : tokens) {
    if (t.size() >= 3 || (t.size() >= 2 && std::isupper(static_cast<unsigned char>(t[0])))) out.insert(Fold(t));
  }
  return out;
}

std::vector<std::string> SplitSpaces(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ' || c == '-') {
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

struct GoldParticipant {
  std::set<std::string> words;
  bool named = false;
  std::string text;
  std::string role;  // PropBank: "Arg0" (agent), "Arg1" (patient, theme), "Arg2", "AM-LOC", ...
};

// The PropBank role a newsline role stands for ("" for "party", "place" and the business roles).
std::string PropBankOf(const std::string& role) {
  if (role == "agent") return "Arg0";
  if (role == "patient") return "Arg1";
  return "";
}

struct Tally {
  size_t events = 0, predicted = 0, right = 0, gold = 0, gold_found = 0, named = 0, named_found = 0;
  // Right participants whose gold role is Arg0 or Arg1: how many newsline gave agent/patient, and
  // how many of those match.
  size_t core = 0, core_given = 0, core_correct = 0;
  size_t roles_given = 0, roles_on_wrong = 0;  // agent/patient given; of those, on a participant gold does not link
  void Print(const char* label) const {
    auto pct = [](size_t a, size_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
    std::printf("%s: %zu aligned events | precision %.1f%% (%zu/%zu) | recall %.1f%% (%zu/%zu), of named %.1f%% (%zu/%zu)\n",
                label, events, pct(right, predicted), right, predicted, pct(gold_found, gold), gold_found, gold,
                pct(named_found, named), named_found, named);
    std::printf("  roles (gold Arg0/Arg1): agent/patient given %.1f%% (%zu/%zu), correct %.1f%% (%zu/%zu); "
                "given to a participant gold does not link %.1f%% (%zu/%zu)\n",
                pct(core_given, core), core_given, core, pct(core_correct, core_given), core_correct, core_given,
                pct(roles_on_wrong, roles_given), roles_on_wrong, roles_given);
  }
  double Precision() const { return predicted ? 100.0 * static_cast<double>(right) / static_cast<double>(predicted) : 0; }
  double NamedRecall() const { return named ? 100.0 * static_cast<double>(named_found) / static_cast<double>(named) : 0; }
};

}  // namespace

int main(int argc, char** argv) {
  const bool errors = argc > 1 && std::string(argv[1]) == "--errors";
  const std::vector<std::string> files = newsline_bench::MeantimeFiles();
  if (files.empty()) {
    std::printf("skipped: MEANTIME not found under %s/data/meantime\n", NEWSLINE_SHARED_DIR);
    return 0;
  }
  newsline::Extractor extractor;  // no pack
  Tally dev, heldout;
  for (const std::string& path : files) {
    const bool first_half = path.find("corpus_airbus") != std::string::npos || path.find("corpus_apple") != std::string::npos;
    Tally& tally = first_half ? dev : heldout;
    newsline_bench::EcbDocument doc;
    if (!newsline_bench::ReadEcbDocument(path, &doc)) continue;
    std::map<int, size_t> index_of;
    for (size_t k = 0; k < doc.tokens.size(); ++k) index_of[doc.tokens[k].id] = k;
    std::map<int, const newsline_bench::EcbMarkable*> by_id;
    for (const auto& m : doc.markables) by_id[m.id] = &m;
    // Gold event mentions with their token indexes.
    std::vector<std::pair<std::set<size_t>, int>> events;  // tokens, m_id
    for (const auto& m : doc.markables) {
      if (m.tag != "EVENT_MENTION") continue;
      std::set<size_t> tokens;
      for (int t : m.tokens) {
        if (index_of.count(t)) tokens.insert(index_of[t]);
      }
      if (!tokens.empty()) events.emplace_back(tokens, m.id);
    }
    newsline::Annotations a = extractor.Extract(doc.article);
    for (const newsline::Event& e : a.events) {
      size_t best = 0;
      int gold_event = -1;
      for (const auto& [tokens, id] : events) {
        size_t overlap = 0;
        for (size_t k : tokens) overlap += doc.tokens[k].span.begin < e.trigger.end && e.trigger.begin < doc.tokens[k].span.end;
        if (overlap > best) {
          best = overlap;
          gold_event = id;
        }
      }
      if (gold_event < 0) continue;
      std::vector<GoldParticipant> gold;
      auto range = doc.participants.equal_range(gold_event);
      for (auto it = range.first; it != range.second; ++it) {
        auto m = by_id.find(it->second.first);
        if (m == by_id.end()) continue;
        GoldParticipant g;
        std::vector<std::string> tokens;
        for (int t : m->second->tokens) {
          if (index_of.count(t)) tokens.push_back(doc.tokens[index_of[t]].text);
        }
        for (const std::string& t : tokens) g.text += (g.text.empty() ? "" : " ") + t;
        g.words = Words(tokens);
        auto st = m->second->attributes.find("syntactic_type");
        g.named = st != m->second->attributes.end() && st->second == "NAM";
        g.role = it->second.second;
        gold.push_back(std::move(g));
      }
      ++tally.events;
      std::vector<bool> found(gold.size(), false);
      for (const newsline::Participant& p : e.participants) {
        const std::set<std::string> words = Words(SplitSpaces(p.name));
        bool right = false;
        const GoldParticipant* match = nullptr;
        for (size_t g = 0; g < gold.size(); ++g) {
          for (const std::string& w : words) {
            if (gold[g].words.count(w)) {
              right = true;
              found[g] = true;
              match = &gold[g];
            }
          }
        }
        ++tally.predicted;
        tally.right += right;
        if (!PropBankOf(p.role).empty()) {
          ++tally.roles_given;
          tally.roles_on_wrong += !right;
        }
        if (match && (match->role == "Arg0" || match->role == "Arg1")) {
          ++tally.core;
          const std::string given = PropBankOf(p.role);
          tally.core_given += !given.empty();
          tally.core_correct += given == match->role;
          if (errors && !given.empty() && given != match->role) {
            std::printf("  ROLE %s [%s] %s: %s, gold %s\n", doc.name.c_str(), std::string(e.trigger.Of(doc.article.text)).c_str(),
                        p.name.c_str(), p.role.c_str(), match->role.c_str());
          }
        }
        if (errors && !right) {
          std::printf("  WRONG %s [%s] %s (%s)\n", doc.name.c_str(), std::string(e.trigger.Of(doc.article.text)).c_str(),
                      p.name.c_str(), p.role.c_str());
        }
      }
      for (size_t g = 0; g < gold.size(); ++g) {
        ++tally.gold;
        tally.gold_found += found[g];
        tally.named += gold[g].named;
        tally.named_found += gold[g].named && found[g];
        if (errors && gold[g].named && !found[g]) {
          std::printf("  MISSED %s [%s] %s\n", doc.name.c_str(), std::string(e.trigger.Of(doc.article.text)).c_str(),
                      gold[g].text.c_str());
        }
      }
    }
  }
  dev.Print("airbus+apple (development)");
  heldout.Print("gm+stock (held out)");
  std::printf("meantime participants_p=%.1f participants_r_named=%.1f n=%zu\n", heldout.Precision(), heldout.NamedRecall(),
              heldout.events);
  return 0;
}
