// The shell of every HTML report: one self-contained page (inline CSS, SVG and a small script; a CSP that forbids
// any request), sortable tables, sections that expand, print CSS for a legible PDF, the data embedded as JSON.
import { escapeHtml, jsonForScript } from './escape.js';
import { FONT } from './charts.js';

export interface PageOptions {
  title: string;
  subtitle?: string;
  /** HTML of the body sections, in order. */
  sections: string[];
  /** Machine-readable copy of the report's data (script type=application/json, id=report-data). */
  data: unknown;
  /** Generator line in the footer. */
  generator: string;
}

const CSS = `
*{box-sizing:border-box}
body{font-family:${FONT};margin:0;color:#222;background:#fafafa;line-height:1.6;font-size:15px}
header{background:#8b1a1a;color:#fff;padding:20px 32px}
header h1{margin:0;font-size:24px;font-weight:600}
header p{margin:4px 0 0;opacity:.9}
main{max-width:1100px;margin:0 auto;padding:16px 32px 48px}
section{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:16px 20px;margin:16px 0}
h2{font-size:19px;margin:0 0 10px;color:#8b1a1a;border-bottom:2px solid #f0d8d8;padding-bottom:4px}
h3{font-size:16px;margin:14px 0 6px}
.note{color:#666;font-size:13px}
.stats{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}
.stat{background:#fbf3f3;border-radius:6px;padding:8px 14px;min-width:120px}
.stat b{display:block;font-size:22px;color:#8b1a1a}
table{border-collapse:collapse;width:100%;font-size:13.5px;margin:8px 0}
th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f0f0;position:sticky;top:0;cursor:pointer;white-space:nowrap;user-select:none}
th[aria-sort=ascending]::after{content:" ▲"}
th[aria-sort=descending]::after{content:" ▼"}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr:hover td{background:#fffaf0}
.kwic{font-size:13px;color:#444}
.kwic mark{background:#ffe08a;color:#000;padding:0 1px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.grid2>div{min-width:0}
.where{color:#888;font-size:12px;white-space:nowrap}
.up{color:#b22222}.down{color:#1f5fa8}
svg.chart{max-width:100%;height:auto;display:block;margin:8px 0}
details{border-top:1px solid #eee;padding:6px 0}
details>summary{cursor:pointer;font-weight:600}
ul.tree{margin:4px 0 4px 0;padding-left:18px}
ul.tree li{margin:1px 0}
.tag{display:inline-block;font-size:12px;background:#eee;border-radius:3px;padding:0 5px;margin-left:4px;font-weight:normal}
footer{color:#888;font-size:12px;text-align:center;padding:12px}
@page{size:A4;margin:14mm 12mm}
@media print{
  body{background:#fff;font-size:11pt}
  header{background:none;color:#000;border-bottom:2px solid #8b1a1a;padding:0 0 6px}
  main{max-width:none;padding:0}
  section{border:none;padding:0;margin:10px 0;page-break-inside:auto}
  h2{page-break-after:avoid}
  th{position:static;background:#eee}
  tr,svg.chart{page-break-inside:avoid}
  details>summary{list-style:none}
  .grid2{grid-template-columns:1fr 1fr}
  .screen-only{display:none}
}`;

/** Sort a table by a clicked header (numbers by data-v, text by locale); open every <details> before printing. */
const SCRIPT = `
(function(){
  function key(td,num){var v=td.getAttribute('data-v');var s=v!==null?v:td.textContent;return num?(s===''?-Infinity:parseFloat(s)):s;}
  document.querySelectorAll('table.sortable').forEach(function(t){
    var ths=t.tHead?t.tHead.rows[0].cells:[];
    Array.prototype.forEach.call(ths,function(th,i){
      th.tabIndex=0;
      function sort(){
        var num=th.classList.contains('n');
        var dir=th.getAttribute('aria-sort')==='descending'?1:-1;
        if(!th.hasAttribute('aria-sort')&&!num)dir=1;
        Array.prototype.forEach.call(ths,function(o){o.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',dir===1?'ascending':'descending');
        var body=t.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
        rows.sort(function(a,b){var x=key(a.cells[i],num),y=key(b.cells[i],num);
          return (num?(x-y):String(x).localeCompare(String(y),'zh-Hans-CN'))*dir;});
        rows.forEach(function(r){body.appendChild(r);});
      }
      th.addEventListener('click',sort);
      th.addEventListener('keydown',function(e){if(e.key==='Enter')sort();});
    });
  });
  window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
})();`;

export function renderPage(p: PageOptions): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(p.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(p.title)}</h1>${p.subtitle ? `<p>${escapeHtml(p.subtitle)}</p>` : ''}</header>
<main>
${p.sections.join('\n')}
</main>
<footer>${escapeHtml(p.generator)}</footer>
<script type="application/json" id="report-data">${jsonForScript(p.data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export function section(title: string, body: string, opts: { id?: string; note?: string } = {}): string {
  return `<section${opts.id ? ` id="${escapeHtml(opts.id)}"` : ''}><h2>${escapeHtml(title)}</h2>${opts.note ? `<p class="note">${escapeHtml(opts.note)}</p>` : ''}${body}</section>`;
}

export interface Column<T> {
  label: string;
  /** Right-aligned, sorted as a number. */
  num?: boolean;
  /** Cell HTML (already escaped). */
  html: (row: T) => string;
  /** Sort key when it differs from the text. */
  sort?: (row: T) => string | number | null;
}

export function table<T>(rows: readonly T[], columns: Column<T>[], opts: { empty?: string } = {}): string {
  if (rows.length === 0) return `<p class="note">${escapeHtml(opts.empty ?? '无')}</p>`;
  const head = columns.map((c) => `<th scope="col"${c.num ? ' class="n"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const body = rows.map((r) => `<tr>${columns.map((c) => {
    const v = c.sort?.(r);
    return `<td${c.num ? ' class="n"' : ''}${v !== undefined && v !== null ? ` data-v="${escapeHtml(v)}"` : ''}>${c.html(r)}</td>`;
  }).join('')}</tr>`).join('\n');
  return `<table class="sortable"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function statBoxes(items: Array<[string, string]>): string {
  return `<div class="stats">${items.map(([label, value]) => `<div class="stat"><b>${escapeHtml(value)}</b>${escapeHtml(label)}</div>`).join('')}</div>`;
}
