// Boilerplate and origin-statement rules (data tables) and their matching.
#include "text/boilerplate.h"

#include <cctype>
#include <vector>

namespace newsline {
namespace text {
namespace {

using M = BoilerplateMatch;

// Lines that are site furniture, not article text. Matching is on the trimmed, lower-cased line.
const std::vector<BoilerplateRule>& Rules() {
  static const auto* rules = new std::vector<BoilerplateRule>{
      // Ads.
      {"advertisement", M::kExact, 0, "ad"},
      {"advertisements", M::kExact, 0, "ad"},
      {"advertising", M::kExact, 0, "ad"},
      {"sponsored", M::kExact, 0, "ad"},
      {"sponsored content", M::kExact, 0, "ad"},
      {"story continues below advertisement", M::kExact, 0, "ad"},
      {"article continues below advertisement", M::kExact, 0, "ad"},
      {"article continues below", M::kExact, 0, "ad"},
      {"(adsbygoogle = window.adsbygoogle || []).push({});", M::kExact, 0, "ad"},
      // Buttons and lone glyphs (a close "X", share icons).
      {"x", M::kExact, 0, "button"},
      {"close", M::kExact, 0, "button"},
      {"share", M::kExact, 0, "share"},
      {"share this", M::kExact, 0, "share"},
      {"share this article", M::kExact, 0, "share"},
      {"share this story", M::kExact, 0, "share"},
      {"share on facebook", M::kExact, 0, "share"},
      {"share on twitter", M::kExact, 0, "share"},
      {"share on linkedin", M::kExact, 0, "share"},
      {"share on whatsapp", M::kExact, 0, "share"},
      {"tweet", M::kExact, 0, "share"},
      {"email", M::kExact, 0, "share"},
      {"print", M::kExact, 0, "share"},
      {"copy link", M::kExact, 0, "share"},
      {"skip to main content", M::kExact, 0, "navigation"},
      {"skip to content", M::kExact, 0, "navigation"},
      {"go to source", M::kExact, 0, "navigation"},
      {"read more", M::kExact, 0, "navigation"},
      {"read more:", M::kExact, 0, "navigation"},
      {"continue reading", M::kExact, 0, "navigation"},
      {"related articles", M::kExact, 0, "navigation"},
      {"related stories", M::kExact, 0, "navigation"},
      {"recommended", M::kExact, 0, "navigation"},
      {"loading...", M::kExact, 0, "navigation"},
      // Empty bylines.
      {"author:", M::kExact, 0, "empty byline"},
      {"by:", M::kExact, 0, "empty byline"},
      {"by", M::kExact, 0, "empty byline"},
      // Comment sections.
      {"comments", M::kExact, 0, "comments"},
      {"comment", M::kExact, 0, "comments"},
      {"0 comments", M::kExact, 0, "comments"},
      {"show comments", M::kExact, 0, "comments"},
      {"view comments", M::kExact, 0, "comments"},
      {"leave a comment", M::kExact, 0, "comments"},
      {"post it now", M::kExact, 0, "comments"},
      {"want to post your topic", M::kExact, 0, "comments"},
      {"please login to leave a comment", M::kPrefix, 40, "comments"},
      {"please log in to leave a comment", M::kPrefix, 40, "comments"},
      {"log in to comment", M::kPrefix, 30, "comments"},
      {"join a global community", M::kPrefix, 240, "comments"},
      {"join the conversation", M::kPrefix, 60, "comments"},
      // Subscribe and follow prompts.
      {"subscribe to our newsletter", M::kContains, 160, "subscribe"},
      {"sign up for our newsletter", M::kContains, 160, "subscribe"},
      {"sign up to our newsletter", M::kContains, 160, "subscribe"},
      {"subscribe now", M::kPrefix, 100, "subscribe"},
      {"subscribe to ", M::kPrefix, 100, "subscribe"},
      {"follow us on", M::kPrefix, 100, "subscribe"},
      {"download our app", M::kPrefix, 100, "subscribe"},
      {"click here to subscribe", M::kPrefix, 100, "subscribe"},
      // Legal footers.
      {"all rights reserved", M::kContains, 140, "footer"},
      {"\xc2\xa9 ", M::kPrefix, 140, "footer"},  // "© 2026 ..."
      {"copyright \xc2\xa9", M::kPrefix, 140, "footer"},
  };
  return *rules;
}

// Statements of origin: the outlet is the rest of the line after the prefix.
const std::vector<const char*>& OriginPrefixes() {
  static const auto* prefixes = new std::vector<const char*>{
      "this article originally appeared on ", "this article originally appeared in ",
      "this article first appeared on ",      "this article first appeared in ",
      "this story originally appeared on ",   "this story originally appeared in ",
      "this story first appeared on ",        "this story first appeared in ",
      "this post originally appeared on ",    "this post originally appeared in ",
      "this article was originally published on ", "this article was originally published in ",
      "this article was originally published by ", "originally published on ",
      "originally published in ",             "originally published by ",
      "this article appeared originally on ", "this content originally appeared on ",
  };
  return *prefixes;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

const BoilerplateRule* MatchBoilerplate(std::string_view line) {
  if (line.empty() || line.size() > 240) return nullptr;
  const std::string lower = Lower(line);
  for (const BoilerplateRule& rule : Rules()) {
    const std::string_view t(rule.text);
    switch (rule.match) {
      case M::kExact:
        if (lower == t) return &rule;
        break;
      case M::kPrefix:
        if (lower.size() <= rule.max_length && lower.compare(0, t.size(), t) == 0) return &rule;
        break;
      case M::kContains:
        if (lower.size() <= rule.max_length && lower.find(t) != std::string::npos) return &rule;
        break;
    }
  }
  return nullptr;
}

std::optional<std::string> MatchOriginStatement(std::string_view line) {
  if (line.size() > 160) return std::nullopt;
  const std::string lower = Lower(line);
  for (const char* prefix : OriginPrefixes()) {
    const std::string_view p(prefix);
    if (lower.compare(0, p.size(), p) != 0) continue;
    std::string_view name = line.substr(p.size());
    while (!name.empty() && (name.back() == '.' || name.back() == ' ' || name.back() == '!')) {
      name.remove_suffix(1);
    }
    size_t words = 1;
    for (char c : name) words += c == ' ';
    if (name.empty() || words > 6 || name.size() > 60) return std::nullopt;
    return std::string(name);
  }
  return std::nullopt;
}

namespace {

// Drops a leading copyright mark ("(c)", "©", "copyright", "copyright ©"); false when none.
bool StripCopyrightMark(std::string_view* s) {
  static const char* const kMarks[] = {"copyright (c)", "copyright \xc2\xa9", "copyright", "(c)", "\xc2\xa9"};
  const std::string lower = Lower(s->substr(0, 16));
  for (const char* m : kMarks) {
    const std::string_view mark(m);
    if (lower.compare(0, mark.size(), mark) == 0) {
      s->remove_prefix(mark.size());
      return true;
    }
  }
  return false;
}

bool IsYearOrPunct(std::string_view word) {
  for (char c : word) {
    if (std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> MatchCopyrightHolder(std::string_view line) {
  if (line.size() > 140) return std::nullopt;
  std::string_view rest = line;
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (!StripCopyrightMark(&rest)) return std::nullopt;
  std::string lower = Lower(rest);
  const size_t reserved = lower.find("all rights reserved");
  if (reserved != std::string::npos) rest = rest.substr(0, reserved);
  std::vector<std::string> words;
  size_t i = 0;
  while (i < rest.size()) {
    const size_t b = rest.find_first_not_of(" \t", i);
    if (b == std::string_view::npos) break;
    const size_t e = std::min(rest.find_first_of(" \t", b), rest.size());
    std::string word(rest.substr(b, e - b));
    i = e;
    while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == ';')) word.pop_back();
    if (!word.empty() && !IsYearOrPunct(word)) words.push_back(word);
  }
  if (words.empty() || words.size() > 6 || !std::isupper(static_cast<unsigned char>(words[0][0]))) return std::nullopt;
  std::string name;
  for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
  return name;
}

}  // namespace text
}  // namespace newsline
