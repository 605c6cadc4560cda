// Entity discovery without a pack: capitalized names, organization suffixes, people with titles
// or roles, acronyms defined in the text, and coreference to names seen earlier in the article.
#include <algorithm>
#include <string>
#include <unordered_set>
#include <utility>

#include "extract/entities/entities_internal.h"
#include "extract/lexicon/entities_lexicon.h"
#include "extract/entities/entities_tokenize.h"
#include "newsline/entities.h"

namespace newsline {

std::string CanonicalEntityKey(std::string_view name) {
  std::vector<entities::Token> tokens = entities::Tokenize(name);
  std::vector<const entities::Token*> words;
  for (const auto& t : tokens) {
    if (t.word) words.push_back(&t);
  }
  while (!words.empty() && words.front()->folded == "the") words.erase(words.begin());
  while (words.size() > 1 && entities::IsLegalFormSuffix(words.back()->folded) && !words.back()->hyphen_before) {
    words.pop_back();
  }
  std::string key;
  for (const entities::Token* t : words) {
    if (!key.empty()) key.push_back('-');
    for (char c : t->folded) {
      if (c != '.' && c != '\'') key.push_back(c);
    }
  }
  return key;
}

std::string DiscoveredEntityId(std::string_view name) { return "d:" + CanonicalEntityKey(name); }

namespace entities {
namespace {

bool NameLike(const Token& t) {
  return t.word && t.has_alpha && t.upper_initial && !(t.folded[0] >= '0' && t.folded[0] <= '9');
}

bool IsAcronymToken(const Token& t) {
  return t.word && t.has_alpha && !t.has_digit && t.all_caps && t.folded.size() <= 8;
}

class Discoverer {
 public:
  Discoverer(std::string_view text, const std::vector<Token>& tokens, const std::vector<TokenClaim>& claims,
             uint32_t base, bool single_words, DiscoveryMemory memory, std::vector<EntityMention>* out)
      : text_(text),
        tokens_(tokens),
        claims_(claims),
        base_(base),
        single_words_(single_words),
        memory_(memory),
        out_(out),
        used_(tokens.size(), false) {}

  void Run() {
    MarkHeadlines();
    size_t first_new = out_->size();
    for (const std::vector<size_t>& run : Runs()) {
      for (auto& part : SplitAtTitles(run)) Classify(part.first, part.second);
    }
    // An acronym used before its definition in the same text ("AWS ... Amazon Web Services (AWS)").
    for (size_t k = first_new; k < out_->size(); ++k) {
      EntityMention& m = (*out_)[k];
      if (m.matched != "acronym" && m.matched != "capitalized-word") continue;
      auto known = memory_.known->find(CanonicalEntityKey(m.text));
      if (known == memory_.known->end()) continue;
      m.entity_id = known->second;
      auto type = memory_.known_type->find(known->second);
      if (type != memory_.known_type->end()) m.type = type->second;
      m.confidence = Confidence::kCoreference;
      m.matched = "coreference";
    }
  }

 private:
  bool Free(size_t i) const { return i < tokens_.size() && claims_[i] == TokenClaim::kFree && !used_[i]; }

  bool BlankLineBefore(size_t k) const {
    if (k == 0) return false;
    std::string_view gap = text_.substr(tokens_[k - 1].end_with_possessive,
                                        tokens_[k].begin - tokens_[k - 1].end_with_possessive);
    return std::count(gap.begin(), gap.end(), '\n') >= 1;
  }

  // Marks tokens of lines in title case or all caps that do not end like a sentence ("Deal Sparks
  // Legal Threat Over ...", "Microsoft’s Allegation"): capitalization says nothing about names there.
  void MarkHeadlines() {
    headline_.assign(tokens_.size(), false);
    size_t begin = 0;
    for (size_t i = 0; i <= tokens_.size(); ++i) {
      bool boundary = i == tokens_.size() || (i > begin && tokens_[i].newline_before);
      if (!boundary) continue;
      int words = 0, capitalized = 0, caps = 0;
      for (size_t k = begin; k < i; ++k) {
        const Token& t = tokens_[k];
        if (!t.word || !t.has_alpha || IsPhraseBreak(t.folded) || IsNameConnector(t.folded)) continue;
        if (!t.upper_initial && IsCommonCapitalizedWord(t.folded)) continue;  // "vs", "your"
        ++words;
        if (t.upper_initial) ++capitalized;
        if (t.all_caps) ++caps;
      }
      size_t last = i;
      while (last > begin && !tokens_[last - 1].word &&
             (tokens_[last - 1].folded == "\"" || tokens_[last - 1].folded == "\u201d" ||
              tokens_[last - 1].folded == ")")) {
        --last;
      }
      bool sentence_end = last > begin && !tokens_[last - 1].word &&
                          (tokens_[last - 1].folded == "." || tokens_[last - 1].folded == "!" ||
                           tokens_[last - 1].folded == "?");
      bool headline = !sentence_end && words >= 2 && (capitalized * 10 >= words * 8 || caps * 10 >= words * 6);
      for (size_t k = begin; k < i; ++k) headline_[k] = headline;
      begin = i;
    }
  }

  // "Amazon-OpenAI", "OpenAI-AWS": two names glued by a hyphen, told apart from one hyphenated name
  // ("Info-Tech", "Coca-Cola") by the inner capitals or all caps of a part.
  bool GluedNames(size_t k) const {
    const Token& a = tokens_[k - 1];
    const Token& b = tokens_[k];
    auto camel = [this](const Token& t) {
      std::string_view s = t.Of(text_);
      int uppers = 0;
      for (char c : s) uppers += (c >= 'A' && c <= 'Z') ? 1 : 0;
      return t.all_caps || uppers >= 2;
    };
    return b.hyphen_before && a.folded.size() >= 2 && b.folded.size() >= 2 && (camel(a) || camel(b));
  }

  // Maximal runs of free capitalized words, joined by connectors ("Bank of England").
  std::vector<std::vector<size_t>> Runs() const {
    std::vector<std::vector<size_t>> runs;
    size_t n = tokens_.size();
    size_t i = 0;
    while (i < n) {
      if (!Free(i) || !NameLike(tokens_[i])) {
        ++i;
        continue;
      }
      std::vector<size_t> run{i};
      size_t j = i + 1;
      while (j < n && !tokens_[run.back()].possessive) {
        const Token& t = tokens_[j];
        bool joins = !t.sentence_start && !BlankLineBefore(j) && !GluedNames(j);
        if (joins && Free(j) && NameLike(t)) {
          run.push_back(j++);
          continue;
        }
        bool connector = Free(j) && !t.upper_initial &&
                         (t.folded == "&" || (t.word && !t.hyphen_before && IsNameConnector(t.folded)));
        if (joins && connector && j + 1 < n && Free(j + 1) && NameLike(tokens_[j + 1]) &&
            !tokens_[j + 1].sentence_start && !tokens_[run.back()].possessive && HasOrgWord(run)) {
          run.push_back(j);
          run.push_back(j + 1);
          j += 2;
          continue;
        }
        break;
      }
      runs.push_back(std::move(run));
      i = j;
    }
    return runs;
  }

  // "Contoso CEO Jane Doe" -> ("Contoso", untitled), ("Jane Doe", titled).
  std::vector<std::pair<std::vector<size_t>, bool>> SplitAtTitles(const std::vector<size_t>& run) const {
    std::vector<std::pair<std::vector<size_t>, bool>> parts;
    bool titled = TitleBefore(run.front());
    std::vector<size_t> current;
    for (size_t k = 0; k < run.size(); ++k) {
      const Token& t = tokens_[run[k]];
      bool title = t.word && IsPersonTitle(t.folded) && k + 1 < run.size();
      if (title) {
        if (!current.empty()) parts.emplace_back(std::move(current), titled);
        current.clear();
        titled = true;
        continue;
      }
      current.push_back(run[k]);
    }
    if (!current.empty()) parts.emplace_back(std::move(current), titled);
    return parts;
  }

  // A lowercase title right before token k ("chief executive Jane Doe"), or an abbreviated one
  // with its period ("Lt. Gerry Smith", "Sgt. Joe Doe").
  bool TitleBefore(size_t k) const {
    if (k > 0 && tokens_[k - 1].word && IsPersonTitle(tokens_[k - 1].folded) && !tokens_[k - 1].upper_initial)
      return true;
    return k > 1 && tokens_[k - 1].folded == "." && tokens_[k - 2].word && IsAbbreviation(tokens_[k - 2].folded) &&
           IsPersonTitle(tokens_[k - 2].folded);
  }

  // Whether the article also writes the word in lower case ("witnesses said ... Witnesses told"):
  // capitalized at a sentence start, it is a common word, not a name.
  bool WrittenInLowerCase(const Token& t) const {
    if (memory_.lowercase && memory_.lowercase->count(t.folded) > 0) return true;
    for (const Token& u : tokens_) {
      if (u.word && !u.upper_initial && u.folded == t.folded) return true;
    }
    return false;
  }

  std::string TextOf(size_t first, size_t last) const {
    return std::string(text_.substr(tokens_[first].begin, tokens_[last].end - tokens_[first].begin));
  }

  bool HasOrgWord(const std::vector<size_t>& part) const {
    for (size_t k : part) {
      if (IsOrganizationSuffix(tokens_[k].folded) && tokens_[k].upper_initial) return true;
    }
    return false;
  }

  // The acronym defined right after the name: "Stateful Runtime Environment (SRE)",
  // "International Coffee Organization, ICO,". Returns its token index or 0.
  size_t DefinedAcronym(const std::vector<size_t>& part) const {
    size_t e = part.back();
    size_t n = tokens_.size();
    if (e + 2 >= n) return 0;
    bool paren = tokens_[e + 1].folded == "(" && e + 3 < n && tokens_[e + 3].folded == ")";
    bool comma = tokens_[e + 1].folded == "," && (e + 3 >= n || !tokens_[e + 3].word);
    if (!paren && !comma) return 0;
    const Token& a = tokens_[e + 2];
    if (!a.word || !a.has_alpha || a.has_digit) return 0;
    std::string acr = a.folded;
    std::string surface(a.Of(text_));
    if (acr.size() > 2 && acr.back() == 's' && surface.back() == 's') acr.pop_back();  // "APIs"
    int upper = 0;
    for (char c : surface) upper += (c >= 'A' && c <= 'Z') ? 1 : 0;
    if (upper < 2) return 0;
    std::string all, content;
    for (size_t k : part) {
      const Token& t = tokens_[k];
      if (!t.word) continue;
      all.push_back(t.folded[0]);
      if (!IsNameConnector(t.folded)) content.push_back(t.folded[0]);
    }
    return (acr == all || acr == content) ? e + 2 : 0;
  }

  // "Scott Bickley, advisory fellow at Info-Tech Research Group".
  bool RoleApposition(const std::vector<size_t>& part) const {
    size_t e = part.back();
    if (e + 1 >= tokens_.size() || tokens_[e + 1].folded != ",") return false;
    bool role = false;
    for (size_t k = e + 2; k < tokens_.size() && k < e + 9; ++k) {
      const Token& t = tokens_[k];
      if (!t.word) return false;
      if (role && (t.folded == "at" || t.folded == "of" || t.folded == "with" || t.folded == "for")) return true;
      if (IsRoleNoun(t.folded)) role = true;
      else if (t.upper_initial && !IsPersonTitle(t.folded)) return false;
    }
    return false;
  }

  bool SpeechVerbNear(const std::vector<size_t>& part) const {
    auto speech = [](const std::string& w) {
      return w == "said" || w == "says" || w == "told" || w == "added" || w == "noted" || w == "argued";
    };
    size_t e = part.back();
    if (e + 1 < tokens_.size() && speech(tokens_[e + 1].folded) && !tokens_[e].possessive) return true;
    size_t b = part.front();
    return b > 0 && speech(tokens_[b - 1].folded);
  }

  void Emit(size_t first, size_t last, const std::string& id, const std::string& type, double confidence,
            const char* rule, bool include_period) {
    EntityMention m;
    uint32_t begin = tokens_[first].begin;
    uint32_t end = tokens_[last].end;
    if (include_period && last + 1 < tokens_.size() && tokens_[last + 1].folded == "." &&
        tokens_[last + 1].begin == end) {
      end = tokens_[last + 1].end;
    }
    m.span = {base_ + begin, base_ + end};
    m.text = std::string(text_.substr(begin, end - begin));
    m.entity_id = id;
    m.type = type;
    m.confidence = confidence;
    m.how = MatchKind::kDiscovered;
    m.matched = rule;
    out_->push_back(std::move(m));
    for (size_t k = first; k <= last; ++k) used_[k] = true;
  }

  void Remember(const std::string& key, const std::string& id) {
    if (!key.empty()) memory_.known->emplace(key, id);
  }

  // Drops words capitalized only by position, months and days, and dangling connectors from the
  // edges of a run of capitalized words.
  void TrimEdges(std::vector<size_t>* part) const {
    auto droppable = [&](size_t k) {
      const Token& t = tokens_[k];
      return !t.upper_initial || IsMonthOrDayName(t.folded) || (IsCommonCapitalizedWord(t.folded) && !t.all_caps);
    };
    while (!part->empty() && droppable(part->front())) part->erase(part->begin());
    while (!part->empty() && (droppable(part->back()) || IsNameConnector(tokens_[part->back()].folded) ||
                              (IsNonNameAcronym(tokens_[part->back()].folded) && part->size() > 1))) {
      part->pop_back();
    }
  }

  void Record(const std::string& id, const std::string& type) {
    auto [it, inserted] = memory_.known_type->emplace(id, type);
    if (!inserted && it->second == "unknown") it->second = type;
  }

  void Classify(std::vector<size_t> part, bool titled) {
    for (size_t k : part) {
      if (used_[k]) return;  // already emitted (an acronym right after its definition)
    }
    TrimEdges(&part);
    if (part.empty()) return;
    const size_t first = part.front(), last = part.back();
    const std::string key = CanonicalEntityKey(TextOf(first, last));
    if (key.empty()) return;
    size_t words = 0;
    for (size_t k : part) words += tokens_[k].word && !IsNameConnector(tokens_[k].folded) ? 1 : 0;

    // A name seen earlier in the article: a surname, an acronym, a hyphenated head.
    auto known = memory_.known->find(key);
    if (known != memory_.known->end()) {
      auto type = memory_.known_type->find(known->second);
      Emit(first, last, known->second, type == memory_.known_type->end() ? "unknown" : type->second,
           Confidence::kCoreference, "coreference", false);
      return;
    }
    const std::string id = "d:" + key;
    if (size_t acr = DefinedAcronym(part)) return EmitDefinedAcronym(part, acr, id);
    if (words >= 1 && IsOrganizationSuffix(tokens_[last].folded) && (words >= 2 || IsLegalFormSuffix(tokens_[last].folded)) &&
        !headline_[first]) {
      Emit(first, last, id, "organization", Confidence::kOrgSuffix, "org-suffix", IsAbbreviation(tokens_[last].folded));
      Record(id, "organization");
      RememberHead(part, id);
      return;
    }
    if (EmitPerson(part, titled, words, id)) return;
    if (headline_[first]) return;
    if (words >= 2) {
      const bool org = HasOrgWord(part);
      Emit(first, last, id, org ? "organization" : "unknown", org ? Confidence::kOrgWord : Confidence::kCapitalizedName,
           org ? "org-word" : "capitalized-name", false);
      Record(id, org ? "organization" : "unknown");
      if (org) RememberHead(part, id);
      return;
    }
    EmitSingleWord(part, id);
  }

  // "Amazon Web Services (AWS)": the name, and the acronym remembered for later mentions.
  void EmitDefinedAcronym(const std::vector<size_t>& part, size_t acr, const std::string& id) {
    const std::string type = HasOrgWord(part) ? "organization" : "unknown";
    Emit(part.front(), part.back(), id, type, Confidence::kAcronymDefinition, "acronym-definition", false);
    std::string acr_key = CanonicalEntityKey(tokens_[acr].Of(text_));
    if (acr_key.size() > 2 && acr_key.back() == 's' && tokens_[acr].Of(text_).back() == 's') acr_key.pop_back();
    Remember(acr_key, id);
    Record(id, type);
    if (Free(acr)) Emit(acr, acr, id, type, Confidence::kAcronymDefinition, "acronym-definition", false);
  }

  // A person: after a title ("CEO Jane Doe"), or two or three words in a role apposition or
  // before a speech verb. The surname is remembered.
  bool EmitPerson(const std::vector<size_t>& part, bool titled, size_t words, const std::string& id) {
    const size_t first = part.front(), last = part.back();
    if (titled && words >= 1 && words <= 4 && !HasOrgWord(part)) {
      Emit(first, last, id, "person", words >= 2 ? Confidence::kPersonTitle : Confidence::kCoreference, "person-title",
           false);
      Record(id, "person");
      if (words >= 2) Remember(tokens_[last].folded, id);
      return true;
    }
    if (words >= 2 && words <= 3 && !HasOrgWord(part) && (RoleApposition(part) || SpeechVerbNear(part))) {
      Emit(first, last, id, "person", Confidence::kRoleApposition, RoleApposition(part) ? "role-apposition" : "speaker",
           false);
      Record(id, "person");
      Remember(tokens_[last].folded, id);
      return true;
    }
    return false;
  }

  // A single capitalized word: an acronym or a name, low confidence; at a sentence start only
  // before a speech verb ("Volcker said ...").
  void EmitSingleWord(const std::vector<size_t>& part, const std::string& id) {
    const size_t first = part.front(), last = part.back();
    const Token& t = tokens_[first];
    if (!single_words_ || t.folded.size() < 2 || t.has_digit) return;
    if (IsPersonTitle(t.folded) || IsNonNameAcronym(t.folded) || IsOrganizationSuffix(t.folded)) return;
    if (t.sentence_start) {
      if (IsCommonCapitalizedWord(t.folded) || WrittenInLowerCase(t) || !SpeechVerbNear(part) || first + 1 >= tokens_.size() ||
          tokens_[first + 1].folded.empty() || first == part.back() + 1) {
        return;
      }
      Emit(first, last, id, "unknown", Confidence::kAcronym, "speaker", false);
      Record(id, "unknown");
      return;
    }
    if (IsAcronymToken(t)) {
      Emit(first, last, id, "unknown", Confidence::kAcronym, "acronym", false);
    } else {
      Emit(first, last, id, "unknown", Confidence::kCapitalizedWord, "capitalized-word", false);
    }
    Record(id, "unknown");
  }

  // "Info-Tech Research Group": later "Info-Tech" alone is the same organization.
  void RememberHead(const std::vector<size_t>& part, const std::string& id) {
    size_t k = 0;
    std::string head = tokens_[part[0]].folded;
    while (k + 1 < part.size() && tokens_[part[k + 1]].hyphen_before) {
      head += "-" + tokens_[part[++k]].folded;
    }
    if (k > 0 || tokens_[part[0]].all_caps) Remember(CanonicalEntityKey(head), id);
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<TokenClaim>& claims_;
  uint32_t base_;
  bool single_words_;
  DiscoveryMemory memory_;
  std::vector<EntityMention>* out_;
  std::vector<bool> used_;
  std::vector<bool> headline_;
};

}  // namespace

void DiscoverEntities(std::string_view text, const std::vector<Token>& tokens, const std::vector<TokenClaim>& claims,
                      uint32_t base, bool single_words, DiscoveryMemory memory, std::vector<EntityMention>* out) {
  Discoverer(text, tokens, claims, base, single_words, memory, out).Run();
}

}  // namespace entities
}  // namespace newsline
