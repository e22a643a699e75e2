/** The CLI's human report: score, each section's verdict, evidence and top suggestion, coloured on a terminal. */
import type { Report } from '../scoring/report';

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
  cyan(s: string): string;
}

export function painter(colour: boolean): Paint {
  const wrap = (open: number, close: number) => (s: string) => (colour ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), yellow: wrap(33, 39), red: wrap(31, 39), cyan: wrap(36, 39) };
}

/** Strips control characters from page text so a hostile page cannot drive the terminal. */
function safe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

function clip(s: string, n: number): string {
  const t = safe(s).replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

export function reportToTerminal(report: Report, input: string, p: Paint): string {
  const band = report.score >= 70 ? p.green : report.score >= 40 ? p.yellow : p.red;
  const lines: string[] = [];
  lines.push(`${p.bold(band(`${report.score}/100`))}  ${p.bold(clip(report.title ?? 'Untitled page', 90))}`);
  lines.push(p.dim(`${clip(input, 100)} · lang ${report.lang ?? '?'} (${report.languageSupport}) · ${report.readerable ? 'article' : 'not an article'} · ${report.summary.words} words`));
  const s = report.summary;
  lines.push(`${p.green(`${s.primary} primary`)}, ${p.yellow(`${s.supported} supported`)}, ${p.red(`${s.synthesis} synthesis`)}, ${p.dim(`${s.short} short`)}`);
  for (const n of report.notes) lines.push(p.yellow(`! ${clip(n, 200)}`));
  if (s.topMissing) lines.push(`${p.bold('Add first:')} ${clip(s.topMissing, 220)}`);
  lines.push('');
  for (const sec of report.sections) {
    const colour = sec.verdict === 'primary' ? p.green : sec.verdict === 'supported' ? p.yellow : sec.verdict === 'synthesis' ? p.red : p.dim;
    const indent = '  '.repeat(Math.max(0, sec.level - 2));
    lines.push(`${indent}${colour(sec.verdict.padEnd(9))} ${String(sec.score).padStart(3)}  ${p.bold(clip(sec.heading ?? '(introduction)', 80))} ${p.dim(`${sec.words}w`)}`);
    for (const e of sec.evidence.slice(0, 4)) {
      const mark = e.kind === 'unsourced_stat' ? p.yellow('⚠') : p.green('✓');
      lines.push(`${indent}            ${mark} ${p.cyan(e.kind)} “${clip(e.text, 110)}”`);
    }
    if (sec.evidence.length > 4) lines.push(`${indent}            ${p.dim(`… ${sec.evidence.length - 4} more`)}`);
    const top = sec.suggestions.find((g) => !g.dismissed);
    if (top) lines.push(`${indent}            ${p.bold('→')} ${clip(top.message, 150)}`);
  }
  return lines.join('\n');
}
