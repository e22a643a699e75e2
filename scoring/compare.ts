/**
 * A page against its competitor: two Reports in, what each has that the other lacks and what page A would need to
 * add to out-cite page B. Pure (no DOM, no I/O): the CLI's `citable compare A B` and the panel's "Compare with…"
 * both print this object.
 */
import type { EvidenceKind, Report } from './report';
import { EVIDENCE_STRENGTH } from './weights';

/** Evidence kinds that make a page worth citing, strongest first (unsourced figures are a weakness, not listed). */
export const CITABLE_KINDS: EvidenceKind[] = (['original_data', 'first_hand', 'expert_quote', 'named_framework', 'specific_facts', 'sourced_stat'] as EvidenceKind[]).sort(
  (x, y) => EVIDENCE_STRENGTH[y] - EVIDENCE_STRENGTH[x],
);

/** Singular and plural nouns for each kind, for sentences ("a first-hand account", "three sourced figures"). */
export const KIND_NOUN: Record<EvidenceKind, [string, string]> = {
  original_data: ['original data point', 'original data points'],
  first_hand: ['first-hand account', 'first-hand accounts'],
  named_framework: ['named framework', 'named frameworks'],
  expert_quote: ['expert quote', 'expert quotes'],
  sourced_stat: ['sourced figure', 'sourced figures'],
  unsourced_stat: ['unsourced figure', 'unsourced figures'],
  specific_facts: ['passage of reported specifics', 'passages of reported specifics'],
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "one expert quote", "three sourced figures", "12 first-hand accounts". */
export function countOf(kind: EvidenceKind, n: number): string {
  const [one, many] = KIND_NOUN[kind];
  return `${n <= 10 ? NUMBER_WORDS[n] : String(n)} ${n === 1 ? one : many}`;
}

export interface KindCount {
  kind: EvidenceKind;
  count: number;
  /** The first piece of this evidence, quoted, and the heading of its section. */
  example: { text: string; heading: string | null } | null;
}

export interface CompareSide {
  url: string | null;
  title: string | null;
  score: number;
  readerable: boolean;
  words: number;
  /** Sections long enough to judge, and how many of them are primary or supported. */
  judged: number;
  citable: number;
  primary: number;
  supported: number;
  synthesis: number;
  evidence: KindCount[];
  unsourced: number;
  markup: { types: string[]; errors: number; warnings: number; missing: string[]; hasArticle: boolean };
  access: { checked: boolean; searchBlocked: string[]; noindex: boolean };
  authorship: { byline: string | null; published: string | null };
}

export interface CompareAction {
  /** What to add, in one sentence. */
  message: string;
  /** The heading of A's section best placed for it (null: the introduction or the page as a whole). */
  where: string | null;
  kind: EvidenceKind | 'sections' | 'markup' | 'access' | 'authorship';
}

export interface Comparison {
  a: CompareSide;
  b: CompareSide;
  /** Which page cites better today, by score. */
  leader: 'a' | 'b' | 'tie';
  /** Evidence A has and B has none of, strongest first; and the reverse. */
  onlyA: KindCount[];
  onlyB: KindCount[];
  /** What A would need to add to out-cite B, most effective first; empty when A already leads on every count. */
  toOutcite: CompareAction[];
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|Posting/;

export function sideOf(r: Report): CompareSide {
  const judged = r.sections.filter((s) => s.verdict !== 'short');
  const live = judged.flatMap((s) => s.evidence.filter((e) => !e.dismissed).map((e) => ({ e, heading: s.heading })));
  const evidence = CITABLE_KINDS.map((kind): KindCount => {
    const of = live.filter((x) => x.e.kind === kind);
    return { kind, count: of.length, example: of[0] ? { text: of[0].e.text, heading: of[0].heading } : null };
  });
  const types = [...new Set(r.schema.entities.flatMap((e) => e.types))];
  return {
    url: r.url,
    title: r.title,
    score: r.score,
    readerable: r.readerable,
    words: r.summary.words,
    judged: judged.length,
    citable: r.summary.primary + r.summary.supported,
    primary: r.summary.primary,
    supported: r.summary.supported,
    synthesis: r.summary.synthesis,
    evidence,
    unsourced: live.filter((x) => x.e.kind === 'unsourced_stat').length,
    markup: {
      types,
      errors: r.schema.issues.filter((i) => i.severity === 'error').length,
      warnings: r.schema.issues.filter((i) => i.severity === 'warning').length,
      missing: r.schema.issues.filter((i) => i.missing && i.severity !== 'info').map((i) => i.message),
      hasArticle: types.some((t) => ARTICLE_TYPE.test(t)),
    },
    access: {
      checked: r.access.robots !== null,
      searchBlocked: r.access.robots?.byPurpose.search.blocked ?? [],
      noindex: r.access.metaRobots.some((d) => d.noindex),
    },
    authorship: { byline: r.authorship.byline, published: r.authorship.published?.value ?? null },
  };
}

/** The section kind of suggestion that adds each kind of evidence (a sourced figure comes from citing a source). */
const SUGGESTION_FOR: Partial<Record<EvidenceKind, string>> = {
  original_data: 'original_data',
  first_hand: 'first_hand',
  named_framework: 'named_framework',
  expert_quote: 'expert_quote',
  sourced_stat: 'source',
};

export function compareReports(a: Report, b: Report): Comparison {
  const A = sideOf(a);
  const B = sideOf(b);
  const count = (s: CompareSide, k: EvidenceKind) => s.evidence.find((e) => e.kind === k)?.count ?? 0;
  const onlyA = A.evidence.filter((e) => e.count > 0 && count(B, e.kind) === 0);
  const onlyB = B.evidence.filter((e) => e.count > 0 && count(A, e.kind) === 0);

  // A's synthesis sections, largest first: where new evidence does the most (it turns a section citable).
  const synthesis = a.sections.filter((s) => s.verdict === 'synthesis').sort((x, y) => y.words - x.words);
  const used = new Set<number>();
  const actions: CompareAction[] = [];
  const gaps = B.evidence.filter((e) => e.count > count(A, e.kind));
  for (const gap of gaps) {
    const mine = count(A, gap.kind);
    const wanted = SUGGESTION_FOR[gap.kind];
    // Prefer a synthesis section whose own suggestion is of this kind, then the largest one not yet used.
    const section = synthesis.find((s) => !used.has(s.index) && s.suggestions.some((g) => g.kind === wanted && !g.dismissed)) ?? synthesis.find((s) => !used.has(s.index)) ?? null;
    if (section) used.add(section.index);
    const suggestion = section?.suggestions.find((g) => g.kind === wanted && !g.dismissed);
    const theirs = `B has ${countOf(gap.kind, gap.count)}${gap.example ? ` (“${clip(gap.example.text, 90)}”)` : ''}, A has ${mine === 0 ? 'none' : mine}`;
    const add = mine === 0 ? `Add ${article(KIND_NOUN[gap.kind][0])}` : `Add ${countOf(gap.kind, gap.count - mine)} more`;
    actions.push({
      kind: gap.kind,
      where: section?.heading ?? null,
      message: `${add}${section ? ` in ${section.heading ? `“${section.heading}”` : 'the introduction'}` : ''}: ${theirs}.${suggestion ? ` ${suggestion.message}` : ''}`,
    });
  }
  if (B.citable > A.citable && synthesis.length > 0) {
    const n = Math.min(synthesis.length, B.citable - A.citable);
    actions.push({
      kind: 'sections',
      where: synthesis[0]!.heading,
      message: `Make ${n} more section${n === 1 ? '' : 's'} citable: B has ${B.citable} of ${B.judged} citable, A has ${A.citable} of ${A.judged}. Start with ${synthesis
        .slice(0, n)
        .map((s) => (s.heading ? `“${s.heading}”` : 'the introduction'))
        .join(', ')}.`,
    });
  }
  if (A.unsourced > 0 && A.unsourced > B.unsourced) {
    actions.push({ kind: 'sourced_stat', where: null, message: `Source ${countOf('unsourced_stat', A.unsourced)} (B has ${B.unsourced}): link or name where each comes from.` });
  }
  if (B.markup.hasArticle && !A.markup.hasArticle) {
    actions.push({ kind: 'markup', where: null, message: `Add Article markup (JSON-LD): B describes itself as ${B.markup.types.filter((t) => ARTICLE_TYPE.test(t)).join(', ')}, A has ${A.markup.types.length ? A.markup.types.join(', ') : 'no structured data'}.` });
  }
  if (A.access.searchBlocked.length > 0 && B.access.searchBlocked.length === 0) {
    actions.push({ kind: 'access', where: null, message: `Let AI search crawlers in: A's robots.txt blocks ${A.access.searchBlocked.join(', ')}; B's does not. A page they cannot index is never cited.` });
  }
  if (A.access.noindex && !B.access.noindex) actions.push({ kind: 'access', where: null, message: 'Remove noindex: A is kept out of search indexes, B is not.' });
  if (!A.authorship.byline && B.authorship.byline) actions.push({ kind: 'authorship', where: null, message: `Name the author: B is signed (${clip(B.authorship.byline, 60)}), A has no byline.` });

  const leader = A.score > B.score ? 'a' : A.score < B.score ? 'b' : 'tie';
  return { a: A, b: B, leader, onlyA, onlyB, toOutcite: actions };
}

function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}
