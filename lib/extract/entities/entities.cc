// EntityMatcher: pack aliases and descriptors over normalized tokens (longest match first, case
// rules, context for common words, descriptor resolution), then discovery on what is left.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <utility>

#include "extract/entities/domain_pack_internal.h"
#include "extract/entities/entities_internal.h"
#include "extract/lexicon/entities_lexicon.h"
#include "extract/entities/entities_tokenize.h"
#include "newsline/entities.h"

namespace newsline {

struct EntityMatcher::Impl {
  DomainPack pack;
  EntityMatchOptions options;
};

namespace {

using entities::Token;
using entities::TokenClaim;

constexpr size_t kMaxRecent = 64;

// One accepted or pending pack match over tokens [first, last].
struct PackMatch {
  size_t first = 0;
  size_t last = 0;
  uint32_t alias = 0;        // the entities::AliasEntry that matched
  uint32_t target = 0;
  bool include_article = false;  // descriptor span starts at the preceding "the"
  double confidence = 1.0;
  uint64_t sentence = 0;
};

bool IsListSeparator(const Token& t) {
  return t.folded == "," || t.folded == ";" || t.folded == "and" || t.folded == "or" || t.folded == "&";
}

class PackPass {
 public:
  PackPass(const DomainPack::Impl& pack, const EntityMatchOptions& options, std::string_view text,
           const std::vector<Token>& tokens, uint64_t first_sentence, const std::vector<std::pair<std::string, uint64_t>>& prior)
      : pack_(pack),
        options_(options),
        text_(text),
        tokens_(tokens),
        sentence_(first_sentence),
        prior_(prior) {}

  // Runs the pass; fills claims and the accepted matches (in text order).
  void Run(std::vector<TokenClaim>* claims, std::vector<PackMatch>* accepted) {
    claims->assign(tokens_.size(), TokenClaim::kFree);
    std::vector<PackMatch> pending;
    size_t i = 0;
    while (i < tokens_.size()) {
      const Token& t = tokens_[i];
      if (t.word && t.sentence_start && i > 0) ++sentence_;
      if (!t.word) {
        ++i;
        continue;
      }
      size_t advance = TryAt(i, accepted, &pending);
      i += advance == 0 ? 1 : advance;
    }
    ResolveLists(accepted, &pending);
    for (const PackMatch& m : *accepted) {
      for (size_t k = m.first; k <= m.last; ++k) (*claims)[k] = TokenClaim::kPack;
      if (m.include_article && m.first > 0) (*claims)[m.first - 1] = TokenClaim::kPack;
    }
    for (const PackMatch& m : pending) {
      for (size_t k = m.first; k <= m.last; ++k) {
        if ((*claims)[k] == TokenClaim::kFree) (*claims)[k] = TokenClaim::kSuppressed;
      }
    }
    std::sort(accepted->begin(), accepted->end(),
              [](const PackMatch& a, const PackMatch& b) { return a.first < b.first; });
  }

  uint64_t sentence() const { return sentence_; }

 private:
  // Entries that match at token i, grouped by length (longest first).
  std::vector<std::vector<uint32_t>> MatchesAt(size_t i) const {
    std::vector<std::vector<uint32_t>> groups;
    auto it = pack_.by_first_token.find(tokens_[i].folded);
    if (it == pack_.by_first_token.end()) return groups;
    for (uint32_t idx : it->second) {
      const entities::AliasEntry& e = pack_.aliases[idx];
      size_t len = e.folded.size();
      if (i + len > tokens_.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < len && ok; ++k) {
        const Token& t = tokens_[i + k];
        ok = t.word && t.folded == e.folded[k] && (k + 1 == len || !t.possessive) &&
             (k == 0 || !tokens_[i + k].newline_before || !BlankLineBefore(i + k)) &&
             (!e.case_sensitive || t.Of(text_) == e.exact[k]);
      }
      if (!ok) continue;
      if (groups.empty() || pack_.aliases[groups.back().front()].folded.size() != len) groups.emplace_back();
      groups.back().push_back(idx);
    }
    return groups;
  }

  bool BlankLineBefore(size_t k) const {
    if (k == 0) return false;
    std::string_view gap = text_.substr(tokens_[k - 1].end_with_possessive,
                                        tokens_[k].begin - tokens_[k - 1].end_with_possessive);
    return std::count(gap.begin(), gap.end(), '\n') >= 2;
  }

  // An unconditional name/alias match starting at token i, or -1.
  int64_t UnconditionalTargetAt(size_t i) const {
    if (i >= tokens_.size() || !tokens_[i].word) return -1;
    for (const auto& group : MatchesAt(i)) {
      for (uint32_t idx : group) {
        const entities::AliasEntry& e = pack_.aliases[idx];
        if (e.kind != entities::AliasEntry::Kind::kDescriptor && !e.needs_context) return e.target;
      }
    }
    return -1;
  }

  // The most recently mentioned target among `allowed`, within the lookback.
  int64_t MostRecent(const std::vector<uint32_t>& allowed, const std::vector<PackMatch>& accepted) const {
    for (auto it = accepted.rbegin(); it != accepted.rend(); ++it) {
      if (sentence_ - it->sentence > options_.descriptor_lookback) return -1;
      if (std::find(allowed.begin(), allowed.end(), it->target) != allowed.end()) return it->target;
    }
    for (auto it = prior_.rbegin(); it != prior_.rend(); ++it) {
      if (sentence_ - it->second > options_.descriptor_lookback) return -1;
      auto t = pack_.target_by_id.find(it->first);
      if (t == pack_.target_by_id.end()) continue;
      auto target = static_cast<uint32_t>(t->second);
      if (std::find(allowed.begin(), allowed.end(), target) != allowed.end()) return target;
    }
    return -1;
  }

  bool MentionedBefore(uint32_t target, const std::vector<PackMatch>& accepted) const {
    for (const PackMatch& m : accepted) {
      if (m.target == target) return true;
    }
    for (const auto& p : prior_) {
      if (p.first == pack_.targets[target].id) return true;
    }
    return false;
  }

  bool ContextNear(uint32_t target, size_t first, size_t last) const {
    const entities::MatchTarget& t = pack_.targets[target];
    if (t.context.empty()) return false;
    size_t lo = first > options_.context_window ? first - options_.context_window : 0;
    size_t hi = std::min(tokens_.size(), last + 1 + options_.context_window);
    for (size_t k = lo; k < hi; ++k) {
      if (k >= first && k <= last) continue;
      for (const auto& phrase : t.context) {
        if (k + phrase.size() > hi) continue;
        bool ok = true;
        for (size_t w = 0; w < phrase.size() && ok; ++w) ok = tokens_[k + w].folded == phrase[w];
        if (ok) return true;
      }
    }
    return false;
  }

  size_t TryAt(size_t i, std::vector<PackMatch>* accepted, std::vector<PackMatch>* pending) {
    for (const auto& group : MatchesAt(i)) {
      size_t len = pack_.aliases[group.front()].folded.size();
      size_t last = i + len - 1;
      // Names and plain aliases first; among several targets, the most recently mentioned.
      std::vector<uint32_t> plain, contextual, descriptors;
      for (uint32_t idx : group) {
        const entities::AliasEntry& e = pack_.aliases[idx];
        if (e.kind == entities::AliasEntry::Kind::kDescriptor) {
          descriptors.push_back(idx);
        } else if (e.needs_context) {
          contextual.push_back(idx);
        } else {
          plain.push_back(idx);
        }
      }
      if (!plain.empty()) {
        uint32_t idx = Choose(plain, *accepted);
        const entities::AliasEntry& e = pack_.aliases[idx];
        Accept(i, last, idx, e.kind == entities::AliasEntry::Kind::kName ? entities::Confidence::kName
                                                                : entities::Confidence::kAlias,
               false, accepted);
        return len;
      }
      if (!contextual.empty()) {
        for (uint32_t idx : contextual) {
          uint32_t target = pack_.aliases[idx].target;
          if (ContextNear(target, i, last) || MentionedBefore(target, *accepted)) {
            Accept(i, last, idx, entities::Confidence::kContextAlias, false, accepted);
            return len;
          }
        }
        PackMatch p;
        p.first = i;
        p.last = last;
        p.alias = contextual.front();
        p.target = pack_.aliases[p.alias].target;
        p.sentence = sentence_;
        pending->push_back(p);
        return len;
      }
      if (!descriptors.empty() && ResolveDescriptor(i, last, descriptors, accepted)) return len;
    }
    return 0;
  }

  uint32_t Choose(const std::vector<uint32_t>& entries, const std::vector<PackMatch>& accepted) const {
    if (entries.size() == 1) return entries.front();
    std::vector<uint32_t> targets;
    for (uint32_t idx : entries) targets.push_back(pack_.aliases[idx].target);
    int64_t recent = MostRecent(targets, accepted);
    for (uint32_t idx : entries) {
      if (recent >= 0 && pack_.aliases[idx].target == static_cast<uint32_t>(recent)) return idx;
    }
    return entries.front();
  }

  bool ResolveDescriptor(size_t first, size_t last, const std::vector<uint32_t>& entries,
                         std::vector<PackMatch>* accepted) {
    std::vector<uint32_t> allowed;
    for (uint32_t idx : entries) allowed.push_back(pack_.aliases[idx].target);
    auto entry_for = [&](uint32_t target) {
      for (uint32_t idx : entries) {
        if (pack_.aliases[idx].target == target) return idx;
      }
      return entries.front();
    };
    bool has_article = first > 0 && tokens_[first - 1].word &&
                       (tokens_[first - 1].folded == "the") && !tokens_[first].newline_before;
    // Appositive: "drug-maker Fabrikam", "the software giant Contoso".
    const Token& tail = tokens_[last];
    size_t next = last + 1;
    if (!tail.possessive && next < tokens_.size() && tokens_[next].word && !tokens_[next].newline_before) {
      int64_t named = UnconditionalTargetAt(next);
      if (named >= 0) {
        if (std::find(allowed.begin(), allowed.end(), static_cast<uint32_t>(named)) == allowed.end()) {
          return false;  // the context names someone else
        }
        Accept(first, last, entry_for(static_cast<uint32_t>(named)),
               entities::Confidence::kAppositiveDescriptor, has_article, accepted);
        return true;
      }
      if (tokens_[next].upper_initial && !tokens_[next].sentence_start) return false;  // another name
    }
    bool needs_article = false;
    for (uint32_t idx : entries) needs_article = needs_article || pack_.aliases[idx].needs_article;
    if (needs_article && !has_article) return false;
    int64_t recent = MostRecent(allowed, *accepted);
    if (recent < 0) return false;
    Accept(first, last, entry_for(static_cast<uint32_t>(recent)), entities::Confidence::kDescriptor,
           has_article, accepted);
    return true;
  }

  void Accept(size_t first, size_t last, uint32_t alias, double confidence, bool include_article,
              std::vector<PackMatch>* accepted) {
    PackMatch m;
    m.first = first;
    m.last = last;
    m.alias = alias;
    m.target = pack_.aliases[alias].target;
    m.confidence = confidence;
    m.include_article = include_article;
    m.sentence = sentence_;
    accepted->push_back(m);
  }

  // Needs-context aliases in a list with accepted names: "Abridge, Ambience, Clay, Decagon,
  // Harvey, and Sierra". Repeats until nothing changes, so a chain of them resolves.
  void ResolveLists(std::vector<PackMatch>* accepted, std::vector<PackMatch>* pending) {
    auto neighbor_accepted = [&](const PackMatch& p) {
      auto is_end = [&](size_t k, bool left) {
        for (const PackMatch& m : *accepted) {
          if ((left ? m.last : m.first) == k) return true;
        }
        return false;
      };
      // Left: one or two separators, then the end of an accepted match.
      size_t k = p.first;
      int seps = 0;
      while (k > 0 && seps < 2 && IsListSeparator(tokens_[k - 1])) {
        --k;
        ++seps;
      }
      if (seps > 0 && k > 0 && is_end(k - 1, true)) return true;
      k = p.last;
      seps = 0;
      while (k + 1 < tokens_.size() && seps < 2 && IsListSeparator(tokens_[k + 1])) {
        ++k;
        ++seps;
      }
      return seps > 0 && k + 1 < tokens_.size() && is_end(k + 1, false);
    };
    bool changed = true;
    while (changed) {
      changed = false;
      for (auto it = pending->begin(); it != pending->end();) {
        if (neighbor_accepted(*it)) {
          PackMatch m = *it;
          m.confidence = entities::Confidence::kContextAlias;
          accepted->push_back(m);
          it = pending->erase(it);
          changed = true;
        } else {
          ++it;
        }
      }
    }
  }

  const DomainPack::Impl& pack_;
  const EntityMatchOptions& options_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  uint64_t sentence_;
  const std::vector<std::pair<std::string, uint64_t>>& prior_;
};

}  // namespace

EntityMatcher::EntityMatcher(EntityMatchOptions options)
    : impl_(std::make_shared<Impl>(Impl{DomainPack(), options})) {}
EntityMatcher::EntityMatcher(DomainPack pack, EntityMatchOptions options)
    : impl_(std::make_shared<Impl>(Impl{std::move(pack), options})) {}
EntityMatcher::~EntityMatcher() = default;
EntityMatcher::EntityMatcher(const EntityMatcher&) = default;
EntityMatcher& EntityMatcher::operator=(const EntityMatcher&) = default;

const DomainPack& EntityMatcher::pack() const { return impl_->pack; }
const EntityMatchOptions& EntityMatcher::options() const { return impl_->options; }

std::vector<EntityMention> EntityMatcher::Match(std::string_view text, EntityMatchState* state,
                                                uint32_t base_offset) const {
  EntityMatchState local;
  if (!state) state = &local;
  std::vector<Token> tokens = entities::Tokenize(text);
  const auto& pack = PackState(impl_->pack);

  std::vector<std::pair<std::string, uint64_t>> prior;
  prior.reserve(state->recent_.size());
  for (const auto& r : state->recent_) prior.emplace_back(r.entity_id, r.sentence);

  PackPass pass(pack, impl_->options, text, tokens, state->sentence_, prior);
  std::vector<TokenClaim> claims;
  std::vector<PackMatch> accepted;
  pass.Run(&claims, &accepted);

  std::vector<EntityMention> out;
  out.reserve(accepted.size() + 8);
  for (const PackMatch& m : accepted) {
    const entities::AliasEntry& e = pack.aliases[m.alias];
    const entities::MatchTarget& t = pack.targets[m.target];
    EntityMention mention;
    uint32_t begin = tokens[m.include_article ? m.first - 1 : m.first].begin;
    uint32_t end = tokens[m.last].end;
    mention.span = {base_offset + begin, base_offset + end};
    mention.text = std::string(text.substr(begin, end - begin));
    mention.entity_id = t.id;
    mention.type = t.type;
    mention.confidence = m.confidence;
    mention.how = e.kind == entities::AliasEntry::Kind::kName        ? MatchKind::kName
                  : e.kind == entities::AliasEntry::Kind::kDescriptor ? MatchKind::kDescriptor
                                                            : MatchKind::kAlias;
    mention.matched = e.text;
    out.push_back(std::move(mention));
  }
  if (impl_->options.discover) {
    entities::DiscoverEntities(text, tokens, claims, base_offset, impl_->options.discover_single_words,
                              {&state->known_, &state->known_type_, &state->lowercase_}, &out);
  }
  std::sort(out.begin(), out.end(), [](const EntityMention& a, const EntityMention& b) {
    return a.span.begin < b.span.begin;
  });

  // Remember pack mentions for later descriptors; discovered ones too (they carry their ids).
  for (const PackMatch& m : accepted) {
    state->recent_.push_back({pack.targets[m.target].id, pack.targets[m.target].type, m.sentence});
  }
  if (state->recent_.size() > kMaxRecent) {
    state->recent_.erase(state->recent_.begin(),
                         state->recent_.begin() + static_cast<long>(state->recent_.size() - kMaxRecent));
  }
  state->sentence_ = pass.sentence() + 1;
  return out;
}

namespace {

// The ASCII words of `text` written in lower case (a cheap pass: no tokenizer), for telling a
// capitalized sentence opener that is a common word from a name.
std::unordered_set<std::string> LowercaseWords(std::string_view text) {
  std::unordered_set<std::string> out;
  size_t k = 0;
  while (k < text.size()) {
    const auto c = static_cast<unsigned char>(text[k]);
    const bool starts = c >= 'a' && c <= 'z' && (k == 0 || !std::isalnum(static_cast<unsigned char>(text[k - 1])));
    if (!starts) {
      ++k;
      continue;
    }
    size_t e = k;
    while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
    std::string word(text.substr(k, e - k));
    for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    out.insert(std::move(word));
    k = e;
  }
  return out;
}

}  // namespace

namespace {

bool WordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The word after a name, past a possessive and spaces ("Contoso's CEO" -> "ceo"), lower case.
std::string WordAfter(std::string_view text, size_t at) {
  for (std::string_view possessive : {"'s", "\xE2\x80\x99s", "'"}) {
    if (text.substr(at, possessive.size()) == possessive) {
      at += possessive.size();
      break;
    }
  }
  while (at < text.size() && text[at] == ' ') ++at;
  size_t end = at;
  while (end < text.size() && WordByte(text[end])) ++end;
  return Lower(text.substr(at, end - at));
}

// The word before a name, past spaces and a joining hyphen ("drug-maker Fabrikam" -> "maker").
std::string WordBefore(std::string_view text, size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  size_t begin = at;
  while (begin > 0 && std::isalnum(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return Lower(text.substr(begin, at - begin));
}

// Discovered names left untyped take the type the words next to their mentions give ("software
// giant Contoso", "Contoso's CEO", "the Nimbus platform"), when the article's mentions agree on
// one; a tie or no cue leaves them "unknown".
void TypeFromContext(std::string_view text, std::vector<EntityMention>* mentions) {
  std::map<std::string, std::map<std::string, int>> votes;  // entity -> type -> mentions
  for (const EntityMention& m : *mentions) {
    if (m.entity_id.empty() || m.type != kUnknownEntityType) continue;
    if (const char* t = entities::TypeFromWordAfterName(WordAfter(text, m.span.end))) ++votes[m.entity_id][t];
    if (const char* t = entities::TypeFromWordBeforeName(WordBefore(text, m.span.begin))) ++votes[m.entity_id][t];
  }
  std::map<std::string, std::string> chosen;
  for (const auto& [id, counts] : votes) {
    int best = 0, ties = 0;
    for (const auto& [type, n] : counts) {
      if (n > best) {
        best = n;
        ties = 0;
        chosen[id] = type;
      } else if (n == best) {
        ++ties;
      }
    }
    if (ties) chosen.erase(id);
  }
  for (EntityMention& m : *mentions) {
    auto it = chosen.find(m.entity_id);
    if (m.type == kUnknownEntityType && it != chosen.end()) m.type = it->second;
  }
}

}  // namespace

std::vector<EntityMention> EntityMatcher::MatchArticle(const Article& article) const {
  EntityMatchState state;
  state.lowercase_ = LowercaseWords(article.text);
  std::vector<EntityMention> out;
  if (article.sentences.empty()) {
    out = Match(article.text, &state, 0);
  } else {
    for (const Sentence& s : article.sentences) {
      if (s.span.end > article.text.size() || s.span.empty()) continue;
      std::vector<EntityMention> part = Match(s.span.Of(article.text), &state, s.span.begin);
      out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
  }
  TypeFromContext(article.text, &out);
  return out;
}

}  // namespace newsline
