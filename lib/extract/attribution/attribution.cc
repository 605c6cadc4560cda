// Attribution: relays, outlet names and the token ranges they are read from (see attribution.h).
#include "extract/attribution/attribution.h"

#include <algorithm>

namespace newsline {
namespace extract {

std::string TextOf(std::string_view text, const std::vector<Token>& t, size_t b, size_t e) {
  if (e <= b || b >= t.size()) return {};
  e = std::min(e, t.size());
  return std::string(text.substr(t[b].span.begin, t[e - 1].span.end - t[b].span.begin));
}

Span SpanOf(const std::vector<Token>& t, size_t b, size_t e) {
  if (e <= b || b >= t.size()) return {};
  e = std::min(e, t.size());
  return {t[b].span.begin, t[e - 1].span.end};
}

bool Inside(Span inner, Span outer) { return inner.begin >= outer.begin && inner.end <= outer.end; }

bool AttributionRules::IsBoundary(const std::vector<Token>& t, size_t i) const {
  const Token& tok = t[i];
  if (tok.lower == "'s" || tok.lower == "n't") return false;
  if (tok.IsPunct('-') && i > 0 && i + 1 < t.size() && t[i - 1].span.end == tok.span.begin &&
      t[i + 1].span.begin == tok.span.end)
    return false;  // a hyphen inside a word: "ChatGPT-maker"
  // A period inside the sentence ends an abbreviation: "U.S. Trade Representative", "Healthcare Inc."
  if (tok.IsPunct('.') && i > 0 && i + 1 < t.size() && t[i - 1].word && t[i - 1].capitalized &&
      t[i - 1].lower.size() <= 4)
    return false;
  return lex_.clause_boundaries().MatchAt(t, i, nullptr) > 0;
}

Phrase AttributionRules::PhraseAfter(const std::vector<Token>& t, size_t from) const {
  size_t j = from;
  while (j < t.size() && !IsBoundary(t, j) && j - from < 12) ++j;
  return {from, j};
}

bool AttributionRules::PackListsOutlets() const { return pack_.pack() && !pack_.pack()->outlets().empty(); }

bool AttributionRules::LooksLikeOutlet(const std::string& name) const {
  std::vector<Token> tokens = Tokenize(name, {0, static_cast<uint32_t>(name.size())});
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (lex_.media_words().MatchAt(tokens, k, nullptr) > 0) return true;
  }
  return false;
}

bool AttributionRules::EndsLikeOutlet(const std::string& name) const {
  std::vector<Token> tokens = Tokenize(name, {0, static_cast<uint32_t>(name.size())});
  return !tokens.empty() && lex_.media_words().MatchAt(tokens, tokens.size() - 1, nullptr) == 1;
}

// ", AP reported." — a name between a comma and a cue that ends the sentence: the clause before
// is what the name reported, so the name is an outlet even when it does not look like one.
bool AttributionRules::PostposedReport(const std::vector<Token>& t, Phrase name, size_t after_cue) const {
  if (name.empty() || name.begin == 0 || !t[name.begin - 1].IsPunct(',')) return false;
  return after_cue == t.size() || (!t[after_cue].word && !t[after_cue].IsPunct(','));
}

std::string AttributionRules::OutletIn(std::string_view text, const SentenceView& s, Phrase p,
                                 std::string* id) const {
  const std::vector<Token>& t = s.tokens;
  const Span span = SpanOf(t, p.begin, p.end);
  for (const EntityMention* m : s.entities) {
    if (Inside(m->span, span) && pack_.IsOutlet(*m)) {
      if (id) *id = m->entity_id;
      std::string name = pack_.NameOf(m->entity_id);
      return name.empty() ? m->text : name;
    }
  }
  // Runs of capitalized tokens ("Daily Mail", "WSJ", "New Republic"), longest first.
  for (size_t k = p.begin; k < p.end;) {
    if (!(t[k].word && t[k].capitalized)) {
      ++k;
      continue;
    }
    size_t e = k;
    while (e < p.end && t[e].word && t[e].capitalized && t[e].lower != "'s") ++e;
    for (size_t b = k; b < e; ++b) {
      for (size_t f = e; f > b; --f) {
        std::string cand = TextOf(text, t, b, f);
        std::string name = pack_.OutletName(cand);
        if (!name.empty()) {
          if (id && pack_.pack()) {
            if (const PackOutlet* o = pack_.pack()->FindOutlet(cand)) *id = o->id;
          }
          return name;
        }
      }
    }
    if (!PackListsOutlets()) {
      size_t b = k;
      if (lex_.name_articles().MatchAt(t, b, nullptr) == 1) ++b;  // "The New Republic" -> "New Republic"
      // A lone capitalized function word ("As per the ...") is no name; "New Republic" is.
      const bool lone_function_word = e == b + 1 && lex_.stop_words().MatchAt(t, b, nullptr) == 1;
      if (b < e && !lone_function_word) return TextOf(text, t, b, e);
    }
    k = e;
  }
  return {};
}

bool AttributionRules::NamesSourceAfter(std::string_view text, const SentenceView& s, size_t k) const {
  const Phrase p = PhraseAfter(s.tokens, k);
  if (p.empty() || p.begin != k || !s.tokens[k].word) return false;  // "per-share ...": no
  for (size_t j = p.begin; j < p.end; ++j) {
    if (lex_.report_nouns().MatchAt(s.tokens, j, nullptr) > 0) return true;
  }
  std::string id;
  const std::string outlet = OutletIn(text, s, p, &id);
  return !outlet.empty() && (!id.empty() || LooksLikeOutlet(outlet));
}

std::vector<Relay> AttributionRules::FindRelays(std::string_view text, const SentenceView& s,
                                          const AttributionState& state) const {
  std::vector<Relay> out;
  const std::vector<Token>& t = s.tokens;
  for (size_t i = 0; i < t.size();) {
    int kind = 0;
    size_t n = lex_.relays().MatchAt(t, i, &kind);
    if (n == 0) {
      ++i;
      continue;
    }
    std::string cue = TextOf(text, t, i, i + n);
    std::string lower_cue = Lower(cue);
    Phrase p;
    if (static_cast<RelayKind>(kind) == RelayKind::kOutletAfter) {
      p = PhraseAfter(t, i + n);
    } else {
      size_t j = i;
      while (j > 0 && t[j - 1].word &&
             (t[j - 1].capitalized || lex_.stop_words().MatchAt(t, j - 1, nullptr) == 1) && i - j < 5 &&
             t[j - 1].lower != "'s")
        --j;
      p = {j, i};
    }
    bool names_report = lower_cue.find("report") != std::string::npos ||
                        lower_cue.find("seen by") != std::string::npos ||
                        lower_cue.find("published") != std::string::npos;
    for (size_t k = p.begin; k < p.end; ++k) {
      if (lex_.report_nouns().MatchAt(t, k, nullptr) > 0) names_report = true;
    }
    Relay r;
    r.token = i;
    r.cue = lower_cue;
    // A generic "according to X" names an outlet only when the pack says X is one or, with no
    // pack, X looks like one ("the Boston Globe", below); the report cues ("reported by X",
    // "a report in X") assume it.
    const bool generic =
        lower_cue.rfind("according to", 0) == 0 && lower_cue.find("report") == std::string::npos;
    r.end = std::max(p.end, i + n);
    r.first = p.empty() ? i : std::min(p.begin, i);
    if (!p.empty()) r.outlet = OutletIn(text, s, p, &r.outlet_id);
    if (!r.outlet.empty() && generic && PackListsOutlets() && r.outlet_id.empty() && !names_report)
      r.outlet.clear();
    r.named = !r.outlet.empty();
    if (r.outlet.empty() && names_report && !state.active_report.empty() &&
        (lower_cue.find("report") != std::string::npos || lower_cue.rfind("as per", 0) == 0 ||
         lower_cue.rfind("according to", 0) == 0)) {
      bool plural = false;
      for (size_t k = p.begin; k < p.end; ++k) plural = plural || t[k].lower == "reports";
      if (!plural) r.outlet = state.active_report;
    }
    if (!r.outlet.empty() && !state.own_outlet.empty() && Lower(r.outlet) == Lower(state.own_outlet))
      r.outlet.clear();
    // An outlet no pack lists must look like one: "Gelco reported net income", "told the Embassy"
    // relay nothing; "the New York Times reported", "the Tower Commission report" do.
    if (!r.outlet.empty() && r.outlet_id.empty()) {
      const bool report_noun = lower_cue.rfind("report", 0) == 0 && lower_cue != "reported";
      if (!report_noun && !LooksLikeOutlet(r.outlet) && !PostposedReport(t, p, i + n)) r.outlet.clear();
    }
    if (!r.outlet.empty()) {
      if (lower_cue.find("first reported") != std::string::npos)
        r.priority = 3;
      else if (lower_cue.find("report") != std::string::npos ||
               lower_cue.find("published") != std::string::npos)
        r.priority = 2;
      else
        r.priority = 1;
      out.push_back(std::move(r));
    }
    i += n;
  }
  return out;
}

}  // namespace extract
}  // namespace newsline
