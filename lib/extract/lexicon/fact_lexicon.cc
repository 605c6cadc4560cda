// The fact lexicon's built-in tables (general English news wording, no story's phrases) and the
// pack extension.
#include "extract/lexicon/fact_lexicon.h"

#include <nlohmann/json.hpp>

namespace newsline {
namespace extract {
namespace {

constexpr unsigned kMoney = kFigMoney;
constexpr unsigned kCountish = kFigCount | kFigNumber;
constexpr unsigned kPercent = kFigPercent;
constexpr unsigned kMoneyOrPercent = kFigMoney | kFigPercent;

struct CueRow {
  const char* phrase;  // tokens separated by spaces; '*' ends a prefix ("invest*")
  const char* attribute;
  unsigned kinds;
  int direction;
  int rank;
};

// Words BEFORE the figure that say what it measures ("valued at $300 billion").
constexpr CueRow kBeforeCues[] = {
    // Valuation and worth.
    // "valued at" and "worth" only link the figure to a noun: a verb before it names the fact
    // ("stole diamonds valued at ..."), so they rank below verbs.
    {"valued at", "valuation", kMoney, 0, 1}, {"valuing", "valuation", kMoney, 0, 1},
    {"valuation of", "valuation", kMoney, 0, 2}, {"value of", "value", kMoney, 0, 1},
    {"worth", "value", kMoney, 0, 1}, {"market value of", "market_value", kMoney, 0, 2},
    {"market capitalisation of", "market_value", kMoney, 0, 2},
    {"market capitalization of", "market_value", kMoney, 0, 2},
    // Investment and funding.
    {"invest", "investment", kMoney, 0, 2}, {"invests", "investment", kMoney, 0, 2},
    {"invested", "investment", kMoney, 0, 2}, {"investing", "investment", kMoney, 0, 2},
    {"investment of", "investment", kMoney, 0, 2}, {"stake worth", "investment", kMoney, 0, 2},
    {"raised", "funding", kMoney, 0, 2}, {"raise", "funding", kMoney, 0, 2}, {"raises", "funding", kMoney, 0, 2},
    {"raising", "funding", kMoney, 0, 2}, {"funding of", "funding", kMoney, 0, 2},
    {"backing of", "investment", kMoney, 0, 2}, {"injected", "investment", kMoney, 0, 2},
    // Deals, prices, offers.
    {"bought for", "price", kMoney, 0, 2}, {"sold for", "price", kMoney, 0, 2},
    {"acquired for", "price", kMoney, 0, 2}, {"paid", "price", kMoney, 0, 1}, {"pay", "price", kMoney, 0, 1},
    {"paying", "price", kMoney, 0, 1}, {"price of", "price", kMoney, 0, 2},
    {"offered", "offer", kMoney, 0, 2}, {"offer of", "offer", kMoney, 0, 2}, {"bid of", "offer", kMoney, 0, 2},
    {"deal worth", "deal_value", kMoney, 0, 2}, {"deal valued at", "deal_value", kMoney, 0, 2},
    {"contract worth", "contract_value", kMoney, 0, 2},
    // Money taken, lost, owed, fined.
    {"stole", "money_stolen", kMoney, 0, 2}, {"stolen", "money_stolen", kMoney, 0, 2},
    {"made off with", "money_stolen", kMoney, 0, 2}, {"making off with", "money_stolen", kMoney, 0, 2},
    {"took", "money_stolen", kMoney, 0, 1}, {"snatched", "money_stolen", kMoney, 0, 2},
    {"grabbed", "money_stolen", kMoney, 0, 2}, {"looted", "money_stolen", kMoney, 0, 2},
    {"robbed", "money_stolen", kMoney, 0, 2}, {"theft of", "money_stolen", kMoney, 0, 2},
    {"heist of", "money_stolen", kMoney, 0, 2}, {"haul of", "money_stolen", kMoney, 0, 2},
    {"swindled", "money_stolen", kMoney, 0, 2}, {"embezzled", "money_stolen", kMoney, 0, 2},
    {"fined", "fine", kMoney, 0, 2}, {"fine of", "fine", kMoney, 0, 2}, {"penalty of", "fine", kMoney, 0, 2},
    {"damages of", "damages", kMoney, 0, 2}, {"settlement of", "settlement", kMoney, 0, 2},
    {"settle for", "settlement", kMoney, 0, 2}, {"ransom of", "ransom", kMoney, 0, 2},
    {"reward of", "reward", kMoney, 0, 2}, {"bail of", "bail", kMoney, 0, 2},
    {"bail set at", "bail", kMoney, 0, 2}, {"cost", "cost", kMoney, 0, 1}, {"costs", "cost", kMoney, 0, 1},
    {"costing", "cost", kMoney, 0, 1}, {"cost of", "cost", kMoney, 0, 1},
    {"damage estimated at", "damage_cost", kMoney, 0, 2}, {"spent", "spending", kMoney, 0, 2},
    {"spend", "spending", kMoney, 0, 2}, {"spending", "spending", kMoney, 0, 2},
    {"committed", "commitment", kMoney, 0, 2}, {"commit", "commitment", kMoney, 0, 2},
    {"commits", "commitment", kMoney, 0, 2}, {"pledged", "commitment", kMoney, 0, 2},
    {"borrowed", "debt", kMoney, 0, 2}, {"owes", "debt", kMoney, 0, 2}, {"debt of", "debt", kMoney, 0, 2},
    {"lent", "loan", kMoney, 0, 2}, {"loan of", "loan", kMoney, 0, 2},
    // Results.
    {"revenue of", "revenue", kMoney, 0, 2}, {"revenues of", "revenue", kMoney, 0, 2},
    {"sales of", "revenue", kMoney, 0, 2}, {"profit of", "profit", kMoney, 0, 2},
    {"net income of", "profit", kMoney, 0, 2}, {"earned", "profit", kMoney, 0, 1},
    {"loss of", "loss", kMoney, 0, 2}, {"lost", "loss", kMoney, 0, 1},
    {"salary of", "compensation", kMoney, 0, 2}, {"paid a salary of", "compensation", kMoney, 0, 2},
    // Casualties and people affected (a count or a bare number after the verb: "killing 4").
    {"killed", "death_toll", kCountish, 0, 3}, {"killing", "death_toll", kCountish, 0, 3},
    {"kills", "death_toll", kCountish, 0, 3}, {"kill", "death_toll", kCountish, 0, 3},
    {"death toll", "death_toll", kCountish, 0, 3}, {"toll", "death_toll", kCountish, 0, 2},
    {"deaths of", "death_toll", kCountish, 0, 3}, {"claimed the lives of", "death_toll", kCountish, 0, 3},
    {"left dead", "death_toll", kCountish, 0, 3},
    {"injured", "injured", kCountish, 0, 3}, {"injuring", "injured", kCountish, 0, 3},
    {"wounded", "injured", kCountish, 0, 3}, {"wounding", "injured", kCountish, 0, 3},
    {"hurt", "injured", kCountish, 0, 3}, {"arrested", "arrested", kCountish, 0, 3},
    {"detained", "arrested", kCountish, 0, 3}, {"captured", "arrested", kCountish, 0, 3},
    {"evacuated", "evacuated", kCountish, 0, 3}, {"displaced", "displaced", kCountish, 0, 3},
    {"rescued", "rescued", kCountish, 0, 3}, {"employs", "headcount", kCountish, 0, 3},
    {"employing", "headcount", kCountish, 0, 3}, {"workforce of", "headcount", kCountish, 0, 3},
    {"cut", "job_cuts", kCountish, 0, 1}, {"laid off", "job_cuts", kCountish, 0, 3},
    {"lay off", "job_cuts", kCountish, 0, 3}, {"shed", "job_cuts", kCountish, 0, 2},
    {"hired", "hires", kCountish, 0, 2}, {"hire", "hires", kCountish, 0, 2},
    {"shipped", "units_shipped", kCountish, 0, 2}, {"sold", "units_sold", kCountish, 0, 1},
    {"sentenced to", "sentence_length", kFigDuration, 0, 3}, {"jailed for", "sentence_length", kFigDuration, 0, 3},
    {"prison term of", "sentence_length", kFigDuration, 0, 3},
    // Measurements.
    {"magnitude", "magnitude", kFigNumber, 0, 3}, {"magnitude of", "magnitude", kFigNumber, 0, 3},
    {"measuring", "magnitude", kFigNumber, 0, 2}, {"measured", "magnitude", kFigNumber, 0, 2},
    {"registered", "magnitude", kFigNumber, 0, 2}, {"aged", "age", kFigNumber, 0, 3},
    {"age", "age", kFigNumber, 0, 2}, {"age of", "age", kFigNumber, 0, 3},
    {"depth of", "depth", kFigNumber, 0, 2}, {"turnout of", "turnout", kPercent, 0, 2},
    // Market moves: the direction is part of the figure.
    {"fell", "price_move", kMoneyOrPercent, -1, 2}, {"dropped", "price_move", kMoneyOrPercent, -1, 2},
    {"declined", "price_move", kMoneyOrPercent, -1, 2}, {"lost", "price_move", kPercent, -1, 2},
    {"slipped", "price_move", kMoneyOrPercent, -1, 2}, {"slid", "price_move", kMoneyOrPercent, -1, 2},
    {"tumbled", "price_move", kMoneyOrPercent, -1, 2}, {"plunged", "price_move", kMoneyOrPercent, -1, 2},
    {"plummeted", "price_move", kMoneyOrPercent, -1, 2}, {"sank", "price_move", kMoneyOrPercent, -1, 2},
    {"closed down", "price_move", kMoneyOrPercent, -1, 2}, {"down", "price_move", kPercent, -1, 1},
    {"rose", "price_move", kMoneyOrPercent, 1, 2}, {"gained", "price_move", kMoneyOrPercent, 1, 2},
    {"climbed", "price_move", kMoneyOrPercent, 1, 2}, {"jumped", "price_move", kMoneyOrPercent, 1, 2},
    {"surged", "price_move", kMoneyOrPercent, 1, 2}, {"soared", "price_move", kMoneyOrPercent, 1, 2},
    {"rallied", "price_move", kMoneyOrPercent, 1, 2}, {"closed up", "price_move", kMoneyOrPercent, 1, 2},
    {"up", "price_move", kPercent, 1, 1}, {"stake of", "stake", kPercent, 0, 2},
    {"owns", "stake", kPercent, 0, 2}, {"holds", "stake", kPercent, 0, 2},
};

// Words AFTER the figure ("4 dead", "6.1 on the Richter scale", "a 49% stake").
constexpr CueRow kAfterCues[] = {
    {"stolen", "money_stolen", kMoney, 0, 2}, {"taken", "money_stolen", kMoney, 0, 1},
    {"raised", "funding", kMoney, 0, 1}, {"invested", "investment", kMoney, 0, 2},
    {"dead", "death_toll", kCountish, 0, 3}, {"killed", "death_toll", kCountish, 0, 3},
    {"died", "death_toll", kCountish, 0, 3}, {"deaths", "death_toll", kCountish, 0, 3},
    {"fatalities", "death_toll", kCountish, 0, 3}, {"perished", "death_toll", kCountish, 0, 3},
    {"lost their lives", "death_toll", kCountish, 0, 3}, {"bodies", "death_toll", kCountish, 0, 2},
    {"injured", "injured", kCountish, 0, 3}, {"wounded", "injured", kCountish, 0, 3},
    {"hurt", "injured", kCountish, 0, 3}, {"injuries", "injured", kCountish, 0, 3},
    {"casualties", "casualties", kCountish, 0, 3}, {"arrested", "arrested", kCountish, 0, 3},
    {"detained", "arrested", kCountish, 0, 3}, {"arrests", "arrested", kCountish, 0, 3},
    {"missing", "missing", kCountish, 0, 3}, {"evacuated", "evacuated", kCountish, 0, 3},
    {"displaced", "displaced", kCountish, 0, 3}, {"homeless", "displaced", kCountish, 0, 3},
    {"rescued", "rescued", kCountish, 0, 3}, {"employees", "headcount", kCountish, 0, 2},
    {"staff", "headcount", kCountish, 0, 2}, {"workers", "headcount", kCountish, 0, 1},
    {"jobs", "jobs", kCountish, 0, 2}, {"job cuts", "job_cuts", kCountish, 0, 3},
    {"layoffs", "job_cuts", kCountish, 0, 3}, {"users", "users", kCountish, 0, 2},
    {"subscribers", "users", kCountish, 0, 2}, {"customers", "customers", kCountish, 0, 2},
    {"members", "members", kCountish, 0, 2}, {"votes", "votes", kCountish, 0, 2},
    {"seats", "seats", kCountish, 0, 2}, {"units", "units_sold", kCountish, 0, 2},
    {"protesters", "crowd_size", kCountish, 0, 2}, {"demonstrators", "crowd_size", kCountish, 0, 2},
    {"marchers", "crowd_size", kCountish, 0, 2}, {"marched", "crowd_size", kCountish, 0, 2},
    {"rallied", "crowd_size", kCountish, 0, 2}, {"protested", "crowd_size", kCountish, 0, 2},
    {"demonstrated", "crowd_size", kCountish, 0, 2}, {"took to the streets", "crowd_size", kCountish, 0, 2},
    {"gathered", "crowd_size", kCountish, 0, 2}, {"magnitude", "magnitude", kFigNumber, 0, 3},
    {"on the richter scale", "magnitude", kFigNumber, 0, 3}, {"richter", "magnitude", kFigNumber, 0, 3},
    {"stake", "stake", kPercent, 0, 3}, {"of the vote", "vote_share", kPercent, 0, 3},
    {"of the votes", "vote_share", kPercent, 0, 3}, {"turnout", "turnout", kPercent, 0, 2},
    {"- year - old", "age", kFigDuration | kFigNumber, 0, 3}, {"years old", "age", kFigDuration, 0, 3},
    {"deep", "depth", kFigNumber | kFigCount, 0, 2},
};

// The noun a figure counts or qualifies ("$50 billion investment", "5,000 employees").
constexpr CueRow kNounCues[] = {
    {"deal", "deal_value", kMoney, 0, 1}, {"agreement", "deal_value", kMoney, 0, 1},
    {"partnership", "deal_value", kMoney, 0, 1}, {"transaction", "deal_value", kMoney, 0, 1},
    {"acquisition", "deal_value", kMoney, 0, 1}, {"takeover", "deal_value", kMoney, 0, 1},
    {"merger", "deal_value", kMoney, 0, 1}, {"purchase", "price", kMoney, 0, 1},
    {"contract", "contract_value", kMoney, 0, 1}, {"investment", "investment", kMoney, 0, 1},
    {"stake", "investment", kMoney, 0, 1}, {"funding", "funding", kMoney, 0, 1},
    {"round", "funding", kMoney, 0, 1}, {"raise", "funding", kMoney, 0, 1},
    {"valuation", "valuation", kMoney, 0, 1}, {"fine", "fine", kMoney, 0, 1},
    {"penalty", "fine", kMoney, 0, 1}, {"settlement", "settlement", kMoney, 0, 1},
    {"damages", "damages", kMoney, 0, 1}, {"revenue", "revenue", kMoney, 0, 1},
    {"sales", "revenue", kMoney, 0, 1}, {"profit", "profit", kMoney, 0, 1},
    {"earnings", "profit", kMoney, 0, 1}, {"income", "profit", kMoney, 0, 1},
    {"loss", "loss", kMoney, 0, 1}, {"offer", "offer", kMoney, 0, 1}, {"bid", "offer", kMoney, 0, 1},
    {"price", "price", kMoney, 0, 1}, {"salary", "compensation", kMoney, 0, 1},
    {"bonus", "compensation", kMoney, 0, 1}, {"budget", "budget", kMoney, 0, 1},
    {"spending", "spending", kMoney, 0, 1}, {"commitment", "commitment", kMoney, 0, 1},
    {"loan", "loan", kMoney, 0, 1}, {"debt", "debt", kMoney, 0, 1}, {"bailout", "aid", kMoney, 0, 1},
    {"aid", "aid", kMoney, 0, 1}, {"package", "aid", kMoney, 0, 1}, {"ransom", "ransom", kMoney, 0, 1},
    {"reward", "reward", kMoney, 0, 1}, {"bail", "bail", kMoney, 0, 1}, {"cost", "cost", kMoney, 0, 1},
    {"payment", "payment", kMoney, 0, 1}, {"capacity", "capacity", kFigPower, 0, 1},
    {"employees", "headcount", kFigCount, 0, 1}, {"staff", "headcount", kFigCount, 0, 1},
    {"jobs", "jobs", kFigCount, 0, 1}, {"users", "users", kFigCount, 0, 1},
    {"subscribers", "users", kFigCount, 0, 1}, {"customers", "customers", kFigCount, 0, 1},
    {"votes", "votes", kFigCount, 0, 1}, {"seats", "seats", kFigCount, 0, 1},
    {"protesters", "crowd_size", kFigCount, 0, 1}, {"demonstrators", "crowd_size", kFigCount, 0, 1},
    {"marchers", "crowd_size", kFigCount, 0, 1},
};

struct FrameRow {
  const char* phrase;
  const char* frame;
};

// Words that frame a figure so two different figures may both be true.
constexpr FrameRow kFrames[] = {
    {"pre - money", "pre-money"},   {"post - money", "post-money"}, {"upfront", "upfront"},
    {"up front", "upfront"},        {"up - front", "upfront"},      {"initial", "initial"},
    {"first tranche", "initial"},   {"conditional", "conditional"}, {"contingent", "conditional"},
    {"milestone*", "conditional"},  {"in total", "total"},          {"total", "total"},
    {"totalling", "total"},         {"totaling", "total"},          {"combined", "total"},
    {"in all", "total"},            {"altogether", "total"},        {"cumulative", "total"},
    {"so far", "total"},            {"to date", "total"},           {"overall", "total"},
    {"additional", "additional"},   {"another", "additional"},      {"further", "additional"},
    {"existing", "previous"},       {"previous", "previous"},       {"earlier", "previous"},
    {"original", "previous"},       {"former", "previous"},
    {"extra", "additional"},        {"other", "additional"},        {"per year", "per year"},
    {"a year", "per year"},         {"annually", "per year"},       {"each year", "per year"},
    {"annual", "per year"},         {"per month", "per month"},     {"a month", "per month"},
    {"monthly", "per month"},       {"per share", "per share"},     {"a share", "per share"},
    {"per person", "per person"},   {"each", "each"},               {"apiece", "each"},
};

constexpr const char* kAfterSkips[] = {"were", "was", "are", "is", "have", "has", "had", "been", "being",
                                       "be", "reported", "reportedly", "confirmed", "now", "so", "far",
                                       "people", "persons", "others", "more", "other", "also", "already",
                                       "believed", "feared", "thought", "left", "as", "many", "about", "of"};
// Between a part and its whole: "two of the three victims died" (the verb tells of the two).
constexpr const char* kPartitiveLinks[] = {"of", "of the", "of its", "of their", "of those", "out of", "out of the"};
constexpr const char* kRelatives[] = {"which", "who", "whose", "that"};
constexpr const char* kDeterminers[] = {"the", "these", "those", "its", "their", "his", "her", "our", "both"};
constexpr const char* kModals[] = {"could", "would", "might", "may", "if", "unless", "should"};

struct RoleRow {
  const char* phrase;
  const char* role;
};
constexpr RoleRow kRoles[] = {{"in", "in"},     {"into", "in"},       {"from", "from"}, {"of", "of"},
                              {"for", "for"},   {"by", "by"},         {"against", "against"},
                              {"to", "to"},     {"on", "on"},         {"at", "at"},     {"near", "near"},
                              {"off", "near"},  {"with", "with"}};

struct MeasureRow {
  const char* phrase;
  const char* attribute;
  const char* unit;
};
constexpr MeasureRow kMeasures[] = {
    {"nautical miles", "distance", "nmi"}, {"nautical mile", "distance", "nmi"}, {"miles", "distance", "mi"},
    {"mile", "distance", "mi"},            {"km", "distance", "km"},            {"kms", "distance", "km"},
    {"kilometres", "distance", "km"},      {"kilometers", "distance", "km"},    {"kilometre", "distance", "km"},
    {"kilometer", "distance", "km"},       {"metres", "length", "m"},           {"meters", "length", "m"},
    {"feet", "length", "ft"},              {"ft", "length", "ft"},              {"yards", "length", "yd"},
    {"seconds", "duration", "s"},          {"second", "duration", "s"},         {"minutes", "duration", "min"},
    {"minute", "duration", "min"},         {"hours", "duration", "h"},          {"hour", "duration", "h"},
    {"kg", "weight", "kg"},                {"kilograms", "weight", "kg"},       {"kilos", "weight", "kg"},
    {"tonnes", "weight", "t"},             {"tons", "weight", "t"},             {"carats", "weight", "ct"},
    {"acres", "area", "acre"},             {"hectares", "area", "ha"},          {"square miles", "area", "sq mi"},
    {"square kilometres", "area", "km2"},  {"square kilometers", "area", "km2"}, {"mph", "speed", "mph"},
    {"km / h", "speed", "km/h"},           {"degrees", "temperature", "deg"},   {"barrels", "volume", "bbl"},
    {"litres", "volume", "l"},             {"liters", "volume", "l"},           {"gallons", "volume", "gal"},
};

struct LabelRow {
  const char* attribute;
  const char* label;
};
constexpr LabelRow kLabels[] = {
    {"death_toll", "death toll"},        {"deal_value", "deal value"},   {"money_stolen", "money stolen"},
    {"job_cuts", "job cuts"},            {"price_move", "price move"},   {"vote_share", "vote share"},
    {"sentence_length", "sentence length"}, {"market_value", "market value"}, {"units_sold", "units sold"},
    {"units_shipped", "units shipped"},  {"crowd_size", "crowd size"},   {"contract_value", "contract value"},
    {"damage_cost", "cost of damage"}};

// Attributes that say little about what was measured.
constexpr const char* kGenericAttributes[] = {
    "amount", "percentage", "value", "count:people", "count:person", "count:man", "count:men", "count:woman",
    "count:women", "count:other", "count:individual", "count:resident", "count:time", "count:thing",
    "count:way", "count:year", "count:day", "count:one", "duration"};

constexpr const char* kSymmetricAttributes[] = {"deal_value", "contract_value", "settlement", "trade", "partnership"};

}  // namespace

bool FactLexicon::IsSymmetric(const std::string& attribute) const {
  for (const char* a : kSymmetricAttributes) {
    if (attribute == a) return true;
  }
  return false;
}

bool FactLexicon::IsGeneric(const std::string& attribute) const {
  for (const char* g : kGenericAttributes) {
    if (attribute == g) return true;
  }
  return false;
}

unsigned FigureKindBit(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::kMoney: return kFigMoney;
    case QuantityKind::kCount: return kFigCount;
    case QuantityKind::kPercent: return kFigPercent;
    case QuantityKind::kNumber: return kFigNumber;
    case QuantityKind::kDuration: return kFigDuration;
    case QuantityKind::kPower: return kFigPower;
  }
  return 0;
}

int FactLexicon::AddCue(CueSide side, const std::string& phrase, AttributeCue cue) {
  cue_rows_.push_back(std::move(cue));
  const int payload = static_cast<int>(cue_rows_.size() - 1);
  cues_[static_cast<int>(side)].Add(phrase, payload);
  return payload;
}

FactLexicon::FactLexicon() {
  auto add_rows = [this](CueSide side, const CueRow* rows, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      AddCue(side, rows[i].phrase, {rows[i].attribute, rows[i].kinds, rows[i].direction, rows[i].rank});
    }
  };
  add_rows(CueSide::kBefore, kBeforeCues, std::size(kBeforeCues));
  add_rows(CueSide::kAfter, kAfterCues, std::size(kAfterCues));
  add_rows(CueSide::kNoun, kNounCues, std::size(kNounCues));
  for (const FrameRow& f : kFrames) {
    frame_names_.push_back(f.frame);
    frames_.Add(f.phrase, static_cast<int>(frame_names_.size() - 1));
  }
  for (const char* w : kAfterSkips) after_skips_.Add(w, 0);
  for (const char* w : kPartitiveLinks) partitive_links_.Add(w, 0);
  for (const MeasureRow& m : kMeasures) {
    measure_rows_.push_back({m.attribute, m.unit});
    measures_.Add(m.phrase, static_cast<int>(measure_rows_.size() - 1));
  }
  for (const char* w : kModals) modals_.Add(w, 0);
  for (const char* w : kDeterminers) determiners_.Add(w, 0);
  for (const char* w : kRelatives) relatives_.Add(w, 0);
  for (const RoleRow& r : kRoles) {
    role_names_.push_back(r.role);
    roles_.Add(r.phrase, static_cast<int>(role_names_.size() - 1));
  }
}

std::string FactLexicon::Label(const std::string& attribute) const {
  for (const LabelRow& l : kLabels) {
    if (attribute == l.attribute) return l.label;
  }
  std::string out = attribute;
  for (char& c : out) c = c == '_' ? ' ' : c;
  return out;
}

Status FactLexicon::Extend(const nlohmann::json* rows) {
  if (rows == nullptr) return Status::OK();
  if (!rows->is_array()) return Status::InvalidArgument("fact_attributes: expected an array");
  for (size_t i = 0; i < rows->size(); ++i) {
    const nlohmann::json& r = (*rows)[i];
    const std::string where = "fact_attributes[" + std::to_string(i) + "]";
    if (!r.is_object() || !r.contains("phrase") || !r["phrase"].is_string() || !r.contains("attribute") ||
        !r["attribute"].is_string()) {
      return Status::InvalidArgument(where + ": expected {\"phrase\": string, \"attribute\": string}");
    }
    const std::string side = r.value("side", "before");
    CueSide s = side == "after" ? CueSide::kAfter : side == "noun" ? CueSide::kNoun : CueSide::kBefore;
    if (side != "before" && side != "after" && side != "noun") {
      return Status::InvalidArgument(where + ".side: expected before|after|noun");
    }
    AttributeCue cue;
    cue.attribute = r["attribute"].get<std::string>();
    cue.rank = 3;  // the pack's word beats the built-in ones
    if (r.contains("kinds")) {
      if (!r["kinds"].is_array()) return Status::InvalidArgument(where + ".kinds: expected an array of strings");
      cue.kinds = 0;
      for (const auto& k : r["kinds"]) {
        const std::string name = k.is_string() ? k.get<std::string>() : "";
        if (name == "money") cue.kinds |= kFigMoney;
        else if (name == "count") cue.kinds |= kFigCount | kFigNumber;
        else if (name == "percent") cue.kinds |= kFigPercent;
        else if (name == "number") cue.kinds |= kFigNumber;
        else if (name == "duration") cue.kinds |= kFigDuration;
        else if (name == "power") cue.kinds |= kFigPower;
        else return Status::InvalidArgument(where + ".kinds: expected money|count|percent|number|duration|power");
      }
    }
    AddCue(s, r["phrase"].get<std::string>(), std::move(cue));
  }
  return Status::OK();
}

}  // namespace extract
}  // namespace newsline
