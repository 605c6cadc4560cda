// One outlet written several ways (see source_names.h).
#include "analysis/source_names.h"

#include <algorithm>
#include <cctype>
#include <numeric>

#include "analysis/claim_lexicon.h"
#include "analysis/words.h"

namespace newsline {
namespace analysis {
namespace {

bool IsLinkWord(const std::string& w) {
  const auto& links = ClaimLexicon::Get().name_link_words;
  return std::find(links.begin(), links.end(), w) != links.end();
}

}  // namespace

bool LooksLikeAcronym(const std::string& name) {
  return name.size() >= 2 && name.size() <= 5 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string Initials(const std::string& name) {
  std::string initials;
  for (const std::string& w : LowerWords(name)) {
    if (!IsLinkWord(w)) initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  }
  return initials;
}

bool IsAcronymOf(const std::string& acronym, const std::string& name) {
  if (!LooksLikeAcronym(acronym)) return false;
  const std::string initials = Initials(name);
  return initials.size() >= 2 && initials == acronym;
}

namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

bool SameSource(const std::string& a, const std::string& b) {
  const std::string ka = SourceKey(a), kb = SourceKey(b);
  if (ka.empty() || kb.empty()) return false;
  if (ka == kb || IsAcronymOf(a, b) || IsAcronymOf(b, a)) return true;
  const size_t shorter = std::min(ka.size(), kb.size());
  if (shorter < 8 || (ka.size() > kb.size() ? ka.size() - kb.size() : kb.size() - ka.size()) > 2) return false;
  return EditDistance(ka, kb) <= (shorter >= 12 ? 2u : 1u);
}

size_t Find(std::vector<size_t>* parent, size_t x) {
  while ((*parent)[x] != x) x = (*parent)[x] = (*parent)[(*parent)[x]];
  return x;
}

}  // namespace

std::string SourceKey(const std::string& name) {
  std::vector<std::string> words = LowerWords(name);
  const auto& articles = ClaimLexicon::Get().name_articles;
  if (words.size() > 1 && std::find(articles.begin(), articles.end(), words[0]) != articles.end()) {
    words.erase(words.begin());
  }
  std::string key;
  for (const std::string& w : words) {
    for (char c : w) {
      if (std::isalnum(static_cast<unsigned char>(c))) key += c;
    }
  }
  return key;
}

SourceNames::SourceNames(const std::vector<std::string>& occurrences) {
  std::vector<std::string> names;
  std::map<std::string, size_t> count;
  for (const std::string& n : occurrences) {
    if (n.empty()) continue;
    if (count[n]++ == 0) names.push_back(n);
  }
  std::vector<size_t> parent(names.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t i = 0; i < names.size(); ++i) {
    for (size_t j = i + 1; j < names.size(); ++j) {
      if (SameSource(names[i], names[j])) parent[Find(&parent, j)] = Find(&parent, i);
    }
  }
  std::map<size_t, std::string> best;  // root -> canonical form
  for (const std::string& n : names) {
    const size_t root = Find(&parent, static_cast<size_t>(&n - names.data()));
    auto it = best.find(root);
    if (it == best.end()) {
      best.emplace(root, n);
      continue;
    }
    const std::string& b = it->second;
    // A name beats its own acronym ("Associated Press" over "AP", however often each is written):
    // readers know the name; else the form written most often, else the longer.
    if (IsAcronymOf(n, b)) continue;
    if (IsAcronymOf(b, n) || count[n] > count[b] || (count[n] == count[b] && n.size() > b.size())) it->second = n;
  }
  for (size_t i = 0; i < names.size(); ++i) canonical_[names[i]] = best[Find(&parent, i)];
}

const std::string& SourceNames::Canonical(const std::string& name) const {
  auto it = canonical_.find(name);
  return it == canonical_.end() ? name : it->second;
}

}  // namespace analysis
}  // namespace newsline
