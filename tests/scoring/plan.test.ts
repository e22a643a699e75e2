/** The page plan (issue 10): where one citable layer would change the page most, and what it would change. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type Analyzer, type AnalyzeOptions } from '../../scoring/analyze';
import type { Snapshot } from '../../scoring/snapshot';
import { extract } from '../../scoring/extract';
import { MAX_PROJECTIONS, planFor, withEvidence, withPlan, PLAN_SIZE } from '../../scoring/plan';
import { Report, type PlanItem, type Suggestion } from '../../scoring/report';
import { reportToMarkdown } from '../../scoring/format/markdown';
import { measureSection, pageContext, remeasureBlock } from '../../scoring/measures';
import { documentOf, snapshotOf } from '../helpers';

const golden = (f: string) => readFileSync(path.resolve(__dirname, '../golden', f), 'utf8');
const snapshot = extract(documentOf(golden('synthesis.html')), { url: 'https://blog.example.com/productivity' });

/** An analyzer that records how many sections each analysis judged afresh, and how many projections it made. */
function counting(inner: Analyzer): Analyzer & { judged: number[]; projected: number } {
  const judged: number[] = [];
  const self = {
    judged,
    projected: 0,
    get lastJudged() {
      return inner.lastJudged;
    },
    analyze(s: Snapshot, o?: AnalyzeOptions) {
      const r = inner.analyze(s, o);
      judged.push(inner.lastJudged);
      return r;
    },
    project(c: Snapshot, e: { section: number; block: number }, o?: AnalyzeOptions) {
      self.projected++;
      return inner.project!(c, e, o);
    },
  };
  return self;
}

/** The suggestion a plan item stands for (an item may be the plan's own: a walk-through, a supported section's claim). */
function asSuggestion(item: PlanItem): Suggestion {
  return { id: item.id, kind: item.kind, message: item.message, quote: item.sentence, target: item.target, dismissed: false };
}

describe('page plan', () => {
  const report = withPlan(createAnalyzer()).analyze(snapshot);
  const plan = report.plan!;

  it('names at most three places, each a sentence of the page, with a valid report', () => {
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.length).toBeLessThanOrEqual(PLAN_SIZE);
    expect(Report.safeParse(report).success).toBe(true);
    for (const item of plan) {
      const block = snapshot.sections[item.target.section]!.blocks[item.target.block!]!;
      expect(block.text.slice(item.target.start, item.target.end)).toBe(item.sentence);
      expect(item.section).toBe(item.target.section);
    }
    // Best projected effect first.
    const gains = plan.map((p) => p.projected.pageScoreAfter - p.projected.pageScoreBefore);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
  });

  it('projects what a fresh analysis of the page with the added sentence says, and says it in words', () => {
    for (const item of plan) {
      const suggestion = asSuggestion(item);
      const fresh = analyze(withEvidence(snapshot, suggestion)!);
      expect(item.projected.pageScoreBefore).toBe(report.score);
      expect(item.projected.pageScoreAfter).toBe(fresh.score);
      expect(item.projected.sectionVerdict).toBe(fresh.sections[item.section]!.verdict);
      expect(item.effect).toContain(`page ${report.score} → ${fresh.score}`);
      expect(item.projected.pageScoreAfter > item.projected.pageScoreBefore || item.projected.sectionVerdict !== item.projected.sectionVerdictBefore).toBe(true);
    }
  });

  it('projects by re-judging the changed section only, never by analyzing the page again, with the same result', () => {
    const a = counting(createAnalyzer());
    const r = a.analyze(snapshot);
    a.judged.length = 0;
    const cheap = planFor(a, snapshot, r);
    expect(a.judged).toEqual([]);
    expect(a.projected).toBeGreaterThan(0);
    expect(a.projected).toBeLessThanOrEqual(MAX_PROJECTIONS);
    // The page's sections are still cached as they were: analyzing it again judges nothing.
    a.analyze(snapshot);
    expect(a.judged).toEqual([0]);
    // The same plan as re-analyzing each changed page.
    const b = createAnalyzer();
    expect(cheap).toEqual(planFor(b, snapshot, b.analyze(snapshot), {}, 'page'));
  });

  it('a projection is refused for a snapshot that is not one edit of the last one analyzed', () => {
    const a = createAnalyzer();
    const r = a.analyze(snapshot);
    const suggestion = r.sections.flatMap((s) => s.suggestions).find((s) => s.target?.block != null)!;
    const changed = withEvidence(snapshot, suggestion)!;
    const edit = { section: suggestion.target!.section, block: suggestion.target!.block! };
    expect(a.project!(changed, edit)).not.toBeNull();
    // Another section edited too, or the wrong block named: analyze it instead.
    const other = (edit.section + 1) % changed.sections.length;
    const twice = { ...changed, sections: changed.sections.map((s, i) => (i === other ? { ...s, heading: `${s.heading ?? ''}!` } : s)) };
    expect(a.project!(twice, edit)).toBeNull();
    const block = changed.sections[edit.section]!.blocks.length > 1 ? (edit.block + 1) % changed.sections[edit.section]!.blocks.length : null;
    if (block !== null) expect(a.project!(changed, { ...edit, block })).toBeNull();
    expect(createAnalyzer().project!(changed, edit)).toBeNull();
  });

  it('a re-analysis of an unchanged page keeps its plan without projecting again; an edit projects afresh', () => {
    const a = counting(createAnalyzer());
    const planned = withPlan(a);
    const first = planned.analyze(snapshot);
    const calls = a.judged.length;
    const projections = a.projected;
    expect(calls).toBe(1);
    expect(projections).toBeGreaterThan(0);
    const again = planned.analyze(snapshot);
    expect(a.judged.length).toBe(calls + 1);
    expect(a.judged.at(-1)).toBe(0);
    expect(again.plan).toEqual(first.plan);
    // Adding an own measurement to the planned sentence's section changes its judgment: the plan is made again.
    const edited = withEvidence(snapshot, asSuggestion(first.plan![0]!))!;
    const changed = planned.analyze(edited);
    expect(a.judged.length).toBe(calls + 2);
    expect(a.projected).toBeGreaterThan(projections);
    expect(changed.plan!.map((p) => p.id)).not.toContain(first.plan![0]!.id);
  });

  it('a dismissed item is replaced by the next best, and the projection leaves it out', () => {
    const first = plan[0]!;
    const a = withPlan(createAnalyzer());
    const after = a.analyze(snapshot, { dismissed: [first.id] });
    expect(after.plan!.map((p) => p.id)).not.toContain(first.id);
    expect(after.plan!.length).toBeGreaterThan(0);
    // The next best is projected with the same dismissal.
    const next = after.plan![0]!;
    const suggestion = asSuggestion(next);
    expect(next.projected.pageScoreAfter).toBe(analyze(withEvidence(snapshot, suggestion)!, { dismissed: [first.id] }).score);
  });

  it('names a walk-through told in sub-sections where it opens, by its steps’ headings', () => {
    const walk = snapshotOf([
      { heading: 'How to tidy a blog', level: 2, blocks: ['Most blogs grow by accretion, and old posts pile up until nobody can find anything in them at all. A tidy blog is easier to read, easier to search and easier to keep up, and the work takes an afternoon a quarter.'] },
      { heading: '1. Audit every page', level: 3, blocks: ['List every page with its traffic, its links and the date it was last changed, so that nothing is missed. A spreadsheet is enough for this, with one row for each page and one column for each fact.'] },
      { heading: '2. Prune what nobody reads', level: 3, blocks: ['Delete the pages that had no visits in a year and nothing linking to them, after a last look at each. Keep a copy of each one somewhere safe, in case a reader asks for it later on.'] },
      { heading: '3. Merge thin posts', level: 3, blocks: ['Fold posts that say the same thing into one stronger page, keeping the best paragraphs of each one. The merged page should answer the question better than any of the posts it replaces did on its own.'] },
      { heading: '4. Redirect old addresses', level: 3, blocks: ['Point every removed address at the page that replaced it, so that links from elsewhere keep working. A permanent redirect tells search engines where the page went and keeps what its links earned.'] },
    ]);
    const r = withPlan(createAnalyzer()).analyze(walk);
    const item = r.plan!.find((p) => p.kind === 'named_framework');
    expect(item).toBeDefined();
    expect(item!.section).toBe(0);
    expect(item!.message).toContain('these four steps — Audit every page, Prune what nobody reads, Merge thin posts and Redirect old addresses —');
  });

  it('opens the Markdown export', () => {
    const md = reportToMarkdown(report);
    const at = md.indexOf('## Plan: add one citable layer here');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(md.indexOf('## What drives the score'));
    expect(md).toContain(plan[0]!.effect.replace(/\./g, '.'));
  });

  it('is absent from a bare analysis, which still validates', () => {
    const bare = analyze(snapshot);
    expect(bare.plan).toBeUndefined();
    expect(Report.safeParse(bare).success).toBe(true);
  });

  it('re-measures one edited block as measuring its whole section would', () => {
    const ctx = pageContext(snapshot);
    let edits = 0;
    snapshot.sections.forEach((section, i) => {
      const before = measureSection(section, i, ctx, '');
      section.blocks.forEach((block, b) => {
        if (block.kind === 'pre' || block.kind === 'table') return;
        // A sentence with a quotation and an attribution added mid-block, so sentences, quotations and words change.
        const at = block.text.indexOf('. ') >= 0 ? block.text.indexOf('. ') + 1 : block.text.length;
        const text = `${block.text.slice(0, at)} “We saw the difference within the first month,” says Maria Lopez of Northwind Labs, and it did.${block.text.slice(at)}`;
        const edited = { ...section, blocks: section.blocks.map((x, k) => (k === b ? { ...x, text } : x)) };
        const { key: _a, ...expected } = measureSection(edited, i, ctx, '');
        const { key: _b, ...spliced } = remeasureBlock(before, edited, b, ctx);
        expect(spliced).toEqual(expected);
        edits++;
      });
    });
    expect(edits).toBeGreaterThan(3);
  });
});
