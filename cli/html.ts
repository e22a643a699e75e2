/**
 * `--html FILE`: one self-contained, printable report for a client. A table across pages sorted by score (lowest
 * first: those need the work), then per page its plan, its sections with the evidence quoted, its markup and its
 * machine access. Everything from a page is escaped (it is text, never markup); the file loads nothing (a CSP of
 * `default-src 'none'` says so to the browser), so it opens offline and prints as it shows.
 */
import type { Report } from '../scoring/report';
import { BAND_RANGES, scoreBand } from '../scoring/weights';
// The panel's words for verdicts and evidence (plain data, no React), so the report and the panel say the same.
import { EVIDENCE_LABEL, VERDICT_LABEL } from '../components/labels';
import { planOf } from '../scoring/format/plan';
import { docsUrl, whyItMatters } from '../scoring/structured/docs';
import { aiSearchAccess } from './csv';
import { countOf } from '../scoring/compare';

export interface PageResult {
  input: string;
  report?: Report;
  error?: string;
}

const esc = (s: string | number | null | undefined): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** An href only for http(s) URLs; anything else is not a link. */
function link(href: string | null, text: string): string {
  if (href && /^https?:\/\//i.test(href)) return `<a href="${esc(href)}">${esc(text)}</a>`;
  return esc(text);
}


function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
}

const CSS = `
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--high:#137333;--mid:#9a5b00;--low:#b3261e;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
body{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.7rem;margin:0 0 4px}h2{font-size:1.25rem;margin:0 0 6px}h3{font-size:1.02rem;margin:18px 0 6px}
.muted{color:var(--muted)}.small{font-size:.87rem}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:130px;background:var(--soft)}
.card b{display:block;font-size:1.5rem}
.bar{display:flex;height:12px;border-radius:6px;overflow:hidden;margin:4px 0 18px;background:var(--line)}.bar span{display:block}
.b-high{background:var(--high)}.b-mid{background:var(--mid)}.b-low{background:var(--low)}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:var(--soft);font-weight:600}
.score{display:inline-block;min-width:2.4em;text-align:center;border-radius:5px;color:#fff;font-weight:700;padding:1px 4px}
.s-high{background:var(--high)}.s-mid{background:var(--mid)}.s-low{background:var(--low)}
.v{display:inline-block;border-radius:4px;padding:0 6px;font-size:.8rem;font-weight:600;border:1px solid}
.v-primary{color:var(--high);border-color:var(--high)}.v-supported{color:var(--mid);border-color:var(--mid)}.v-synthesis{color:var(--low);border-color:var(--low)}.v-short{color:var(--muted);border-color:var(--line)}
.page{border-top:3px solid var(--line);margin-top:34px;padding-top:14px;break-before:page}
.plan li{margin:4px 0}.quote{color:var(--muted);font-style:italic}
.ev{margin:2px 0;padding-left:1.2em;text-indent:-1.2em}
.sev-error{color:var(--low);font-weight:600}.sev-warning{color:var(--mid);font-weight:600}.sev-info{color:var(--muted)}
.url{word-break:break-all}
@media print{body{padding:0;font-size:12px}.page{break-before:page}a{color:inherit}}
`;

export function reportsToHtml(results: PageResult[], meta: { generated: Date; command: string }): string {
  const ok = results.filter((r): r is PageResult & { report: Report } => Boolean(r.report));
  const failed = results.filter((r) => r.error);
  const sorted = [...ok].sort((a, b) => a.report.score - b.report.score || (a.report.title ?? '').localeCompare(b.report.title ?? ''));
  const scores = ok.map((r) => r.report.score);
  const bands = { high: scores.filter((s) => scoreBand(s) === 'high').length, mid: scores.filter((s) => scoreBand(s) === 'mid').length, low: scores.filter((s) => scoreBand(s) === 'low').length };
  const id = new Map(ok.map((r, i) => [r, `p${i + 1}`]));
  const blocked = ok.filter((r) => (r.report.access.robots?.byPurpose.search.blocked.length ?? 0) > 0).length;
  const sections = ok.reduce((n, r) => n + r.report.summary.primary + r.report.summary.supported + r.report.summary.synthesis, 0);
  const citable = ok.reduce((n, r) => n + r.report.summary.primary + r.report.summary.supported, 0);

  const out: string[] = [];
  out.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  out.push(`<title>Citability audit: ${results.length} page${results.length === 1 ? '' : 's'}</title><style>${CSS}</style></head><body>`);
  out.push(`<header><h1>Citability audit</h1><p class="muted small">${results.length} page${results.length === 1 ? '' : 's'} · ${esc(meta.generated.toISOString().slice(0, 16).replace('T', ' '))} UTC · made with Citable</p></header>`);
  out.push(`<section aria-label="Summary"><div class="cards">`);
  out.push(`<div class="card"><b>${median(scores)}</b>median score</div>`);
  out.push(`<div class="card"><b>${ok.length}</b>pages scored</div>`);
  out.push(`<div class="card"><b>${sections ? Math.round((citable / sections) * 100) : 0}%</b>of sections citable</div>`);
  out.push(`<div class="card"><b>${blocked}</b>blocked from AI search</div>`);
  if (failed.length) out.push(`<div class="card"><b>${failed.length}</b>could not be read</div>`);
  out.push(`</div>`);
  if (ok.length) {
    const pct = (n: number) => `${((n / ok.length) * 100).toFixed(2)}%`;
    out.push(`<p class="small">${bands.high} give reasons to cite (${BAND_RANGES.high}), ${bands.mid} some (${BAND_RANGES.mid}), ${bands.low} few (${BAND_RANGES.low})</p>`);
    out.push(`<div class="bar" aria-hidden="true"><span class="b-high" style="width:${pct(bands.high)}"></span><span class="b-mid" style="width:${pct(bands.mid)}"></span><span class="b-low" style="width:${pct(bands.low)}"></span></div>`);
  }
  out.push(`</section>`);

  out.push(`<section aria-labelledby="all"><h2 id="all">All pages, lowest score first</h2><table><thead><tr><th>Score</th><th>Page</th><th>Sections (primary / supported / synthesis)</th><th>First thing to add</th><th>Markup</th><th>AI search</th></tr></thead><tbody>`);
  for (const r of sorted) {
    const rep = r.report;
    const plan = planOf(rep)[0];
    const types = [...new Set(rep.schema.entities.flatMap((e) => e.types))];
    const errs = rep.schema.issues.filter((i) => i.severity === 'error').length;
    out.push(
      `<tr><td><span class="score s-${scoreBand(rep.score)}">${rep.score}</span></td><td><a href="#${id.get(r)}">${esc(rep.title ?? r.input)}</a><div class="muted small url">${esc(rep.url ?? r.input)}</div></td>` +
        `<td>${rep.summary.primary} / ${rep.summary.supported} / ${rep.summary.synthesis}</td><td class="small">${plan ? esc(plan.message) : `<span class="muted">${rep.readerable ? 'Nothing missing' : 'Not an article: see its markup and access'}</span>`}</td>` +
        `<td class="small">${types.length ? esc(types.slice(0, 4).join(', ')) : '<span class="muted">none</span>'}${errs ? ` · <span class="sev-error">${errs} error${errs === 1 ? '' : 's'}</span>` : ''}</td><td class="small">${esc(aiSearchAccess(rep))}</td></tr>`,
    );
  }
  out.push(`</tbody></table></section>`);

  if (failed.length) {
    out.push(`<section aria-labelledby="failed"><h3 id="failed">Could not be read</h3><table><thead><tr><th>Input</th><th>Why</th></tr></thead><tbody>`);
    for (const f of failed) out.push(`<tr><td class="url">${esc(f.input)}</td><td>${esc(f.error)}</td></tr>`);
    out.push(`</tbody></table></section>`);
  }

  for (const r of sorted) out.push(pageDetail(r.report, r.input, id.get(r)!));
  out.push(`<footer class="muted small" style="margin-top:40px">${esc(meta.command)}</footer></body></html>`);
  return out.join('\n');
}

function pageDetail(rep: Report, input: string, anchor: string): string {
  const out: string[] = [];
  const s = rep.summary;
  out.push(`<article class="page" id="${anchor}"><h2><span class="score s-${scoreBand(rep.score)}">${rep.score}</span> ${esc(rep.title ?? input)}</h2>`);
  out.push(`<p class="muted small url">${link(rep.url, rep.url ?? input)}</p>`);
  out.push(`<p class="small">${s.words} words · ${s.primary} primary, ${s.supported} supported, ${s.synthesis} synthesis, ${s.short} short · language ${esc(rep.lang ?? 'unknown')}${rep.readerable ? '' : ' · <b>not an article</b>'}</p>`);
  for (const n of rep.notes) out.push(`<p class="small muted">${esc(n)}</p>`);
  const plan = planOf(rep);
  out.push(`<h3>Plan</h3>`);
  if (plan.length === 0) out.push(`<p class="small muted">Nothing to add: every judged section already gives a reason to cite it.</p>`);
  else {
    out.push(`<ol class="plan">`);
    for (const p of plan) out.push(`<li>${p.heading ? `<b>${esc(p.heading)}</b>: ` : ''}${esc(p.message)}${p.projected ? ` <span class="muted small">(score ${p.projected.before} → ${p.projected.after})</span>` : ''}</li>`);
    out.push(`</ol>`);
  }
  if (rep.sections.length) {
    out.push(`<h3>Sections</h3><table><thead><tr><th>Section</th><th>Verdict</th><th>Evidence, quoted</th></tr></thead><tbody>`);
    for (const sec of rep.sections) {
      const ev = sec.evidence.filter((e) => !e.dismissed).slice(0, 3);
      const sug = sec.suggestions.find((g) => !g.dismissed);
      const cells = ev.map((e) => `<div class="ev">${esc(EVIDENCE_LABEL[e.kind])}: <span class="quote">“${esc(clip(e.text, 220))}”</span></div>`);
      if (sec.evidence.length > 3) cells.push(`<div class="muted small">and ${sec.evidence.length - 3} more</div>`);
      if (sug) cells.push(`<div class="ev"><b>Add:</b> ${esc(sug.message)}${sug.quote ? ` <span class="quote">where: “${esc(clip(sug.quote, 160))}”</span>` : ''}</div>`);
      out.push(`<tr><td>${esc(sec.heading ?? '(introduction)')}<div class="muted small">${sec.words} words</div></td><td><span class="v v-${sec.verdict}">${VERDICT_LABEL[sec.verdict]}</span></td><td class="small">${cells.join('') || '<span class="muted">none</span>'}</td></tr>`);
    }
    out.push(`</tbody></table>`);
  }
  out.push(`<h3>Markup</h3>`);
  const types = [...new Set(rep.schema.entities.flatMap((e) => e.types))];
  out.push(`<p class="small">${types.length ? `Found: ${esc(types.join(', '))}` : 'No structured data found.'}</p>`);
  const issues = rep.schema.issues.filter((i) => i.severity !== 'info');
  if (issues.length) {
    out.push(`<table><thead><tr><th>Issue</th><th>Why it matters</th><th>Documentation</th></tr></thead><tbody>`);
    for (const i of groupIssues(issues)) {
      const url = docsUrl(i.source);
      out.push(`<tr><td class="small"><span class="sev-${i.severity}">${i.severity}</span> ${i.entity ? `<b>${esc(i.entity)}</b>: ` : ''}${esc(i.message)}</td><td class="small">${esc(whyItMatters(i.ruleId))}</td><td class="small">${link(url, i.source)}</td></tr>`);
    }
    out.push(`</tbody></table>`);
  }
  out.push(`<h3>Authorship and machine access</h3><p class="small">Byline: ${esc(rep.authorship.byline ?? 'none found')} · published: ${esc(rep.authorship.published?.value ?? 'no date found')} · ${rep.authorship.citations.total} outbound citations</p>`);
  out.push(`<p class="small">AI search: ${esc(aiSearchAccess(rep))}${rep.access.robots ? ` · AI training: ${rep.access.robots.byPurpose.training.blocked.length ? `opted out (${esc(rep.access.robots.byPurpose.training.blocked.join(', '))})` : 'allowed'}` : ''}</p>`);
  for (const f of rep.access.findings) out.push(`<p class="small"><span class="sev-${f.severity}">${f.severity}</span> ${esc(f.message)}</p>`);
  out.push(`</article>`);
  return out.join('\n');
}

type Issue = Report['schema']['issues'][number];

/** The same issue on the same entity counted once ("×4"), in the order first met. */
export function groupIssues(issues: Issue[]): Array<Issue & { count: number }> {
  const map = new Map<string, Issue & { count: number }>();
  for (const i of issues) {
    const key = `${i.ruleId}|${i.entity ?? ''}|${i.message}`;
    const hit = map.get(key);
    if (hit) {
      hit.count++;
      if (i.severity === 'error' || (i.severity === 'warning' && hit.severity === 'info')) hit.severity = i.severity;
    } else map.set(key, { ...i, count: 1 });
  }
  return [...map.values()];
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** `citable compare A B --html FILE`: the comparison as one self-contained, printable page for a client. */
export function comparisonToHtml(c: import('../scoring/compare').Comparison, names: [string, string], meta: { generated: Date }): string {
  const access = (s: import('../scoring/compare').CompareSide) => (!s.access.checked ? 'not checked' : s.access.searchBlocked.length ? `blocked: ${s.access.searchBlocked.join(', ')}` : 'allowed');
  const rows: Array<[string, string, string]> = [
    ['Score', `${c.a.score}/100`, `${c.b.score}/100`],
    ['Citable sections', `${c.a.citable} of ${c.a.judged}`, `${c.b.citable} of ${c.b.judged}`],
    ['Words', String(c.a.words), String(c.b.words)],
    ...c.a.evidence.flatMap((e, i): Array<[string, string, string]> => {
      const o = c.b.evidence[i]!;
      return e.count || o.count ? [[EVIDENCE_LABEL[e.kind], String(e.count), String(o.count)]] : [];
    }),
    ['Unsourced figures', String(c.a.unsourced), String(c.b.unsourced)],
    ['Markup', c.a.markup.types.join(', ') || 'none', c.b.markup.types.join(', ') || 'none'],
    ['AI search access', access(c.a), access(c.b)],
    ['Byline', c.a.authorship.byline ?? 'none', c.b.authorship.byline ?? 'none'],
  ];
  const lacks = (who: 'A' | 'B', list: typeof c.onlyA) =>
    list.map((k) => `<li><b>${who} has ${esc(countOf(k.kind, k.count))}</b> that ${who === 'A' ? 'B' : 'A'} lacks${k.example ? `<div class="quote">“${esc(clip(k.example.text, 240))}”</div>` : ''}</li>`).join('');
  const out: string[] = [];
  out.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  out.push(`<title>Citability: ${esc(c.a.title ?? names[0])} against ${esc(c.b.title ?? names[1])}</title><style>${CSS}</style></head><body>`);
  out.push(`<header><h1>A page against its competitor</h1><p class="muted small">${esc(meta.generated.toISOString().slice(0, 16).replace('T', ' '))} UTC · made with Citable</p></header>`);
  out.push(`<table><tbody><tr><th>A</th><td>${esc(c.a.title ?? names[0])}<div class="muted small url">${link(c.a.url, c.a.url ?? names[0])}</div></td></tr><tr><th>B</th><td>${esc(c.b.title ?? names[1])}<div class="muted small url">${link(c.b.url, c.b.url ?? names[1])}</div></td></tr></tbody></table>`);
  out.push(`<h2 style="margin-top:18px">${c.leader === 'tie' ? 'Both pages score the same.' : `${c.leader === 'a' ? 'A' : 'B'} cites better today, by ${Math.abs(c.a.score - c.b.score)} points.`}</h2>`);
  out.push(`<table><thead><tr><th></th><th>A</th><th>B</th></tr></thead><tbody>${rows.map(([l, x, y]) => `<tr><th>${esc(l)}</th><td>${esc(x)}</td><td>${esc(y)}</td></tr>`).join('')}</tbody></table>`);
  out.push(`<h3>What each has that the other lacks</h3><ul class="plan">${lacks('A', c.onlyA)}${lacks('B', c.onlyB)}${c.onlyA.length + c.onlyB.length === 0 ? '<li class="muted">Both pages have the same kinds of evidence.</li>' : ''}</ul>`);
  out.push(`<h3>What A needs to out-cite B</h3>`);
  out.push(c.toOutcite.length ? `<ol class="plan">${c.toOutcite.map((x) => `<li>${esc(x.message)}</li>`).join('')}</ol>` : '<p class="muted">Nothing: A has at least as much of every kind of evidence, markup and access.</p>');
  out.push(`</body></html>`);
  return out.join('\n');
}
