// ComparisonHtml: one self-contained page (inline CSS and a small filter script, no network) that
// a journalist opens first: where sources disagree and where they agree — claim topics, figures
// and quotations — each side with its stance or value, speakers, outlets, independent sources and
// the source sentences. Rendered on the server side, so it reads without the script.
#include <string>

#include "newsline/report.h"
#include "report/html_escape.h"

namespace newsline {
namespace {

std::string Escape(std::string_view s) { return report::EscapeHtml(s); }

std::string JoinEscaped(const std::vector<std::string>& items) {
  std::string out;
  for (size_t k = 0; k < items.size(); ++k) out += (k ? ", " : "") + Escape(items[k]);
  return out;
}

std::string Count(size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

constexpr const char* kStyle = R"CSS(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#fafbfc}
header{padding:18px 28px 6px}h1{font-size:21px;margin:0 0 4px}.sub{color:#5b6475;margin:0}
.filters{display:flex;gap:16px;flex-wrap:wrap;align-items:center;padding:8px 28px;color:#5b6475;font-size:14px}
.filters input[type=search]{font:inherit;padding:4px 8px;border:1px solid #c9d1e3;border-radius:6px;min-width:240px}
main{padding:4px 28px 28px;max-width:1100px}h2{font-size:17px;margin:22px 0 8px}
.card{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:12px 16px;margin:10px 0}
.card.conflict{border-left:5px solid #c0392b}.card.overlap{border-left:5px solid #2e8b57}
.card.reconciled{border-left:5px solid #d4a017}.card h3{font-size:16px;margin:0 0 4px}
.tag{font-size:12px;font-weight:700;padding:1px 6px;border-radius:4px;margin-left:6px;vertical-align:middle}
.tag.conflict{background:#fbe4e1;color:#a93226}.tag.overlap{background:#e3f4ea;color:#1e6b43}
.tag.reconciled,.tag.variants{background:#fbf1d5;color:#8a6a00}
.reason{color:#5b6475;margin:0 0 8px}.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
.side{border:1px solid #e3e6ec;border-radius:6px;padding:8px 10px}.side h4{margin:0 0 4px;font-size:15px}
.muted{color:#5b6475;font-size:13px}blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #c9d1e3}
blockquote .where{display:block;color:#5b6475;font-size:12px;margin-top:2px}.hedge{color:#8a6a00}
mark{background:#fde68a;padding:0 2px;border-radius:2px}.hidden{display:none}
.card,blockquote{overflow-wrap:anywhere}
@media (max-width:760px){header,.filters{padding-left:12px;padding-right:12px}main{padding:4px 12px 16px}
.sides{grid-template-columns:minmax(0,1fr)}.filters input[type=search]{min-width:0;width:100%}}
)CSS";

constexpr const char* kScript = R"JS(
(function(){
const q=document.getElementById('q'), only=document.getElementById('only-conflicts');
function apply(){const t=q.value.toLowerCase();document.querySelectorAll('.card').forEach(c=>{
const text=!t||c.textContent.toLowerCase().includes(t);const rel=!only.checked||c.classList.contains('conflict');
c.classList.toggle('hidden',!(text&&rel));});}
q.addEventListener('input',apply);only.addEventListener('change',apply);
// With "#layout-check" in the URL: whether anything overflows, for the browser tests.
if(location.hash==='#layout-check'){const W=window.innerWidth;const cards=[...document.querySelectorAll('.card')];
document.body.setAttribute('data-layout',JSON.stringify({width:W,overflow:document.documentElement.scrollWidth>W+1,
wide:cards.filter(c=>c.getBoundingClientRect().right>W+1).length,hidden:cards.filter(c=>{const r=c.getBoundingClientRect();return r.width===0||r.height===0;}).length,
cards:cards.length,conflicts:document.querySelectorAll('.card.conflict').length}));}
})();
)JS";

std::string ClaimQuote(const ClaimRef& c) {
  std::string where = Escape(c.outlet.empty() ? c.article_label : c.outlet);
  if (!c.primary_source.empty() && c.primary_source != (c.outlet.empty() ? c.article_label : c.outlet)) {
    where += " via " + Escape(c.primary_source);
  }
  std::string hedge;
  if (c.hedged) hedge = " <span class=\"hedge\">hedged: " + JoinEscaped(c.hedges) + "</span>";
  return "<blockquote id=\"" + Escape(c.id) + "\"><b>" + Escape(c.speaker.empty() ? "(unnamed)" : c.speaker) +
         ":</b> " + Escape(c.text) + "<span class=\"where\">" + where + " · claim " + Escape(c.id) + hedge +
         "</span></blockquote>";
}

std::string TopicCard(const TopicComparison& t) {
  const std::string relation = TopicRelationName(t.relation);
  std::string html = "<div class=\"card " + relation + "\"><h3>" + Escape(t.label.empty() ? t.topic : t.label) +
                     "<span class=\"tag " + relation + "\">" + relation + "</span></h3>";
  if (!t.reason.empty()) html += "<p class=\"reason\">" + Escape(t.reason) + "</p>";
  html += "<div class=\"sides\">";
  for (const ComparisonSide& s : t.sides) {
    html += "<div class=\"side\"><h4>" + Escape(s.value.empty() ? s.stance : s.value) + " — " +
            JoinEscaped(s.speakers) + "</h4><div class=\"muted\">" +
            (s.outlets.empty() ? "" : Count(s.outlets.size(), "outlet") + " (" + JoinEscaped(s.outlets) + "), ") +
            Count(s.primary_source_count(), "independent source") + " (" + JoinEscaped(s.primary_sources) +
            ")</div>";
    for (const ClaimRef& c : s.claims) html += ClaimQuote(c);
    html += "</div>";
  }
  return html + "</div></div>\n";
}

std::string FactCard(const FactSlot& slot) {
  const std::string relation = FactRelationName(slot.relation);
  std::string html = "<div class=\"card " + relation + "\"><h3>" + Escape(slot.label) + "<span class=\"tag " +
                     relation + "\">" + relation + "</span></h3>";
  if (!slot.reason.empty()) html += "<p class=\"reason\">" + Escape(slot.reason) + "</p>";
  html += "<div class=\"sides\">";
  for (const FactReading& r : slot.readings) {
    html += "<div class=\"side\"><h4>" + Escape(r.value) + (r.frame.empty() ? "" : " [" + Escape(r.frame) + "]") +
            "</h4><div class=\"muted\">" + Count(r.articles.size(), "article") + ", " +
            Count(r.primary_source_count(), "independent source") + " (" + JoinEscaped(r.primary_sources) +
            ")</div>";
    for (const FactRef& f : r.facts) {
      html += "<blockquote id=\"" + Escape(f.id) + "\">" + Escape(f.sentence) + "<span class=\"where\">" +
              Escape(f.outlet.empty() ? f.article_label : f.outlet) +
              (f.speaker.empty() ? "" : " · " + Escape(f.speaker)) + " · fact " + Escape(f.id) +
              (f.hedged ? " <span class=\"hedge\">hedged</span>" : "") + "</span></blockquote>";
    }
    html += "</div>";
  }
  return html + "</div></div>\n";
}

std::string QuoteCard(const QuoteComparison& q) {
  const std::string relation = q.changes_meaning ? "conflict" : "variants";
  std::string html = "<div class=\"card " + std::string(q.changes_meaning ? "conflict" : "overlap") + "\"><h3>" +
                     Escape(q.speaker.empty() ? "(unnamed)" : q.speaker) + "<span class=\"tag " + relation + "\">" +
                     (q.changes_meaning ? "wording conflict" : "one quotation") + "</span></h3>";
  if (q.changes_meaning) html += "<p class=\"reason\">" + Escape(q.difference) + "</p>";
  for (const QuoteVariant& v : q.variants) {
    html += "<blockquote>\xE2\x80\x9C";
    for (size_t k = 0; k < v.words.size(); ++k) {
      const bool differs = k < v.differs.size() && v.differs[k];
      html += (k ? " " : "") + std::string(differs ? "<mark>" : "") + Escape(v.words[k]) + (differs ? "</mark>" : "");
    }
    html += "\xE2\x80\x9D<span class=\"where\">" + Count(v.articles.size(), "article") +
            (v.outlets.empty() ? "" : " (" + JoinEscaped(v.outlets) + ")") + "</span></blockquote>";
  }
  return html + "</div>\n";
}

template <typename T, typename Card, typename Keep>
std::string Section(const char* title, const std::vector<T>& items, Card card, Keep keep) {
  std::string body;
  size_t n = 0;
  for (const T& item : items) {
    if (!keep(item)) continue;
    body += card(item);
    ++n;
  }
  if (n == 0) return "";
  return "<h2>" + std::string(title) + " (" + std::to_string(n) + ")</h2>\n" + body;
}

}  // namespace

std::string ComparisonHtml(const Comparison& comparison, const ComparisonPageOptions& options) {
  std::string html = report::PageStart(options.title, options.subtitle, kStyle);
  html += "</header>\n<div class=\"filters\"><input type=\"search\" id=\"q\" placeholder=\"filter: a word, a speaker, an "
          "outlet\"><label><input type=\"checkbox\" id=\"only-conflicts\"> conflicts only</label>"
          "<span>red: sources disagree · green: sources agree · yellow: figures told apart by their frames · "
          "<mark>marked</mark>: words that differ from the most printed wording</span></div>\n<main>\n";
  auto is = [](auto relation) { return [relation](const auto& x) { return x.relation == relation; }; };
  std::string body;
  body += Section("Claims in conflict", comparison.topics, TopicCard, is(TopicRelation::kConflict));
  body += Section("Figures in conflict", comparison.facts, FactCard, is(FactRelation::kConflict));
  body += Section("Quotations printed in different words", comparison.quotes, QuoteCard,
                  [](const QuoteComparison& q) { return q.variants.size() > 1; });
  body += Section("Figures told apart by their frames", comparison.facts, FactCard, is(FactRelation::kReconciled));
  body += Section("Claims several articles share", comparison.topics, TopicCard, is(TopicRelation::kOverlap));
  body += Section("Figures several articles share", comparison.facts, FactCard, is(FactRelation::kOverlap));
  body += Section("Quotations printed in the same words", comparison.quotes, QuoteCard,
                  [](const QuoteComparison& q) { return q.variants.size() == 1; });
  if (options.include_single) {
    body += Section("Claims in one article", comparison.topics, TopicCard, is(TopicRelation::kSingle));
    body += Section("Figures in one article", comparison.facts, FactCard, is(FactRelation::kSingle));
  }
  html += body.empty() ? "<p class=\"muted\">No topic, figure or quotation with a conflict or an overlap.</p>\n" : body;
  html += "</main>\n<script>" + std::string(kScript) + "</script>\n</body></html>\n";
  return html;
}

}  // namespace newsline
