// ECB+ (../shared/data/ecbplus, CC BY 3.0) for the evaluation programs: documents read from the
// CAT XML (tokens, markables, cross-document coreference) and turned into Articles whose
// sentences are ECB+'s own, so a prediction maps back to an ECB+ sentence and token. MEANTIME
// (../shared/data/meantime) uses the same CAT format and is read the same way.
#ifndef NEWSLINE_BENCH_ECBPLUS_H_
#define NEWSLINE_BENCH_ECBPLUS_H_

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "newsline/article.h"

namespace newsline_bench {

struct EcbToken {
  int id = 0;        // t_id
  int sentence = 0;  // ECB+ sentence number
  std::string text;
  newsline::Span span;  // bytes in EcbDocument::article.text
};

struct EcbMarkable {
  std::string tag;       // "ACTION_OCCURRENCE", "NEG_ACTION_STATE", "HUMAN_PART_PER", ...
  int id = 0;            // m_id
  std::vector<int> tokens;  // t_ids
  // MEANTIME's factuality attributes of an EVENT_MENTION ("certainty", "polarity", "time",
  // "pred"), when present.
  std::map<std::string, std::string> attributes;
};

struct EcbDocument {
  std::string name;  // "3_1ecb"
  int topic = 0;
  bool plus = false;  // an *ecbplus.xml document
  std::vector<EcbToken> tokens;
  std::vector<EcbMarkable> markables;
  // Cross-document coreference: m_id -> instance id ("ACT16364140299507831").
  std::map<int, std::string> instance_of;
  // MEANTIME's HAS_PARTICIPANT links: event mention m_id -> (entity mention m_id, PropBank role).
  std::multimap<int, std::pair<int, std::string>> participants;
  newsline::Article article;  // text = the sentences, one per paragraph; sentences = ECB+'s
  std::vector<int> sentence_numbers;  // article sentence index -> ECB+ sentence number
};

inline std::string EcbDir() { return std::string(NEWSLINE_SHARED_DIR) + "/data/ecbplus/ECB+"; }

namespace ecb_detail {

inline std::string Attr(const std::string& line, const std::string& name) {
  const std::string key = name + "=\"";
  size_t b = line.find(key);
  if (b == std::string::npos) return "";
  b += key.size();
  size_t e = line.find('"', b);
  return e == std::string::npos ? "" : line.substr(b, e - b);
}

inline std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (const auto& [from, to] : kEntities) {
    for (size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += std::string(to).size()) {
      s.replace(p, std::string(from).size(), to);
    }
  }
  return s;
}

// Joins tokens as a reader would see them: no space before closing punctuation, none after an
// opening bracket or a currency sign; `` and '' become straight quotes.
inline bool NoSpaceBefore(const std::string& t) {
  static const char* kClosing[] = {",", ".", ";", ":", ")", "'s", "n't", "%", "?", "!", "''", "'"};
  for (const char* c : kClosing) {
    if (t == c) return true;
  }
  return false;
}

inline bool AllDigits(const std::string& t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}
inline bool IsWordToken(const std::string& t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

// ECB+ splits "6.1", "120,000", "U.S." and "6.1-magnitude" into tokens; rejoin them.
inline bool JoinsPrevious(const std::vector<EcbToken>& tokens, size_t i) {
  const std::string& cur = tokens[i].text;
  const std::string& prev = tokens[i - 1].text;
  const std::string before = i >= 2 && tokens[i - 2].sentence == tokens[i].sentence ? tokens[i - 2].text : "";
  if ((prev == "." || prev == ",") && AllDigits(before) && AllDigits(cur)) return true;  // 6.1, 120,000
  if (prev == "." && before.size() == 1 && std::isupper(static_cast<unsigned char>(before[0])) && cur.size() == 1 &&
      std::isupper(static_cast<unsigned char>(cur[0]))) {
    return true;  // U.S.
  }
  if (prev == "-" && IsWordToken(before) && IsWordToken(cur)) return true;  // 6.1-magnitude, hit-and-run
  if (cur == "-" && i + 1 < tokens.size() && tokens[i + 1].sentence == tokens[i].sentence && IsWordToken(prev) &&
      IsWordToken(tokens[i + 1].text)) {
    return true;
  }
  return false;
}

inline void BuildArticle(EcbDocument* doc) {
  newsline::Article& a = doc->article;
  a.id = doc->name;
  a.path = doc->name + ".xml";
  a.language = "en";
  int current = -1;
  std::string previous;
  for (size_t i = 0; i < doc->tokens.size(); ++i) {
    EcbToken& t = doc->tokens[i];
    std::string text = t.text == "``" || t.text == "''" ? "\"" : t.text;
    if (t.sentence != current) {
      if (current >= 0) {
        a.sentences.back().span.end = static_cast<uint32_t>(a.text.size());
        a.paragraphs.back().span.end = static_cast<uint32_t>(a.text.size());
        a.text += "\n\n";
      }
      current = t.sentence;
      newsline::Sentence s;
      s.span.begin = static_cast<uint32_t>(a.text.size());
      s.paragraph = static_cast<uint32_t>(a.paragraphs.size());
      a.sentences.push_back(s);
      a.paragraphs.push_back({s.span});
      doc->sentence_numbers.push_back(t.sentence);
    } else if (!NoSpaceBefore(t.text) && previous != "(" && previous != "$" && previous != "``" &&
               !JoinsPrevious(doc->tokens, i)) {
      a.text += ' ';
    }
    t.span.begin = static_cast<uint32_t>(a.text.size());
    a.text += text;
    t.span.end = static_cast<uint32_t>(a.text.size());
    previous = t.text;
  }
  if (!a.sentences.empty()) {
    a.sentences.back().span.end = static_cast<uint32_t>(a.text.size());
    a.paragraphs.back().span.end = static_cast<uint32_t>(a.text.size());
  }
}

}  // namespace ecb_detail

// Reads one ECB+ XML file. Returns false when it cannot be read.
inline bool ReadEcbDocument(const std::string& path, EcbDocument* doc) {
  std::ifstream in(path);
  if (!in) return false;
  *doc = EcbDocument();
  doc->name = std::filesystem::path(path).stem().string();
  doc->topic = std::atoi(doc->name.c_str());
  doc->plus = doc->name.find("ecbplus") != std::string::npos;
  std::string line;
  EcbMarkable* open = nullptr;
  std::string instance;
  std::string role;  // inside a HAS_PARTICIPANT link: its role
  int source = -1, target = -1;
  bool in_markables = false;
  while (std::getline(in, line)) {
    if (line.compare(0, 7, "<token ") == 0) {  // not "<token_anchor" (MEANTIME does not indent those)
      EcbToken t;
      t.id = std::atoi(ecb_detail::Attr(line, "t_id").c_str());
      t.sentence = std::atoi(ecb_detail::Attr(line, "sentence").c_str());
      size_t b = line.find('>');
      size_t e = line.rfind("</token>");
      if (b != std::string::npos && e != std::string::npos && e > b) t.text = ecb_detail::Unescape(line.substr(b + 1, e - b - 1));
      if (!t.text.empty()) doc->tokens.push_back(std::move(t));
    } else if (line.find("<Markables") != std::string::npos) {
      in_markables = true;
    } else if (line.find("</Markables>") != std::string::npos) {
      in_markables = false;
    } else if (in_markables && line.size() > 1 && line[0] == '<' && line[1] != '/' &&
               line.find("m_id=") != std::string::npos) {
      EcbMarkable m;
      m.tag = line.substr(1, line.find_first_of(" >") - 1);
      m.id = std::atoi(ecb_detail::Attr(line, "m_id").c_str());
      for (const char* key : {"certainty", "polarity", "time", "pred", "syntactic_type"}) {
        if (std::string v = ecb_detail::Attr(line, key); !v.empty()) m.attributes[key] = v;
      }
      doc->markables.push_back(m);
      open = line.find("/>") == std::string::npos ? &doc->markables.back() : nullptr;
    } else if (open && line.find("<token_anchor") != std::string::npos) {
      open->tokens.push_back(std::atoi(ecb_detail::Attr(line, "t_id").c_str()));
    } else if (line.find("<HAS_PARTICIPANT") != std::string::npos) {
      role = ecb_detail::Attr(line, "sem_role");
      source = target = -1;
    } else if (!role.empty() && line.find("<source") != std::string::npos) {
      source = std::atoi(ecb_detail::Attr(line, "m_id").c_str());
    } else if (!role.empty() && line.find("<target") != std::string::npos) {
      target = std::atoi(ecb_detail::Attr(line, "m_id").c_str());
    } else if (line.find("</HAS_PARTICIPANT>") != std::string::npos) {
      if (source >= 0 && target >= 0) doc->participants.insert({source, {target, role}});
      role.clear();
    } else if (line.find("<CROSS_DOC_COREF") != std::string::npos) {
      instance = ecb_detail::Attr(line, "note");
    } else if (!instance.empty() && line.find("<source") != std::string::npos) {
      doc->instance_of[std::atoi(ecb_detail::Attr(line, "m_id").c_str())] = instance;
    } else if (line.find("</CROSS_DOC_COREF>") != std::string::npos) {
      instance.clear();
    }
  }
  ecb_detail::BuildArticle(doc);
  return !doc->tokens.empty();
}

// MEANTIME English's intra-document annotation files (the same XML layout), sorted.
inline std::vector<std::string> MeantimeFiles() {
  std::vector<std::string> out;
  const std::string root =
      std::string(NEWSLINE_SHARED_DIR) + "/data/meantime/meantime_newsreader_english_oct15/intra-doc_annotation";
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root, ec)) {
    if (entry.path().extension() == ".xml") out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The XML files of one topic, "ecb" or "ecbplus" half, sorted by document number.
inline std::vector<std::string> EcbFiles(int topic, bool plus) {
  std::vector<std::pair<int, std::string>> found;
  const std::string dir = EcbDir() + "/" + std::to_string(topic);
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    const bool is_plus = name.find("ecbplus.xml") != std::string::npos;
    if (name.size() < 8 || name.compare(name.size() - 4, 4, ".xml") != 0 || is_plus != plus) continue;
    size_t us = name.find('_');
    found.emplace_back(std::atoi(name.c_str() + us + 1), entry.path().string());
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (const auto& f : found) out.push_back(f.second);
  return out;
}

// The ECB+ sentence number of a byte offset in doc.article.text, or -1.
inline int EcbSentenceAt(const EcbDocument& doc, uint32_t offset) {
  for (size_t i = 0; i < doc.article.sentences.size(); ++i) {
    const newsline::Span& s = doc.article.sentences[i].span;
    if (offset >= s.begin && offset < s.end) return doc.sentence_numbers[i];
  }
  return -1;
}

}  // namespace newsline_bench

#endif  // NEWSLINE_BENCH_ECBPLUS_H_
