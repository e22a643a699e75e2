/** The report as Markdown: the CLI's `--md` and the side panel's export. Page text is escaped, never markup. */
import type { Report } from '../report';
import { docsUrl } from '../structured/docs';
import { planOf } from './plan';

const VERDICT_LABEL: Record<string, string> = { primary: 'Primary', supported: 'Supported', synthesis: 'Synthesis', short: 'Short (not judged)' };

/** Escapes Markdown and HTML so page-derived text renders as the text it is. */
export function mdText(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

export function reportToMarkdown(report: Report): string {
  const out: string[] = [];
  out.push(`# Citability: ${report.score}/100 — ${mdText(report.title ?? report.url ?? 'Untitled page')}`);
  out.push('');
  if (report.url) out.push(`- URL: ${mdText(report.url)}`);
  out.push(`- Language: ${report.lang ?? 'unknown'} (${report.langSource}; ${report.languageSupport} support)`);
  out.push(`- Article: ${report.readerable ? 'yes' : 'no (Readability does not see an article)'}`);
  const s = report.summary;
  out.push(`- Sections: ${s.primary} primary, ${s.supported} supported, ${s.synthesis} synthesis, ${s.short} short; ${s.words} words`);
  if (s.dismissed > 0) out.push(`- Dismissed by the user: ${s.dismissed} (not counted)`);
  if (s.topMissing && !report.plan?.length) out.push(`- Most important to add: ${mdText(s.topMissing)}`);
  out.push('');
  const plan = planOf(report).filter((p) => p.from === 'plan');
  if (plan.length > 0) {
    // The page plan opens the report: the few places where one citable layer would change the page most.
    out.push('## Plan: add one citable layer here', '');
    plan.forEach((p, i) => {
      const item = report.plan?.find((x) => x.section === p.section && x.message === p.message);
      const where = p.heading ? `“${mdText(p.heading)}”` : 'the introduction';
      const effect = item ? ` ${mdText(item.effect)}` : p.projected ? ` Page ${p.projected.before} → ${p.projected.after}.` : '';
      out.push(`${i + 1}. **In ${where}** (${(p.kind ?? 'evidence').replace('_', ' ')}):${effect}`);
      if (item) out.push(`   - The claim: “${mdText(item.sentence)}”`);
      out.push(`   - ${mdText(p.message)}`);
    });
    out.push('');
  }
  out.push('## What drives the score');
  out.push('');
  out.push('| part | weight | value | points |');
  out.push('|---|---|---|---|');
  for (const p of report.scoreParts) out.push(`| ${mdText(p.label)}: ${mdText(p.detail)} | ${p.weight} | ${p.value.toFixed(2)} | ${p.points} |`);
  for (const p of report.penalties) out.push(`| Penalty: ${mdText(p.detail)} | | | −${p.points} |`);
  for (const n of report.notes) out.push('', `> ${mdText(n)}`);
  out.push('');
  out.push('## Sections');
  for (const sec of report.sections) {
    out.push('');
    out.push(`### ${mdText(sec.heading ?? 'Introduction')} — ${VERDICT_LABEL[sec.verdict]} (${sec.score})`);
    out.push('');
    out.push(`${sec.words} words.`);
    for (const e of sec.evidence) {
      out.push(`- ${e.dismissed ? '~~' : ''}**${e.kind.replace('_', ' ')}**: “${mdText(e.text)}” (${mdText(e.why)})${e.dismissed ? '~~ (dismissed)' : ''}`);
    }
    for (const g of sec.suggestions) {
      if (g.dismissed) continue;
      out.push(`- Suggestion (${g.kind.replace('_', ' ')}): ${mdText(g.message)}${g.quote ? ` — where: “${mdText(g.quote)}”` : ''}`);
    }
  }
  out.push('', '## Structured data', '');
  if (report.schema.entities.length === 0) out.push('None found.');
  for (const e of report.schema.entities) out.push(`- ${mdText(e.types.join(', ') || '(untyped)')} (${e.format}, ${e.properties.length} properties)`);
  if (report.schema.issues.length > 0) out.push('');
  // One line per problem and entity (an entity read twice, nested and on its own, is said once), with the
  // documentation it cites as a link.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const issues = new Map<string, (typeof report.schema.issues)[number]>();
  for (const i of report.schema.issues) {
    const key = `${i.ruleId}|${i.entity ?? ''}|${i.message}`;
    const seen = issues.get(key);
    if (!seen || rank[i.severity] < rank[seen.severity]) issues.set(key, i);
  }
  for (const i of issues.values()) {
    const url = docsUrl(i.source);
    out.push(`- **${i.severity}**: ${i.entity ? `${mdText(i.entity)}: ` : ''}${mdText(i.message)} (${url ? `[${mdText(i.source)}](${url})` : mdText(i.source)})`);
  }
  if (report.schema.suggested) {
    // A fence longer than any backtick run in the snippet keeps it a code block whatever it holds.
    const fence = '`'.repeat(Math.max(3, ...(report.schema.suggested.match(/`+/g) ?? []).map((r) => r.length + 1)));
    out.push('', 'Suggested JSON-LD:', '', `${fence}json`, report.schema.suggested, fence);
  }
  const a = report.authorship;
  out.push('', '## Authorship', '');
  out.push(`- Byline: ${a.byline ? mdText(a.byline) : 'none found'}`);
  out.push(`- Published: ${a.published ? mdText(a.published.value) : 'no date found'}${a.modified ? `; updated ${mdText(a.modified.value)}` : ''}`);
  out.push(`- Outbound citations: ${a.citations.total} to ${a.citations.hosts} hosts`);
  out.push('', '## Machine access', '');
  if (report.access.robots) {
    for (const [purpose, g] of Object.entries(report.access.robots.byPurpose)) out.push(`- ${purpose}: ${g.blocked.length ? `blocked for ${g.blocked.join(', ')}` : 'allowed'}`);
  } else out.push('- robots.txt not checked');
  for (const f of report.access.findings) out.push(`- **${f.severity}**: ${mdText(f.message)}`);
  out.push('');
  return out.join('\n');
}
