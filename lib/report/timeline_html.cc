// TimelineHtml: one self-contained page (inline CSS and script, no network) that draws a timeline
// on a time axis. The timeline JSON is embedded as data; the script builds an SVG and a details
// panel from it, and a plain list keeps the page readable without the script.
#include <nlohmann/json.hpp>

#include "newsline/report.h"
#include "report/html_escape.h"

namespace newsline {
namespace {

using report::EscapeHtml;

// JSON inside <script>: no "<" at all (so neither "</script>" nor "<!--" can end or change the
// script element) and no U+2028/2029 (line breaks to old script parsers).
std::string EscapeForScript(const std::string& json) {
  std::string out;
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<') {
      out += "\\u003c";
    } else if (json.compare(i, 3, "\xE2\x80\xA8") == 0) {
      out += "\\u2028";
      i += 2;
    } else if (json.compare(i, 3, "\xE2\x80\xA9") == 0) {
      out += "\\u2029";
      i += 2;
    } else {
      out += json[i];
    }
  }
  return out;
}

constexpr const char* kStyle = R"CSS(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#fafbfc}
header{padding:18px 28px 8px}h1{font-size:21px;margin:0 0 4px}.sub{color:#5b6475;margin:0}
.legend{display:flex;gap:18px;flex-wrap:wrap;color:#5b6475;font-size:13px;margin:10px 0 0}
.legend span i{display:inline-block;width:22px;height:10px;border-radius:3px;margin-right:6px;vertical-align:middle}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(280px,2fr);gap:18px;padding:10px 28px 28px}
#chart{background:#fff;border:1px solid #dde1e8;border-radius:8px;overflow:auto}
#details{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:14px 16px;min-height:120px}
#details h2{font-size:17px;margin:0 0 6px}#details .date{color:#3559b5;font-weight:600}
#details ul{padding-left:18px;margin:6px 0}#details blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #c9d1e3;color:#333}
.bar{cursor:pointer}.bar rect{fill:#7f9ee6;stroke:#3559b5}.bar.day rect{fill:#3559b5}
.bar.conflict rect{fill:#f2a7a0;stroke:#c0392b;stroke-width:2}.bar.selected rect{stroke:#111;stroke-width:2.5}
.bar line.before{stroke:#3559b5;stroke-width:2;stroke-dasharray:4 3}
.bar text{font-size:12px;fill:#1d2330}.axis text{font-size:11px;fill:#5b6475}.axis line{stroke:#e3e6ec}
.warn{color:#c0392b;font-weight:600}.muted{color:#5b6475}
#event-list li{margin:4px 0}#event-list .conflict{color:#c0392b}
)CSS";

constexpr const char* kScript = R"JS(
(function(){
const data = JSON.parse(document.getElementById('timeline-data').textContent);
const events = (data.events || []).filter(e => e.date && e.date.begin && e.date.end);
const undated = (data.events || []).length - events.length;
const svgNS = 'http://www.w3.org/2000/svg';
const chart = document.getElementById('chart');
const details = document.getElementById('details');
const day = s => Date.parse(s + 'T00:00:00Z') / 86400000;
function el(tag, attrs, text){const n=document.createElementNS(svgNS,tag);for(const k in attrs)n.setAttribute(k,attrs[k]);if(text!==undefined)n.textContent=text;return n;}
function h(tag, text, cls){const n=document.createElement(tag);if(text!==undefined)n.textContent=text;if(cls)n.className=cls;return n;}
function list(title, items){const d=document.createElement('div');if(!items||!items.length)return d;d.appendChild(h('strong',title));const ul=h('ul');items.forEach(i=>ul.appendChild(h('li',i)));d.appendChild(ul);return d;}
function names(xs){return (xs||[]).map(x=>typeof x==='string'?x:(x.name||x.text||x.id||JSON.stringify(x)));}
function show(e, g){
  document.querySelectorAll('.bar.selected').forEach(b=>b.classList.remove('selected'));
  if(g)g.classList.add('selected');
  details.innerHTML='';
  details.appendChild(h('h2', e.summary || e.type));
  const when = e.date.mod === 'ON_OR_BEFORE' ? ' · on or before: the earliest article relaying it' : (e.date.mod ? ' · ' + e.date.mod : '');
  details.appendChild(h('div', (e.date.label || e.date.value) + ' · ' + e.date.granularity + when, 'date'));
  details.appendChild(h('p', (e.outlets||[]).length + ' outlet(s), ' + (e.primary_source_count ?? (e.primary_sources||[]).length) + ' independent primary source(s)', 'muted'));
  if((e.disagreements||[]).length){const w=h('div','','warn');w.textContent='Sources disagree: '+e.disagreements.map(d=>typeof d==='string'?d:d.attribute+' ('+(d.values||[]).join(' vs ')+')').join('; ');details.appendChild(w);}
  details.appendChild(list('Participants', names(e.participants)));
  details.appendChild(list('Amounts', names(e.amounts)));
  details.appendChild(list('Outlets', names(e.outlets)));
  details.appendChild(list('Primary sources', names(e.primary_sources)));
  if((e.mentions||[]).length){details.appendChild(h('strong','Mentions'));(e.mentions).forEach(m=>{const q=h('blockquote', m.sentence || m.text || '');const said=m.factuality&&m.factuality!=='happened'?' \u00b7 says it '+(m.factuality==='negated'?'did not happen':'is '+m.factuality):'';const c=h('div',(m.outlet||'unknown outlet')+(m.title?' \u2014 '+m.title:'')+said+(m.hedged?' \u00b7 hedged':''),'muted');q.appendChild(c);details.appendChild(q);});}
}
if(!events.length){chart.appendChild(h('p','No dated events.','muted'));return;}
events.sort((a,b)=>day(a.date.begin)-day(b.date.begin)||day(a.date.end)-day(b.date.end));
let lo=Math.min(...events.map(e=>day(e.date.begin))), hi=Math.max(...events.map(e=>day(e.date.end)));
const pad=Math.max(30,(hi-lo)*0.04); lo-=pad; hi+=pad;
const W=Math.max(720, chart.clientWidth-2), left=12, right=12, rowH=30, top=34;
const H=top+events.length*rowH+16;
const x=d=>left+(d-lo)/(hi-lo)*(W-left-right);
const svg=el('svg',{width:W,height:H,viewBox:'0 0 '+W+' '+H,role:'img','aria-label':'timeline'});
const axis=el('g',{class:'axis'});
const y0=new Date(lo*86400000).getUTCFullYear(), y1=new Date(hi*86400000).getUTCFullYear();
const step=Math.max(1,Math.ceil((y1-y0+1)/12));
for(let y=y0;y<=y1+1;y+=step){const d=Date.UTC(y,0,1)/86400000;if(d<lo||d>hi)continue;axis.appendChild(el('line',{x1:x(d),x2:x(d),y1:20,y2:H}));axis.appendChild(el('text',{x:x(d)+3,y:14},String(y)));}
svg.appendChild(axis);
events.forEach((e,i)=>{
  const b=day(e.date.begin), en=day(e.date.end), y=top+i*rowH;
  const conflict=(e.disagreements||[]).length>0;
  const g=el('g',{class:'bar '+(e.date.granularity||'')+(conflict?' conflict':''),tabindex:0,'data-id':e.id});
  const w=Math.max(6,x(en)-x(b));
  g.appendChild(el('rect',{x:x(b),y:y,width:w,height:rowH-10,rx:3}));
  // An upper bound ("by 18 Mar 2026"): the event lies on or before the bar, so a dashed lead-in.
  if(e.date.mod==='ON_OR_BEFORE')g.appendChild(el('line',{class:'before',x1:Math.max(0,x(b)-60),x2:x(b),y1:y+(rowH-10)/2,y2:y+(rowH-10)/2}));
  const label=(conflict?'\u26a0 ':'')+(e.date.label||e.date.value)+' \u2014 '+(e.summary||e.type);
  const tx=x(b)+w+6>W-220?Math.max(left,x(b)-6):x(b)+w+6;
  g.appendChild(el('text',{x:tx,y:y+rowH-15,'text-anchor':tx<x(b)?'end':'start'},label));
  g.appendChild(el('title',{},label));
  g.addEventListener('click',()=>show(e,g));g.addEventListener('mouseenter',()=>show(e,g));
  g.addEventListener('keydown',k=>{if(k.key==='Enter')show(e,g);});
  svg.appendChild(g);
});
chart.appendChild(svg);
if(undated>0)chart.appendChild(h('p',undated+' event(s) without a date are listed below only.','muted'));
const first=events.find(e=>(e.disagreements||[]).length)||events[0];
show(first, svg.querySelector('.bar[data-id="'+CSS.escape(first.id)+'"]'));
})();
)JS";

}  // namespace

Result<std::string> TimelineHtml(std::string_view timeline_json, const TimelinePageOptions& options) {
  nlohmann::json timeline = nlohmann::json::parse(timeline_json, nullptr, /*allow_exceptions=*/false);
  if (timeline.is_discarded() || !timeline.is_object() || !timeline.contains("events") ||
      !timeline["events"].is_array()) {
    return Status::InvalidArgument("timeline JSON: expected an object with an \"events\" array");
  }
  std::string html = report::PageStart(options.title, options.subtitle, kStyle);
  html += "<div class=\"legend\"><span><i style=\"background:#7f9ee6\"></i>span of the date (its granularity)</span>"
          "<span><i style=\"background:#3559b5\"></i>a single day</span>"
          "<span><i style=\"border-top:2px dashed #3559b5;height:0\"></i>by a day: on or before it (relayed)</span>"
          "<span><i style=\"background:#f2a7a0;border:1px solid #c0392b\"></i>sources disagree</span>"
          "<span>click or hover an event for its sources</span></div></header>\n";
  html += "<main><div id=\"chart\"></div><aside id=\"details\"><p class=\"muted\">Select an event.</p></aside></main>\n";
  // The same events as a list, readable without the script.
  html += "<section style=\"padding:0 28px 28px\"><h2 style=\"font-size:16px\">Events</h2><ol id=\"event-list\">\n";
  for (const auto& e : timeline["events"]) {
    if (!e.is_object()) continue;
    std::string label = e.contains("date") && e["date"].is_object() ? e["date"].value("label", e["date"].value("value", "")) : "";
    bool conflict = e.contains("disagreements") && e["disagreements"].is_array() && !e["disagreements"].empty();
    html += std::string("<li") + (conflict ? " class=\"conflict\"" : "") + ">" + EscapeHtml(label) + " — " +
            EscapeHtml(e.value("summary", e.value("type", ""))) + (conflict ? " (sources disagree)" : "") + "</li>\n";
  }
  html += "</ol></section>\n";
  html += "<script type=\"application/json\" id=\"timeline-data\">" + EscapeForScript(timeline.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) + "</script>\n";
  html += std::string("<script>") + kScript + "</script>\n</body></html>\n";
  return html;
}

}  // namespace newsline
