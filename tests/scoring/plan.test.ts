/** The page plan (issue 10): where one citable layer would change the page most, and what it would change. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type Analyzer } from '../../scoring/analyze';
import { extract } from '../../scoring/extract';
import { planFor, withEvidence, withPlan, PLAN_SIZE } from '../../scoring/plan';
import { Report } from '../../scoring/report';
import { reportToMarkdown } from '../../scoring/format/markdown';
import { documentOf } from '../helpers';

const golden = (f: string) => readFileSync(path.resolve(__dirname, '../golden', f), 'utf8');
const snapshot = extract(documentOf(golden('synthesis.html')), { url: 'https://blog.example.com/productivity' });

/** An analyzer that records how many sections each call judged afresh. */
function counting(inner: Analyzer): Analyzer & { judged: number[] } {
  const judged: number[] = [];
  return {
    judged,
    get lastJudged() {
      return inner.lastJudged;
    },
    analyze(s, o) {
      const r = inner.analyze(s, o);
      judged.push(inner.lastJudged);
      return r;
    },
  };
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
      const suggestion = report.sections[item.section]!.suggestions.find((s) => s.id === item.id)!;
      const fresh = analyze(withEvidence(snapshot, suggestion)!);
      expect(item.projected.pageScoreBefore).toBe(report.score);
      expect(item.projected.pageScoreAfter).toBe(fresh.score);
      expect(item.projected.sectionVerdict).toBe(fresh.sections[item.section]!.verdict);
      expect(item.effect).toContain(`page ${report.score} → ${fresh.score}`);
      expect(item.projected.pageScoreAfter > item.projected.pageScoreBefore || item.projected.sectionVerdict !== item.projected.sectionVerdictBefore).toBe(true);
    }
  });

  it('re-judges only the changed section (and the one changed back), never the whole page', () => {
    const a = counting(createAnalyzer());
    const r = a.analyze(snapshot);
    a.judged.length = 0;
    planFor(a, snapshot, r);
    expect(a.judged.length).toBeGreaterThan(0);
    expect(a.judged.length).toBeLessThanOrEqual(PLAN_SIZE);
    for (const n of a.judged) expect(n).toBeLessThanOrEqual(2);
  });

  it('a re-analysis of an unchanged page keeps its plan without projecting again; an edit projects afresh', () => {
    const a = counting(createAnalyzer());
    const planned = withPlan(a);
    const first = planned.analyze(snapshot);
    const calls = a.judged.length;
    expect(calls).toBeGreaterThan(1);
    const again = planned.analyze(snapshot);
    expect(a.judged.length).toBe(calls + 1);
    expect(again.plan).toEqual(first.plan);
    // Adding an own measurement to the planned sentence's section changes its judgment: the plan is made again.
    const edited = withEvidence(snapshot, first.sections[first.plan![0]!.section]!.suggestions.find((s) => s.id === first.plan![0]!.id)!)!;
    const changed = planned.analyze(edited);
    expect(a.judged.length).toBeGreaterThan(calls + 2);
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
    const suggestion = after.sections[next.section]!.suggestions.find((s) => s.id === next.id)!;
    expect(next.projected.pageScoreAfter).toBe(analyze(withEvidence(snapshot, suggestion)!, { dismissed: [first.id] }).score);
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
});
