// Words of claim texts (see words.h).
#include "analysis/words.h"

#include <algorithm>
#include <cctype>

#include "analysis/claim_lexicon.h"

namespace newsline {
namespace analysis {
namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c == '\'' || c >= 0x80; }

void Flush(std::string* word, std::vector<std::string>* out) {
  while (!word->empty() && word->front() == '\'') word->erase(word->begin());
  while (!word->empty() && word->back() == '\'') word->pop_back();
  if (!word->empty()) out->push_back(*word);
  word->clear();
}

// Trims quote marks, brackets and end punctuation (ASCII and the typographic quotes).
std::string TrimPunctuation(std::string s) {
  static const std::string kAsciiTrim = " \t\r\n\"'.,;:!?()[]";
  static const std::string kTypographic[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"};
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (kAsciiTrim.find(s.front()) != std::string::npos) { s.erase(0, 1); changed = true; continue; }
    if (kAsciiTrim.find(s.back()) != std::string::npos) { s.pop_back(); changed = true; continue; }
    for (const std::string& q : kTypographic) {
      if (s.size() >= q.size() && s.compare(0, q.size(), q) == 0) { s.erase(0, q.size()); changed = true; }
      if (s.size() >= q.size() && s.compare(s.size() - q.size(), q.size(), q) == 0) {
        s.erase(s.size() - q.size());
        changed = true;
      }
    }
  }
  return s;
}

// A label cut inside a quotation ("the plan "was meant to cut") loses its quote
// marks: an odd number of straight quotes, or opening and closing typographic ones that do not pair.
std::string DropUnbalancedQuotes(std::string s) {
  static const std::string kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";
  size_t straight = 0, open = 0, close = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    straight += s[i] == '"';
    open += s.compare(i, kOpen.size(), kOpen) == 0;
    close += s.compare(i, kClose.size(), kClose) == 0;
  }
  if (straight % 2 == 0 && open == close) return s;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '"') {
      ++i;
    } else if (s.compare(i, kOpen.size(), kOpen) == 0 || s.compare(i, kClose.size(), kClose) == 0) {
      i += kOpen.size();
    } else {
      out += s[i++];
    }
  }
  return out;
}

bool EndsClause(const std::string& token) {
  const char c = token.empty() ? ' ' : token.back();
  return c == ',' || c == ';' || c == ':';
}

bool StartsClause(const std::string& token) {
  const auto& openers = ClaimLexicon::Get().clause_openers;
  return std::find(openers.begin(), openers.end(), token) != openers.end();
}

}  // namespace

std::vector<std::string> LowerWords(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\x99') {
      word += '\'';  // U+2019
      i += 2;
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      Flush(&word, &out);  // other punctuation of U+2000..U+203F: dashes, quotes, ellipsis
      i += 2;
    } else if (IsWordByte(c)) {
      word += static_cast<char>(std::tolower(c));
    } else {
      Flush(&word, &out);
    }
  }
  Flush(&word, &out);
  return out;
}

std::vector<std::string> ExpandContractions(const std::vector<std::string>& words) {
  const auto& table = ClaimLexicon::Get().contractions;
  std::vector<std::string> out;
  for (const std::string& w : words) {
    auto it = std::find_if(table.begin(), table.end(), [&](const auto& row) { return row.first == w; });
    if (it == table.end()) {
      out.push_back(w);
      continue;
    }
    const std::string& expansion = it->second;
    const size_t space = expansion.find(' ');
    out.push_back(expansion.substr(0, space));
    if (space != std::string::npos) out.push_back(expansion.substr(space + 1));
  }
  return out;
}

// ", including access through a partner," / ", if not the letter,": a phrase of at most eight
// words between two commas, after the clause's first words, is left out of a label, so that the
// clause it interrupts reads whole ("the deal violates the spirit of the agreement").
void DropParentheticals(std::vector<std::string>* tokens) {
  constexpr size_t kMaxParentheticalWords = 8;
  std::vector<std::string>& t = *tokens;
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (!EndsClause(t[i]) || t[i].back() != ',') continue;
    size_t j = i + 1;
    while (j < t.size() && j <= i + kMaxParentheticalWords && !EndsClause(t[j])) ++j;
    if (j + 1 >= t.size() || j > i + kMaxParentheticalWords || t[j].back() != ',') continue;
    t[i].pop_back();  // the opening comma goes with the phrase
    t.erase(t.begin() + static_cast<long>(i) + 1, t.begin() + static_cast<long>(j) + 1);
  }
}

std::string ReadableLabel(const std::string& text, size_t max_words) {
  std::vector<std::string> tokens;
  size_t i = 0;
  const std::string trimmed = TrimPunctuation(text);
  while (i < trimmed.size()) {
    const size_t begin = trimmed.find_first_not_of(" \t\r\n", i);
    if (begin == std::string::npos) break;
    const size_t end = std::min(trimmed.find_first_of(" \t\r\n", begin), trimmed.size());
    tokens.push_back(trimmed.substr(begin, end - begin));
    i = end;
  }
  if (tokens.size() > max_words) DropParentheticals(&tokens);
  size_t keep = tokens.size();
  bool ellipsis = false;
  if (tokens.size() > max_words) {
    // A punctuation mark ends a clause after a third of the words; a conjunction only after half
    // ("Agents built on Frontier and working ..." joins two phrases, not two clauses).
    keep = 0;
    for (size_t k = max_words / 3; k < max_words && keep == 0; ++k) {
      if (EndsClause(tokens[k - 1]) || (k >= max_words / 2 && StartsClause(tokens[k]))) keep = k;
    }
    if (keep == 0) {
      keep = max_words;
      ellipsis = true;
    }
  }
  std::string out;
  for (size_t k = 0; k < keep; ++k) out += (k ? " " : "") + tokens[k];
  out = DropUnbalancedQuotes(TrimPunctuation(out));
  return ellipsis ? out + "\xE2\x80\xA6" : out;
}

}  // namespace analysis
}  // namespace newsline
