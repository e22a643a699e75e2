/** `citable compare A B` as a terminal report or Markdown: side by side, then what A needs to out-cite B. */
import type { Comparison, CompareSide } from '../scoring/compare';
import { countOf } from '../scoring/compare';
import { mdText } from '../scoring/format/markdown';
import type { Paint } from './terminal';

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function rows(c: Comparison): Array<[string, string, string]> {
  const side = (s: CompareSide) => s;
  const A = side(c.a);
  const B = side(c.b);
  const access = (s: CompareSide) => (!s.access.checked ? 'not checked' : s.access.searchBlocked.length ? `blocked: ${s.access.searchBlocked.join(', ')}` : 'allowed');
  const out: Array<[string, string, string]> = [
    ['Score', `${A.score}/100`, `${B.score}/100`],
    ['Citable sections', `${A.citable} of ${A.judged}`, `${B.citable} of ${B.judged}`],
    ['Words', String(A.words), String(B.words)],
  ];
  for (const e of A.evidence) {
    const b = B.evidence.find((x) => x.kind === e.kind)!;
    if (e.count || b.count) out.push([countOf(e.kind, 2).replace(/^two /, '').replace(/^./, (ch) => ch.toUpperCase()), String(e.count), String(b.count)]);
  }
  out.push(['Unsourced figures', String(A.unsourced), String(B.unsourced)]);
  out.push(['Markup', A.markup.types.slice(0, 3).join(', ') || 'none', B.markup.types.slice(0, 3).join(', ') || 'none']);
  out.push(['AI search access', access(A), access(B)]);
  out.push(['Byline', A.authorship.byline ?? 'none', B.authorship.byline ?? 'none']);
  return out;
}

function lacks(c: Comparison, who: 'A' | 'B'): string {
  const list = who === 'A' ? c.onlyA : c.onlyB;
  if (list.length === 0) return `${who} has no kind of evidence that ${who === 'A' ? 'B' : 'A'} lacks.`;
  return `${who} has ${list.map((k) => countOf(k.kind, k.count)).join(', ')} that ${who === 'A' ? 'B' : 'A'} lacks.`;
}

export function comparisonToTerminal(c: Comparison, names: [string, string], p: Paint): string {
  const lines: string[] = [];
  lines.push(p.bold(`A: ${clip(c.a.title ?? names[0], 80)}`), p.dim(`   ${clip(names[0], 100)}`), p.bold(`B: ${clip(c.b.title ?? names[1], 80)}`), p.dim(`   ${clip(names[1], 100)}`), '');
  const table = rows(c);
  const w0 = Math.max(...table.map((r) => r[0].length));
  const w1 = Math.max(3, ...table.map((r) => clip(r[1], 40).length));
  lines.push(p.dim(`${''.padEnd(w0)}  ${'A'.padEnd(w1)}  B`));
  for (const [label, a, b] of table) lines.push(`${label.padEnd(w0)}  ${clip(a, 40).padEnd(w1)}  ${clip(b, 40)}`);
  lines.push('', c.leader === 'tie' ? 'Same score.' : `${c.leader === 'a' ? 'A' : 'B'} cites better today (${Math.abs(c.a.score - c.b.score)} points).`);
  lines.push(lacks(c, 'A'), lacks(c, 'B'));
  for (const k of c.onlyB.slice(0, 3)) if (k.example) lines.push(p.dim(`  B, ${k.kind.replace('_', ' ')}: “${clip(k.example.text, 120)}”`));
  lines.push('', p.bold('What A needs to out-cite B'));
  if (c.toOutcite.length === 0) lines.push(p.green('  Nothing: A has at least as much of every kind of evidence, markup and access.'));
  c.toOutcite.forEach((a, i) => lines.push(`  ${i + 1}. ${clip(a.message, 400)}`));
  return `${lines.join('\n')}\n`;
}

export function comparisonToMarkdown(c: Comparison, names: [string, string]): string {
  const out: string[] = [];
  out.push(`# Compare: ${mdText(c.a.title ?? names[0])} vs ${mdText(c.b.title ?? names[1])}`, '');
  out.push(`- A: ${mdText(names[0])}`, `- B: ${mdText(names[1])}`, '');
  out.push('| | A | B |', '|---|---|---|');
  for (const [label, a, b] of rows(c)) out.push(`| ${mdText(label)} | ${mdText(a)} | ${mdText(b)} |`);
  out.push('', mdText(lacks(c, 'A')), '', mdText(lacks(c, 'B')), '', '## What A needs to out-cite B', '');
  if (c.toOutcite.length === 0) out.push('Nothing: A has at least as much of every kind of evidence, markup and access.');
  c.toOutcite.forEach((a, i) => out.push(`${i + 1}. ${mdText(a.message)}`));
  return `${out.join('\n')}\n`;
}
