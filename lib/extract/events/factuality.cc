// Factuality from the words before a trigger: the strongest cue of its clause wins (negation over
// condition over consideration over plan over rumour), a condition after it ("... if the talks
// fail") makes it hypothetical, a progressive form is ongoing, else it is asserted as having happened.
#include "extract/events/factuality.h"

#include <array>
#include <string_view>
#include <utility>

namespace newsline {
namespace extract {
namespace {

constexpr size_t kWindow = 6;  // tokens searched before the trigger

// Higher wins when several cues stand in the clause.
int Strength(Factuality f) {
  switch (f) {
    case Factuality::kNegated: return 6;
    case Factuality::kHypothetical: return 5;
    case Factuality::kConsidered: return 4;
    case Factuality::kPlanned: return 3;
    case Factuality::kRumoured: return 2;
    case Factuality::kOngoing: return 1;
    case Factuality::kHappened: return 0;
  }
  return 0;
}

bool EndsWithIng(const std::string& w) { return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0; }

constexpr std::array<std::pair<Factuality, const char*>, 7> kNames = {{
    {Factuality::kHappened, "happened"},
    {Factuality::kOngoing, "ongoing"},
    {Factuality::kPlanned, "planned"},
    {Factuality::kConsidered, "considered"},
    {Factuality::kNegated, "negated"},
    {Factuality::kHypothetical, "hypothetical"},
    {Factuality::kRumoured, "rumoured"},
}};

}  // namespace

Factuality FactualityAt(const Lexicon& lex, const std::vector<Token>& t, size_t begin, size_t end, std::string* cue) {
  Factuality best = Factuality::kHappened;
  std::string best_cue;
  auto consider = [&](Factuality f, size_t from, size_t n) {
    if (Strength(f) <= Strength(best)) return;
    best = f;
    best_cue.clear();
    for (size_t k = from; k < from + n && k < t.size(); ++k) best_cue += (best_cue.empty() ? "" : " ") + t[k].lower;
  };
  // A cue that opens the trigger itself ("weighing a lawsuit", "threatened to sue").
  int own = 0;
  if (const size_t n = lex.factuality_cues().MatchAt(t, begin, &own); n > 0) consider(static_cast<Factuality>(own), begin, n);
  // "is negotiating", "were protesting": in progress.
  if (begin > 0 && EndsWithIng(t[begin].lower) && lex.factuality_cues().MatchAt(t, begin - 1, nullptr) == 0) {
    int payload = 0;
    if (lex.progressive_auxiliaries().MatchAt(t, begin - 1, &payload) == 1) consider(Factuality::kOngoing, begin - 1, 1);
  }
  const size_t from = begin > kWindow ? begin - kWindow : 0;
  for (size_t k = begin; k-- > from;) {
    int payload = 0;
    size_t n = 0;
    if ((n = lex.affirmations().MatchAt(t, k, nullptr)) > 0 && k + n <= begin) {
      consider(Factuality::kConsidered, k, n);  // "is not ruling out a lawsuit"
    } else if ((n = lex.negations().MatchAt(t, k, nullptr)) > 0 && k + n <= begin) {
      consider(Factuality::kNegated, k, n);
    } else if ((n = lex.conditionals().MatchAt(t, k, nullptr)) > 0 && k + n <= begin) {
      consider(Factuality::kHypothetical, k, n);
    } else if ((n = lex.factuality_cues().MatchAt(t, k, &payload)) > 0 && k + n <= begin) {
      consider(static_cast<Factuality>(payload), k, n);
    }
    if (t[k].IsPunct(',') || t[k].IsPunct(';') || t[k].IsPunct('.') || lex.clause_boundaries().MatchAt(t, k, nullptr) > 0) {
      break;
    }
  }
  // A condition after the trigger, in its sentence: "they will strike if the talks fail".
  for (size_t k = end; k < t.size() && k < end + kWindow + 2; ++k) {
    if (t[k].IsPunct('.') || t[k].IsPunct(';')) break;
    if (const size_t n = lex.conditionals().MatchAt(t, k, nullptr); n > 0) {
      consider(Factuality::kHypothetical, k, n);
      break;
    }
  }
  if (cue) *cue = best_cue;
  return best;
}

}  // namespace extract

const char* FactualityName(Factuality factuality) {
  for (const auto& [f, name] : extract::kNames) {
    if (f == factuality) return name;
  }
  return "happened";
}

bool ParseFactuality(std::string_view name, Factuality* out) {
  for (const auto& [f, n] : extract::kNames) {
    if (name == n) {
      *out = f;
      return true;
    }
  }
  return false;
}

}  // namespace newsline
