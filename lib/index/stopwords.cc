// The English stopword list: function words that carry no topic (the data lives here, once).
#include "index/stopwords.h"

namespace newsline {
namespace {

// Function words only: no negations ("not", "no", "nor") and no modal verbs, which matter for
// searching claims ("may", "could", "not").
constexpr const char* kEnglishStopwords[] = {
    "a",       "about",   "above",   "after",  "again",   "against", "all",    "am",      "an",     "and",
    "any",     "are",     "as",      "at",     "be",      "because", "been",   "before",  "being",  "below",
    "between", "both",    "but",     "by",     "did",     "do",      "does",   "doing",   "down",   "during",
    "each",    "few",     "for",     "from",   "further", "had",     "has",    "have",    "having", "he",
    "her",     "here",    "hers",    "herself", "him",    "himself", "his",    "how",     "i",      "if",
    "in",      "into",    "is",      "it",     "its",     "itself",  "me",     "more",    "most",   "my",
    "myself",  "of",      "off",     "on",     "once",    "only",    "or",     "other",   "our",    "ours",
    "ourselves", "out",   "over",    "own",    "same",    "she",     "so",     "some",    "such",   "than",
    "that",    "the",     "their",   "theirs", "them",    "themselves", "then", "there",  "these",  "they",
    "this",    "those",   "through", "to",     "too",     "under",   "until",  "up",      "very",   "was",
    "we",      "were",    "what",    "when",   "where",   "which",   "while",  "who",     "whom",   "why",
    "with",    "you",     "your",    "yours",  "yourself", "yourselves",
};

}  // namespace

const Xapian::Stopper* EnglishStopper() {
  static const Xapian::SimpleStopper* const kStopper =
      new Xapian::SimpleStopper(std::begin(kEnglishStopwords), std::end(kEnglishStopwords));
  return kStopper;
}

}  // namespace newsline
