/** The CLI's human report: score, each section's verdict, evidence and top suggestion, coloured on a terminal. */
import type { Report } from '../scoring/report';
import { scoreBand } from '../scoring/weights';
import { docsUrl } from '../scoring/structured/docs';
import { groupIssues } from './html';

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
  const band = { high: p.green, mid: p.yellow, low: p.red }[scoreBand(report.score)];
  const lines: string[] = [];
  lines.push(`${p.bold(band(`${report.score}/100`))}  ${p.bold(clip(report.title ?? 'Untitled page', 90))}`);
  lines.push(p.dim(`${clip(input, 100)} · lang ${report.lang ?? '?'} (${report.languageSupport}) · ${report.readerable ? 'article' : 'not an article'} · ${report.summary.words} words`));
  const s = report.summary;
  lines.push(`${p.green(`${s.primary} primary`)}, ${p.yellow(`${s.supported} supported`)}, ${p.red(`${s.synthesis} synthesis`)}, ${p.dim(`${s.short} short`)}`);
  for (const n of report.notes) lines.push(p.yellow(`! ${clip(n, 200)}`));
  const plan = report.plan ?? [];
  if (plan.length > 0) {
    // The page plan opens the report: where one citable layer would change the page most, and by how much.
    lines.push('', p.bold('Plan: add one citable layer here'));
    plan.forEach((item, i) => {
      lines.push(`  ${p.bold(`${i + 1}.`)} ${p.bold(clip(item.heading ?? '(introduction)', 70))} ${p.dim(`(${item.kind.replace('_', ' ')})`)} ${p.green(safe(item.effect))}`);
      lines.push(`     ${p.dim('claim:')} “${clip(item.sentence, 140)}”`);
      lines.push(`     ${p.bold('→')} ${clip(item.message, 400)}`);
    });
  } else if (s.topMissing) lines.push(`${p.bold('Add first:')} ${clip(s.topMissing, 220)}`);
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

  lines.push('', p.bold('Structured data'));
  const sc = report.schema;
  if (sc.entities.length === 0) lines.push(p.dim('  none found'));
  for (const e of sc.entities.slice(0, 8)) lines.push(`  ${p.cyan(e.format.padEnd(9))} ${clip(e.types.join(', ') || '(untyped)', 60)} ${p.dim(`${e.properties.length} properties`)}`);
  if (sc.entities.length > 8) lines.push(p.dim(`  … ${sc.entities.length - 8} more`));
  if (sc.blocks.total > 0) lines.push(p.dim(`  JSON-LD blocks: ${sc.blocks.total}, parsed ${sc.blocks.parsed}, errors ${sc.blocks.errors}`));
  const sev = (s: string) => (s === 'error' ? p.red('error  ') : s === 'warning' ? p.yellow('warning') : p.dim('info   '));
  const issues = groupIssues(sc.issues);
  for (const i of issues.slice(0, 10)) lines.push(`  ${sev(i.severity)} ${i.entity ? `${clip(i.entity, 60)}: ` : ''}${clip(i.message, 150)} ${p.dim(`(${i.source}${docsUrl(i.source) ? `: ${docsUrl(i.source)}` : ''})`)}`);
  if (issues.length > 10) lines.push(p.dim(`  … ${issues.length - 10} more (see --json or --html)`));
  if (sc.suggested) {
    lines.push(`  ${p.bold('Paste this in a <script type="application/ld+json"> element:')}`);
    for (const l of safe(sc.suggested).split('\n')) lines.push(`    ${l}`);
  }

  lines.push('', p.bold('Authorship'));
  const a = report.authorship;
  lines.push(`  byline: ${a.byline ? clip(a.byline, 80) : p.yellow('none found')}${a.bio ? ' · author bio' : ''}${a.profileLinks.length ? ` · ${a.profileLinks.length} profile link(s)` : ''}`);
  lines.push(`  published: ${a.published ? `${clip(a.published.value, 40)} (${a.published.source})` : p.yellow('no date found')}${a.modified ? ` · updated ${clip(a.modified.value, 40)}` : ''}`);
  const kinds = Object.entries(a.citations.byKind).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
  lines.push(`  outbound citations: ${a.citations.total}${kinds ? ` (${kinds})` : ''} to ${a.citations.hosts} host(s)`);

  lines.push('', p.bold('Machine access'));
  const ac = report.access;
  if (ac.robots) {
    const g = ac.robots.byPurpose;
    const row = (label: string, x: { allowed: string[]; blocked: string[] }) => `  ${label.padEnd(22)} ${x.blocked.length ? p.red(`blocked: ${x.blocked.join(', ')}`) : p.green('allowed')}${x.blocked.length && x.allowed.length ? p.dim(` · allowed: ${x.allowed.join(', ')}`) : ''}`;
    lines.push(row('AI search indexes', g.search), row('user-triggered fetch', g.user), row('AI training', g.training));
  } else lines.push(p.dim('  robots.txt not checked (local file)'));
  for (const f of ac.findings) lines.push(`  ${sev(f.severity)} ${clip(f.message, 160)}`);
  if (ac.llmsTxt) lines.push(p.dim(`  llms.txt: ${ac.llmsTxt.present ? `present${ac.llmsTxt.problems.length ? ` (${ac.llmsTxt.problems.length} format problem(s))` : ''}` : 'absent'} — information only, no AI engine is known to use it`));
  return lines.join('\n');
}
