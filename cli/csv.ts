/**
 * One CSV row per page, for a spreadsheet (csv-stringify: RFC 4180 quoting). Text cells that a spreadsheet would
 * run as a formula (=, +, -, @ first) get a leading apostrophe, the usual guard against CSV injection from a page's
 * own title.
 */
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../scoring/report';
import { firstPlanItem } from '../scoring/format/plan';

export const CSV_COLUMNS = [
  'input',
  'url',
  'title',
  'lang',
  'article',
  'score',
  'words',
  'sections',
  'primary',
  'supported',
  'synthesis',
  'short',
  'first_action',
  'first_action_section',
  'markup_types',
  'markup_errors',
  'markup_warnings',
  'markup_missing',
  'ai_search_access',
  'ai_training',
  'noindex',
  'error',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number>;

function cell(s: string | null | undefined): string {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return /^[=+\-@\t\r]/.test(t) ? `'${t}` : t;
}

/** AI-search access in a few words: allowed, blocked (by whom), or not checked (a local file). */
export function aiSearchAccess(r: Report): string {
  if (!r.access.robots) return 'not checked';
  const blocked = r.access.robots.byPurpose.search.blocked;
  return blocked.length ? `blocked: ${blocked.join(' ')}` : 'allowed';
}

export function reportRow(input: string, r: Report): Row {
  const plan = firstPlanItem(r);
  const types = [...new Set(r.schema.entities.flatMap((e) => e.types))];
  return {
    input: cell(input),
    url: cell(r.url),
    title: cell(r.title),
    lang: r.lang ?? '',
    article: r.readerable ? 'yes' : 'no',
    score: r.score,
    words: r.summary.words,
    sections: r.sections.length,
    primary: r.summary.primary,
    supported: r.summary.supported,
    synthesis: r.summary.synthesis,
    short: r.summary.short,
    first_action: cell(plan?.message),
    first_action_section: cell(plan ? (plan.heading ?? (plan.section === 0 ? '(introduction)' : '')) : ''),
    markup_types: cell(types.join(' ')),
    markup_errors: r.schema.issues.filter((i) => i.severity === 'error').length,
    markup_warnings: r.schema.issues.filter((i) => i.severity === 'warning').length,
    markup_missing: cell(r.schema.issues.filter((i) => i.missing && i.severity !== 'info').map((i) => i.ruleId).join(' ')),
    ai_search_access: aiSearchAccess(r),
    ai_training: r.access.robots ? (r.access.robots.byPurpose.training.blocked.length ? `opted out: ${r.access.robots.byPurpose.training.blocked.join(' ')}` : 'allowed') : 'not checked',
    noindex: r.access.metaRobots.some((d) => d.noindex) ? 'yes' : 'no',
    error: '',
  };
}

export function errorRow(input: string, error: string): Row {
  const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Row;
  row.input = cell(input);
  row.url = /^https?:/i.test(input) ? cell(input) : '';
  row.error = cell(error);
  return row;
}

export function csvLines(rows: Row[], header: boolean): string {
  return stringify(rows, { header, columns: [...CSV_COLUMNS] });
}
