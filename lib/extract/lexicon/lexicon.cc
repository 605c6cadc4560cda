// The built-in extraction lexicons (the one place their words live) and domain-pack extension.
#include "extract/lexicon/lexicon.h"

#include "newsline/extraction.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace newsline {
namespace extract {

// ---------------------------------------------------------------------------------------------
// The tables. Phrases are lowercase token sequences; see PhraseSet for the syntax.
// ---------------------------------------------------------------------------------------------
namespace {

struct CueRow {
  const char* phrase;
  CueKind kind;
  bool inverts;
  bool blocked = false;
  bool outlet_subject = false;
  bool needs_that = false;
  bool takes_listener = false;
  bool value_only = false;
  bool name_after = false;
};

// Attribution cues. Verb forms are listed explicitly (no stemming), so "claim" the noun does not
// fire where "claims" the verb would; "X's claim that" is its own row.
constexpr CueRow kCues[] = {
    {"said", CueKind::kVerb, false},        {"says", CueKind::kVerb, false},
    {"say", CueKind::kVerb, false},         {"told", CueKind::kVerb, false, false, false, false, true},
    {"added", CueKind::kVerb, false},       {"adding", CueKind::kVerb, false},
    {"claims", CueKind::kVerb, false},      {"claimed", CueKind::kVerb, false},
    {"claim that", CueKind::kVerb, false},  {"argues", CueKind::kVerb, false},
    {"argue", CueKind::kVerb, false},       {"argued", CueKind::kVerb, false},
    {"believes", CueKind::kVerb, false},    {"believe", CueKind::kVerb, false},
    {"believed", CueKind::kVerb, false},    {"asserts", CueKind::kVerb, false},
    {"asserted", CueKind::kVerb, false},    {"assert", CueKind::kVerb, false},
    {"maintains", CueKind::kVerb, false, false, false, true},
    {"maintain", CueKind::kVerb, false, false, false, true},
    {"maintained", CueKind::kVerb, false, false, false, true},  {"insists", CueKind::kVerb, false},
    {"insisted", CueKind::kVerb, false},    {"contends", CueKind::kVerb, false},
    {"considers", CueKind::kVerb, false},   {"consider", CueKind::kVerb, false},
    {"stressed", CueKind::kVerb, false},    {"stresses", CueKind::kVerb, false},
    {"noted", CueKind::kVerb, false},       {"notes", CueKind::kVerb, false, false, false, true},
    {"observed", CueKind::kVerb, false},    {"emphasized", CueKind::kVerb, false},
    {"emphasised", CueKind::kVerb, false},  {"underscored", CueKind::kVerb, false},
    {"stated", CueKind::kVerb, false},      {"states", CueKind::kVerb, false, false, false, true},
    {"explained", CueKind::kVerb, false},   {"warned", CueKind::kVerb, false},
    {"predicted", CueKind::kVerb, false},   {"predicts", CueKind::kVerb, false},
    {"complained", CueKind::kVerb, false},  {"complains", CueKind::kVerb, false},
    // "argued for weeks over ...", "argue about": a quarrel, not an attribution.
    {"argued for", CueKind::kVerb, false, true}, {"argued over", CueKind::kVerb, false, true},
    {"argued about", CueKind::kVerb, false, true}, {"argue over", CueKind::kVerb, false, true},
    {"argue about", CueKind::kVerb, false, true}, {"argued with", CueKind::kVerb, false, true},
    {"acknowledged", CueKind::kVerb, false}, {"suggest", CueKind::kVerb, false},
    {"suggests", CueKind::kVerb, false},    {"alleged", CueKind::kVerb, false},
    {"alleges", CueKind::kVerb, false},     {"alleging", CueKind::kVerb, false},
    {"has signalled", CueKind::kVerb, false}, {"have signalled", CueKind::kVerb, false},
    {"its alleged", CueKind::kVerb, false, true}, {"the alleged", CueKind::kVerb, false, true},
    {"an alleged", CueKind::kVerb, false, true}, {"their alleged", CueKind::kVerb, false, true},
    {"has signaled", CueKind::kVerb, false}, {"have signaled", CueKind::kVerb, false},
    {"announced that", CueKind::kVerb, false}, {"announce that", CueKind::kVerb, false},
    {"reported", CueKind::kVerb, false, false, true}, {"reports that", CueKind::kVerb, false, false, true},
    {"wrote", CueKind::kVerb, false},       {"writes", CueKind::kVerb, false},
    {"put it", CueKind::kVerb, false},      {"put it bluntly", CueKind::kVerb, false},
    // "consider" is a cue in "X considers that ..." / "consider the plan unworkable", not in
    // "may consider legal options".
    {"may consider", CueKind::kVerb, false, true}, {"might consider", CueKind::kVerb, false, true},
    {"could consider", CueKind::kVerb, false, true}, {"consider legal", CueKind::kVerb, false, true},
    {"consider taking", CueKind::kVerb, false, true}, {"considers legal", CueKind::kVerb, false, true},
    {"consider whether", CueKind::kVerb, false, true}, {"said to", CueKind::kVerb, false, true},
    {"as reported by", CueKind::kAccordingTo, false}, {"first reported by", CueKind::kAccordingTo, false},
    {"as first reported by", CueKind::kAccordingTo, false}, {"reported by", CueKind::kAccordingTo, false},
    // Verbs of telling, admitting and believing that are cues only when a clause follows
    // ("admitted he knew", not "admitted to hospital"; "confirmed that", not "confirmed the deal").
    {"admitted", CueKind::kVerb, false, false, false, true}, {"admits", CueKind::kVerb, false, false, false, true},
    {"conceded", CueKind::kVerb, false, false, false, true}, {"concedes", CueKind::kVerb, false, false, false, true},
    {"indicated", CueKind::kVerb, false, false, false, true}, {"indicates", CueKind::kVerb, false, false, false, true},
    {"indicate", CueKind::kVerb, false, false, false, true}, {"recalled", CueKind::kVerb, false, false, false, true},
    {"recalls", CueKind::kVerb, false, false, false, true}, {"thought", CueKind::kVerb, false, false, false, true},
    {"thinks", CueKind::kVerb, false, false, false, true}, {"felt", CueKind::kVerb, false, false, false, true},
    {"feels", CueKind::kVerb, false, false, false, true},  {"announced", CueKind::kVerb, false, false, false, true},
    {"announces", CueKind::kVerb, false, false, false, true}, {"confirmed", CueKind::kVerb, false, false, false, true},
    {"confirms", CueKind::kVerb, false, false, false, true}, {"testified", CueKind::kVerb, false, false, false, true},
    {"reiterated", CueKind::kVerb, false, false, false, true}, {"claiming", CueKind::kVerb, false, false, false, true},
    {"explaining", CueKind::kVerb, false, false, false, true}, {"arguing", CueKind::kVerb, false, false, false, true},
    {"warning", CueKind::kVerb, false, false, false, true}, {"noting", CueKind::kVerb, false, false, false, true},
    {"insisting", CueKind::kVerb, false, false, false, true},
    {"saying", CueKind::kVerb, false},      {"echoed", CueKind::kVerb, false},
    {"joked", CueKind::kVerb, false},       {"adds", CueKind::kVerb, false},
    {"telling", CueKind::kVerb, false, false, false, false, true},
    {"disputes", CueKind::kVerb, true},     {"dispute", CueKind::kVerb, true},
    {"disputed", CueKind::kVerb, true},     {"refutes", CueKind::kVerb, true},
    {"refute", CueKind::kVerb, true},       {"refuted", CueKind::kVerb, true},
    {"denies", CueKind::kVerb, true},       {"denied", CueKind::kVerb, true},
    // "rejected the offer" is an act; "rejects that distinction", "rejected claims that" are stances.
    {"rejects", CueKind::kVerb, true, false, false, true}, {"rejected", CueKind::kVerb, true, false, false, true},
    {"being denied", CueKind::kVerb, true, true}, {"been denied", CueKind::kVerb, true, true},
    {"was denied", CueKind::kVerb, true, true},   {"were denied", CueKind::kVerb, true, true},
    {"to consider", CueKind::kVerb, false, true}, {"will consider", CueKind::kVerb, false, true},
    {"would consider", CueKind::kVerb, false, true},
    {"is of the view", CueKind::kView, false}, {"of the view", CueKind::kView, false},
    {"is of the opinion", CueKind::kView, false}, {"of the opinion", CueKind::kView, false},
    {"view is that", CueKind::kView, false}, {"position is that", CueKind::kView, false},
    {"according to", CueKind::kAccordingTo, false}, {"as per", CueKind::kAccordingTo, false},
    // ", per Bloomberg": a speaker must follow (a name, a report noun), so "per share" is none.
    {"per", CueKind::kAccordingTo, false, false, false, false, false, false, true},
    {"reportedly", CueKind::kPassive, false}, {"allegedly", CueKind::kPassive, false},
    {"purportedly", CueKind::kPassive, false}, {"is said to", CueKind::kPassive, false},
    {"are said to", CueKind::kPassive, false}, {"was said to", CueKind::kPassive, false},
    {"were said to", CueKind::kPassive, false}, {"is reported to", CueKind::kPassive, false},
    {"are reported to", CueKind::kPassive, false}, {"is believed to", CueKind::kPassive, false},
    // An unattributed figure is a claim only on a value topic ("a deal valued at $38 billion").
    {"estimated at", CueKind::kPassive, false, false, false, false, false, true},
    {"valued at", CueKind::kPassive, false, false, false, false, false, true},
    {"is rumored to", CueKind::kPassive, false},
};

// Hedges: words that weaken a claim. Unnamed speakers add the hedge "unnamed source".
constexpr const char* kHedges[] = {
    "is believed to", "may", "might", "could", "seems to",
    "seem to", "appears to", "likely", "possibly", "potentially", "estimated", "not ruling out",
    "does not rule out", "unconfirmed", "privately", "probably", "perhaps", "apparently",
    "as far as we know", "believed to",
};

// Hedges that pass on a report: with no outlet named in the sentence, what they hedge counts for
// the report the article last cited ("the Boston Globe reported ... The mayor reportedly"). Those
// that name reports (Lexicon::kUnnamedReportHedge) say, when no report was cited, that the article
// relays reports it does not name.
constexpr const char* kReportHedges[] = {
    "allegedly", "purportedly", "is said to", "are said to", "was said to", "is rumored to",
};
constexpr const char* kUnnamedReportHedges[] = {
    "reportedly", "according to reports", "is reported to", "are reported to", "was reported to",
    "according to media reports", "according to local reports",
};

// Hedges that put a statement on the word of sources the article does not name
// (Lexicon::kUnnamedSourceHedge): its own reporting, or a restatement of a report named elsewhere.
constexpr const char* kUnnamedSourceHedges[] = {
    "sources suggest", "source suggests", "sources say", "sources said", "a source said",
    "sources told", "according to sources", "according to a source", "people familiar with",
    "person familiar with", "sources familiar with", "sources close to", "insiders say",
    "insiders said",
};

// Negations, and negated negatives that affirm ("is not ruling out" = may well).
constexpr const char* kNegations[] = {
    "not", "n't", "no", "never", "nothing", "neither", "nor", "unlikely", "without", "cannot",
    "nobody", "none", "unable", "fails to", "refuses to", "reject", "rejects", "rejected", "rejecting",
};
constexpr const char* kAffirmations[] = {
    "not ruling out", "not rule out", "not ruled out", "n't rule out", "n't ruling out",
    "not excluding", "not excluded", "no doubt", "not unlikely", "did not deny", "does not deny",
};

// Factuality cues before an event trigger (negations, "if" and "unless" come from the negation
// and conditional tables). Payload: Factuality.
struct FactualityRow {
  const char* phrase;
  Factuality factuality;
};
constexpr FactualityRow kFactualityCues[] = {
    {"will", Factuality::kPlanned},          {"'ll", Factuality::kPlanned},
    {"shall", Factuality::kPlanned},         {"plans to", Factuality::kPlanned},
    {"plan to", Factuality::kPlanned},       {"planning to", Factuality::kPlanned},
    {"planned", Factuality::kPlanned},       {"is to", Factuality::kPlanned},
    {"are to", Factuality::kPlanned},        {"set to", Factuality::kPlanned},
    {"expected to", Factuality::kPlanned},   {"scheduled to", Factuality::kPlanned},
    {"due to", Factuality::kPlanned},        {"going to", Factuality::kPlanned},
    {"intends to", Factuality::kPlanned},    {"intend to", Factuality::kPlanned},
    {"aims to", Factuality::kPlanned},       {"about to", Factuality::kPlanned},
    {"agreed to", Factuality::kPlanned},     {"upcoming", Factuality::kPlanned},
    {"considering", Factuality::kConsidered},
    {"considers", Factuality::kConsidered},  {"consider", Factuality::kConsidered},
    {"weighing", Factuality::kConsidered},   {"weighs", Factuality::kConsidered},
    {"mulling", Factuality::kConsidered},    {"contemplating", Factuality::kConsidered},
    {"exploring", Factuality::kConsidered},  {"threatened to", Factuality::kConsidered},
    {"threatens to", Factuality::kConsidered}, {"threatening to", Factuality::kConsidered},
    {"seeking to", Factuality::kConsidered}, {"seeks to", Factuality::kConsidered},
    {"wants to", Factuality::kConsidered},   {"hopes to", Factuality::kConsidered},
    {"proposed", Factuality::kConsidered},   {"in talks to", Factuality::kConsidered},
    {"could", Factuality::kHypothetical},    {"might", Factuality::kHypothetical},
    {"may", Factuality::kHypothetical},      {"would", Factuality::kHypothetical},
    {"can", Factuality::kHypothetical},      {"reportedly", Factuality::kRumoured},
    {"allegedly", Factuality::kRumoured},    {"purportedly", Factuality::kRumoured},
    {"is said to", Factuality::kRumoured},   {"are said to", Factuality::kRumoured},
    {"rumored", Factuality::kRumoured},      {"rumoured", Factuality::kRumoured},
    {"believed to", Factuality::kRumoured},  {"is reported to", Factuality::kRumoured},
};
// Auxiliaries that make an -ing trigger ongoing ("is negotiating").
constexpr const char* kProgressiveAuxiliaries[] = {"is", "are", "am", "was", "were", "still"};

// Speaker phrases that do not name anyone.
constexpr const char* kUnnamedSpeakers[] = {
    "sources", "source", "person familiar", "people familiar", "persons familiar", "executives",
    "execs", "officials", "insiders", "unnamed", "anonymous", "reports", "observers", "analysts",
    "people close", "person close", "someone familiar", "bankers", "traders", "dealers", "economists",
    "diplomats", "experts", "brokers",
};

// Pronouns and descriptors that refer back to a previous speaker. Payloads: see Lexicon::pronouns.
struct PronounRow {
  const char* phrase;
  int payload;
};
constexpr PronounRow kPronouns[] = {
    {"he", 0},           {"she", 0},           {"they", 1},         {"the companies", 1},
    {"the two companies", 1}, {"the three companies", 1}, {"both companies", 1}, {"the firms", 1},
    {"the two", 1},      {"the company", 2},   {"the firm", 2},     {"the start-up", 2},
    {"the startup", 2},  {"the start - up", 2},  {"it", 2},            {"their", 3},        {"his", 3},
    {"her", 3},          {"its", 3},
};

// Words and marks that end a clause (bounding speaker phrases and negation scope).
constexpr const char* kClauseBoundaries[] = {
    ",", ";", ":", "(", ")", "\"", "and", "but", "while", "whereas", "because", "although", "though",
    "however", "yet", "so", "that", "which", "who", "as", "when", "since", "after", "before", "if",
    "unless", "whether", "despite", "meanwhile", "furthermore", "moreover", "ultimately",
    "additionally", "then", "-", "even", ".", "?", "!", "where", "what",
};
// Where an event's participants stop: punctuation and words that open another clause. A
// relative pronoun right after a comma ("Microsoft, which has invested ...") keeps its
// antecedent in (events.cc). Payload 1: only after the trigger — speech verbs: "..., said
// Boeing" names a speaker, but in "China Eastern stated that it had signed" the subject before
// the verb is the one who signed.
struct BarrierRow {
  const char* word;
  int payload;
};
constexpr BarrierRow kParticipantBarriers[] = {
    {";", 0},       {":", 0},       {"(", 0},        {")", 0},       {"while", 0},
    {"whereas", 0}, {"because", 0}, {"although", 0}, {"though", 0},  {"however", 0},  {"when", 0},
    {"since", 0},   {"after", 0},   {"before", 0},   {"if", 0},      {"unless", 0},   {"whether", 0},
    {"despite", 0}, {"where", 0},   {"which", 0},    {"who", 0},     {"whose", 0},    {"said", 1},
    {"says", 1},    {"told", 1},    {"according", 1}, {"added", 1},  {"noted", 1},    {"stated", 1},
};
constexpr const char* kConditionals[] = {"if", "unless", "in case", "should it", "so long as", "as long as"};
constexpr const char* kQuestions[] = {"whether", "centres on whether", "centers on whether", "if or when"};

// Nouns that make an "according to X" / "X said" speaker a report (its outlet is a primary source).
constexpr const char* kReportNouns[] = {
    "report", "reports", "story", "article", "profile", "investigation", "memo", "filing", "interview",
    // Documents that "say" things in news: "according to court records", "the charges say".
    "records", "documents", "complaint", "charges", "affidavit", "indictment", "court papers", "testimony",
    "transcript", "survey", "study", "poll", "lawsuit", "autopsy",
};

// Attribution-chain cues: where the relayed outlet is named.
struct RelayRow {
  const char* phrase;
  RelayKind kind;
};
constexpr RelayRow kRelays[] = {
    {"according to a report in", RelayKind::kOutletAfter}, {"according to a report by", RelayKind::kOutletAfter},
    {"according to a report from", RelayKind::kOutletAfter}, {"according to the", RelayKind::kOutletAfter},
    {"according to", RelayKind::kOutletAfter},             {"as per the", RelayKind::kOutletAfter},
    {"as per", RelayKind::kOutletAfter},                   {"as reported by", RelayKind::kOutletAfter},
    {"first reported by", RelayKind::kOutletAfter},        {"reported by", RelayKind::kOutletAfter},
    {"report in", RelayKind::kOutletAfter},                {"seen by", RelayKind::kOutletAfter},
    {"told", RelayKind::kOutletAfter},                     {"in an interview with", RelayKind::kOutletAfter},
    {"reported", RelayKind::kOutletBefore},                {"report said", RelayKind::kOutletBefore},
    {"report says", RelayKind::kOutletBefore},             {"report", RelayKind::kOutletBefore},
    {"published a", RelayKind::kOutletBefore},             {"reports", RelayKind::kOutletBefore},
    // "..., citing the Wall Street Journal", "..., per Bloomberg": relays only when what follows
    // looks like an outlet (a pack outlet, or a name with a media word).
    {"citing", RelayKind::kOutletAfter},                   {"per", RelayKind::kOutletAfter},
};

// Common words never used as a fallback topic term.
constexpr const char* kStopWords[] = {
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as",
    "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being",
    "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "not", "no", "their",
    "they", "them", "his", "her", "he", "she", "we", "our", "us", "i", "you", "which", "who", "what",
    "also", "just", "than", "then", "there", "about", "into", "over", "such", "some", "any", "all",
    "more", "most", "other", "only", "very", "so", "if", "whether", "while", "because", "does", "do",
    "did", "both", "each", "own", "said", "says", "company", "companies", "report", "according", "per",
    "reportedly", "time", "times", "way", "thing", "things", "part", "still", "even", "much", "many",
    "well", "new", "now", "however", "being", "via", "against", "between", "after", "before", "'s",
    "n't", "like", "one", "two", "three", "within", "without", "through", "across",
};

// "including A, B, C": entities after these are an enumeration, not participants.
constexpr const char* kEnumeration[] = {"including", "such as", "like", "among them", "e.g."};

// Words that may stand between a speaker and its cue.
constexpr const char* kSpeakerSkips[] = {
    "is", "are", "was", "were", "has", "have", "had", "also", "reportedly", "purportedly", "allegedly",
    "privately", "publicly", "still", "now", "may", "might", "could", "would", "will", "does", "do",
    "did", "really", "firmly", "repeatedly", "further", "then", "too", "even", "already", "had been",
    "not", "n't", "never",  // "he did not believe": skipped, and the cue is negated
    "previously", "earlier", "later", "recently", "separately", "today", "yesterday", "again", "once",
};
// Discourse openers that may precede a speaker inside its clause ("on its part Microsoft asserts").
constexpr const char* kSpeakerLeads[] = {
    "on its part", "for its part", "on their part", "for their part", "in turn", "in response",
    "in a statement", "in a joint statement", "in a blog post", "meanwhile", "instead", "separately", "now", "so", "also",
};
// Words that link a clause to the amount of the preceding one ("a deal, estimated at $38 billion").
constexpr const char* kAmountLinks[] = {"estimated", "worth", "valued", "totaling", "totalling", "reportedly worth"};
// Verbs whose "to <amount>" is a target of change, not the value of the thing named: "expand their
// $38 billion agreement to $100 billion", "would grow to $100 billion".
constexpr const char* kChangeVerbs[] = {"grow*", "grew", "expand*", "increas*", "rise", "rises", "rose", "risen",
                                        "rising", "raise*", "boost*", "climb*", "swell*", "lift*", "extend*"};

// Speaker words that denote a person.
constexpr const char* kPersonWords[] = {
    "person", "spokesperson", "spokesman", "spokeswoman", "analyst", "ceo", "chief", "founder",
    "president", "fellow", "director", "lawyer", "executive", "mr", "ms", "mrs", "dr",
    // People and bodies news quotes by role: "police said", "witnesses told", "authorities say".
    "police", "authorities", "investigators", "prosecutors", "prosecutor", "officers", "detectives",
    "witnesses", "witness", "neighbors", "neighbours", "residents", "relatives", "doctors", "judge",
    "coroner", "sheriff", "attorney", "attorneys", "producers", "organizers", "organisers",
};
// Organizations and bodies a common noun names, as speakers: "the ministry said", "the bank said".
constexpr const char* kSpeakingBodies[] = {
    "company",  "firm",       "group",      "ministry",   "government", "bank",       "airline",
    "agency",   "department", "court",      "council",    "committee",  "board",      "union",
    "party",    "army",       "military",   "club",       "team",       "school",     "university",
    "hospital", "commission", "authority",  "office",     "embassy",    "administration", "cabinet",
    "parliament", "congress", "senate",     "regulator",  "exchange",   "insurer",    "carrier",
    "lender",   "retailer",   "manufacturer", "automaker", "producer",  "operator",   "utility",
    "startup",  "start-up",   "organization", "organisation", "charity", "campaign",  "studio",
    "network",  "station",    "newspaper",  "prosecution", "defence",  "defense",    "family",
    "league",   "federation", "association", "institute", "foundation", "service",   "church",
};

constexpr const char* kRelativeOpeners[] = {"who", "whose", "which", "whom"};

constexpr const char* kCoordinators[] = {"and", "or", "but", "nor"};

constexpr const char* kNameArticles[] = {"the", "a", "an"};

// Words in news outlets' names: "told X" / "in an interview with X" relay X only when X is an
// outlet — one the pack lists, or, with no pack outlets, a name with one of these words.
constexpr const char* kMediaWords[] = {
    "times", "journal", "news", "post", "reuters", "bloomberg", "wire", "press", "tribune", "herald",
    "insider", "daily", "weekly", "review", "magazine", "television", "tv", "radio", "cnbc", "bbc", "cnn",
    "gazette", "telegraph", "guardian", "economist", "techcrunch", "verge",
    "axios", "politico", "agency", "xinhua", "kyodo", "tass", "afp", "ap", "observer", "chronicle",
    "globe", "courier", "examiner", "dispatch", "sentinel", "inquirer", "broadcasting", "newspaper",
    // The abbreviations wire services and papers go by ("according to the WSJ").
    "ft", "wsj", "nyt", "npr", "nbc", "cbs", "upi", "dpa", "ansa", "efe", "yonhap", "scmp",
};
// Words that open an adjunct after a cue ("said in its statement that", "said on Tuesday.").
// Payload 0: the adjunct starts here; 1: a time determiner that needs a time noun after it
// ("said last December that").
struct AdjunctStartRow {
  const char* word;
  int payload;
};
constexpr AdjunctStartRow kAdjunctStarts[] = {
    {"in", 0},        {"on", 0},         {"at", 0},         {"during", 0},     {"earlier", 0},
    {"late", 0},      {"yesterday", 0},  {"today", 0},      {"recently", 0},   {"previously", 0},
    {"separately", 0}, {"after", 0},     {"following", 0},  {"last", 1},       {"this", 1},
    {"next", 1},
};
constexpr const char* kTimeNouns[] = {
    "week",     "month",   "year",    "quarter",   "morning",   "afternoon", "evening",
    "night",    "weekend", "monday",  "tuesday",   "wednesday", "thursday",  "friday",
    "saturday", "sunday",  "january", "february",  "march",     "april",     "may",
    "june",     "july",    "august",  "september", "october",   "november",  "december"};
// Auxiliaries that make what follows a cue's adjunct a clause ("said in 2019 it was ...").
constexpr const char* kFiniteAuxiliaries[] = {"is",  "are",  "was",   "were", "has",  "have",
                                              "had", "will", "would", "can",  "could"};
// After a sentence-final cue ("..., the FT report said, citing sources.").
constexpr const char* kTrailers[] = {"citing", "according", "in a statement", "on", "last", "this", "in"};
// Prepositions that give event roles: 0 = target of a legal threat, 1 = the investee.
struct RolePrepositionRow {
  const char* phrase;
  int payload;
};
constexpr RolePrepositionRow kRolePrepositions[] = {{"against", 0}, {"in", 1}, {"into", 1}};

// Event triggers. needs_support: a noun that only makes an event with an amount qualifying it
// or an action verb in the sentence ("signed", "struck"). An empty type blocks a longer phrase.
struct TriggerRow {
  const char* phrase;
  const char* type;
  bool needs_support;
};
constexpr TriggerRow kTriggers[] = {
    {"invest", "investment", false},      {"invests", "investment", false},
    {"invested", "investment", false},    {"investing", "investment", false},
    {"investment", "investment", true},   {"investments", "investment", true},
    {"funding round", "investment", false}, {"took a stake", "investment", false},
    {"agreement", "agreement", true},     {"agreements", "agreement", true},
    {"deal", "agreement", true},          {"deals", "agreement", true},
    {"partnership", "agreement", true},   {"contract", "agreement", true},
    {"agreed to", "agreement", false},    {"signed", "agreement", false},
    {"signs", "agreement", false},        {"struck", "agreement", false},
    {"inked", "agreement", false},        {"concluded", "agreement", false},
    {"signed off", "", false},            {"signed off on", "", false},
    {"announced", "announcement", false}, {"announces", "announcement", false},
    {"announce", "announcement", false},  {"announcement", "announcement", true},
    {"unveiled", "announcement", false},  {"unveils", "announcement", false},
    {"restructuring", "restructuring", false}, {"restructured", "restructuring", false},
    {"restructure", "restructuring", false}, {"recapitalization", "restructuring", false},
    {"reorganization", "restructuring", false},
    {"launch", "launch", false},          {"launched", "launch", false},
    {"launches", "launch", false},        {"goes live", "launch", false},
    {"go live", "launch", false},         {"rolled out", "launch", false},
    {"legal action", "legal_threat", false}, {"legal options", "legal_threat", false},
    {"legal threat", "legal_threat", false}, {"threatens to sue", "legal_threat", false},
    {"threatened to sue", "legal_threat", false}, {"threatening to sue", "legal_threat", false},
    {"will sue", "legal_threat", false},  {"sue", "legal_threat", false},
    {"suing", "legal_threat", false},
    {"sued", "lawsuit", false},           {"lawsuit", "lawsuit", false},
    {"weighing a lawsuit", "legal_threat", false}, {"considering a lawsuit", "legal_threat", false},
    {"threatened a lawsuit", "legal_threat", false}, {"threatening a lawsuit", "legal_threat", false},
    {"filed suit", "lawsuit", false},     {"filed a lawsuit", "lawsuit", false},
    {"talks", "talks", false},            {"discussions", "talks", false},
    {"negotiations", "talks", false},     {"negotiating", "talks", false},
    {"negotiating table", "", false},     // "settled at a negotiating table": a figure of speech
    {"it talks", "", false},              {"he talks", "", false},  // the verb: "how it talks about"
    {"she talks", "", false},
    {"published a profile", "report", false}, {"published a report", "report", false},
    {"published an investigation", "report", false}, {"first reported", "report", false},
    {"public offering", "ipo_plan", false}, {"ipo", "ipo_plan", false},
    {"go public", "ipo_plan", false},     {"going public", "ipo_plan", false},
};

// General news events, as lemma families: a verb's lemma (its regular forms -s/-es, -ed/-d/-ied,
// -ing are generated; a phrasal verb inflects its first word: "step down" -> "stepped down"),
// the forms rules cannot make (irregular pasts, doubled consonants), and its nominalizations
// ("die": "death"). Every form of a row is one lemma, so "died" and "death" merge as one event
// across outlets. Types are shared with the business rows below where they mean the same. People
// and places take part in these, not only organizations. Deliberately absent: speech verbs
// (say, tell, according to: those are claims), and forms mostly used for something else ("hit",
// "found", "met", "party", "game"). "fire" is a blaze as a noun and a dismissal as "fired",
// a shooting as "fired at"; compounds that name no fire ("fire department") are blocked.
struct EventLemmaRow {
  const char* lemma;  // "" for a family told only by nouns
  const char* type;
  const char* forms;  // extra verb forms, "|"-separated ("shot|gunned down")
  const char* nouns;  // nominalizations, "|"-separated ("death|deaths")
  bool bare = true;   // the bare lemma is a trigger too (not "burn": "a burn rate"; not "jail")
};
constexpr EventLemmaRow kEventLemmas[] = {
    {"kill", "killing", "", "killing|killings"},
    {"murder", "killing", "", "murder|murders"},
    {"slay", "killing", "slain|slew", "slaying|slayings"},
    {"assassinate", "killing", "", "assassination"},
    {"execute", "killing", "hanged", "execution|executions"},
    {"shoot", "shooting", "shot|gunned down|shot dead|fired at|fired on|fired shots|firing at", "shooting|shootings|gunfire"},
    {"open fire", "shooting", "", ""},
    {"stab", "stabbing", "stabbed|stabbing", "stabbing|stabbings"},
    {"attack", "attack", "", "attack|attacks"},
    {"bomb", "attack", "", "bombing|bombings"},
    {"assault", "attack", "", "assault"},
    {"ambush", "attack", "", "ambush"},
    {"raid", "attack", "", "raid|raids"},
    {"explode", "explosion", "", "explosion|explosions|blast|blasts"},
    {"die", "death", "", "death|deaths|dead"},
    {"pass away", "death", "", ""},
    {"drown", "death", "", ""},
    {"injure", "injury", "", "injuries"},
    {"wound", "injury", "", ""},
    {"", "disaster", "", "earthquake|earthquakes|quake|tremor|aftershock|tsunami|landslide|avalanche"},
    {"erupt", "disaster", "", "eruption"},
    {"flood", "disaster", "", "flooding|floods"},
    {"burn", "fire", "burnt|burned down", "fire|fires|blaze|wildfire|wildfires|arson|inferno", false},
    {"catch fire", "fire", "caught fire", ""},
    {"set fire", "fire", "set fire|setting fire", ""},
    {"crash", "crash", "", "crash|crashes|accident|accidents"},
    {"collide", "crash", "", "collision"},
    {"derail", "crash", "", "derailment"},
    {"sink", "crash", "sank|sunk", "sinking"},
    {"collapse", "collapse", "", "collapse"},
    {"destroy", "damage", "", "destruction"},
    {"damage", "damage", "", ""},
    {"arrest", "arrest", "", "arrest|arrests"},
    {"detain", "arrest", "", "detention"},
    {"capture", "arrest", "", "capture"},
    {"apprehend", "arrest", "", ""},
    {"kidnap", "kidnapping", "kidnapped|kidnapping", "kidnapping|abduction"},
    {"abduct", "kidnapping", "", ""},
    {"charge", "charge", "charged with", ""},
    {"indict", "charge", "", "indictment"},
    {"accuse", "charge", "", "accusation|accusations"},
    {"convict", "verdict", "found guilty", "conviction|verdict"},
    {"acquit", "verdict", "acquitted", "acquittal"},
    {"sentence", "sentence", "", ""},
    {"jail", "sentence", "", "", false},
    {"imprison", "sentence", "", "imprisonment"},
    {"", "trial", "", "trial"},
    {"plead guilty", "plea", "pled guilty", "guilty plea"},
    {"sack", "dismissal", "fired|firing", "sacking"},
    {"oust", "dismissal", "", "ouster"},
    {"dismiss", "dismissal", "", "dismissal"},
    {"suspend", "suspension", "", "suspension"},
    {"resign", "resignation", "", "resignation"},
    {"quit", "resignation", "quit|quitting", ""},
    {"step down", "resignation", "stepped down|stepping down", ""},
    {"appoint", "appointment", "", "appointment"},
    {"hire", "appointment", "", "hiring", false},
    {"nominate", "appointment", "", "nomination"},
    {"elect", "election", "", "election|elections|re-election"},
    {"vote", "election", "", "vote|referendum"},
    {"acquire", "acquisition", "", "acquisition|takeover"},
    {"purchase", "acquisition", "", ""},
    {"merge", "acquisition", "", "merger"},
    {"buy", "acquisition", "bought", ""},
    {"release", "release", "freed", ""},
    {"win", "win", "won|winning", "victory|win"},
    {"defeat", "win", "", "defeat"},
    {"beat", "win", "beaten", ""},
    {"clinch", "win", "", ""},
    {"rescue", "rescue", "", "rescue"},
    {"evacuate", "evacuation", "", "evacuation"},
    {"hijack", "hijacking", "", "hijacking"},
    {"rob", "robbery", "robbed|robbing", "robbery|heist|theft"},
    {"steal", "robbery", "stole|stolen", ""},
    {"check into", "admission", "", ""},
    {"enter rehab", "admission", "", "rehab"},
    {"hospitalize", "admission", "hospitalised", ""},
    {"protest", "protest", "", "protest|protests|demonstration|demonstrations"},
    {"riot", "protest", "", "riot|riots"},
    {"go on strike", "strike", "went on strike", "walkout"},
    {"escape", "escape", "", "escape"},
    {"flee", "escape", "fled", ""},
    {"investigate", "investigation", "", "investigation|probe"},
    {"disrupt", "disruption", "", "disruption|outage|outages|blackout|blackouts|downtime"},
    {"discover", "discovery", "", "discovery"},
    {"lay off", "layoff", "laid off", "layoffs"},
    {"ban", "ban", "banned|banning", "ban"},
    {"approve", "approval", "", "approval"},
    {"file for bankruptcy", "bankruptcy", "", "bankruptcy"},
    {"announce", "announcement", "", ""},
    {"unveil", "announcement", "", ""},
    {"reveal", "announcement", "", ""},
    {"confirm", "announcement", "", "confirmation"},
    {"affirm", "announcement", "reaffirm|reaffirms|reaffirmed|reaffirming", "affirmation|reaffirmation"},
    {"offer", "offer", "", "offer|bid"},
};

// Lemma families whose subject undergoes the event (unaccusative verbs): "the actress died", "the
// plane crashed", "the building collapsed" name the patient, not the agent, before the verb.
constexpr const char* kUndergoerLemmas[] = {
    "die", "pass away", "drown", "explode", "erupt", "flood", "burn", "catch fire", "crash",
    "collide", "derail", "sink", "collapse", "check into", "enter rehab",
};

// Passive voice: an auxiliary before a verb trigger ("was shot", "has been charged", "got fired"),
// with the adverbs that may stand between them.
constexpr const char* kPassiveAuxiliaries[] = {
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting",
};
// Words before a form that is a noun or a verb ("attack", "arrest") that make it the noun ("the
// attack", "his arrest").
constexpr const char* kDeterminers[] = {
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "'s", "any", "no", "another", "each", "every", "first", "second", "latest", "last",
};
// Words before a participant's name that set its general role (Lexicon::RoleMarker): "by" the
// agent of a passive or a noun ("shot by police", "the arrest by FBI agents"), "of" the patient of
// a noun ("the killing of Page"), "a"/"an" a name that modifies the noun doing it ("a Michigan man").
struct RoleMarkerRow {
  const char* word;
  int payload;
};
constexpr RoleMarkerRow kRoleMarkers[] = {
    {"by", Lexicon::kAgentMarker}, {"of", Lexicon::kPatientMarker},
    {"a", Lexicon::kModifierLead},  {"an", Lexicon::kModifierLead},
};
// Objects of a speech verb that say nothing: "X said nothing after officers surrounded him",
// "would say little about it" (but "said nothing had changed" is a claim: a verb follows).
constexpr const char* kEmptyObjects[] = {
    "nothing", "nothing more", "nothing else", "anything", "anything more", "anything else",
    "little", "little more", "no more", "very little",
};

// The closed word classes of the claim rules (WordClass in lexicon.h).
constexpr const char* kObjectPrepositionWords[] = {"for", "of", "with", "by", "to", "at", "on", "in", "from", "between"};
constexpr const char* kAuxiliaryWords[] = {"is",  "are",   "was", "were",  "has",    "have", "had", "will", "would",
                                           "can", "could", "may", "might", "should", "does", "do",  "did"};
constexpr const char* kClauseVerbWords[] = {"is",  "are",  "was", "were", "will",  "would",   "does",    "do",      "did",
                                            "has", "have", "had", "can",  "could", "remains", "violates", "breaches"};
constexpr const char* kElidedAuxiliaryWords[] = {"does", "do",   "did",  "is",    "are", "was",
                                                 "has",  "have", "will", "would", "not", "n't"};
constexpr const char* kSpeakerStopWords[] = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "does", "do"};
constexpr const char* kDanglingEndWords[] = {"and", "but", "or", "that", "while", "so", "as", "which", "because"};
constexpr const char* kSubordinatorWords[] = {"because", "if", "although", "though", "while", "since", "unless", "when", "as"};
constexpr const char* kAfterCueNounWords[] = {"have", "has", "had", "is", "was", "are", "were", "in",
                                          "over", "between", "with", "of", "about", "and"};
constexpr const char* kStanceVerbWords[] = {"regard*", "view*",  "reject*", "believe*", "consider*", "dispute*", "deny*",
                                            "oppose*", "object*", "argue*", "insist*",  "complain*", "see*"};
constexpr const char* kSubjectlessOpenerWords[] = {"was", "were", "is", "are", "has", "have", "had", "will", "would"};
constexpr const char* kClauseOpenerWords[] = {"after", "before", "since", "when", "as", "while", "because", "although", "once"};
constexpr const char* kModalWords[] = {"may", "might", "could", "can", "should", "will", "would"};

struct WordClassTable {
  WordClass cls;
  const char* const* words;
  size_t size;
};
constexpr const char* kPriorMarkerWords[] = {"existing", "previous", "earlier", "original", "prior", "former"};
constexpr const char* kComplementizerWords[] = {"that"};
constexpr const char* kOutletDescriptorWords[] = {"newspaper", "paper", "magazine", "broadcaster", "daily",
                                                  "publication", "outlet", "tabloid"};
template <size_t N>
constexpr WordClassTable Table(WordClass cls, const char* const (&words)[N]) {
  return {cls, words, N};
}
constexpr WordClassTable kWordClasses[] = {
    Table(WordClass::kObjectPrepositions, kObjectPrepositionWords),
    Table(WordClass::kAuxiliaries, kAuxiliaryWords),
    Table(WordClass::kClauseVerbs, kClauseVerbWords),
    Table(WordClass::kElidedAuxiliaries, kElidedAuxiliaryWords),
    Table(WordClass::kSpeakerStops, kSpeakerStopWords),
    Table(WordClass::kDanglingEnds, kDanglingEndWords),
    Table(WordClass::kSubordinators, kSubordinatorWords),
    Table(WordClass::kAfterCueNoun, kAfterCueNounWords),
    Table(WordClass::kStanceVerbs, kStanceVerbWords),
    Table(WordClass::kSubjectlessOpeners, kSubjectlessOpenerWords),
    Table(WordClass::kClauseOpeners, kClauseOpenerWords),
    Table(WordClass::kModals, kModalWords),
    Table(WordClass::kPriorMarkers, kPriorMarkerWords),
    Table(WordClass::kOutletDescriptors, kOutletDescriptorWords),
    Table(WordClass::kComplementizers, kComplementizerWords),
};

// Word endings: a progressive form ("was killing": active) and an adverb ("was fatally shot").
constexpr const char kProgressiveEnding[] = "ing";
constexpr const char kAdverbEnding[] = "ly";
constexpr const char* kVoiceSkips[] = {
    "not", "n't", "never", "also", "then", "just", "already", "later", "since", "reportedly",
    "allegedly", "fatally", "critically", "seriously", "badly", "severely", "mortally", "finally",
    "eventually", "recently", "subsequently", "immediately", "officially", "formally", "briefly",
};

// Phrases that start with a trigger's form but tell no event: matched first (the longest phrase
// wins) and dropped.
constexpr const char* kTriggerBlocks[] = {
    "press release", "news release", "charge of", "in charge", "free to", "release date",
    "attack ad", "death toll", "death penalty", "death row", "dead end", "dead heat", "under fire",
    "fire chief", "fire department", "fire departments", "fire brigade", "fire fighters", "fire station",
    "fire truck", "fire trucks", "fire engine", "fire crews", "fire officials", "fire service", "fire alarm",
    "fire marshal", "fire safety", "fire exit", "fired up", "firing squad", "fire sale",
};

// Verbs that turn a noun trigger into an event ("signed an agreement", "concluded a deal").
constexpr const char* kActionVerbs[] = {
    "signed", "struck", "concluded", "reached", "inked", "agreed", "announced", "expand", "expanded",
    "entered", "closed", "finalized", "made", "striking",
};

// Present or progressive markers: an event told in the present is dated by the article.
constexpr const char* kPresentMarkers[] = {
    "is", "are", "threatens", "weighing", "considering", "contemplating", "currently", "now",
    "underway", "engaged", "raising", "not ruling out", "not ruled out",
};
// Longer phrases starting like a present marker that tell a plan, not the present: "AWS is to
// invest $50 billion" restates an arrangement made earlier, so the article's date is not its date.
constexpr const char* kNotPresent[] = {"is to", "are to", "is set to", "are set to"};

// Finite verbs and auxiliaries that open a clause of their own: a date after one of them, between
// it and an event trigger, belongs to that verb ("legal action over the deal the two companies
// announced last month"). Regular past forms after a subject are recognized without a list.
constexpr const char* kClauseVerbs[] = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "must", "should", "did", "does", "said", "says", "told", "reported", "announced", "unveiled",
    "signed", "agreed", "called", "described", "became", "made", "put", "gave", "took", "kept", "struck",
    "reached", "launched", "invested", "sued", "filed", "released", "published", "revealed", "disclosed",
    "confirmed", "completed", "closed", "began", "started", "ended", "raised", "won", "lost",
};
// Prepositions: after one, a noun phrase other than the trigger begins ("legal action against
// OpenAI over the deal ..."), so a verb that follows is not the trigger's own.
constexpr const char* kPrepositions[] = {
    "against", "over", "with", "for", "of", "in", "on", "at", "to", "by", "from", "about", "into",
    "under", "between", "among", "amid", "through", "without", "like",
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// PhraseSet
// ---------------------------------------------------------------------------------------------

namespace {
// Splits a phrase with the same tokenizer as the text ("co-create" -> co, -, create); a '*'
// right after a word makes it a prefix pattern.
std::vector<std::string> SplitWords(std::string_view phrase) {
  std::vector<std::string> words;
  std::vector<Token> tokens = Tokenize(phrase, {0, static_cast<uint32_t>(phrase.size())});
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].IsPunct('*') && !words.empty() && i > 0 && tokens[i - 1].span.end == tokens[i].span.begin) {
      words.back().push_back('*');
      continue;
    }
    words.push_back(tokens[i].lower);
  }
  return words;
}
}  // namespace

void PhraseSet::Add(std::string_view phrase, int payload) {
  Entry e;
  e.words = SplitWords(phrase);
  e.payload = payload;
  if (e.words.empty()) return;
  const std::string& first = e.words[0];
  std::vector<Entry>& bucket = (first.size() > 1 && first.back() == '*') ? prefixed_ : by_first_[first];
  for (Entry& old : bucket) {
    if (old.words == e.words) {
      old.payload = payload;
      return;
    }
  }
  bucket.push_back(std::move(e));
  ++size_;
}

bool PhraseSet::WordMatches(const std::string& pattern, const std::string& token) {
  if (pattern.size() > 1 && pattern.back() == '*') {
    return token.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  }
  return pattern == token;
}

size_t PhraseSet::MatchEntry(const Entry& e, const std::vector<Token>& tokens, size_t i) const {
  if (i + e.words.size() > tokens.size()) return 0;
  for (size_t k = 0; k < e.words.size(); ++k) {
    if (!WordMatches(e.words[k], tokens[i + k].lower)) return 0;
  }
  return e.words.size();
}

size_t PhraseSet::MatchAt(const std::vector<Token>& tokens, size_t i, int* payload) const {
  if (i >= tokens.size()) return 0;
  size_t best = 0;
  auto consider = [&](const std::vector<Entry>& bucket) {
    for (const Entry& e : bucket) {
      size_t n = MatchEntry(e, tokens, i);
      if (n > best) {
        best = n;
        if (payload) *payload = e.payload;
      }
    }
  };
  auto it = by_first_.find(tokens[i].lower);
  if (it != by_first_.end()) consider(it->second);
  if (!prefixed_.empty()) consider(prefixed_);
  return best;
}

// ---------------------------------------------------------------------------------------------
// Lexicon
// ---------------------------------------------------------------------------------------------

namespace {

bool EndsWith(const std::string& word, std::string_view ending, size_t min_stem) {
  return word.size() >= ending.size() + min_stem && word.compare(word.size() - ending.size(), ending.size(), ending) == 0;
}

}  // namespace

bool Lexicon::IsProgressive(const std::string& word) { return EndsWith(word, kProgressiveEnding, 1); }
bool Lexicon::IsAdverb(const std::string& word) { return EndsWith(word, kAdverbEnding, 3); }

bool Lexicon::IsReportHedge(std::string_view phrase) const {
  const std::vector<Token> tokens = Tokenize(phrase, {0, static_cast<uint32_t>(phrase.size())});
  int payload = 0;
  return !tokens.empty() && hedges_.MatchAt(tokens, 0, &payload) == tokens.size() &&
         (payload == kReportHedge || payload == kUnnamedReportHedge);
}

int Lexicon::AddCue(std::string_view phrase, CueInfo info) {
  cue_infos_.push_back(info);
  int id = static_cast<int>(cue_infos_.size() - 1);
  cues_.Add(phrase, id);
  return id;
}

int Lexicon::AddTrigger(std::string_view phrase, std::string type, bool needs_support, std::string lemma,
                        TriggerForm form) {
  event_types_.push_back(std::move(type));
  trigger_needs_support_.push_back(needs_support);
  trigger_lemmas_.push_back(std::move(lemma));
  trigger_forms_.push_back(form);
  int id = static_cast<int>(event_types_.size() - 1);
  triggers_.Add(phrase, id);
  return id;
}

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The regular inflections of a verb: "kill" -> kills, killed, killing; "die" -> dies, died,
// dying; "try" -> tries, tried, trying; "crash" -> crashes. Doubled consonants ("stabbed") and
// irregular forms are listed in the table instead.
std::vector<std::string> RegularForms(const std::string& verb) {
  const char last = verb.back();
  const bool consonant_y = last == 'y' && verb.size() > 1 && !IsVowel(verb[verb.size() - 2]);
  const bool sibilant = last == 's' || last == 'x' || last == 'z' || (verb.size() > 1 && (verb.compare(verb.size() - 2, 2, "ch") == 0 || verb.compare(verb.size() - 2, 2, "sh") == 0));
  const std::string stem_y = verb.substr(0, verb.size() - 1);
  std::vector<std::string> out = {verb};
  out.push_back(consonant_y ? stem_y + "ies" : sibilant ? verb + "es" : verb + "s");
  out.push_back(consonant_y ? stem_y + "ied" : last == 'e' ? verb + "d" : verb + "ed");
  const bool ie = verb.size() > 2 && verb.compare(verb.size() - 2, 2, "ie") == 0;
  const bool silent_e = last == 'e' && verb.size() > 2 && verb[verb.size() - 2] != 'e';
  out.push_back(ie ? verb.substr(0, verb.size() - 2) + "ying" : silent_e ? stem_y + "ing" : verb + "ing");
  return out;
}

std::vector<std::string> SplitOn(std::string_view text, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find(sep, start), text.size());
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

// Every form of a lemma family as a trigger of `type` whose lemma is the family's: the verb's
// regular forms (a phrasal verb inflects its first word; the bare lemma only when `bare`), the
// listed forms, the nouns.
void Lexicon::AddLemmaFamily(std::string_view lemma, const std::string& type, std::string_view forms,
                             std::string_view nouns, bool bare) {
  const std::vector<std::string> noun_list = SplitOn(nouns, '|');
  const std::string family = !lemma.empty() ? std::string(lemma) : noun_list.empty() ? type : noun_list.front();
  std::vector<std::pair<std::string, TriggerForm>> all;  // in order, one entry per phrase
  auto add = [&all](const std::string& phrase, TriggerForm form) {
    for (auto& [p, f] : all) {
      if (p != phrase) continue;
      if (f != form) f = TriggerForm::kEither;
      return;
    }
    all.emplace_back(phrase, form);
  };
  if (!lemma.empty()) {
    const size_t space = lemma.find(' ');
    const std::string head(lemma.substr(0, space));
    const std::string rest = space == std::string_view::npos ? "" : std::string(lemma.substr(space));
    for (const std::string& form : RegularForms(head)) {
      if (bare || form != head) add(form + rest, TriggerForm::kVerb);
    }
  }
  for (const std::string& form : SplitOn(forms, '|')) add(form, TriggerForm::kVerb);
  for (const std::string& noun : noun_list) add(noun, TriggerForm::kNoun);
  for (const auto& [phrase, form] : all) AddTrigger(phrase, type, false, family, form);
  people_take_part_.insert(type);
}

Lexicon::Lexicon() {
  for (const CueRow& r : kCues) AddCue(r.phrase, CueInfo{r.kind, r.inverts, r.blocked, r.outlet_subject, r.needs_that, r.takes_listener,
                                                     r.value_only, r.name_after});
  for (const char* w : kSpeakerSkips) speaker_skips_.Add(w, 0);
  for (const char* w : kTrailers) trailers_.Add(w, 0);
  for (const AdjunctStartRow& r : kAdjunctStarts) adjunct_starts_.Add(r.word, r.payload);
  for (const char* w : kTimeNouns) time_nouns_.Add(w, 0);
  for (const char* w : kFiniteAuxiliaries) finite_auxiliaries_.Add(w, 0);
  for (const char* w : kPersonWords) person_words_.Add(w, 0);
  for (const char* w : kSpeakingBodies) speaking_bodies_.Add(w, 0);
  for (const char* w : kRelativeOpeners) relative_openers_.Add(w, 0);
  for (const char* w : kCoordinators) coordinators_.Add(w, 0);
  for (const char* w : kNameArticles) name_articles_.Add(w, 0);
  for (const char* w : kMediaWords) media_words_.Add(w, 0);
  for (const char* w : kSpeakerLeads) speaker_leads_.Add(w, 0);
  for (const char* w : kAmountLinks) amount_links_.Add(w, 0);
  for (const char* w : kChangeVerbs) change_verbs_.Add(w, 0);
  for (const RolePrepositionRow& r : kRolePrepositions) role_prepositions_.Add(r.phrase, r.payload);
  for (const char* h : kHedges) hedges_.Add(h, 0);
  for (const char* h : kReportHedges) hedges_.Add(h, kReportHedge);
  for (const char* h : kUnnamedReportHedges) hedges_.Add(h, kUnnamedReportHedge);
  for (const char* h : kUnnamedSourceHedges) hedges_.Add(h, kUnnamedSourceHedge);
  for (const char* n : kNegations) negations_.Add(n, 0);
  for (const char* a : kAffirmations) affirmations_.Add(a, 0);
  for (const char* u : kUnnamedSpeakers) unnamed_.Add(u, 0);
  for (const PronounRow& p : kPronouns) pronouns_.Add(p.phrase, p.payload);
  for (const char* b : kClauseBoundaries) clause_boundaries_.Add(b, 0);
  for (const char* c : kConditionals) conditionals_.Add(c, 0);
  for (const BarrierRow& b : kParticipantBarriers) participant_barriers_.Add(b.word, b.payload);
  for (const char* q : kQuestions) questions_.Add(q, 0);
  for (const char* r : kReportNouns) report_nouns_.Add(r, 0);
  for (const RelayRow& r : kRelays) relays_.Add(r.phrase, static_cast<int>(r.kind));
  for (const char* s : kStopWords) stop_words_.Add(s, 0);
  for (const char* e : kEnumeration) enumeration_.Add(e, 0);
  for (const EventLemmaRow& r : kEventLemmas) AddLemmaFamily(r.lemma, r.type, r.forms, r.nouns, r.bare);
  for (const TriggerRow& t : kTriggers) AddTrigger(t.phrase, t.type, t.needs_support);
  for (const char* b : kTriggerBlocks) AddTrigger(b, "", false);
  for (const FactualityRow& f : kFactualityCues) factuality_cues_.Add(f.phrase, static_cast<int>(f.factuality));
  for (const char* w : kProgressiveAuxiliaries) progressive_auxiliaries_.Add(w, 0);
  for (const char* v : kActionVerbs) action_verbs_.Add(v, 0);
  for (const char* p : kPresentMarkers) present_markers_.Add(p, 0);
  for (const char* p : kNotPresent) present_markers_.Add(p, 1);
  for (const char* v : kClauseVerbs) clause_verbs_.Add(v, 0);
  for (const char* w : kPrepositions) prepositions_.Add(w, 0);
  for (const char* w : kPassiveAuxiliaries) passive_auxiliaries_.Add(w, 0);
  for (const char* w : kVoiceSkips) voice_skips_.Add(w, 0);
  for (const char* w : kDeterminers) determiners_.Add(w, 0);
  for (const char* w : kEmptyObjects) empty_objects_.Add(w, 0);
  for (const WordClassTable& table : kWordClasses) {
    for (size_t k = 0; k < table.size; ++k) word_classes_[static_cast<size_t>(table.cls)].Add(table.words[k], 0);
  }
  for (const RoleMarkerRow& r : kRoleMarkers) role_markers_.Add(r.word, r.payload);
  for (const char* w : kUndergoerLemmas) undergoer_lemmas_.insert(w);
}

namespace {

std::string Path(std::string_view section, size_t i, std::string_view field = {}) {
  std::ostringstream os;
  os << section << "[" << i << "]";
  if (!field.empty()) os << "." << field;
  return os.str();
}

// Reads a string array field; empty when absent. Returns false (and sets *error) on a bad type.
bool StringList(const nlohmann::json& obj, const char* field, const std::string& where,
                std::vector<std::string>* out, std::string* error) {
  auto it = obj.find(field);
  if (it == obj.end()) return true;
  if (it->is_string()) {
    out->push_back(it->get<std::string>());
    return true;
  }
  if (!it->is_array()) {
    *error = where + "." + field + ": expected an array of strings";
    return false;
  }
  for (size_t k = 0; k < it->size(); ++k) {
    if (!(*it)[k].is_string()) {
      *error = where + "." + field + "[" + std::to_string(k) + "]: expected a string";
      return false;
    }
    out->push_back((*it)[k].get<std::string>());
  }
  return true;
}

}  // namespace

namespace {

// One pack cue: a phrase, or {"phrase", "kind": verb|view|according_to|passive, "inverts"}.
Status ReadCue(const nlohmann::json& c, size_t i, std::string* phrase, CueInfo* info) {
  if (c.is_string()) {
    *phrase = c.get<std::string>();
    return Status::OK();
  }
  if (!c.is_object() || !c.contains("phrase") || !c["phrase"].is_string())
    return Status::InvalidArgument(Path("lexicon.cues", i) + ": expected a string or {\"phrase\": ...}");
  const std::string kind = c.value("kind", "verb");
  if (kind == "verb") info->kind = CueKind::kVerb;
  else if (kind == "view") info->kind = CueKind::kView;
  else if (kind == "according_to") info->kind = CueKind::kAccordingTo;
  else if (kind == "passive") info->kind = CueKind::kPassive;
  else
    return Status::InvalidArgument(Path("lexicon.cues", i, "kind") + ": expected verb|view|according_to|passive, got \"" +
                                   kind + "\"");
  if (auto inv = c.find("inverts"); inv != c.end()) {
    if (!inv->is_boolean()) return Status::InvalidArgument(Path("lexicon.cues", i, "inverts") + ": expected a boolean");
    info->inverts = inv->get<bool>();
  }
  *phrase = c["phrase"].get<std::string>();
  return Status::OK();
}

// One pack topic: {"id", "label", "proposition", "kind": stance|value, "terms", "asserts",
// "denies", "entities", "quantity_words", "min_score"}.
Status ReadTopic(const nlohmann::json& t, const std::string& where, TopicDef* def) {
  std::string error;
  if (!t.is_object()) return Status::InvalidArgument(where + ": expected an object");
  if (!t.contains("id") || !t["id"].is_string() || t["id"].get<std::string>().empty())
    return Status::InvalidArgument(where + ".id: expected a non-empty string");
  def->id = t["id"].get<std::string>();
  if (def->id.rfind("t:", 0) == 0) return Status::InvalidArgument(where + ".id: \"t:\" is reserved for fallback topic keys");
  for (const char* f : {"label", "proposition"}) {
    if (t.contains(f) && !t[f].is_string()) return Status::InvalidArgument(where + "." + f + ": expected a string");
  }
  def->label = t.value("label", def->id);
  def->proposition = t.value("proposition", "");
  const std::string kind = t.value("kind", "stance");
  if (kind != "stance" && kind != "value")
    return Status::InvalidArgument(where + ".kind: expected stance|value, got \"" + kind + "\"");
  def->value_topic = kind == "value";
  std::vector<std::string> terms, asserts, denies;
  if (!StringList(t, "terms", where, &terms, &error) || !StringList(t, "asserts", where, &asserts, &error) ||
      !StringList(t, "denies", where, &denies, &error) || !StringList(t, "entities", where, &def->entities, &error) ||
      !StringList(t, "quantity_words", where, &def->quantity_words, &error))
    return Status::InvalidArgument(error);
  if (terms.empty() && asserts.empty() && denies.empty())
    return Status::InvalidArgument(where + ": a topic needs at least one of terms, asserts, denies");
  for (const std::string& s : terms) def->terms.Add(s, 0);
  for (const std::string& s : asserts) def->asserts.Add(s, 0);
  for (const std::string& s : denies) def->denies.Add(s, 0);
  if (auto ms = t.find("min_score"); ms != t.end()) {
    if (!ms->is_number_integer()) return Status::InvalidArgument(where + ".min_score: expected an integer");
    def->min_score = ms->get<int>();
  }
  return Status::OK();
}

}  // namespace

// "lexicon": {"cues": [{"phrase", "kind", "inverts"}], "hedges": [...], "negations": [...],
//             "unnamed_speakers": [...], "report_nouns": [...], "stop_words": [...]}
Status Lexicon::ExtendWords(const nlohmann::json& lexicon) {
  if (!lexicon.is_object()) return Status::InvalidArgument("lexicon: expected an object");
  if (auto it = lexicon.find("cues"); it != lexicon.end()) {
    if (!it->is_array()) return Status::InvalidArgument("lexicon.cues: expected an array");
    for (size_t i = 0; i < it->size(); ++i) {
      std::string phrase;
      CueInfo info;
      if (Status s = ReadCue((*it)[i], i, &phrase, &info); !s.ok()) return s;
      AddCue(phrase, info);
    }
  }
  struct ListField {
    const char* name;
    PhraseSet* set;
  } lists[] = {{"hedges", &hedges_},           {"negations", &negations_},
               {"unnamed_speakers", &unnamed_}, {"report_nouns", &report_nouns_},
               {"stop_words", &stop_words_}};
  std::string error;
  for (const ListField& f : lists) {
    std::vector<std::string> words;
    if (!StringList(lexicon, f.name, "lexicon", &words, &error)) return Status::InvalidArgument(error);
    for (const std::string& w : words) f.set->Add(w, 0);
  }
  return Status::OK();
}

// "event_triggers": [{"type": "restructuring", "phrases": ["recapitalization"], "needs_support": false}]
Status Lexicon::ExtendTriggers(const nlohmann::json& event_triggers) {
  if (!event_triggers.is_array()) return Status::InvalidArgument("event_triggers: expected an array");
  std::string error;
  for (size_t i = 0; i < event_triggers.size(); ++i) {
    const nlohmann::json& t = event_triggers[i];
    const std::string where = Path("event_triggers", i);
    if (!t.is_object()) return Status::InvalidArgument(where + ": expected an object");
    if (!t.contains("type") || !t["type"].is_string()) return Status::InvalidArgument(where + ".type: expected a string");
    std::vector<std::string> phrases;
    if (!StringList(t, "phrases", where, &phrases, &error) || !StringList(t, "phrase", where, &phrases, &error))
      return Status::InvalidArgument(error);
    if (phrases.empty()) return Status::InvalidArgument(where + ".phrases: expected at least one phrase");
    bool needs_support = false;
    if (auto ns = t.find("needs_support"); ns != t.end()) {
      if (!ns->is_boolean()) return Status::InvalidArgument(where + ".needs_support: expected a boolean");
      needs_support = ns->get<bool>();
    }
    for (const std::string& p : phrases) AddTrigger(p, t["type"].get<std::string>(), needs_support);
  }
  return Status::OK();
}

Status Lexicon::ExtendTopics(const nlohmann::json& topics) {
  if (!topics.is_array()) return Status::InvalidArgument("topics: expected an array");
  for (size_t i = 0; i < topics.size(); ++i) {
    TopicDef def;
    if (Status s = ReadTopic(topics[i], Path("topics", i), &def); !s.ok()) return s;
    topics_.push_back(std::move(def));
  }
  return Status::OK();
}

Status Lexicon::Extend(const nlohmann::json* lexicon, const nlohmann::json* event_triggers,
                       const nlohmann::json* topics) {
  if (lexicon && !lexicon->is_null()) {
    if (Status s = ExtendWords(*lexicon); !s.ok()) return s;
  }
  if (event_triggers && !event_triggers->is_null()) {
    if (Status s = ExtendTriggers(*event_triggers); !s.ok()) return s;
  }
  if (topics && !topics->is_null()) {
    if (Status s = ExtendTopics(*topics); !s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace extract
}  // namespace newsline
