// Sentence splitting with ICU plus abbreviation merges and missing-space splits.
#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <cctype>
#include <string>
#include <unordered_map>

namespace newsline {
namespace text {
namespace {

// When a period after the abbreviation does not end the sentence.
enum class AbbrevWhen {
  kAlways,       // titles, corporate suffixes: "Dr. Smith", "Apple Inc. Chief Executive"
  kBeforeDigit,  // months and numbering: "Jan. 5", "No. 3"
};

// Abbreviations, lower case without the final period.
const std::unordered_map<std::string, AbbrevWhen>& Abbreviations() {
  static const auto* table = new std::unordered_map<std::string, AbbrevWhen>{
      // Titles and honorifics.
      {"mr", AbbrevWhen::kAlways}, {"mrs", AbbrevWhen::kAlways}, {"ms", AbbrevWhen::kAlways},
      {"dr", AbbrevWhen::kAlways}, {"prof", AbbrevWhen::kAlways}, {"sen", AbbrevWhen::kAlways},
      {"rep", AbbrevWhen::kAlways}, {"gov", AbbrevWhen::kAlways}, {"gen", AbbrevWhen::kAlways},
      {"col", AbbrevWhen::kAlways}, {"lt", AbbrevWhen::kAlways}, {"sgt", AbbrevWhen::kAlways},
      {"capt", AbbrevWhen::kAlways}, {"cmdr", AbbrevWhen::kAlways}, {"adm", AbbrevWhen::kAlways},
      {"rev", AbbrevWhen::kAlways}, {"hon", AbbrevWhen::kAlways}, {"pres", AbbrevWhen::kAlways},
      {"supt", AbbrevWhen::kAlways}, {"st", AbbrevWhen::kAlways}, {"mt", AbbrevWhen::kAlways},
      {"ft", AbbrevWhen::kAlways}, {"jr", AbbrevWhen::kAlways}, {"sr", AbbrevWhen::kAlways},
      // Corporate suffixes.
      {"inc", AbbrevWhen::kAlways}, {"corp", AbbrevWhen::kAlways}, {"co", AbbrevWhen::kAlways},
      {"ltd", AbbrevWhen::kAlways}, {"bros", AbbrevWhen::kAlways}, {"cos", AbbrevWhen::kAlways},
      // Latin and misc.
      {"vs", AbbrevWhen::kAlways}, {"v", AbbrevWhen::kAlways}, {"e.g", AbbrevWhen::kAlways},
      {"i.e", AbbrevWhen::kAlways}, {"cf", AbbrevWhen::kAlways}, {"approx", AbbrevWhen::kAlways},
      {"dept", AbbrevWhen::kAlways}, {"est", AbbrevWhen::kAlways}, {"ave", AbbrevWhen::kAlways},
      // Months.
      {"jan", AbbrevWhen::kBeforeDigit}, {"feb", AbbrevWhen::kBeforeDigit}, {"mar", AbbrevWhen::kBeforeDigit},
      {"apr", AbbrevWhen::kBeforeDigit}, {"jun", AbbrevWhen::kBeforeDigit}, {"jul", AbbrevWhen::kBeforeDigit},
      {"aug", AbbrevWhen::kBeforeDigit}, {"sep", AbbrevWhen::kBeforeDigit}, {"sept", AbbrevWhen::kBeforeDigit},
      {"oct", AbbrevWhen::kBeforeDigit}, {"nov", AbbrevWhen::kBeforeDigit}, {"dec", AbbrevWhen::kBeforeDigit},
      // Numbering.
      {"no", AbbrevWhen::kBeforeDigit}, {"nos", AbbrevWhen::kBeforeDigit}, {"p", AbbrevWhen::kBeforeDigit},
      {"pp", AbbrevWhen::kBeforeDigit}, {"vol", AbbrevWhen::kBeforeDigit}, {"fig", AbbrevWhen::kBeforeDigit},
  };
  return *table;
}

bool IsSpace(char c) { return c == ' ' || c == '\n'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool IsClosing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// "U.S.", "U.K.", "E.U.": single letters each followed by a period, at least two, upper case.
bool IsDottedInitials(std::string_view token) {
  if (token.size() < 4 || token.size() % 2 != 0) return false;
  for (size_t i = 0; i < token.size(); i += 2) {
    if (!IsUpper(token[i]) || token[i + 1] != '.') return false;
  }
  return true;
}

std::string_view LastToken(std::string_view s) {
  size_t start = s.size();
  while (start > 0 && !IsSpace(s[start - 1]) && s[start - 1] != '(' && s[start - 1] != '"') --start;
  return s.substr(start);
}

Span Trim(std::string_view text, Span s) {
  while (s.begin < s.end && IsSpace(text[s.begin])) ++s.begin;
  while (s.end > s.begin && IsSpace(text[s.end - 1])) --s.end;
  return s;
}

// Where a sentence should be split because a period has no space after it: returns the offsets
// (absolute) at which new sentences start.
std::vector<uint32_t> MissingSpaceSplits(std::string_view text, Span s) {
  std::vector<uint32_t> cuts;
  for (uint32_t k = s.begin + 2; k + 2 < s.end; ++k) {
    char c = text[k];
    if (c != '.' && c != '!' && c != '?') continue;
    uint32_t j = k + 1;
    while (j < s.end && IsClosing(text[j])) ++j;
    if (j + 1 >= s.end || !IsUpper(text[j]) || !IsLower(text[j + 1])) continue;
    // The word before the period: letters only (or a closing bracket), at least two of them.
    uint32_t w = k;
    while (w > s.begin && (IsAlpha(text[w - 1]) || text[w - 1] == ']' || text[w - 1] == ')')) --w;
    if (k - w < 2 || (w > s.begin && text[w - 1] == '.')) continue;
    std::string_view word = text.substr(w, k - w);
    if (word == "www" || word == "Www") continue;
    std::string lower(word);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (c == '.' && Abbreviations().count(lower)) continue;
    cuts.push_back(j);
  }
  return cuts;
}

}  // namespace

bool EndsWithAbbreviation(std::string_view before, std::string_view after) {
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  while (!after.empty() && IsSpace(after.front())) after.remove_prefix(1);
  if (before.empty() || before.back() != '.' || after.empty()) return false;
  std::string_view token = LastToken(before);
  if (IsDottedInitials(token)) return true;
  std::string_view stem = token.substr(0, token.size() - 1);
  if (stem.size() == 1 && IsUpper(stem[0])) {
    // A middle initial ("John F. Kennedy") when a capitalized word precedes it.
    std::string_view rest = before.substr(0, before.size() - token.size());
    while (!rest.empty() && IsSpace(rest.back())) rest.remove_suffix(1);
    std::string_view prev = LastToken(rest);
    return !prev.empty() && IsUpper(prev[0]) && prev.back() != '.';
  }
  std::string lower(stem);
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto it = Abbreviations().find(lower);
  if (it == Abbreviations().end()) return false;
  if (it->second == AbbrevWhen::kAlways) return true;
  return std::isdigit(static_cast<unsigned char>(after.front())) != 0;
}

struct SentenceSplitter::Iterator {
  std::unique_ptr<icu::BreakIterator> icu;
};

SentenceSplitter::SentenceSplitter() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || !it) {
    error_ = std::string("ICU sentence break iterator: ") + u_errorName(status);
    return;
  }
  iterator_ = std::make_unique<Iterator>();
  iterator_->icu = std::move(it);
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<Span> SentenceSplitter::SplitRange(std::string_view text, Span range) {
  std::vector<Span> raw;
  if (range.empty()) return raw;
  if (!iterator_) {
    raw.push_back(Trim(text, range));
    return raw;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + range.begin, static_cast<int64_t>(range.size()), &status);
  if (U_FAILURE(status)) {
    raw.push_back(Trim(text, range));
    return raw;
  }
  icu::BreakIterator& it = *iterator_->icu;
  it.setText(ut, status);
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    Span s = Trim(text, {range.begin + static_cast<uint32_t>(start), range.begin + static_cast<uint32_t>(end)});
    if (!s.empty()) raw.push_back(s);
  }
  // Detach the iterator from the UText before closing it.
  it.setText(icu::UnicodeString());
  utext_close(ut);

  // Merge after abbreviations.
  std::vector<Span> merged;
  for (const Span& s : raw) {
    if (!merged.empty() && EndsWithAbbreviation(merged.back().Of(text), s.Of(text))) {
      merged.back().end = s.end;
    } else {
      merged.push_back(s);
    }
  }
  // Split where a period has no space after it.
  std::vector<Span> out;
  for (const Span& s : merged) {
    uint32_t begin = s.begin;
    for (uint32_t cut : MissingSpaceSplits(text, s)) {
      out.push_back(Trim(text, {begin, cut}));
      begin = cut;
    }
    out.push_back(Trim(text, {begin, s.end}));
  }
  return out;
}

std::vector<Sentence> SentenceSplitter::Split(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  std::vector<Sentence> sentences;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    for (const Span& s : SplitRange(text, paragraphs[p].span)) {
      if (!s.empty()) sentences.push_back({s, static_cast<uint32_t>(p)});
    }
  }
  return sentences;
}

}  // namespace text
}  // namespace newsline
