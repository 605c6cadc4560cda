// The word lists behind entity discovery and quantity extraction, in one place (data, not code):
// common capitalized words, months and days, titles and roles, organization suffixes, acronyms
// that are not names, scales, currencies, units, number words and the nouns a quantity qualifies.
// All lookups take case-folded words.
#ifndef NEWSLINE_LIB_EXTRACT_LEXICON_ENTITIES_LEXICON_H_
#define NEWSLINE_LIB_EXTRACT_LEXICON_ENTITIES_LEXICON_H_

#include <string_view>
#include <vector>

namespace newsline {
namespace entities {

// Capitalized only because they start a sentence or a heading ("However", "The", "Meanwhile").
bool IsCommonCapitalizedWord(std::string_view folded);
bool IsMonthOrDayName(std::string_view folded);
// Words that introduce a person's name: "CEO", "chairman", "Mr", "Senator".
bool IsPersonTitle(std::string_view folded);
// Nouns naming a role in an apposition: "Scott Bickley, advisory fellow at ...".
bool IsRoleNoun(std::string_view folded);
// Words that end an organization's name: "Inc", "Corp", "Group", "Bank", "Ministry".
bool IsOrganizationSuffix(std::string_view folded);
// Legal-form suffixes dropped when canonicalizing a name: "inc", "corp", "ltd", "plc".
bool IsLegalFormSuffix(std::string_view folded);
// Lower-case words allowed inside a name between capitalized words: "of", "de", "van", "&".
bool IsNameConnector(std::string_view folded);
// All-caps words that are not names: "AI", "API", "CEO", "IPO".
bool IsNonNameAcronym(std::string_view folded);
// Abbreviations whose period does not end a sentence: "mr", "inc", "corp", "vs".
bool IsAbbreviation(std::string_view folded);
// The type a word next to a name gives it, from general English: after the name ("Contoso's
// CEO", "OPEC ministers", "the Nimbus platform") or right before it ("software giant Contoso",
// "drug-maker Fabrikam", "the product Nimbus"). nullptr when the word says nothing.
const char* TypeFromWordAfterName(std::string_view folded);
const char* TypeFromWordBeforeName(std::string_view folded);

// Quantities.
// Scale words: "billion" -> 1e9, "bn" -> 1e9, "mln" -> 1e6. 0 when not a scale.
double ScaleOf(std::string_view folded);
// Vague plural scales: "billions" -> 1e9, "hundreds" -> 100. 0 when not one.
double VagueScaleOf(std::string_view folded);
// Currency symbols and words: "$" -> "USD", "dlrs" -> "USD", "£" -> "GBP". nullptr when none.
const char* CurrencyOf(std::string_view folded);
// Power units: "gw" -> 1e9 (watts per unit), "megawatts" -> 1e6. 0 when not one.
double PowerUnitOf(std::string_view folded);
// Duration units: "years" -> 'Y', "months" -> 'M', "weeks" -> 'W', "days" -> 'D'. 0 when not one.
char DurationUnitOf(std::string_view folded);
// Days in one duration unit ('Y' -> 365.25).
double DaysPerDurationUnit(char unit);
// Number words: "eight" -> 8, "dozen" -> 12. -1 when not one.
double NumberWordValue(std::string_view folded);
// Vague quantifiers before an amount: "several", "a few", "tens". 
bool IsVagueQuantifier(std::string_view folded);
// Percent words: "percent", "pct", "%".
bool IsPercentWord(std::string_view folded);
// Nouns a money or power amount qualifies: "agreement", "deal", "investment", "capacity".
bool IsQualifiedNoun(std::string_view folded);
// Verbs before an amount that name what it is: "investing" -> "investment", "value" ->
// "valuation". nullptr when not one.
const char* QualifyingVerbNoun(std::string_view folded);
// Words that end the noun phrase after an amount: prepositions, articles, verbs like "is".
bool IsPhraseBreak(std::string_view folded);
// Plural nouns that do not end in "s": "people", "children", "police", "staff".
bool IsIrregularPluralNoun(std::string_view folded);

// How a qualifier before a figure widens it into an interval.
enum class IntervalQualifier {
  kAbout,    // "about", "around", "some", "roughly": value ± 10%
  kNearly,   // "nearly", "almost", "close to", "just under": [90% of value, value]
  kAtLeast,  // "more than", "over", "at least", "upwards of": [value, inf)
  kAtMost,   // "less than", "up to", "as many as", "at most": [0, value]
};
struct QualifierPhrase {
  const char* phrase;  // folded words separated by single spaces
  IntervalQualifier kind;
  bool before_durations;  // false for "over", "under", "some": "over eight years" is a span of time
};
// Qualifier phrases, longest first.
const std::vector<QualifierPhrase>& QualifierPhrases();

// Magnitude words that state a count as a range: "dozens" -> [24, 99], "tens of thousands" ->
// [20000, 99999], "a handful" -> [2, 9].
struct MagnitudePhrase {
  const char* phrase;  // folded words separated by single spaces
  double low;
  double high;
};
// Magnitude phrases, longest first.
const std::vector<MagnitudePhrase>& MagnitudePhrases();

}  // namespace entities
}  // namespace newsline

#endif  // NEWSLINE_LIB_EXTRACT_LEXICON_ENTITIES_LEXICON_H_
