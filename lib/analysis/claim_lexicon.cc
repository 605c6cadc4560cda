// The tables of claim_lexicon.h. To extend: add general English words to a table; the rules
// that read them (claim_grouping.cc, quote_variants.cc) need no change.
#include "analysis/claim_lexicon.h"

namespace newsline {
namespace analysis {
namespace {

constexpr const char* kNegations[] = {"not", "no", "never", "neither", "nor", "none", "nothing", "nobody", "without"};

constexpr const char* kContractions[][2] = {
    {"won't", "will not"},   {"can't", "can not"},    {"cannot", "can not"},   {"don't", "do not"},
    {"doesn't", "does not"}, {"didn't", "did not"},   {"isn't", "is not"},     {"aren't", "are not"},
    {"wasn't", "was not"},   {"weren't", "were not"}, {"hasn't", "has not"},   {"haven't", "have not"},
    {"hadn't", "had not"},   {"wouldn't", "would not"}, {"shouldn't", "should not"}, {"couldn't", "could not"},
    {"mustn't", "must not"}, {"i'm", "i am"},         {"we're", "we are"},     {"they're", "they are"},
    {"you're", "you are"},   {"it's", "it is"},       {"we've", "we have"},    {"they've", "they have"},
    {"i've", "i have"},      {"we'll", "we will"},    {"they'll", "they will"}, {"i'll", "i will"},
    {"he's", "he is"},       {"she's", "she is"},     {"that's", "that is"},   {"there's", "there is"},
    {"let's", "let us"},     {"we'd", "we would"},    {"they'd", "they would"}, {"i'd", "i would"},
};

// Verbs and adverbs of reporting and hedging: they say how something is claimed, not what.
constexpr const char* kFraming[] = {
    "say",       "said",      "says",      "saying",    "tell",      "told",       "added",     "add",
    "according", "report",    "reported",  "reports",   "reportedly", "allegedly", "stated",    "statement",
    "claim",     "claimed",   "claims",    "believe",   "believes",  "believed",   "think",     "thinks",
    "announced", "confirmed", "confirm",   "noted",     "explained", "also",       "just",      "would",
    "could",     "may",       "might",     "will",      "can",       "should",     "must",      "shall",
    "us",        "one",       "two",       "like",      "get",       "got",        "going",     "lot",
    "thing",     "things",    "way",       "really",    "yes",       "well",       "now",       "even",
};

// Opposite sides of one proposition. The first member is the plain side.
constexpr const char* kContrasts[][2] = {
    {"legal", "illegal"},         {"lawful", "unlawful"},           {"guilty", "innocent"},
    {"true", "false"},            {"accurate", "inaccurate"},       {"correct", "incorrect"},
    {"compliant", "noncompliant"}, {"consistent", "inconsistent"},  {"possible", "impossible"},
    {"likely", "unlikely"},       {"safe", "unsafe"},               {"fair", "unfair"},
    {"valid", "invalid"},         {"responsible", "irresponsible"}, {"justified", "unjustified"},
    {"accidental", "deliberate"}, {"accident", "intentional"},
    {"win", "lose"},              {"won", "lost"},                  {"increase", "decrease"},
    {"rose", "fell"},             {"rise", "fall"},                 {"up", "down"},
    {"approve", "reject"},        {"approved", "rejected"},         {"accept", "refuse"},
    {"accepted", "refused"},      {"confirm", "deny"},              {"alive", "dead"},
    {"success", "failure"},       {"successful", "unsuccessful"},   {"support", "oppose"},
    {"supports", "opposes"},      {"allowed", "forbidden"},         {"permitted", "prohibited"},
    {"breach", "comply"},         {"violate", "comply"},            {"more", "less"},
    {"violate", "compliant"},     {"breach", "compliant"},          {"compatible", "incompatible"},
    {"violate", "compatible"},    {"breach", "compatible"},         {"acceptable", "unacceptable"},
    {"lawful", "illegal"},        {"permissible", "impermissible"}, {"allowed", "banned"},
};

constexpr const char* kLightWords[] = {
    "the", "a",    "an",   "that", "which", "who", "whom", "this", "these", "those", "and", "but",
    "of",  "to",   "in",   "on",   "at",    "for", "by",   "with", "as",    "is",    "are", "was",
    "were", "be",  "been", "it",   "its",   "there", "so", "then", "just",  "very",  "really",
};

constexpr const char* kClauseOpeners[] = {"and", "but", "which", "while", "because", "although", "whereas"};

constexpr const char* kNameLinkWords[] = {"the", "of", "and", "for"};

constexpr const char* kNameArticles[] = {"the"};

ClaimLexicon Build() {
  ClaimLexicon l;
  for (const char* w : kNegations) l.negations.emplace_back(w);
  for (const auto& c : kContractions) l.contractions.emplace_back(c[0], c[1]);
  for (const char* w : kFraming) l.framing.emplace_back(w);
  for (const auto& c : kContrasts) l.contrasts.emplace_back(c[0], c[1]);
  for (const char* w : kLightWords) l.light_words.emplace_back(w);
  for (const char* w : kClauseOpeners) l.clause_openers.emplace_back(w);
  for (const char* w : kNameLinkWords) l.name_link_words.emplace_back(w);
  for (const char* w : kNameArticles) l.name_articles.emplace_back(w);
  return l;
}

}  // namespace

const ClaimLexicon& ClaimLexicon::Get() {
  static const ClaimLexicon kLexicon = Build();
  return kLexicon;
}

}  // namespace analysis
}  // namespace newsline
