// Query text checking, QueryParser configuration from the schema, filters and date overlap.
#include "query/query_builder.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cctype>
#include <map>
#include <vector>

#include "index/document_builder.h"
#include "index/schema.h"
#include "index/stopwords.h"
#include "index/xapian_status.h"

namespace newsline {
namespace {

constexpr char kDateField[] = "date";
// Longer query text is refused: Xapian's parser and the spelling pass grow faster than linearly
// with it (a 100k-character query took 28 s), and no researcher types 4 KiB of query.
constexpr size_t kMaxQueryBytes = 4096;
constexpr char kTitleField[] = "title";

// NFKC, and typographic quotes made plain so “phrases” work like "phrases".
std::string NormalizeQueryText(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString n = nfkc->normalize(u, status);
    if (U_SUCCESS(status)) u = n;
  }
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x201C)), icu::UnicodeString("\""));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x201D)), icu::UnicodeString("\""));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x201E)), icu::UnicodeString("\""));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2018)), icu::UnicodeString("'"));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString("'"));
  std::string out;
  u.toUTF8String(out);
  return out;
}

Status QueryError(size_t position, const std::string& problem) {
  return Status::InvalidArgument("query: position " + std::to_string(position) + ": " + problem);
}

bool IsBinaryOperator(const std::string& w) {
  if (w == "AND" || w == "OR" || w == "XOR") return true;
  for (const char* op : {"NEAR", "ADJ"}) {
    const std::string o(op);
    if (w == o) return true;
    if (w.size() > o.size() + 1 && w.compare(0, o.size() + 1, o + "/") == 0) {
      bool digits = true;
      for (size_t i = o.size() + 1; i < w.size(); ++i) digits = digits && std::isdigit(static_cast<unsigned char>(w[i]));
      if (digits) return true;
    }
  }
  return false;
}

bool IsLowerAlpha(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

std::string KnownFields() {
  std::string known = "title, date";
  for (const schema::FieldSpec& f : schema::BooleanFields()) known += std::string(", ") + f.name;
  return known;
}

// A lexical token of query text.
struct Token {
  enum Kind { kTerm, kBinary, kNot, kOpen, kClose } kind;
  size_t position;
  std::string text;
};

// Checks a "field:value" word; `value` may be empty when a quoted value follows.
Status CheckField(const std::string& word, size_t position, bool quoted_value_follows) {
  size_t colon = word.find(':');
  std::string name = word.substr(0, colon);
  // Love/hate markers and other punctuation before the name separate terms for Xapian's parser
  // ("-;date:x" is "-", ";" and "date:x"), so the field name is what follows the last of them.
  size_t cut = name.find_last_not_of("abcdefghijklmnopqrstuvwxyz");
  const bool marked = cut != std::string::npos && !std::isalnum(static_cast<unsigned char>(name[cut]));
  if (marked) name.erase(0, cut + 1);
  if (!IsLowerAlpha(name)) return Status::OK();
  std::string value = word.substr(colon + 1);
  if (value.compare(0, 2, "//") == 0) return Status::OK();  // a URL
  if (name != kDateField && name != kTitleField && schema::FindField(name) == nullptr) {
    return QueryError(position, "unknown field \"" + name + ":\" (known fields: " + KnownFields() + ")");
  }
  if (value.empty() && !quoted_value_follows) return QueryError(position, "\"" + name + ":\" has no value");
  if (name == kDateField && marked && value.find("..") != std::string::npos) {
    // Xapian's parser has no +/- for a range ("Unknown range operation").
    return QueryError(position, "\"" + word + "\": a date range takes no +, - or punctuation before it; write " +
                                    "NOT date:FROM..TO to exclude a range");
  }
  if (name == kDateField && !quoted_value_follows) {
    size_t dots = value.find("..");
    std::string from = dots == std::string::npos ? value : value.substr(0, dots);
    std::string to = dots == std::string::npos ? value : value.substr(dots + 2);
    if ((dots != std::string::npos && from.empty() && to.empty()) || (!from.empty() && !ParseRangeEnd(from, false)) ||
        (!to.empty() && !ParseRangeEnd(to, true))) {
      return QueryError(position, "\"" + word +
                                      "\" is not a date range: expected date:FROM..TO with YYYY, YYYY-MM or "
                                      "YYYY-MM-DD ends (either may be empty), or date:PERIOD");
    }
  }
  return Status::OK();
}

Status Tokenize(const std::string& q, std::vector<Token>* tokens) {
  size_t i = 0;
  while (i < q.size()) {
    char c = q[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '(') {
      tokens->push_back({Token::kOpen, i, "("});
      ++i;
    } else if (c == ')') {
      tokens->push_back({Token::kClose, i, ")"});
      ++i;
    } else if (c == '"') {
      size_t close = q.find('"', i + 1);
      if (close == std::string::npos) return QueryError(i, "unclosed quote");
      tokens->push_back({Token::kTerm, i, q.substr(i, close + 1 - i)});
      i = close + 1;
    } else {
      size_t start = i;
      while (i < q.size() && !std::isspace(static_cast<unsigned char>(q[i])) && q[i] != '(' && q[i] != ')' &&
             q[i] != '"') {
        ++i;
      }
      std::string word = q.substr(start, i - start);
      bool quoted_follows = !word.empty() && word.back() == ':' && i < q.size() && q[i] == '"';
      if (word.find(':') != std::string::npos) {
        Status s = CheckField(word, start, quoted_follows);
        if (!s.ok()) return s;
      }
      if (quoted_follows) {
        size_t close = q.find('"', i + 1);
        if (close == std::string::npos) return QueryError(i, "unclosed quote");
        if (close == i + 1) return QueryError(start, "\"" + word + "\" has an empty value");
        word += q.substr(i, close + 1 - i);
        i = close + 1;
        tokens->push_back({Token::kTerm, start, word});
      } else if (word == "NOT") {
        tokens->push_back({Token::kNot, start, word});
      } else if (IsBinaryOperator(word)) {
        tokens->push_back({Token::kBinary, start, word});
      } else {
        tokens->push_back({Token::kTerm, start, word});
      }
    }
  }
  return Status::OK();
}

// Term prefixes for a boolean field value (several for "source"), normalized like the indexer.
Xapian::Query FacetQuery(const schema::FieldSpec& field, const std::string& raw_value,
                         const Xapian::Database* lexicon) {
  const std::string name = field.name;
  std::string value = name == "hedged" ? schema::NormalizeYesNo(raw_value) : schema::NormalizeFacetValue(raw_value);
  if (name == "source") {
    return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(schema::MakeTerm(schema::kPrefixOutlet, value)),
                         Xapian::Query(schema::MakeTerm(schema::kPrefixPrimary, value)));
  }
  Xapian::Query q(schema::MakeTerm(field.prefix, value));
  if (name == "entity" && lexicon != nullptr) {
    // entity:"Amazon Web Services" -> the entity its alias names.
    std::vector<Xapian::Query> alternatives{q};
    std::string key = schema::SynonymKey(raw_value);
    try {
      for (auto s = lexicon->synonyms_begin(key); s != lexicon->synonyms_end(key); ++s) {
        const std::string& term = *s;
        if (term.compare(0, sizeof(schema::kPrefixEntity) - 1, schema::kPrefixEntity) == 0) {
          alternatives.emplace_back(term);
        }
      }
    } catch (const Xapian::Error&) {
      // No synonyms available (e.g. unsupported backend): the literal id still works.
    }
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }
  return q;
}

class FacetFieldProcessor : public Xapian::FieldProcessor {
 public:
  FacetFieldProcessor(const schema::FieldSpec& field, const Xapian::Database* lexicon)
      : field_(field), lexicon_(lexicon) {}
  Xapian::Query operator()(const std::string& value) override { return FacetQuery(field_, value, lexicon_); }

 private:
  schema::FieldSpec field_;
  const Xapian::Database* lexicon_;
};

// date:FROM..TO with overlap semantics. A bad end is reported through `error` and matches
// nothing: an exception thrown through Xapian's parser corrupts its state (issue 15), and
// OP_INVALID only yields Xapian's "Unknown range operation".
class DateOverlapRangeProcessor : public Xapian::RangeProcessor {
 public:
  explicit DateOverlapRangeProcessor(std::shared_ptr<std::string> error)
      : Xapian::RangeProcessor(schema::kSlotDateBegin, "date:"), error_(std::move(error)) {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    std::optional<Day> from, to;
    if (!begin.empty() && !(from = ParseRangeEnd(begin, false))) return Fail(begin);
    if (!end.empty() && !(to = ParseRangeEnd(end, true))) return Fail(end);
    return DateOverlapQuery(from, to);
  }

 private:
  Xapian::Query Fail(const std::string& value) {
    if (error_->empty()) *error_ = "date range end \"" + value + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
    return Xapian::Query::MatchNothing;
  }
  std::shared_ptr<std::string> error_;
};

// date:PERIOD (no "..") = the period's whole interval; a bad period is reported like a bad range.
class DatePeriodFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit DatePeriodFieldProcessor(std::shared_ptr<std::string> error) : error_(std::move(error)) {}
  Xapian::Query operator()(const std::string& value) override {
    auto from = ParseRangeEnd(value, false);
    auto to = ParseRangeEnd(value, true);
    if (!from || !to) {
      if (error_->empty()) *error_ = "date:" + value + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
      return Xapian::Query::MatchNothing;
    }
    return DateOverlapQuery(from, to);
  }

 private:
  std::shared_ptr<std::string> error_;
};


// Xapian's grammar binds a boolean filter to the nearest operand ("microsoft NOT frontier
// kind:article" filters only "frontier"). A researcher means the filter for the whole query, so a
// top-level field term that is not an operand of an operator (not after NOT/AND/OR/..., not
// before a binary operator, outside parentheses) is moved out of the text into the filters.
std::string HoistTopLevelFilters(const std::string& text, std::vector<std::pair<std::string, std::string>>* filters,
                                 std::string* hoisted_text) {
  std::vector<Token> tokens;
  if (!Tokenize(text, &tokens).ok()) return text;
  std::vector<std::pair<size_t, size_t>> cut;  // byte ranges to remove
  int depth = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == Token::kOpen) ++depth;
    if (t.kind == Token::kClose) --depth;
    if (t.kind != Token::kTerm || depth != 0) continue;
    size_t colon = t.text.find(':');
    if (colon == std::string::npos || colon == 0) continue;
    const schema::FieldSpec* field = schema::FindField(t.text.substr(0, colon));
    if (field == nullptr) continue;
    const Token* prev = i > 0 ? &tokens[i - 1] : nullptr;
    const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    if (prev && (prev->kind == Token::kNot || prev->kind == Token::kBinary)) continue;
    if (next && next->kind == Token::kBinary) continue;
    std::string value = t.text.substr(colon + 1);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    if (value.empty()) continue;
    filters->emplace_back(t.text.substr(0, colon), value);
    cut.emplace_back(t.position, t.position + t.text.size());
    *hoisted_text += (hoisted_text->empty() ? "" : " ") + t.text;
  }
  if (cut.empty()) return text;
  std::string out;
  size_t from = 0;
  for (const auto& [b, e] : cut) {
    out += text.substr(from, b - from);
    from = e;
  }
  out += text.substr(from);
  return out;
}

// Where the first date field stands in the query text (for the error message), or 0.
size_t DateFieldPosition(const std::string& text) {
  size_t at = text.find(std::string(kDateField) + ":");
  return at == std::string::npos ? 0 : at;
}

}  // namespace

Status ValidateQuery(const std::string& raw) {
  if (raw.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("query: " + std::to_string(raw.size()) + " bytes; a query may have at most " +
                                   std::to_string(kMaxQueryBytes));
  }
  const std::string query = NormalizeQueryText(raw);
  std::vector<Token> tokens;
  Status s = Tokenize(query, &tokens);
  if (!s.ok()) return s;
  std::vector<size_t> open;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const Token* prev = i > 0 ? &tokens[i - 1] : nullptr;
    const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    bool next_is_operand = next && (next->kind == Token::kTerm || next->kind == Token::kOpen || next->kind == Token::kNot);
    switch (t.kind) {
      case Token::kOpen:
        open.push_back(t.position);
        if (next && next->kind == Token::kClose) return QueryError(t.position, "empty parentheses");
        break;
      case Token::kClose:
        if (open.empty()) return QueryError(t.position, "\")\" without a matching \"(\"");
        open.pop_back();
        break;
      case Token::kBinary:
        if (!prev || (prev->kind != Token::kTerm && prev->kind != Token::kClose)) {
          return QueryError(t.position, t.text + " has nothing on its left");
        }
        if (!next_is_operand) return QueryError(t.position, t.text + " has nothing on its right");
        break;
      case Token::kNot:
        if (!next || (next->kind != Token::kTerm && next->kind != Token::kOpen)) {
          return QueryError(t.position, "NOT has nothing on its right");
        }
        break;
      case Token::kTerm:
        break;
    }
  }
  if (!open.empty()) return QueryError(open.back(), "\"(\" is never closed");
  return Status::OK();
}

std::optional<Day> ParseRangeEnd(const std::string& text, bool upper) {
  auto all_digits = [&](size_t b, size_t n) {
    if (b + n > text.size()) return false;
    for (size_t i = b; i < b + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    return true;
  };
  if (text.size() == 4 && all_digits(0, 4)) {
    int y = std::stoi(text);
    auto first = Day::FromCivil(y, 1, 1);
    if (!first) return std::nullopt;
    return upper ? first->AddYears(1) - 1 : *first;
  }
  if (text.size() == 7 && text[4] == '-' && all_digits(0, 4) && all_digits(5, 2)) {
    auto first = Day::FromCivil(std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), 1);
    if (!first) return std::nullopt;
    return upper ? first->AddMonths(1) - 1 : *first;
  }
  return Day::Parse(text);
}

Xapian::Query DateOverlapQuery(const std::optional<Day>& from, const std::optional<Day>& to) {
  // Every dated document has a non-empty end value, which sorts after "0"; this term-free
  // clause keeps undated documents out even when only `to` is given.
  std::vector<Xapian::Query> parts;
  parts.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kSlotDateEnd,
                     from ? (*from + 1).ToCompact() : std::string("0"));
  if (to) parts.emplace_back(Xapian::Query::OP_VALUE_LE, schema::kSlotDateBegin, to->ToCompact());
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

QueryBuilder::QueryBuilder(const std::string& stemmer, const Xapian::Database* lexicon)
    : stem_(MakeStemmer(stemmer)), lexicon_(lexicon), parse_error_(std::make_shared<std::string>()) {
  parser_.set_stemmer(stem_);
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_stopper(EnglishStopper());
  if (lexicon_ != nullptr) parser_.set_database(*lexicon_);
  parser_.add_prefix(kTitleField, schema::kPrefixTitle);
  for (const schema::FieldSpec& f : schema::BooleanFields()) {
    std::string empty_grouping;
    auto* proc = new FacetFieldProcessor(f, lexicon_);
    if (f.and_within_field) {
      parser_.add_boolean_prefix(f.name, proc->release(), &empty_grouping);
    } else {
      parser_.add_boolean_prefix(f.name, proc->release());
    }
  }
  const std::string lang_grouping = "lang";
  parser_.add_boolean_prefix("language", (new FacetFieldProcessor(*schema::FindField("lang"), lexicon_))->release(),
                             &lang_grouping);
  parser_.add_rangeprocessor((new DateOverlapRangeProcessor(parse_error_))->release());
  parser_.add_boolean_prefix(kDateField, (new DatePeriodFieldProcessor(parse_error_))->release());
}

Result<Xapian::Query> QueryBuilder::Build(const SearchRequest& request, std::string* corrected_query) {
  Status valid = ValidateQuery(request.query);
  if (!valid.ok()) return valid;
  std::vector<std::pair<std::string, std::string>> request_filters = request.filters;
  std::string hoisted;
  const std::string text = HoistTopLevelFilters(NormalizeQueryText(request.query), &request_filters, &hoisted);
  Xapian::Query query = Xapian::Query::MatchAll;
  bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
  if (!blank) {
    unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                     Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_PURE_NOT;
    if (lexicon_ != nullptr) {
      flags |= Xapian::QueryParser::FLAG_AUTO_SYNONYMS | Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
      if (request.suggest_spelling) flags |= Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
    }
    parser_.set_default_op(request.default_and ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
    try {
      parse_error_->clear();
      query = parser_.parse_query(text, flags);
      if (!parse_error_->empty()) return QueryError(DateFieldPosition(text), *parse_error_);
      if (corrected_query && (flags & Xapian::QueryParser::FLAG_SPELLING_CORRECTION)) {
        *corrected_query = parser_.get_corrected_query_string();
        if (!corrected_query->empty() && !hoisted.empty()) *corrected_query += " " + hoisted;
      }
    } catch (const Xapian::QueryParserError& e) {
      return Status::InvalidArgument("query: " + e.get_msg());
    }
    if (query.empty()) query = Xapian::Query::MatchAll;  // only stopwords
  }

  // Filters: OR within a field (AND for multi-valued fields), AND across fields.
  std::map<std::string, std::vector<Xapian::Query>> by_field;
  std::vector<Xapian::Query> filters;
  for (const auto& [name, value] : request_filters) {
    if (name == kDateField) {
      auto from = ParseRangeEnd(value, false);
      auto to = ParseRangeEnd(value, true);
      if (!from || !to) return Status::InvalidArgument("filter date: \"" + value + "\" is not a date");
      filters.push_back(DateOverlapQuery(from, to));
      continue;
    }
    const schema::FieldSpec* field = schema::FindField(name);
    if (field == nullptr) {
      return Status::InvalidArgument("filter: unknown field \"" + name + "\" (known fields: " + KnownFields() + ")");
    }
    Xapian::Query q = FacetQuery(*field, value, lexicon_);
    if (field->and_within_field) {
      filters.push_back(q);
    } else {
      by_field[field->name].push_back(q);
    }
  }
  for (auto& [name, queries] : by_field) filters.emplace_back(Xapian::Query::OP_OR, queries.begin(), queries.end());
  if (!request.kinds.empty()) {
    std::vector<Xapian::Query> kinds;
    for (DocKind k : request.kinds) kinds.emplace_back(schema::MakeTerm(schema::kPrefixKind, DocKindName(k)));
    filters.emplace_back(Xapian::Query::OP_OR, kinds.begin(), kinds.end());
  }
  if (request.from || request.to) {
    if (request.from && request.to && *request.to < *request.from) {
      return Status::InvalidArgument("date range: " + request.from->ToString() + " is after " +
                                     request.to->ToString());
    }
    filters.push_back(DateOverlapQuery(request.from, request.to));
  }
  if (!filters.empty()) {
    Xapian::Query filter(Xapian::Query::OP_AND, filters.begin(), filters.end());
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
  }
  return query;
}

}  // namespace newsline
