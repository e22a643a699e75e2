/**
 * Every suggestion the engine writes on every corpus page, checked for the mechanical part of "a sentence a writer
 * could paste" (issue 10): balanced quotation marks, no doubled marks, no lower-cased heading fragment, blanks only
 * where a fact goes (each "___" says what goes there), never the same words twice on a page, and each pointing at
 * the sentence it quotes.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../scoring/analyze';
import { planFor, withPlan } from '../../scoring/plan';
import { extract } from '../../scoring/extract';
import { documentOf } from '../helpers';
import { HAVE_CORPUS, readabilityPages, trafilaturaPages, zytePages } from './corpus';
import { problemOf, problemsOf, stepsProblemOf } from './suggestion-checks';

describe('problemOf', () => {
  it('catches each defect the issue named', () => {
    const headings = ['Reduce Customer Churn'];
    expect(problemOf('Original data in ““Thumper” ($20)”', headings)).toMatch(/quotation opened inside/);
    expect(problemOf('“We tested ___ on ___ mozilla reps and found ___.”', headings)).toMatch(/blank/);
    expect(problemOf('“___ [words],” says ___ [name], who has worked on reduce customer churn for ___ [how many] years.', headings)).toMatch(/lower-cased heading/);
    expect(problemOf('Say where 5% comes from: “5% of users leave, according to ___ [who] (___ [year]).”', headings)).toBeNull();
  });
  it('catches a steps list that is open, miscounted, re-cased or not the page’s words', () => {
    const text = 'Audit: list every page. Prune: delete what nobody reads. Merge thin posts. Redirect the old addresses. Ship the iPhone build.';
    const say = (list: string, n = 'four') => `Give it a name: “We call these ${n} steps — ${list} — the ___ [name] method: ___ [what it achieves, in one sentence].”`;
    expect(stepsProblemOf(say('Audit, Prune, Merge thin posts and Redirect the old addresses'), text)).toBeNull();
    expect(stepsProblemOf(say('Audit, Prune, Merge thin posts and Redirect the old addresses', 'five'), text)).toMatch(/miscounted/);
    expect(stepsProblemOf(say('Audit, Prune, Merge Thin Posts and Redirect the old addresses'), text)).toMatch(/own words/);
    expect(stepsProblemOf(say('Audit, Prune, Merge thin posts and IPhone build'), text)).toMatch(/own words/);
    expect(stepsProblemOf(say('Audit, Prune, Audit and Redirect the old addresses'), text)).toMatch(/twice/);
    expect(stepsProblemOf('“We call these two steps — Audit and Prune the ___ [name] method.”', text)).toMatch(/not closed/);
  });
});

describe.skipIf(!HAVE_CORPUS)('suggestions on every corpus page', () => {
  const pages = [...readabilityPages(), ...zytePages(), ...trafilaturaPages()];
  it('has all 603 pages', () => {
    expect(pages.length).toBe(603);
  });
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const snapshot = extract(documentOf(page.html()), { url: page.url });
    const report = withPlan(createAnalyzer({ cache: false })).analyze(snapshot);
    expect(problemsOf(report, snapshot)).toEqual([]);
    if (report.plan && report.plan.length > 0) {
      // The plan's projections (one section re-judged from the others' cached judgments) are what re-analyzing each
      // changed page says.
      const a = createAnalyzer();
      expect(report.plan).toEqual(planFor(a, snapshot, a.analyze(snapshot), {}, 'page'));
    }
  });
});
