// One article and its annotations as TEI P5 XML with standoff annotation (see report.h).
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "newsline/report.h"
#include "newsline/version.h"
#include "report/html_escape.h"

namespace newsline {
namespace {

// XML text: the HTML pages' escaping, and control characters XML 1.0 does not allow as spaces.
std::string Escape(std::string_view s) {
  std::string out = report::EscapeHtml(s);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') c = ' ';
  }
  return out;
}

std::string Attr(const char* name, std::string_view value) {
  return std::string(" ") + name + "=\"" + Escape(value) + "\"";
}

// An id usable as xml:id (an NCName): "d:info-tech" -> "ent-d-info-tech".
std::string XmlId(const std::string& prefix, const std::string& id) {
  std::string out = prefix;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    out += ok ? c : '-';
  }
  return out;
}

// Characters (not bytes) in a UTF-8 string: TEI string-range offsets count characters.
size_t Chars(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string DayText(Day d) { return d.ToString(); }

// A date's TEI attributes: when for a day, from/to for a longer period, when-iso for the TIMEX3
// value when it is an ISO 8601 date or duration.
std::string DateAttributes(const TimeExpression& t) {
  std::string a;
  if (t.resolved && !t.interval.empty()) {
    const Day last = t.interval.end - 1;
    if (t.interval.begin == last) {
      a += Attr("when", DayText(t.interval.begin));
    } else {
      a += Attr("from", DayText(t.interval.begin)) + Attr("to", DayText(last));
    }
  }
  if (t.type == TimexType::kDuration && !t.value.empty() && t.value[0] == 'P') a += Attr("dur-iso", t.value);
  a += Attr("type", GranularityName(t.granularity));
  if (!t.value.empty()) a += Attr("n", t.value);
  return a;
}

// The sentences of the body, each an xml:id, and pointers into them.
class Body {
 public:
  explicit Body(const Article& a) : a_(a) {
    if (a_.sentences.empty() && !a_.text.empty()) whole_.push_back({{0, static_cast<uint32_t>(a_.text.size())}, 0});
  }
  const std::vector<Sentence>& sentences() const { return a_.sentences.empty() ? whole_ : a_.sentences; }

  // "#string-range(s3,5,9)": the span from its start to the end of its sentence at most; "" when no
  // sentence holds it.
  std::string Pointer(Span span) const {
    const std::vector<Sentence>& all = sentences();
    for (size_t k = 0; k < all.size(); ++k) {
      const Span s = all[k].span;
      if (span.begin < s.begin || span.begin >= s.end || s.end > a_.text.size()) continue;
      const uint32_t end = std::min(span.end, s.end);
      const std::string_view text(a_.text);
      return "#string-range(s" + std::to_string(k) + "," +
             std::to_string(Chars(text.substr(s.begin, span.begin - s.begin))) + "," +
             std::to_string(Chars(text.substr(span.begin, end - span.begin))) + ")";
    }
    return "";
  }

  // <p> per paragraph, <s xml:id="sN"> per sentence, the text between sentences kept.
  std::string Xml() const {
    std::string out = "    <body>\n";
    const std::vector<Sentence>& all = sentences();
    size_t k = 0;
    while (k < all.size()) {
      const uint32_t paragraph = all[k].paragraph;
      out += "      <p>";
      uint32_t at = all[k].span.begin;
      for (; k < all.size() && all[k].paragraph == paragraph; ++k) {
        const Span s = all[k].span;
        if (s.end > a_.text.size() || s.begin < at) continue;
        out += Escape(std::string_view(a_.text).substr(at, s.begin - at));
        out += "<s xml:id=\"s" + std::to_string(k) + "\">" + Escape(s.Of(a_.text)) + "</s>";
        at = s.end;
      }
      out += "</p>\n";
    }
    return out + "    </body>\n";
  }

 private:
  const Article& a_;
  std::vector<Sentence> whole_;
};

std::string Header(const Article& a) {
  std::string bibl = "            <title>" + Escape(a.title) + "</title>\n";
  if (!a.author.empty()) bibl += "            <author>" + Escape(a.author) + "</author>\n";
  if (!a.outlet.empty()) bibl += "            <publisher>" + Escape(a.outlet) + "</publisher>\n";
  if (a.published.known() && !a.published.interval.empty()) {
    const DayInterval& iv = a.published.interval;
    bibl += a.published.exact() ? "            <date" + Attr("when", DayText(iv.begin)) + "/>\n"
                                : "            <date" + Attr("notBefore", DayText(iv.begin)) +
                                      Attr("notAfter", DayText(iv.end - 1)) + Attr("cert", "low") +
                                      Attr("type", "estimated") + "/>\n";
  }
  if (!a.url.empty()) bibl += "            <ref" + Attr("target", a.url) + "/>\n";
  bibl += "            <idno type=\"newsline\">" + Escape(a.id) + "</idno>\n";
  if (!a.path.empty()) bibl += "            <idno type=\"path\">" + Escape(a.path + (a.locator.empty() ? "" : " " + a.locator)) + "</idno>\n";
  return "  <teiHeader>\n    <fileDesc>\n      <titleStmt><title>" + Escape(a.title) +
         "</title></titleStmt>\n      <publicationStmt><p>Annotated by newsline " + Version() +
         "</p></publicationStmt>\n      <sourceDesc>\n        <bibl>\n" + bibl +
         "        </bibl>\n      </sourceDesc>\n    </fileDesc>\n" +
         (a.language.empty() ? "" : "    <profileDesc><langUsage><language" + Attr("ident", a.language) +
                                        "/></langUsage></profileDesc>\n") +
         "  </teiHeader>\n";
}

// <listPerson>, <listOrg>, <listPlace>, <listObject>: each entity once, with the names it went by.
std::string Entities(const Annotations& an) {
  struct Kind {
    const char* list;
    const char* element;
    const char* name;
  };
  auto kind_of = [](const std::string& type) -> Kind {
    if (type == "person") return {"listPerson", "person", "persName"};
    if (type == "organization" || type == "outlet") return {"listOrg", "org", "orgName"};
    if (type == "place") return {"listPlace", "place", "placeName"};
    return {"listObject", "object", "objectName"};
  };
  std::map<std::string, std::map<std::string, std::vector<std::string>>> lists;  // list -> id -> entries
  std::map<std::string, std::vector<std::string>> names;                         // id -> forms
  std::map<std::string, std::string> types;
  for (const EntityMention& m : an.entities) {
    if (m.entity_id.empty()) continue;
    std::vector<std::string>& forms = names[m.entity_id];
    if (std::find(forms.begin(), forms.end(), m.text) == forms.end()) forms.push_back(m.text);
    if (types[m.entity_id].empty() || types[m.entity_id] == "unknown") types[m.entity_id] = m.type;
  }
  std::map<std::string, std::string> out_lists;
  for (const auto& [id, forms] : names) {
    const Kind k = kind_of(types[id]);
    std::string entry = "        <" + std::string(k.element) + " xml:id=\"" + XmlId("ent-", id) + "\"" +
                        Attr("type", types[id]) + ">";
    for (const std::string& f : forms) entry += "<" + std::string(k.name) + ">" + Escape(f) + "</" + k.name + ">";
    out_lists[k.list] += entry + "</" + k.element + ">\n";
  }
  std::string out;
  for (const auto& [list, entries] : out_lists) out += "      <" + list + ">\n" + entries + "      </" + list + ">\n";
  return out;
}

std::string Annotation(const std::string& id, const std::string& target, const std::string& body) {
  return "        <annotation xml:id=\"" + id + "\"" + Attr("target", target) + ">" + body + "</annotation>\n";
}

std::string Note(const char* type, std::string_view text) {
  return text.empty() ? "" : "<note" + Attr("type", type) + ">" + Escape(text) + "</note>";
}

std::string Mentions(const Article& a, const Annotations& an, const Body& body) {
  std::string out;
  size_t n = 0;
  for (const EntityMention& m : an.entities) {
    const std::string target = body.Pointer(m.span);
    if (target.empty()) continue;
    out += Annotation("m" + std::to_string(n++), target,
                      Note("text", m.span.Of(a.text)) +
                          (m.entity_id.empty() ? "" : "<ptr" + Attr("target", "#" + XmlId("ent-", m.entity_id)) + "/>"));
  }
  return out.empty() ? "" : "      <listAnnotation type=\"entity-mentions\">\n" + out + "      </listAnnotation>\n";
}

std::string Times(const Article& a, const Annotations& an, const Body& body) {
  std::string out;
  size_t n = 0;
  for (const TimeExpression& t : an.times) {
    const std::string target = body.Pointer(t.span);
    if (target.empty()) continue;
    out += Annotation("t" + std::to_string(n++), target,
                      Note("text", t.span.Of(a.text)) + "<date" + DateAttributes(t) + ">" + Escape(DateLabel(t)) + "</date>");
  }
  return out.empty() ? "" : "      <listAnnotation type=\"time-expressions\">\n" + out + "      </listAnnotation>\n";
}

std::string Events(const Article& a, const Annotations& an, const Body& body) {
  std::string out;
  for (size_t k = 0; k < an.events.size(); ++k) {
    const Event& e = an.events[k];
    std::string entry = "        <event xml:id=\"ev" + std::to_string(k) + "\"" + Attr("type", e.type);
    if (e.has_date && e.date.resolved && !e.date.interval.empty()) {
      entry += e.date.interval.begin == e.date.interval.end - 1 ? Attr("when", DayText(e.date.interval.begin))
                                                                 : Attr("from", DayText(e.date.interval.begin)) +
                                                                       Attr("to", DayText(e.date.interval.end - 1));
    }
    entry += "><label>" + Escape(e.summary) + "</label>";
    if (const std::string target = body.Pointer(e.trigger); !target.empty()) {
      entry += "<desc><ptr type=\"trigger\"" + Attr("target", target) + "/>" + Escape(e.trigger.Of(a.text)) + "</desc>";
    }
    for (const Participant& p : e.participants) {
      entry += "<note type=\"participant\"><name" + Attr("role", p.role) +
               (p.entity_id.empty() ? "" : Attr("ref", "#" + XmlId("ent-", p.entity_id))) + ">" + Escape(p.name) +
               "</name></note>";
    }
    entry += Note("factuality", FactualityName(e.factuality)) + Note("factuality-cue", e.factuality_cue) +
             Note("primary-source", e.primary_source) + (e.hedged ? Note("hedged", "true") : "");
    out += entry + "</event>\n";
  }
  return out.empty() ? "" : "      <listEvent>\n" + out + "      </listEvent>\n";
}

std::string Claims(const Article& a, const Annotations& an, const Body& body) {
  std::string out;
  for (size_t k = 0; k < an.claims.size(); ++k) {
    const Claim& c = an.claims[k];
    const std::string target = body.Pointer(c.content);
    if (target.empty()) continue;
    std::string hedges;
    for (const std::string& h : c.hedges) hedges += (hedges.empty() ? "" : "; ") + h;
    out += Annotation("cl" + std::to_string(k), target,
                      Note("text", c.content.Of(a.text)) + Note("speaker", c.speaker) + Note("cue", c.cue) +
                          Note("polarity", c.negated ? "negative" : "positive") + Note("hedges", hedges) +
                          Note("topic", c.topic_label.empty() ? c.topic : c.topic_label) +
                          Note("stance", StanceName(c.stance)) + Note("primary-source", c.primary_source));
  }
  return out.empty() ? "" : "      <listAnnotation type=\"claims\">\n" + out + "      </listAnnotation>\n";
}

std::string Facts(const Article& a, const Annotations& an, const Body& body) {
  std::string out;
  for (size_t k = 0; k < an.facts.size(); ++k) {
    const Fact& f = an.facts[k];
    const std::string target = body.Pointer(f.value.span);
    if (target.empty()) continue;
    char quantity[64];
    std::snprintf(quantity, sizeof quantity, "%.15g", f.value.value);
    out += Annotation("f" + std::to_string(k), target,
                      Note("text", f.value.span.Of(a.text)) + "<measure" + Attr("quantity", quantity) +
                          Attr("unit", f.value.unit) + Attr("commodity", f.attribute) + ">" + Escape(f.value.text) +
                          "</measure>" + Note("label", f.label) + Note("speaker", f.speaker) +
                          Note("primary-source", f.primary_source));
  }
  return out.empty() ? "" : "      <listAnnotation type=\"facts\">\n" + out + "      </listAnnotation>\n";
}

}  // namespace

std::string ArticleToTei(const Article& article, const Annotations& annotations) {
  const Body body(article);
  std::string standoff = Entities(annotations) + Mentions(article, annotations, body) +
                         Times(article, annotations, body) + Events(article, annotations, body) +
                         Claims(article, annotations, body) + Facts(article, annotations, body);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n" +
         Header(article) + "  <text>\n" + body.Xml() + "  </text>\n" +
         (standoff.empty() ? "" : "  <standOff>\n" + standoff + "  </standOff>\n") + "</TEI>\n";
}

}  // namespace newsline
