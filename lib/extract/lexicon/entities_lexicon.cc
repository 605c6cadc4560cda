// Word lists for entity discovery and quantity extraction (see entities_lexicon.h).
#include "extract/lexicon/entities_lexicon.h"

#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace newsline {
namespace entities {
namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& CommonCapitalized() {
  static const WordSet kWords = {
      // Articles, pronouns, determiners, conjunctions, prepositions.
      "a", "an", "the", "this", "that", "these", "those", "it", "its", "it's", "he", "she", "we",
      "they", "i", "you", "his", "her", "our", "their", "my", "your", "them", "us", "one", "some",
      "any", "all", "both", "each", "every", "no", "not", "none", "many", "most", "much", "more",
      "few", "several", "other", "another", "such", "and", "or", "but", "nor", "so", "yet", "if",
      "as", "at", "by", "for", "from", "in", "into", "of", "on", "onto", "to", "with", "without",
      "within", "about", "above", "after", "against", "along", "among", "around", "before",
      "behind", "below", "beneath", "beside", "between", "beyond", "despite", "during", "except",
      "inside", "like", "near", "off", "over", "past", "since", "than", "through", "throughout",
      "toward", "towards", "under", "unlike", "until", "up", "upon", "via", "versus", "vs",
      "while", "whilst", "when", "where", "whether", "which", "who", "whom", "whose", "why", "how",
      "what", "because", "although", "though", "unless", "once", "there", "here", "then", "now",
      // Sentence adverbs and discourse markers.
      "however", "meanwhile", "moreover", "furthermore", "additionally", "also", "still", "even",
      "indeed", "instead", "otherwise", "therefore", "thus", "hence", "so", "overall", "finally",
      "lastly", "next", "later", "earlier", "recently",
      "currently", "clearly", "ultimately", "eventually", "initially", "previously", "today",
      "yesterday", "tomorrow", "tonight", "perhaps", "maybe", "probably", "possibly", "reportedly",
      "apparently", "notably", "importantly", "specifically", "similarly", "likewise",
      "nevertheless", "nonetheless", "regardless", "accordingly", "consequently", "besides",
      "according", "following", "including", "regarding", "concerning", "given", "based",
      "unnamed", "sources", "source", "officials", "analysts", "executives", "experts", "critics",
      "investors", "people", "customers", "companies", "users", "reports", "report", "summary",
      "advertisement", "comments", "comment", "related", "read", "more", "see", "also", "click",
      "share", "subscribe", "sign", "login", "log", "please", "join", "want", "post", "go",
      "discover", "learn", "watch", "listen", "updated", "published", "posted", "author", "by",
      "photo", "image", "video", "source", "yes", "okay", "ok", "well", "oh", "mr", "mrs", "ms",
      "dr", "faced", "presented", "asked", "told", "said", "says", "is", "are", "was", "were",
      "be", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may",
      "might", "must", "should", "shall",
      "concerns", "tensions", "shares", "sales", "profit", "net", "revenue", "revenues",
      "total", "average", "note", "notes", "end", "editing", "reporting", "writing"};
  return kWords;
}

const WordSet& MonthsAndDays() {
  static const WordSet kWords = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
      "sun", "spring", "summer", "autumn", "fall", "winter"};
  return kWords;
}

const WordSet& PersonTitles() {
  static const WordSet kWords = {
      "ceo", "cfo", "coo", "cto", "chief", "chairman", "chairwoman", "chairperson", "chair",
      "president", "vice", "minister", "secretary", "senator", "sen", "rep", "representative",
      "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "director",
      "analyst", "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "miss", "dr",
      "prof", "professor", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess",
      "pope", "gen", "colonel", "col", "chancellor", "premier", "treasurer", "founder",
      "cofounder", "co-founder", "economist", "commissioner", "ambassador", "deputy", "boss",
      "head", "leader", "officer", "executive", "fellow", "partner", "lawyer", "attorney",
      "sheikh", "prime", "speaker", "envoy", "delegate", "manager",
      // Police and military ranks, clergy: "Lt. Gerry Smith", "Sheriff Joe Doe".
      "lt", "lieutenant", "sgt", "sergeant", "capt", "captain", "cmdr", "commander", "adm",
      "admiral", "maj", "det", "detective", "insp", "inspector", "supt", "superintendent", "cpl",
      "corporal", "sheriff", "constable", "trooper", "rev", "reverend"};
  return kWords;
}

const WordSet& RoleNouns() {
  static const WordSet kWords = {
      "fellow", "analyst", "executive", "officer", "president", "director", "professor",
      "economist", "partner", "founder", "cofounder", "spokesman", "spokeswoman", "spokesperson",
      "chairman", "chairwoman", "chief", "head", "manager", "researcher", "minister", "secretary",
      "senator", "governor", "lawyer", "attorney", "consultant", "principal", "strategist",
      "editor", "reporter", "correspondent", "author", "ceo", "cfo", "cto", "coo", "vp",
      "lead", "engineer", "scientist", "adviser", "advisor", "member", "leader", "commissioner",
      "trader", "dealer", "banker", "official", "governor", "chancellor", "treasurer", "founder"};
  return kWords;
}

const WordSet& OrganizationSuffixes() {
  static const WordSet kWords = {
      "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc",
      "llc", "lp", "llp", "ag", "sa", "nv", "bv", "gmbh", "spa", "group", "holdings", "holding",
      "partners", "bank", "bancorp", "association", "organization", "organisation", "institute",
      "university", "agency", "ministry", "department", "commission", "council", "committee",
      "federation", "union", "fund", "exchange", "party", "board", "authority", "foundation",
      "trust", "society", "court", "reserve", "airlines", "airways", "motors", "industries",
      "technologies", "systems", "capital", "securities", "research", "services", "networks",
      "communications", "labs", "laboratories", "energy", "petroleum", "oil", "resources",
      "insurance", "financial", "investments", "ventures", "enterprises", "international",
      "office", "bureau", "congress", "parliament", "senate", "cabinet", "treasury", "times",
      "post", "journal", "news", "press", "network", "platforms", "pharmaceuticals", "mining",
      "steel", "chemicals", "electric", "telecom", "bancshares", "cooperative", "coop", "chamber",
      "school", "college", "academy", "church", "army", "navy", "police", "forces", "nations"};
  return kWords;
}

const WordSet& LegalForms() {
  static const WordSet kWords = {"inc",  "incorporated", "corp", "corporation", "co", "company", "ltd",
                                 "limited", "plc", "llc", "lp",  "llp",  "ag", "sa", "nv",
                                 "bv",   "gmbh",  "spa", "cos"};
  return kWords;
}

const WordSet& NameConnectors() {
  static const WordSet kWords = {"of", "for", "de", "du", "des", "der", "den", "van", "von",
                                 "la", "le", "del", "da", "di", "&", "y", "bin", "al"};
  return kWords;
}

const WordSet& NonNameAcronyms() {
  static const WordSet kWords = {
      "ai", "api", "apis", "ip", "ceo", "cfo", "coo", "cto", "ceos", "llm", "llms", "ipo", "gdp",
      "tv", "pc", "ok", "am", "pm", "gmt", "est", "edt", "pst", "pdt", "utc", "usd", "fy", "hq",
      "it", "pr", "hr", "vp", "faq", "pdf", "url", "html", "i", "ii", "iii", "iv", "a", "q",
      "vs", "nb", "ps", "etc", "ad", "bc", "mln", "bln", "dlrs", "pct", "gw", "mw", "kw", "rpt",
      "cts", "shr", "qtr", "avg", "revs", "oper", "nil", "vs", "the", "and", "of", "for", "to", "in", "on", "at", "by", "or",
      "an", "is", "be", "no", "not", "new", "says", "said", "will", "may", "as", "us$", "x",
      "saas", "iaas", "paas", "b2b", "b2c", "diy", "ev", "evs", "ui", "ux", "os", "cpu", "gpu",
      "gpus", "cpus", "ram", "ssd", "usb", "sms", "gps", "ar", "vr", "ml", "nlp", "rss", "id",
      "ids", "dna", "covid", "ama", "tl", "dr", "rt", "lol", "omg"};
  return kWords;
}

const WordSet& Abbreviations() {
  static const WordSet kWords = {"mr",   "mrs",  "ms",   "dr",   "prof", "sr",  "jr",   "st",
                                 "inc",  "corp", "co",   "ltd",  "vs",   "gen", "col",  "sen",
                                 "rep",  "gov",  "no",   "jan",  "feb",  "mar", "apr",  "jun",
                                 "jul",  "aug",  "sep",  "sept", "oct",  "nov", "dec",  "mt",
                                 "ft",   "bros", "dept", "est",  "approx", "fig", "cos",
                                 "lt",   "sgt",  "capt", "cmdr", "adm",  "maj", "det",  "insp",
                                 "supt", "cpl",  "rev"};
  return kWords;
}

template <typename V>
using WordMap = std::unordered_map<std::string_view, V>;

const WordMap<double>& Scales() {
  static const WordMap<double> kMap = {
      {"thousand", 1e3}, {"k", 1e3},         {"million", 1e6}, {"mln", 1e6}, {"mn", 1e6},
      {"m", 1e6},        {"mil", 1e6},       {"billion", 1e9}, {"bln", 1e9}, {"bn", 1e9},
      {"b", 1e9},        {"trillion", 1e12}, {"tn", 1e12},     {"trn", 1e12}, {"tln", 1e12}};
  return kMap;
}

const WordMap<double>& VagueScales() {
  static const WordMap<double> kMap = {{"tens", 10},          {"dozens", 12},
                                       {"hundreds", 100},     {"thousands", 1e3},
                                       {"millions", 1e6},     {"billions", 1e9},
                                       {"trillions", 1e12},   {"multibillion", 1e9},
                                       {"multimillion", 1e6}, {"multitrillion", 1e12}};
  return kMap;
}

const WordMap<const char*>& Currencies() {
  static const WordMap<const char*> kMap = {
      {"$", "USD"},       {"us$", "USD"},      {"usd", "USD"},    {"dollar", "USD"},
      {"dollars", "USD"}, {"dlr", "USD"},      {"dlrs", "USD"},   {"£", "GBP"},
      {"gbp", "GBP"},     {"pound", "GBP"},    {"pounds", "GBP"}, {"sterling", "GBP"},
      {"stg", "GBP"},     {"€", "EUR"},        {"eur", "EUR"},    {"euro", "EUR"},
      {"euros", "EUR"},   {"¥", "JPY"},        {"yen", "JPY"},    {"jpy", "JPY"},
      {"yuan", "CNY"},    {"renminbi", "CNY"}, {"cny", "CNY"},    {"rupees", "INR"},
      {"rupee", "INR"},   {"₹", "INR"},        {"inr", "INR"},    {"francs", "CHF"},
      {"chf", "CHF"},     {"marks", "DEM"},    {"guilders", "NLG"}, {"lire", "ITL"}};
  return kMap;
}

const WordMap<double>& PowerUnits() {
  static const WordMap<double> kMap = {
      {"w", 1},          {"watt", 1},           {"watts", 1},         {"kw", 1e3},
      {"kilowatt", 1e3}, {"kilowatts", 1e3},    {"mw", 1e6},          {"megawatt", 1e6},
      {"megawatts", 1e6}, {"gw", 1e9},          {"gigawatt", 1e9},    {"gigawatts", 1e9},
      {"tw", 1e12},      {"terawatt", 1e12},    {"terawatts", 1e12}};
  return kMap;
}

const WordMap<char>& DurationUnits() {
  static const WordMap<char> kMap = {
      {"year", 'Y'},  {"years", 'Y'},  {"yr", 'Y'},    {"yrs", 'Y'},    {"month", 'M'},
      {"months", 'M'}, {"week", 'W'},  {"weeks", 'W'}, {"day", 'D'},    {"days", 'D'},
      {"decade", 'X'}, {"decades", 'X'}, {"quarter", 'Q'}, {"quarters", 'Q'}};
  return kMap;
}

const WordMap<double>& NumberWords() {
  static const WordMap<double> kMap = {
      {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},     {"five", 5},
      {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},     {"ten", 10},
      {"eleven", 11},   {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},   {"forty", 40},     {"fifty", 50},    {"sixty", 60},   {"seventy", 70},
      {"eighty", 80},   {"ninety", 90},    {"hundred", 100}, {"dozen", 12}};
  return kMap;
}

const WordSet& VagueQuantifiers() {
  // "some 30" is an approximation (QualifierPhrases), not a vague amount.
  static const WordSet kWords = {"several", "few",     "many",  "multiple",
                                 "numerous", "various", "tens", "dozens",   "hundreds"};
  return kWords;
}

const WordSet& PercentWords() {
  static const WordSet kWords = {"percent", "pct", "%", "percentage", "per"};
  return kWords;
}

const WordSet& QualifiedNouns() {
  static const WordSet kWords = {
      "agreement", "agreements", "deal", "deals", "investment", "investments", "partnership",
      "contract", "contracts", "stake", "fine", "fines", "loan", "loans", "offering", "ipo",
      "acquisition", "merger", "takeover", "bid", "offer", "revenue", "revenues", "sales",
      "profit", "profits", "loss", "losses", "income", "earnings", "funding", "round", "raise",
      "valuation", "commitment", "budget", "spending", "capex", "payment", "payments",
      "settlement", "damages", "penalty", "lawsuit", "package", "program", "programme", "plan",
      "purchase", "order", "orders", "contract", "debt", "bond", "bonds", "credit", "facility",
      "capacity", "demand", "power", "compute", "project", "dividend", "dividends", "tax",
      "taxes", "tariff", "tariffs", "subsidy", "subsidies", "grant", "aid", "reserves",
      "deficit", "surplus", "exports", "imports", "output", "production", "cost", "costs",
      "price", "prices", "salary", "bonus", "buyback", "expansion", "initiative", "venture",
      "infrastructure", "datacenter", "datacenters", "centers", "centres", "share", "shares",
      "market", "valuations", "injection", "bailout", "sale", "transaction", "arrangement"};
  return kWords;
}

const WordMap<const char*>& QualifyingVerbs() {
  static const WordMap<const char*> kMap = {
      {"invest", "investment"},    {"invests", "investment"},  {"invested", "investment"},
      {"investing", "investment"}, {"pay", "payment"},         {"pays", "payment"},
      {"paid", "payment"},         {"paying", "payment"},      {"raise", "funding"},
      {"raised", "funding"},       {"raising", "funding"},     {"raises", "funding"},
      {"value", "valuation"},      {"valued", "valuation"},    {"valuing", "valuation"},
      {"spend", "spending"},       {"spent", "spending"},      {"spending", "spending"},
      {"lend", "loan"},            {"lent", "loan"},           {"borrow", "loan"},
      {"borrowed", "loan"},        {"fined", "fine"},          {"buy", "acquisition"},
      {"bought", "acquisition"},   {"acquire", "acquisition"}, {"acquired", "acquisition"},
      {"earn", "earnings"},        {"earned", "earnings"},     {"lost", "loss"},
      {"owe", "debt"},             {"owes", "debt"},           {"commit", "commitment"},
      {"committed", "commitment"}, {"pledged", "commitment"},  {"pledge", "commitment"}};
  return kMap;
}

const WordSet& PhraseBreaks() {
  static const WordSet kWords = {
      "the", "a", "an", "to", "in", "on", "at", "by", "for", "from", "with", "of", "over",
      "into", "and", "or", "but", "that", "which", "who", "is", "are", "was", "were", "be",
      "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
      "as", "than", "this", "these", "those", "its", "their", "his", "her", "said", "says",
      "after", "before", "since", "until", "while", "when", "if", "under", "between", "about",
      "per", "each", "it", "they", "he", "she", "we", "not", "also", "so"};
  return kWords;
}

const WordSet& IrregularPlurals() {
  static const WordSet kWords = {"people", "children", "men", "women", "police", "staff", "personnel",
                                 "cattle", "crew", "youths", "feet", "teeth", "mice", "geese"};
  return kWords;
}

template <typename V>
V Lookup(const WordMap<V>& map, std::string_view key, V missing) {
  auto it = map.find(key);
  return it == map.end() ? missing : it->second;
}

}  // namespace

bool IsCommonCapitalizedWord(std::string_view w) { return CommonCapitalized().count(w) > 0; }
bool IsMonthOrDayName(std::string_view w) { return MonthsAndDays().count(w) > 0; }
bool IsPersonTitle(std::string_view w) { return PersonTitles().count(w) > 0; }
bool IsRoleNoun(std::string_view w) { return RoleNouns().count(w) > 0; }
bool IsOrganizationSuffix(std::string_view w) { return OrganizationSuffixes().count(w) > 0; }
bool IsLegalFormSuffix(std::string_view w) { return LegalForms().count(w) > 0; }
bool IsNameConnector(std::string_view w) { return NameConnectors().count(w) > 0; }
bool IsNonNameAcronym(std::string_view w) { return NonNameAcronyms().count(w) > 0; }
bool IsAbbreviation(std::string_view w) { return Abbreviations().count(w) > 0; }

// Words after a name that only an organization or a product has.
const WordMap<const char*>& TypeAfterName() {
  static const WordMap<const char*> kWords = {
      {"ceo", "organization"},        {"cfo", "organization"},         {"executives", "organization"},
      {"spokesman", "organization"},  {"spokeswoman", "organization"}, {"spokesperson", "organization"},
      {"shares", "organization"},     {"shareholders", "organization"}, {"stock", "organization"},
      {"employees", "organization"},  {"staff", "organization"},       {"headquarters", "organization"},
      {"officials", "organization"},  {"ministers", "organization"},   {"delegates", "organization"},
      {"subsidiary", "organization"}, {"subsidiaries", "organization"}, {"board", "organization"},
      {"secretariat", "organization"}, {"chairman", "organization"},   {"founder", "organization"},
      {"members", "organization"},    {"member", "organization"},      {"commission", "organization"},
      {"council", "organization"},    {"chief", "organization"},
      {"platform", "product"},        {"app", "product"},              {"apps", "product"},
      {"software", "product"},        {"device", "product"},           {"devices", "product"},
      {"browser", "product"},         {"chatbot", "product"},          {"smartphone", "product"},
      {"console", "product"},         {"vaccine", "product"},          {"drug", "product"}};
  return kWords;
}

// Descriptor nouns right before a name ("software giant Contoso", "drug-maker Fabrikam").
const WordMap<const char*>& TypeBeforeName() {
  static const WordMap<const char*> kWords = {
      {"company", "organization"},  {"firm", "organization"},      {"startup", "organization"},
      {"start-up", "organization"}, {"giant", "organization"},     {"maker", "organization"},
      {"rival", "organization"},    {"lender", "organization"},    {"carrier", "organization"},
      {"retailer", "organization"}, {"insurer", "organization"},   {"regulator", "organization"},
      {"agency", "organization"},   {"airline", "organization"},   {"automaker", "organization"},
      {"conglomerate", "organization"}, {"developer", "organization"}, {"manufacturer", "organization"},
      {"cartel", "organization"},   {"broker", "organization"},    {"operator", "organization"},
      {"product", "product"},       {"platform", "product"},       {"app", "product"},
      {"chatbot", "product"},       {"drug", "product"},           {"vaccine", "product"},
      {"city", "place"},            {"town", "place"},             {"village", "place"},
      {"province", "place"},        {"county", "place"}};
  return kWords;
}

const char* TypeFromWordAfterName(std::string_view w) { return Lookup<const char*>(TypeAfterName(), w, nullptr); }
const char* TypeFromWordBeforeName(std::string_view w) { return Lookup<const char*>(TypeBeforeName(), w, nullptr); }

double ScaleOf(std::string_view w) { return Lookup(Scales(), w, 0.0); }
double VagueScaleOf(std::string_view w) { return Lookup(VagueScales(), w, 0.0); }
const char* CurrencyOf(std::string_view w) { return Lookup<const char*>(Currencies(), w, nullptr); }
double PowerUnitOf(std::string_view w) { return Lookup(PowerUnits(), w, 0.0); }
char DurationUnitOf(std::string_view w) { return Lookup(DurationUnits(), w, '\0'); }
double DaysPerDurationUnit(char unit) {
  switch (unit) {
    case 'Y': return 365.25;
    case 'M': return 30.4375;
    case 'W': return 7;
    case 'D': return 1;
    case 'X': return 3652.5;
    case 'Q': return 91.3125;
  }
  return 0;
}
double NumberWordValue(std::string_view w) { return Lookup(NumberWords(), w, -1.0); }
bool IsVagueQuantifier(std::string_view w) { return VagueQuantifiers().count(w) > 0; }
bool IsPercentWord(std::string_view w) { return PercentWords().count(w) > 0; }
bool IsQualifiedNoun(std::string_view w) { return QualifiedNouns().count(w) > 0; }
const char* QualifyingVerbNoun(std::string_view w) {
  return Lookup<const char*>(QualifyingVerbs(), w, nullptr);
}
bool IsPhraseBreak(std::string_view w) { return PhraseBreaks().count(w) > 0; }
bool IsIrregularPluralNoun(std::string_view w) { return IrregularPlurals().count(w) > 0; }

const std::vector<QualifierPhrase>& QualifierPhrases() {
  using Q = IntervalQualifier;
  static const std::vector<QualifierPhrase> kPhrases = {
      {"no more than", Q::kAtMost, true},  {"in excess of", Q::kAtLeast, true}, {"as many as", Q::kAtMost, true},
      {"as much as", Q::kAtMost, true},    {"as high as", Q::kAtMost, true},    {"more than", Q::kAtLeast, true},
      {"at least", Q::kAtLeast, true},     {"upwards of", Q::kAtLeast, true},   {"just over", Q::kAtLeast, true},
      {"well over", Q::kAtLeast, true},    {"fewer than", Q::kAtMost, true},    {"less than", Q::kAtMost, true},
      {"up to", Q::kAtMost, true},         {"at most", Q::kAtMost, true},       {"just under", Q::kNearly, true},
      {"close to", Q::kNearly, true},      {"nearly", Q::kNearly, true},        {"almost", Q::kNearly, true},
      {"about", Q::kAbout, true},          {"around", Q::kAbout, true},         {"approximately", Q::kAbout, true},
      {"roughly", Q::kAbout, true},        {"some", Q::kAbout, true},           {"approx", Q::kAbout, true},
      {"circa", Q::kAbout, true},          {"over", Q::kAtLeast, false},         {"above", Q::kAtLeast, false},
      {"under", Q::kAtMost, false},         {"below", Q::kAtMost, false},         {"exceeding", Q::kAtLeast, true}};
  return kPhrases;
}

const std::vector<MagnitudePhrase>& MagnitudePhrases() {
  static const std::vector<MagnitudePhrase> kPhrases = {
      {"hundreds of thousands", 2e5, 999999}, {"tens of thousands", 2e4, 99999},
      {"tens of millions", 2e7, 99999999},    {"hundreds of millions", 2e8, 999999999},
      {"several dozen", 36, 108},             {"several hundred", 300, 900},
      {"several thousand", 3000, 9000},       {"a few hundred", 200, 500},
      {"a few thousand", 2000, 5000},         {"a few dozen", 24, 60},
      {"a handful", 2, 9},                    {"a couple", 2, 3},
      {"a dozen", 12, 12},                    {"a few", 2, 5},
      {"dozens", 24, 99},                     {"scores", 40, 199},
      {"hundreds", 200, 999},                 {"thousands", 2000, 9999},
      {"millions", 2e6, 9999999},             {"several", 3, 9},
      {"numerous", 3, 99}};
  return kPhrases;
}

}  // namespace entities
}  // namespace newsline
