// Quantity extraction: money (scale, currency, vague amounts), power, durations, percentages and
// counts, normalized to a value and unit, with the noun each qualifies where the sentence shows it.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

#include "extract/lexicon/entities_lexicon.h"
#include "extract/entities/entities_tokenize.h"
#include "newsline/entities.h"

namespace newsline {
namespace {

using entities::Token;

// A token read as a number: "50" -> 50, "1.22" -> 1.22, "21,578" -> 21578, "50bn" -> 50 with
// suffix "bn", "eight" -> 8.
struct Number {
  bool ok = false;
  double value = 0;
  std::string suffix;  // letters glued to the digits ("bn", "gw", "m")
  bool word = false;   // a number word
  bool year_like = false;
  int decimals = 0;    // digits after the decimal point ("4.25" -> 2)
};

Number ReadNumber(const Token& t) {
  Number n;
  if (!t.word) return n;
  const std::string& f = t.folded;
  if (t.has_digit && f[0] >= '0' && f[0] <= '9') {
    std::string digits;
    size_t k = 0;
    for (; k < f.size() && ((f[k] >= '0' && f[k] <= '9') || f[k] == '.' || f[k] == ','); ++k) {
      if (f[k] != ',') digits.push_back(f[k]);
    }
    n.suffix = f.substr(k);
    for (char c : n.suffix) {
      if (!(c >= 'a' && c <= 'z')) return n;
    }
    n.value = std::strtod(digits.c_str(), nullptr);
    n.ok = true;
    n.year_like = n.suffix.empty() && digits.size() == 4 && digits.find('.') == std::string::npos &&
                  f.find(',') == std::string::npos && n.value >= 1800 && n.value <= 2100;
    size_t point = digits.find('.');
    n.decimals = point == std::string::npos ? 0 : static_cast<int>(digits.size() - point - 1);
    return n;
  }
  double w = entities::NumberWordValue(f);
  if (w > 0) {
    n.ok = true;
    n.word = true;
    n.value = w;
  }
  return n;
}

class QuantityFinder {
 public:
  QuantityFinder(std::string_view text, uint32_t base) : text_(text), base_(base), tokens_(entities::Tokenize(text)) {}

  std::vector<Quantity> Run() {
    size_t i = 0;
    while (i < tokens_.size()) {
      size_t next = TryAt(i);
      i = next > i ? next : i + 1;
    }
    return std::move(out_);
  }

 private:
  const std::string& F(size_t i) const {
    static const std::string kEmpty;
    return i < tokens_.size() ? tokens_[i].folded : kEmpty;
  }
  bool Adjacent(size_t i) const { return i < tokens_.size() && i > 0 && !tokens_[i].space_before; }

  // Returns the index after the quantity found at i, or i when none starts there.
  size_t TryAt(size_t i) {
    size_t start = i;
    bool vague = false;
    if (entities::IsVagueQuantifier(F(i)) && i + 1 < tokens_.size() &&
        (entities::CurrencyOf(F(i + 1)) || ReadNumber(tokens_[i + 1]).ok)) {
      // "several $38 billion"; "hundreds of billions" is handled below.
      if (entities::VagueScaleOf(F(i)) == 0 || F(i + 1) != "of") {
        vague = true;
        ++i;
      }
    }
    // Currency first: "$50 billion", "US$ 5", "£15.8m".
    const char* currency = nullptr;
    if (tokens_[i].word == false && entities::CurrencyOf(F(i))) {
      currency = entities::CurrencyOf(F(i));
      if (i == start && i > 0 && F(i - 1) == "us" && Adjacent(i)) start = i - 1;  // "US$"
      ++i;
    }
    if (i < tokens_.size()) {
      Number n = ReadNumber(tokens_[i]);
      if (n.ok && !(currency && n.word)) return FromNumber(start, i, n, currency, vague);
    }
    if (currency) return start;
    i = start;
    // Counts stated by magnitude words: "dozens of protesters", "tens of thousands of workers".
    if (size_t next = MagnitudeCount(i); next > i) return next;
    // Vague amounts: "hundreds of billions (of dollars)", "billions", "multibillion-dollar".
    double vague_scale = entities::VagueScaleOf(F(i));
    if (vague_scale > 0) return VagueAmount(i, vague_scale);
    return start;
  }

  // The scale of a number: a glued suffix ("15.8m", "5GW"), a range's ("$10-20 billion", "10 to 20
  // billion": the scale after the second number applies to both), or the word after it.
  struct Scaling {
    double scale = 0;
    double range_upper = 0;  // "$10-20 billion": 20, before scaling
    size_t last = 0;         // the last token read
    std::string unit_suffix;
  };
  // False when a glued suffix is neither a scale nor a unit: no quantity.
  bool ReadScaling(size_t num, const Number& n, Scaling* sc) const {
    sc->last = num;
    sc->unit_suffix = n.suffix;
    if (!sc->unit_suffix.empty()) {
      sc->scale = entities::ScaleOf(sc->unit_suffix);
      if (sc->scale == 0 && !entities::PowerUnitOf(sc->unit_suffix) && !entities::IsPercentWord(sc->unit_suffix)) return false;
    }
    if (sc->unit_suffix.empty() && num + 1 < tokens_.size()) {
      size_t second = tokens_[num + 1].hyphen_before ? num + 1 : (F(num + 1) == "to" ? num + 2 : 0);
      if (second > 0 && second < tokens_.size() && !tokens_[second].word) second = 0;
      const Number upper = second > 0 ? ReadNumber(tokens_[second]) : Number();
      if (upper.ok && !upper.word && upper.value > n.value) {
        const double s = upper.suffix.empty() ? entities::ScaleOf(F(second + 1)) : entities::ScaleOf(upper.suffix);
        if (s > 0 && (upper.suffix.empty() ? F(second + 1).size() > 1 : true)) {
          sc->scale = s;
          sc->last = upper.suffix.empty() ? second + 1 : second;
          sc->unit_suffix.clear();
          sc->range_upper = upper.value;
        }
      }
    }
    if (sc->scale == 0 && sc->unit_suffix.empty() && num + 1 < tokens_.size()) {
      const double s = entities::ScaleOf(F(num + 1));
      // Single letters are scales only when glued ("15.8m"), not as words ("5 m").
      if (s > 0 && F(num + 1).size() > 1) {
        sc->scale = s;
        sc->last = num + 1;
      }
    }
    return true;
  }

  // The percent after a number: a suffix, "%", "percent", "pct", "per cent"; 0 when none, else
  // the last token of the quantity.
  size_t PercentEnd(const Scaling& sc, size_t after) const {
    const bool word_after = after < tokens_.size() && (F(after) == "%" || F(after) == "percent" || F(after) == "pct" ||
                                                       (F(after) == "per" && F(after + 1) == "cent"));
    if (!entities::IsPercentWord(sc.unit_suffix) && !word_after) return 0;
    if (!sc.unit_suffix.empty()) return sc.last;
    return F(after) == "per" ? after + 1 : after;
  }

  // "eight years", "12 months", "a 10-year deal" (the hyphenated form qualifies the noun).
  size_t EmitDuration(size_t start, size_t after, char d, double value, Quantity q) {
    q.kind = QuantityKind::kDuration;
    std::string amount = std::to_string(value);
    if (std::floor(value) == value) amount = std::to_string(static_cast<long long>(value));
    q.unit = std::string("P") + amount + (d == 'X' ? "0Y" : std::string(1, d == 'Q' ? 'M' : d));
    if (d == 'X') q.unit = "P" + std::to_string(static_cast<long long>(value * 10)) + "Y";
    if (d == 'Q') q.unit = "P" + std::to_string(static_cast<long long>(value * 3)) + "M";
    const bool modifier = tokens_[after].hyphen_before;  // "10-year" qualifies what follows
    return Emit(start, after, q, value * entities::DaysPerDurationUnit(d), modifier);
  }

  // A count: a number and the plural noun it counts ("three companies", "1.22 mln bags"), or
  // "one" and a singular one ("one protester"). 0 when the word after counts nothing.
  size_t EmitCount(size_t start, size_t last, size_t after, double value, Quantity q) {
    const Token& noun = tokens_[after];
    if (IsPluralNoun(noun) || (value == 1 && IsSingularCountable(noun)) ||
        (noun.upper_initial && !noun.hyphen_before && IsCapitalizedPlural(noun) && !entities::IsMonthOrDayName(noun.folded))) {
      q.kind = QuantityKind::kCount;
      q.qualifies = noun.folded;
      return Emit(start, last, q, value, false);
    }
    if (size_t counted = CountedNounAfter(after); counted > 0) {
      q.kind = QuantityKind::kCount;
      q.qualifies = tokens_[counted].folded;
      return Emit(start, last, q, value, false);
    }
    return 0;
  }

  size_t FromNumber(size_t start, size_t num, const Number& n, const char* currency, bool vague) {
    // A number hyphen-joined to a word before it is part of a name: "AK-47", "G-7", "F-16".
    if (!currency && tokens_[num].hyphen_before && num > 0 && tokens_[num - 1].word && !tokens_[num - 1].has_digit) {
      return num + 1;
    }
    Scaling sc;
    if (!ReadScaling(num, n, &sc)) return num + 1;
    size_t last = sc.last;
    double value = n.value;
    Quantity q;
    q.vague = vague;
    q.low = value;
    q.high = sc.range_upper > 0 ? sc.range_upper : value;
    if (sc.range_upper > 0) q.qualifier = "range";
    if (sc.scale > 0) {
      value *= sc.scale;
      q.low *= sc.scale;
      q.high *= sc.scale;
      q.precision = 0.5 * std::pow(10.0, -n.decimals) * sc.scale;
    }
    size_t after = last + 1;
    if (!currency && after < tokens_.size() && entities::CurrencyOf(F(after)) && tokens_[after].word) {
      currency = entities::CurrencyOf(F(after));  // "15.8 mln dlrs", "50 billion yen"
      last = after++;
    }
    if (currency) {
      q.kind = QuantityKind::kMoney;
      q.unit = currency;
      // "multi-year", "$50 billion-dollar": nothing more to read.
      return Emit(start, last, q, value, true);
    }
    double power = entities::PowerUnitOf(sc.unit_suffix);
    if (power == 0 && sc.unit_suffix.empty() && after < tokens_.size()) {
      power = entities::PowerUnitOf(F(after));
      if (power > 0) last = after++;
    }
    if (power > 0) {
      q.kind = QuantityKind::kPower;
      q.unit = "W";
      return Emit(start, last, q, value * power, true);
    }
    if (const size_t end = PercentEnd(sc, after); end > 0) {
      q.kind = QuantityKind::kPercent;
      q.unit = "%";
      return Emit(start, end, q, value, false);
    }
    if (sc.scale == 0 && after < tokens_.size()) {
      const char d = entities::DurationUnitOf(F(after));
      if (d != 0 && !n.year_like) return EmitDuration(start, after, d, value, q);
    }
    if (n.year_like && sc.scale == 0) return num + 1;
    if (after < tokens_.size()) {
      if (const size_t next = EmitCount(start, last, after, value, q); next > 0) return next;
    }
    // A clock time ("17:06") is the tagger's, not a figure.
    if (after + 1 < tokens_.size() && F(after) == ":" && Adjacent(after) && tokens_[after + 1].has_digit) {
      return after + 2;
    }
    // A bare number ("magnitude 6.1", "killed 4", "Nichols, 37"): the fact layer reads its context.
    if (!tokens_[num].hyphen_before || n.value != std::floor(n.value) || sc.scale > 0) {
      q.kind = QuantityKind::kNumber;
      return Emit(start, last, q, value, false);
    }
    return last + 1;
  }

  // A plural noun a count can count: lower case, no digits, ends in "s" (or is "people", ...),
  // not a scale or currency word ("billions", "dollars").
  bool IsPluralNoun(const Token& noun) const {
    if (!noun.word || !noun.has_alpha || noun.has_digit || noun.upper_initial || noun.hyphen_before) return false;
    if (entities::IsPhraseBreak(noun.folded)) return false;
    if (entities::IsIrregularPluralNoun(noun.folded)) return true;
    return noun.folded.size() > 2 && noun.folded.back() == 's' && entities::VagueScaleOf(noun.folded) == 0 &&
           !entities::CurrencyOf(noun.folded) && entities::ScaleOf(noun.folded) == 0;
  }
  // The plural noun a count reaches past up to three modifiers ("three other automatic rifles",
  // "18 Indian sailors", "some 30 Soviet-era tanks") or a partitive ("23 of the raiders");
  // 0 when none.
  size_t CountedNounAfter(size_t k) const {
    const bool partitive = F(k) == "of" && F(k + 1) == "the";
    if (partitive) k += 2;
    for (size_t steps = 0; steps < 4 && k < tokens_.size(); ++steps, ++k) {
      const Token& t = tokens_[k];
      // A modifier may be a name with a number joined to it ("seven AK-47 assault rifles").
      const bool joined_number = t.has_digit && t.hyphen_before;
      if (!t.word || (t.has_digit && !joined_number) || entities::IsPhraseBreak(t.folded) ||
          entities::CurrencyOf(t.folded)) {
        return 0;
      }
      if ((steps > 0 || partitive) && (IsPluralNoun(t) || (t.upper_initial && IsCapitalizedPlural(t)))) return k;
    }
    return 0;
  }
  // "Somalis", "Americans": a capitalized plural after a modifier or as the counted noun.
  bool IsCapitalizedPlural(const Token& t) const {
    return t.word && t.has_alpha && !t.has_digit && !t.all_caps && t.folded.size() > 3 && t.folded.back() == 's' &&
           t.folded[t.folded.size() - 2] != 's';
  }

  bool IsSingularCountable(const Token& noun) const {
    return noun.word && noun.has_alpha && !noun.has_digit && !noun.upper_initial && !noun.hyphen_before &&
           noun.folded.size() > 2 && !entities::IsPhraseBreak(noun.folded) && !entities::CurrencyOf(noun.folded) &&
           entities::ScaleOf(noun.folded) == 0 && entities::NumberWordValue(noun.folded) < 0;
  }

  // The number of tokens of `phrase` (folded words separated by spaces) matched at i, or 0.
  size_t MatchWords(size_t i, std::string_view phrase) const {
    size_t n = 0;
    while (!phrase.empty()) {
      size_t space = phrase.find(' ');
      std::string_view word = phrase.substr(0, space);
      if (i + n >= tokens_.size() || F(i + n) != word) return 0;
      ++n;
      phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
    }
    return n;
  }

  // "dozens of protesters", "tens of thousands of workers", "a handful of states": a count whose
  // interval the magnitude words give. Returns the index after it, or i.
  size_t MagnitudeCount(size_t i) {
    for (const entities::MagnitudePhrase& m : entities::MagnitudePhrases()) {
      const size_t n = MatchWords(i, m.phrase);
      if (n == 0) continue;
      size_t k = i + n;
      if (F(k) == "of") ++k;
      // Up to two modifiers before the noun: "dozens of angry protesters".
      for (size_t steps = 0; steps < 3 && k < tokens_.size(); ++steps, ++k) {
        const Token& noun = tokens_[k];
        if (IsPluralNoun(noun)) {
          Quantity q;
          q.kind = QuantityKind::kCount;
          q.vague = true;
          q.qualifies = noun.folded;
          q.low = m.low;
          q.high = m.high;
          q.qualifier = m.phrase;
          Emit(i, i + n - 1, q, m.low, false);
          return k + 1;
        }
        if (!noun.word || noun.has_digit || noun.upper_initial || entities::IsPhraseBreak(noun.folded)) break;
      }
      return i;
    }
    return i;
  }

  // Widens q's interval by the qualifier that ends right before token `first` ("more than 300").
  void ApplyQualifier(size_t first, Quantity* q) const {
    for (const entities::QualifierPhrase& p : entities::QualifierPhrases()) {
      size_t words = 1 + static_cast<size_t>(std::count(p.phrase, p.phrase + std::strlen(p.phrase), ' '));
      if (first < words || MatchWords(first - words, p.phrase) != words) continue;
      if (q->kind == QuantityKind::kDuration && !p.before_durations) return;
      switch (p.kind) {
        case entities::IntervalQualifier::kAbout:
          q->low *= 0.9;
          q->high *= 1.1;
          break;
        case entities::IntervalQualifier::kNearly: q->low *= 0.9; break;
        case entities::IntervalQualifier::kAtLeast: q->high = std::numeric_limits<double>::infinity(); break;
        case entities::IntervalQualifier::kAtMost: q->low = 0; break;
      }
      q->qualifier = q->qualifier.empty() ? p.phrase : std::string(p.phrase) + " " + q->qualifier;
      return;
    }
  }

  size_t VagueAmount(size_t i, double scale) {
    size_t last = i;
    double value = scale;
    Quantity q;
    q.vague = true;
    const char* currency = nullptr;
    // "hundreds of billions", "tens of millions"
    if (F(i + 1) == "of" && entities::VagueScaleOf(F(i + 2)) > 0 && entities::VagueScaleOf(F(i + 2)) >= 1e3) {
      value = scale * entities::VagueScaleOf(F(i + 2));
      last = i + 2;
    } else if (scale < 1e6) {
      return i + 1;  // "hundreds of people" is not an amount of money
    }
    // "... of dollars", "-dollar"
    if (F(last + 1) == "of" && entities::CurrencyOf(F(last + 2)) && tokens_[last + 2].word) {
      currency = entities::CurrencyOf(F(last + 2));
      last += 2;
    } else if (last + 1 < tokens_.size() && tokens_[last + 1].hyphen_before && entities::CurrencyOf(F(last + 1))) {
      currency = entities::CurrencyOf(F(last + 1));  // "multibillion-dollar investment"
      last += 1;
    } else if (last + 1 < tokens_.size() && entities::CurrencyOf(F(last + 1)) && tokens_[last + 1].word) {
      currency = entities::CurrencyOf(F(last + 1));  // "billions dollars" (rare), "millions yen"
      last += 1;
    }
    if (!currency && !MoneyVerbBefore(i)) return last + 1;
    q.kind = QuantityKind::kMoney;
    q.unit = currency ? currency : "";
    // "billions" is loosely at least a billion (writers use "multibillion" for a total that
    // began with one); "hundreds of billions" below a trillion.
    q.low = value;
    q.high = last > i && F(i + 1) == "of" && entities::VagueScaleOf(F(i + 2)) > 0 ? 10 * value - 1
                                                                                 : std::numeric_limits<double>::infinity();
    q.qualifier = std::string(text_.substr(tokens_[i].begin, tokens_[std::min(last, i + 2)].end - tokens_[i].begin));
    return Emit(i, last, q, value, true);
  }

  bool MoneyVerbBefore(size_t i) const {
    for (size_t k = i; k > 0 && k + 3 > i; --k) {
      const Token& t = tokens_[k - 1];
      if (!t.word) return false;
      if (entities::QualifyingVerbNoun(t.folded)) return true;
      if (t.folded == "worth" || t.folded == "cost" || t.folded == "costs") return true;
    }
    return false;
  }

  // The noun the amount qualifies: after it ("$50 billion cloud deal", "2GW of Trainium
  // capacity"), else before it ("investing $1 billion", "agreement, estimated at several $38bn").
  std::string Qualifies(size_t first, size_t last, bool look_forward) const {
    if (look_forward) {
      size_t k = last + 1;
      if (F(k) == "of") ++k;
      for (size_t steps = 0; k < tokens_.size() && steps < 4; ++k, ++steps) {
        const Token& t = tokens_[k];
        if (!t.word || (entities::IsPhraseBreak(t.folded) && !t.hyphen_before)) break;
        if (entities::IsQualifiedNoun(t.folded)) return t.folded;
        // "$160 million offers": the plural of a listed noun.
        if (t.folded.size() > 3 && t.folded.back() == 's' &&
            entities::IsQualifiedNoun(std::string_view(t.folded).substr(0, t.folded.size() - 1))) {
          return t.folded.substr(0, t.folded.size() - 1);
        }
      }
    }
    size_t steps = 0;
    for (size_t k = first; k > 0 && steps < 8; --k, ++steps) {
      const Token& t = tokens_[k - 1];
      // "$1 billion in 2019 and $10 billion in 2023": a coordinated amount shares the noun.
      if (has_previous_ && k - 1 == previous_last_) return previous_qualifies_;
      if (!t.word) {
        if (t.folded == "," || t.folded == "(" || t.folded == ")") continue;
        break;
      }
      if (const char* noun = entities::QualifyingVerbNoun(t.folded)) return noun;
      if (entities::IsQualifiedNoun(t.folded)) return t.folded;
    }
    return "";
  }

  size_t Emit(size_t first, size_t last, Quantity q, double value, bool qualify) {
    uint32_t begin = tokens_[first].begin;
    uint32_t end = tokens_[last].end;
    q.span = {base_ + begin, base_ + end};
    q.text = std::string(text_.substr(begin, end - begin));
    // The interval was set in the figure's own units; power and durations convert (W, days).
    if (q.low == 0 && q.high == 0) {
      q.low = q.high = value;
    } else if (q.value == 0 && q.low != 0 && q.low != value && q.kind != QuantityKind::kCount &&
               q.kind != QuantityKind::kMoney) {
      const double factor = value / q.low;
      q.high = std::isinf(q.high) ? q.high : q.high * factor;
      q.precision *= factor;
      q.low = value;
    }
    q.value = value;
    ApplyQualifier(first, &q);
    if (qualify && q.qualifies.empty()) q.qualifies = Qualifies(first, last, true);
    if (q.kind == QuantityKind::kMoney || q.kind == QuantityKind::kPower) {
      // Singular form for plurals the lexicon lists ("deals" -> "deal").
      if (q.qualifies.size() > 3 && q.qualifies.back() == 's' && entities::IsQualifiedNoun(q.qualifies.substr(0, q.qualifies.size() - 1))) {
        q.qualifies.pop_back();
      }
    }
    has_previous_ = true;
    previous_last_ = last;
    previous_qualifies_ = q.qualifies;
    out_.push_back(std::move(q));
    return last + 1;
  }

  std::string_view text_;
  uint32_t base_;
  std::vector<Token> tokens_;
  std::vector<Quantity> out_;
  bool has_previous_ = false;
  size_t previous_last_ = 0;
  std::string previous_qualifies_;
};

}  // namespace

std::vector<Quantity> ExtractQuantities(std::string_view text, uint32_t base_offset) {
  return QuantityFinder(text, base_offset).Run();
}

std::vector<Quantity> ExtractQuantities(const Article& article) {
  if (article.sentences.empty()) return ExtractQuantities(article.text, 0);
  std::vector<Quantity> out;
  for (const Sentence& s : article.sentences) {
    if (s.span.end > article.text.size() || s.span.empty()) continue;
    std::vector<Quantity> part = ExtractQuantities(s.span.Of(article.text), s.span.begin);
    out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return out;
}

}  // namespace newsline
