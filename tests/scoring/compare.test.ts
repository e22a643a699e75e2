/** A page against its competitor, the page plan as presenters read it, and the markup checks' docs and reasons. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports, countOf } from '../../scoring/compare';
import { firstPlanItem, planOf } from '../../scoring/format/plan';
import { docsUrl, whyItMatters } from '../../scoring/structured/docs';
import { RULES } from '../../scoring/structured/rules';
import { checkStructuredData } from '../../scoring/structured/check';
import type { Report } from '../../scoring/report';
import { badgeFor } from '../../entrypoints/background/badge';
import { reportOfHtml } from '../helpers';

const golden = (name: string) => readFileSync(path.resolve(__dirname, '../golden', name), 'utf8');
const citable = reportOfHtml(golden('citable.html'));
const synthesis = reportOfHtml(golden('synthesis.html'));

describe('compareReports', () => {
  it('lists the evidence each page lacks, and what A must add to out-cite B, strongest first', () => {
    const c = compareReports(synthesis, citable);
    expect(c.leader).toBe('b');
    expect(c.onlyA).toEqual([]);
    expect(c.onlyB.map((k) => k.kind)).toContain('original_data');
    expect(c.onlyB[0]!.kind).toBe('original_data');
    expect(c.onlyB[0]!.example?.text).toBeTruthy();
    expect(c.toOutcite[0]).toMatchObject({ kind: 'original_data' });
    // Each evidence action points at one of A's synthesis sections, a different one each time while they last.
    const places = c.toOutcite.filter((a) => a.kind !== 'sections' && a.kind !== 'markup' && a.kind !== 'access' && a.kind !== 'authorship').map((a) => a.where);
    const synthHeadings = synthesis.sections.filter((s) => s.verdict === 'synthesis').map((s) => s.heading);
    for (const w of places) expect(synthHeadings).toContain(w);
    const named = places.filter((w) => w !== null);
    expect(new Set(named).size).toBe(named.length);
    expect(c.toOutcite.some((a) => a.kind === 'sections')).toBe(true);
  });

  it('asks nothing of the page that already has every kind of evidence the other has', () => {
    const c = compareReports(citable, synthesis);
    expect(c.leader).toBe('a');
    expect(c.onlyB).toEqual([]);
    expect(c.toOutcite.filter((a) => a.kind !== 'markup' && a.kind !== 'authorship')).toEqual([]);
  });

  it('ignores dismissed evidence, and a page compared with itself needs nothing', () => {
    const self = compareReports(citable, citable);
    expect(self.leader).toBe('tie');
    expect(self.toOutcite).toEqual([]);
    const dismissedAll: Report = { ...citable, sections: citable.sections.map((s) => ({ ...s, evidence: s.evidence.map((e) => ({ ...e, dismissed: true })) })) };
    expect(compareReports(dismissedAll, citable).onlyB.length).toBeGreaterThan(0);
  });

  it('counts in words up to ten', () => {
    expect(countOf('expert_quote', 1)).toBe('one expert quote');
    expect(countOf('sourced_stat', 3)).toBe('three sourced figures');
    expect(countOf('first_hand', 12)).toBe('12 first-hand accounts');
  });
});

describe('planOf', () => {
  it('falls back to the summary’s most important addition, locating its section', () => {
    const r = synthesis;
    const item = firstPlanItem(r);
    expect(item?.message).toBe(r.summary.topMissing);
    expect(item?.from).toBe('summary');
    const named = r.sections.find((s) => s.heading && r.summary.topMissing!.includes(`“${s.heading}”`));
    expect(item?.heading).toBe(named?.heading ?? null);
  });

  it('reads a page plan when the report carries one, in its order', () => {
    const plan = [
      { section: 2, heading: 'Costs', sentence: 'Add what you paid.', kind: 'original_data', message: 'Add what you paid for ___.', projected: { sectionVerdict: 'primary', pageScoreBefore: 20, pageScoreAfter: 55 } },
      { section: 0, heading: null, sentence: 'Quote someone.', kind: 'expert_quote', message: '', projected: null },
    ];
    const items = planOf({ ...synthesis, plan } as Report);
    expect(items.map((i) => [i.section, i.message, i.projected?.after ?? null, i.from])).toEqual([
      [2, 'Add what you paid for ___.', 55, 'plan'],
      [0, 'Quote someone.', null, 'plan'],
    ]);
  });

  it('is empty when nothing is missing', () => {
    expect(planOf({ ...citable, summary: { ...citable.summary, topMissing: null } })).toEqual([]);
  });
});

describe('markup checks: entity, documentation, why', () => {
  it('names the entity an issue is about, so two Organizations without sameAs are told apart', () => {
    const org = (name: string) => ({ types: ['Organization'], format: 'json-ld' as const, id: null, properties: { name: [name] } });
    const issues = checkStructuredData({ entities: [org('Daily Planet'), org('Daily Bugle')], errors: [], jsonLdBlocks: [] }).filter((i) => i.property === 'sameAs');
    expect(issues.map((i) => i.entity)).toEqual(['Organization “Daily Planet”', 'Organization “Daily Bugle”']);
  });

  it('links every rule’s source to its documentation and says in one line why it matters', () => {
    for (const r of RULES) expect(docsUrl(r.source)).toBe(r.url);
    for (const id of ['article-markup', 'author-person', 'breadcrumb-min-count', 'person-required', 'organization-recommended', 'json-ld-parse', 'unknown-type', 'faqpage-note']) {
      const why = whyItMatters(id);
      expect(why).toMatch(/^[A-Za-z].+\.$/);
      expect(why).not.toContain('\n');
    }
    expect(whyItMatters('person-required')).not.toBe(whyItMatters('person-recommended'));
  });
});

describe('badge', () => {
  it('shows no citability score for a page that is not an article (read on request for its markup)', () => {
    const state = (report: Report) => ({ status: 'report' as const, url: 'https://x.example/', report, extractMs: 1, analyzeMs: 1, trigger: 'manual' as const, revision: 1, fetched: { origin: null, robots: 'not-checked' as const, llms: 'not-checked' as const, render: 'not-checked' as const, renderDetail: null } });
    expect(badgeFor(state({ ...citable, readerable: false })).text).toBe('');
    expect(badgeFor(state(citable)).text).toBe(String(citable.score));
  });
});
