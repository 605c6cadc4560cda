// Tense detection for the temporal tagger: the nearest tense-bearing verb group decides whether an
// expression's clause is past, present or future.
#include "extract/dates/tense.h"

#include <cstdlib>

#include "extract/dates/time_lexicon.h"
#include "newsline/dates.h"

namespace newsline {
namespace timex {
namespace {

bool IsWord(const Token& t) { return t.kind == Token::Kind::kWord; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Tense TenseCueAt(const std::vector<Token>& tokens, size_t k) {
  const Token& t = tokens[k];
  if (!IsWord(t)) return Tense::kUnknown;
  const std::string& w = t.lower;
  auto next_is = [&](std::string_view word) { return k + 1 < tokens.size() && tokens[k + 1].lower == word; };
  auto prev_is = [&](std::string_view word) { return k > 0 && tokens[k - 1].lower == word; };
  if (w == "ll" && prev_is("'")) return Tense::kFuture;
  if (InList(kFutureCues, w)) return Tense::kFuture;
  if (InList(kFutureToCues, w) && next_is("to")) return Tense::kFuture;
  if (w == "s" && prev_is("'")) return Tense::kUnknown;  // possessive or "is": too ambiguous
  if (InList(kPastCues, w)) {
    if ((w == "set" || w == "put" || w == "cut" || w == "hit" || w == "last" || w == "once") &&
        k > 0 && !IsWord(tokens[k - 1]))
      return Tense::kUnknown;
    if (w == "last" || w == "once" || w == "earlier") return Tense::kUnknown;  // usually inside an expression
    return Tense::kPast;
  }
  if (InList(kPresentCues, w)) return Tense::kPresent;
  if (w.size() >= 5 && EndsWith(w, "ed") && !InList(kNotPastEdWords, w)) {
    // "is expected", "will be delayed", "are based": not a past event.
    if (k > 0) {
      const std::string& p = tokens[k - 1].lower;
      if (p == "be" || p == "being" || p == "is" || p == "are" || p == "am" || p == "the" || p == "a" ||
          p == "an")
        return Tense::kUnknown;
    }
    return Tense::kPast;
  }
  return Tense::kUnknown;
}

Tense DetectTenseInTokens(const std::vector<Token>& tokens, size_t first, size_t last) {
  if (first >= tokens.size()) return Tense::kUnknown;
  const uint32_t sentence = tokens[first].sentence;
  Tense best = Tense::kUnknown;
  long best_distance = 1 << 30;
  auto consider = [&](size_t k) {
    Tense cue = TenseCueAt(tokens, k);
    if (cue == Tense::kUnknown) return;
    long distance = k < first ? static_cast<long>(first - k) : static_cast<long>(k - (last - 1));
    // A verb after the expression usually governs another clause; prefer the left context a bit,
    // and treat "would" (future-in-the-past or conditional) as a weak cue.
    if (k >= last) distance += 1;
    if (tokens[k].lower == "would") distance += 3;
    // Regular "-ed" forms are often participles or adjectives ("the crippling", "untouched").
    if (cue == Tense::kPast && !InList(kPastCues, tokens[k].lower)) distance += 2;
    if (distance < best_distance || (distance == best_distance && cue == Tense::kFuture)) {
      best = cue;
      best_distance = distance;
    }
  };
  for (size_t k = first; k-- > 0;) {
    if (tokens[k].sentence != sentence) break;
    consider(k);
  }
  for (size_t k = last; k < tokens.size() && tokens[k].sentence == sentence; ++k) consider(k);
  return best;
}

}  // namespace timex

const char* TenseName(Tense tense) {
  switch (tense) {
    case Tense::kUnknown: return "unknown";
    case Tense::kPast: return "past";
    case Tense::kPresent: return "present";
    case Tense::kFuture: return "future";
  }
  return "unknown";
}

Tense DetectTense(std::string_view sentence, Span span) {
  std::vector<timex::Token> tokens = timex::Tokenize(sentence);
  for (auto& t : tokens) t.sentence = 0;
  size_t first = tokens.size(), last = tokens.size();
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (first == tokens.size() && tokens[k].end > span.begin) first = k;
    if (tokens[k].begin < span.end) last = k + 1;
  }
  if (first >= tokens.size()) return Tense::kUnknown;
  if (last <= first) last = first + 1;
  return timex::DetectTenseInTokens(tokens, first, last);
}

}  // namespace newsline
