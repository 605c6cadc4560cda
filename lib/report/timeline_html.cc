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
#chart{background:#fff;border:1px solid #dde1e8;border-radius:8px;overflow:hidden;min-width:0}
#chart svg{display:block;touch-action:pan-y;user-select:none}
#zoom{display:flex;gap:10px;align-items:center;flex-wrap:wrap;padding:8px 12px 0;font-size:13px;color:#5b6475}
#zoom button{font:inherit;padding:2px 10px;border:1px solid #c9d1e3;border-radius:4px;background:#f4f6fa;cursor:pointer}
#details{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:14px 16px;min-height:120px;min-width:0;overflow-wrap:anywhere}
#details h2{font-size:17px;margin:0 0 6px}#details .date{color:#3559b5;font-weight:600}
#details ul{padding-left:18px;margin:6px 0}#details blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #c9d1e3;color:#333}
.bar{cursor:pointer}.bar rect{fill:#7f9ee6;stroke:#3559b5}.bar.day rect{fill:#3559b5}
.bar.conflict rect{fill:#f2a7a0;stroke:#c0392b;stroke-width:2}.bar.selected rect{stroke:#111;stroke-width:2.5}
.bar line.before{stroke:#3559b5;stroke-width:2;stroke-dasharray:4 3}
.bar text{font-size:12px;fill:#1d2330}.axis text{font-size:11px;fill:#5b6475}.axis line{stroke:#e3e6ec}
.brush{fill:#3559b5;fill-opacity:.12;stroke:#3559b5}
#undated-lane{border-top:1px solid #e3e6ec;padding:8px 12px 12px}
#undated-lane h3{font-size:13px;color:#5b6475;margin:0 0 6px;font-weight:600}
#undated-lane button{display:block;width:100%;text-align:left;font:13px/1.35 inherit;margin:3px 0;padding:4px 8px;border:1px solid #c9d1e3;border-radius:4px;background:#eef2fb;cursor:pointer;overflow-wrap:anywhere}
#undated-lane button.conflict{background:#fbe3e0;border-color:#c0392b}#undated-lane button.selected{outline:2px solid #111}
.warn{color:#c0392b;font-weight:600}.muted{color:#5b6475}
#volume{background:#fff;border:1px solid #dde1e8;border-radius:8px;margin:0 28px 4px;padding:8px 12px}
#volume h3{font-size:13px;color:#5b6475;margin:0 0 4px;font-weight:600}#volume rect{fill:#9aa9c7}#volume text{font-size:11px;fill:#5b6475}
#event-list li{margin:4px 0}#event-list .conflict{color:#c0392b}
@media (max-width:760px){#volume{margin:0 12px 4px}header{padding:12px 12px 6px}main{grid-template-columns:minmax(0,1fr);padding:8px 12px 16px;gap:12px}section{padding:0 12px 16px!important}}
)CSS";

// The page's script: bars on a time axis (drag across it to zoom into a period, "Show all" to
// return), undated events in their own lane, details of the selected event. Labels are measured
// and cut with an ellipsis to fit. With "#layout-check" in the URL it records, on <body
// data-layout>, whether anything overflows (the browser tests read it).
constexpr const char* kScript = R"JS(
(function(){
const data = JSON.parse(document.getElementById('timeline-data').textContent);
const volumeNode = document.getElementById('volume-data');
const all = data.events || [];
const dated = all.filter(e => e.date && e.date.begin && e.date.end);
const undated = all.filter(e => !(e.date && e.date.begin && e.date.end));
const svgNS = 'http://www.w3.org/2000/svg';
const chart = document.getElementById('chart');
const details = document.getElementById('details');
const day = s => Date.parse(s + 'T00:00:00Z') / 86400000;
function el(tag, attrs, text){const n=document.createElementNS(svgNS,tag);for(const k in attrs)n.setAttribute(k,attrs[k]);if(text!==undefined)n.textContent=text;return n;}
function h(tag, text, cls){const n=document.createElement(tag);if(text!==undefined)n.textContent=text;if(cls)n.className=cls;return n;}
function list(title, items){const d=document.createElement('div');if(!items||!items.length)return d;d.appendChild(h('strong',title));const ul=h('ul');items.forEach(i=>ul.appendChild(h('li',i)));d.appendChild(ul);return d;}
function names(xs){return (xs||[]).map(x=>typeof x==='string'?x:(x.name||x.text||x.id||JSON.stringify(x)));}
const conflictOf = e => (e.disagreements||[]).length > 0;
function show(e, node){
  document.querySelectorAll('.selected').forEach(b=>b.classList.remove('selected'));
  if(node)node.classList.add('selected');
  details.innerHTML='';
  details.appendChild(h('h2', e.summary || e.type));
  const d=e.date;
  const when = !d ? 'undated' : (d.label || d.value) + ' \u00b7 ' + d.granularity + (d.mod === 'ON_OR_BEFORE' ? ' \u00b7 on or before: the earliest article relaying it' : (d.mod ? ' \u00b7 ' + d.mod : ''));
  details.appendChild(h('div', when, 'date'));
  details.appendChild(h('p', (e.outlets||[]).length + ' outlet(s), ' + (e.primary_source_count ?? (e.primary_sources||[]).length) + ' independent primary source(s)', 'muted'));
  if(conflictOf(e)){const w=h('div','','warn');w.textContent='Sources disagree: '+e.disagreements.map(d=>typeof d==='string'?d:d.attribute+' ('+(d.values||[]).join(' vs ')+')').join('; ');details.appendChild(w);}
  details.appendChild(list('Participants', names(e.participants)));
  details.appendChild(list('Amounts', names(e.amounts)));
  details.appendChild(list('Outlets', names(e.outlets)));
  details.appendChild(list('Primary sources', names(e.primary_sources)));
  if((e.mentions||[]).length){details.appendChild(h('strong','Mentions'));(e.mentions).forEach(m=>{const q=h('blockquote', m.sentence || m.text || '');const said=m.factuality&&m.factuality!=='happened'?' \u00b7 says it '+(m.factuality==='negated'?'did not happen':'is '+m.factuality):'';const c=h('div',(m.outlet||'unknown outlet')+(m.title?' \u2014 '+m.title:'')+said+(m.hedged?' \u00b7 hedged':''),'muted');q.appendChild(c);details.appendChild(q);});}
}
// A label that fits between `from` and `to`: cut with an ellipsis when it is too long.
function fit(text, node, room){
  node.textContent=text;
  if(room<=14){node.textContent='';return;}
  if(node.getComputedTextLength()<=room)return;
  let lo=0,hi=text.length;
  while(lo<hi){const m=(lo+hi+1)>>1;node.textContent=text.slice(0,m)+'\u2026';if(node.getComputedTextLength()<=room)lo=m;else hi=m-1;}
  node.textContent=lo?text.slice(0,lo)+'\u2026':'';
}
dated.sort((a,b)=>day(a.date.begin)-day(b.date.begin)||day(a.date.end)-day(b.date.end));
let full=[0,1];
if(dated.length){
  const lo=Math.min(...dated.map(e=>day(e.date.begin))), hi=Math.max(...dated.map(e=>day(e.date.end)));
  const pad=Math.max(30,(hi-lo)*0.04); full=[lo-pad,hi+pad];
}
const zoom=h('div','','');zoom.id='zoom';
const range=h('span','','');const reset=h('button','Show all');
zoom.appendChild(h('span','Drag across the chart to zoom into a period.'));zoom.appendChild(reset);zoom.appendChild(range);
const holder=h('div');
let view=full.slice(), selectedId=null;
function draw(){
  holder.innerHTML='';
  const visible=dated.filter(e=>day(e.date.end)>view[0]&&day(e.date.begin)<view[1]);
  range.textContent=dated.length?visible.length+' of '+dated.length+' dated events':'';
  if(!dated.length){holder.appendChild(h('p','No dated events.','muted'));return;}
  const W=Math.max(280,chart.clientWidth-2), left=12, right=12, rowH=30, top=34;
  const H=top+Math.max(1,visible.length)*rowH+16;
  const [lo,hi]=view;
  const x=d=>left+(Math.min(Math.max(d,lo),hi)-lo)/(hi-lo)*(W-left-right);
  const svg=el('svg',{width:W,height:H,viewBox:'0 0 '+W+' '+H,role:'img','aria-label':'timeline'});
  holder.appendChild(svg);
  const axis=el('g',{class:'axis'});
  const span=(hi-lo)/365.25, y0=new Date(lo*86400000).getUTCFullYear(), y1=new Date(hi*86400000).getUTCFullYear();
  const ticks=[];
  if(span>2){const step=Math.max(1,Math.ceil((y1-y0+1)/Math.max(2,Math.floor(W/70))));for(let y=y0;y<=y1+1;y+=step)ticks.push([Date.UTC(y,0,1)/86400000,String(y)]);}
  else{const months=Math.max(1,Math.ceil(span*12/Math.max(2,Math.floor(W/70))));for(let y=y0;y<=y1;y++)for(let m=0;m<12;m+=months)ticks.push([Date.UTC(y,m,1)/86400000,new Date(Date.UTC(y,m,1)).toLocaleString('en',{month:'short',timeZone:'UTC'})+' '+y]);}
  ticks.forEach(([d,t])=>{if(d<lo||d>hi)return;axis.appendChild(el('line',{x1:x(d),x2:x(d),y1:20,y2:H}));const tx=el('text',{x:x(d)+3,y:14},t);axis.appendChild(tx);if(x(d)+3+tx.getComputedTextLength()>W)tx.remove();});
  svg.appendChild(axis);
  visible.forEach((e,i)=>{
    const b=day(e.date.begin), en=day(e.date.end), y=top+i*rowH;
    const g=el('g',{class:'bar '+(e.date.granularity||'')+(conflictOf(e)?' conflict':''),tabindex:0,'data-id':e.id});
    const x0=x(b), w=Math.max(6,x(en)-x0);
    g.appendChild(el('rect',{x:Math.min(x0,W-right-6),y:y,width:Math.min(w,W-right-x0),height:rowH-10,rx:3}));
    // An upper bound ("by 18 Mar 2026"): the event lies on or before the bar, so a dashed lead-in.
    if(e.date.mod==='ON_OR_BEFORE')g.appendChild(el('line',{class:'before',x1:Math.max(0,x0-60),x2:x0,y1:y+(rowH-10)/2,y2:y+(rowH-10)/2}));
    const label=(conflictOf(e)?'\u26a0 ':'')+(e.date.label||e.date.value)+' \u2014 '+(e.summary||e.type);
    const t=el('text',{y:y+rowH-15});g.appendChild(t);svg.appendChild(g);
    const after=W-right-(x0+w+6), before=x0-6-left;
    if(after>=before||after>=200){t.setAttribute('x',x0+w+6);fit(label,t,after);}
    else{t.setAttribute('x',x0-6);t.setAttribute('text-anchor','end');fit(label,t,before);}
    g.appendChild(el('title',{},label));
    g.addEventListener('click',()=>{selectedId=e.id;show(e,g);});
    g.addEventListener('keydown',k=>{if(k.key==='Enter'){selectedId=e.id;show(e,g);}});
    if(e.id===selectedId)g.classList.add('selected');
  });
  // Brush: drag across the chart to zoom into that period.
  let start=null, brush=null;
  const at=ev=>{const r=svg.getBoundingClientRect();return Math.min(Math.max(ev.clientX-r.left,left),W-right);};
  svg.addEventListener('pointerdown',ev=>{if(ev.target.closest('.bar'))return;start=at(ev);brush=el('rect',{class:'brush',x:start,y:20,width:0,height:H-20});svg.appendChild(brush);svg.setPointerCapture(ev.pointerId);});
  svg.addEventListener('pointermove',ev=>{if(start===null)return;const p=at(ev);brush.setAttribute('x',Math.min(p,start));brush.setAttribute('width',Math.abs(p-start));});
  svg.addEventListener('pointerup',ev=>{if(start===null)return;const p=at(ev);const a=Math.min(p,start),b=Math.max(p,start);start=null;if(b-a<8){brush.remove();return;}
    const d=v=>lo+(v-left)/(W-left-right)*(hi-lo);view=[d(a),d(b)];draw();});
}
reset.addEventListener('click',()=>{view=full.slice();draw();});
chart.appendChild(zoom);chart.appendChild(holder);
// Undated events (and their disagreements) in a lane of their own.
if(undated.length){
  const lane=h('div');lane.id='undated-lane';
  lane.appendChild(h('h3','Undated ('+undated.length+')'));
  undated.forEach(e=>{const b=h('button',(conflictOf(e)?'\u26a0 ':'')+(e.summary||e.type),conflictOf(e)?'conflict':'');b.dataset.id=e.id;b.addEventListener('click',()=>{selectedId=e.id;show(e,b);});lane.appendChild(b);});
  chart.appendChild(lane);
}
// Attention over time: one bar per period, the undated count in the caption.
function drawVolume(){
  const box=document.getElementById('volume');if(!volumeNode||!box)return;
  const v=JSON.parse(volumeNode.textContent), buckets=(v.buckets||[]).filter(b=>b.period!=='undated');
  const undatedCount=(v.buckets||[]).filter(b=>b.period==='undated').reduce((n,b)=>n+b.count,0);
  box.innerHTML='';box.appendChild(h('h3',(v.caption||'volume')+(undatedCount?' \u00b7 '+undatedCount+' undated':'')));
  if(!buckets.length)return;
  const W=Math.max(260,box.clientWidth-24), H=70, max=Math.max(...buckets.map(b=>b.count));
  const bw=W/buckets.length;
  const svg=el('svg',{width:W,height:H+14,viewBox:'0 0 '+W+' '+(H+14),role:'img','aria-label':'volume'});
  buckets.forEach((b,i)=>{const bh=Math.max(1,b.count/max*H);const r=el('rect',{class:'vbar',x:i*bw+1,y:H-bh,width:Math.max(1,bw-2),height:bh});r.appendChild(el('title',{},b.period+': '+b.count));svg.appendChild(r);});
  const first=el('text',{x:0,y:H+12},buckets[0].period);svg.appendChild(first);
  if(buckets.length>1){const last=el('text',{x:W,y:H+12,'text-anchor':'end'},buckets[buckets.length-1].period);svg.appendChild(last);}
  box.appendChild(svg);
}
drawVolume();
draw();
window.addEventListener('resize',()=>{draw();drawVolume();});
const first=dated.find(conflictOf)||undated.find(conflictOf)||dated[0]||undated[0];
if(first){selectedId=first.id;show(first,chart.querySelector('[data-id="'+CSS.escape(first.id)+'"]'));}
if(location.hash==='#layout-check'){
  const W=window.innerWidth, cut=[];
  document.querySelectorAll('.bar text').forEach(t=>{const r=t.getBoundingClientRect(),c=chart.getBoundingClientRect();if(r.left<c.left-1||r.right>c.right+1)cut.push(t.textContent);});
  const hidden=[...document.querySelectorAll('.bar, #undated-lane button, #details h2')].filter(n=>{const r=n.getBoundingClientRect();return r.width===0||r.height===0;}).length;
  document.body.setAttribute('data-layout',JSON.stringify({width:W,overflow:document.documentElement.scrollWidth>W+1,cut:cut.length,hidden:hidden,
    bars:document.querySelectorAll('.bar').length,volume:document.querySelectorAll('#volume .vbar').length,undated:document.querySelectorAll('#undated-lane button').length,
    red:document.querySelectorAll('.bar.conflict, #undated-lane button.conflict').length,stacked:chart.getBoundingClientRect().bottom<=details.getBoundingClientRect().top}));
}
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
          "<span>click an event for its sources; drag across the chart to zoom</span></div></header>\n";
  if (!options.volume.empty()) html += "<div id=\"volume\"></div>\n";
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
  if (!options.volume.empty()) {
    nlohmann::json volume{{"caption", options.volume_caption}, {"buckets", nlohmann::json::array()}};
    for (const VolumeBucket& b : options.volume) volume["buckets"].push_back({{"period", b.period}, {"count", b.count}});
    html += "<script type=\"application/json\" id=\"volume-data\">" +
            EscapeForScript(volume.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) + "</script>\n";
  }
  html += std::string("<script>") + kScript + "</script>\n</body></html>\n";
  return html;
}

std::string TimelineHtml(const Timeline& timeline, const TimelinePageOptions& options) {
  // TimelineToJson always writes a timeline object, so the page cannot fail.
  Result<std::string> page = TimelineHtml(TimelineToJson(timeline, -1), options);
  return page.ok() ? *page : std::string();
}

}  // namespace newsline
