/**
 * Golden pages written for this project (a citable article, a pure synthesis article, the bundled sample draft),
 * each with a partial expected report: verdicts, evidence kinds and score bands, never prose.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../scoring/report';
import { reportOfHtml } from '../helpers';

const read = (p: string) => readFileSync(path.resolve(__dirname, p), 'utf8');
const kinds = (r: Report, heading: string | null) => new Set(r.sections.find((s) => s.heading === heading)!.evidence.map((e) => e.kind));
const verdicts = (r: Report) => Object.fromEntries(r.sections.map((s) => [s.heading ?? '(intro)', s.verdict]));

describe('golden: citable article', () => {
  const r = reportOfHtml(read('citable.html'));
  it('finds each kind of evidence where it is', () => {
    expect(kinds(r, 'How we measured autofill').has('original_data')).toBe(true);
    expect(kinds(r, 'The Lockstep Score').has('named_framework')).toBe(true);
    expect(kinds(r, 'What security researchers told us').has('expert_quote')).toBe(true);
    expect(kinds(r, 'How common password reuse still is').has('sourced_stat')).toBe(true);
    expect(kinds(r, null).has('first_hand')).toBe(true);
  });
  it('judges the sections', () => {
    // The fitted verdict's weakest line is primary against supported (3-class κ 0.53 cross-validated, README): the
    // sourced-figures section must be citable; which of the two it is, is not asserted.
    const v = verdicts(r);
    expect({ ...v, 'How common password reuse still is': null }).toEqual({
      '(intro)': 'primary',
      'How we measured autofill': 'primary',
      'The Lockstep Score': 'primary',
      'What security researchers told us': 'primary',
      'How common password reuse still is': null,
    });
    expect(v['How common password reuse still is']).not.toBe('synthesis');
  });
  it('scores high, with no unsourced figures and no suggestions', () => {
    // The page score is fitted to readers' page ratings (1–5 → 0–100); a page citable throughout rates about 3.3.
    const sample = reportOfHtml(read('../../public/sample-draft.html'));
    const synthesis = reportOfHtml(read('synthesis.html'));
    expect(r.score).toBeGreaterThan(sample.score);
    expect(r.score).toBeGreaterThanOrEqual(synthesis.score + 40);
    expect(r.penalties).toEqual([]);
    expect(r.sections.flatMap((s) => s.suggestions)).toEqual([]);
  });
});

describe('golden: synthesis article', () => {
  const r = reportOfHtml(read('synthesis.html'));
  it('judges every section synthesis and scores low', () => {
    expect(new Set(r.sections.map((s) => s.verdict))).toEqual(new Set(['synthesis']));
    expect(r.score).toBeLessThanOrEqual(10);
  });
  it('flags the unsourced figures, including the vague “studies show”', () => {
    const flagged = r.sections.flatMap((s) => s.evidence.filter((e) => e.kind === 'unsourced_stat'));
    expect(flagged.map((e) => e.signal).sort()).toEqual(['no-source', 'vague-source']);
    expect(r.penalties.map((p) => p.id)).toContain('unsourced-statistic');
  });
  it('suggests, for every synthesis section, what to add and where, the kind fitting what its claim sentence does', () => {
    for (const s of r.sections) {
      expect(s.suggestions.length).toBeGreaterThan(0);
      // "Where": the sentence whose claim most needs support, quoted and locatable.
      for (const g of s.suggestions) {
        expect(g.quote).not.toBeNull();
        expect(g.target).toMatchObject({ section: s.index });
      }
    }
    const why = r.sections.find((s) => s.heading === 'Why productivity matters')!;
    expect(why.suggestions[0]).toMatchObject({ kind: 'source', quote: 'Studies show that productive people earn 25% more than their peers.' });
    // A claim about results ("reduces stress, improves … faster") is backed by the writer's own measurement.
    expect(why.suggestions.find((g) => g.kind === 'original_data')?.quote).toMatch(/^Being productive reduces stress/);
    // An instruction that lists three steps: name the method, with its steps in the page's own words (each a name in
    // a list, so its first letter capitalised).
    const avoid = r.sections.find((s) => s.heading === 'Avoid distractions')!;
    const method = avoid.suggestions.find((g) => g.kind === 'named_framework')!;
    expect(method.message).toContain('“We call these three steps — Turn off notifications, Close unnecessary tabs and Put your phone in another room — the ___ [name] method');
    // A truism is not offered to be measured ("whether productivity is a habit, not a talent").
    const conclusion = r.sections.find((s) => s.heading === 'Conclusion')!;
    expect(conclusion.suggestions.find((g) => g.kind === 'original_data' && /habit, not a talent/.test(g.message))).toBeUndefined();
    expect(r.summary.topMissing).not.toBeNull();
  });
  it('builds suggestions from the section’s own claim sentences, never from its heading', () => {
    const breaks = r.sections.find((s) => s.heading === 'Take breaks')!;
    const quote = breaks.suggestions.find((g) => g.kind === 'expert_quote')!;
    expect(quote.quote).toMatch(/^Many experts recommend working in focused blocks/);
    expect(quote.message).toContain('whether many experts recommend working in focused blocks');
    const plan = r.sections.find((s) => s.heading === 'Plan your day')!;
    for (const g of plan.suggestions) {
      expect(g.message.toLowerCase()).not.toContain('plan your day');
      expect(g.message).toContain(g.quote!.split(' ').slice(0, 6).join(' '));
    }
  });
});

describe('golden: the bundled sample draft', () => {
  const r = reportOfHtml(read('../../public/sample-draft.html'), 'https://drafts.citable.example/sample-draft');
  it('has one primary section of original data and synthesis around it', () => {
    const measured = r.sections.find((s) => s.heading === 'What we measured on our own store')!;
    expect(measured.verdict).toBe('primary');
    expect(measured.evidence.filter((e) => e.kind === 'original_data').length).toBeGreaterThanOrEqual(2);
    expect(r.sections.find((s) => s.heading === 'Choosing a format')!.verdict).not.toBe('synthesis');
    expect(r.sections.find((s) => s.heading === 'Common mistakes')!.verdict).toBe('synthesis');
  });
  it('asks to name the process where the section lists steps', () => {
    const steps = r.sections.find((s) => s.heading === 'How to set up an image pipeline')!;
    expect(steps.verdict).toBe('synthesis');
    // First, and naming the four steps of its list as the list names them.
    expect(steps.suggestions[0]!.kind).toBe('named_framework');
    expect(steps.suggestions[0]!.message).toContain('these four steps — Resize the photo, Export it in a modern format, Add width and height attributes and Lazy-load every image —');
  });
  it('flags the unsourced 60%', () => {
    const why = r.sections.find((s) => s.heading === 'Why image weight matters')!;
    expect(why.evidence.map((e) => e.kind)).toEqual(['unsourced_stat']);
    expect(why.suggestions[0]!.kind).toBe('source');
  });
  it('scores in the middle: one strong asset, most of the article synthesis', () => {
    const citable = reportOfHtml(read('citable.html'));
    const synthesis = reportOfHtml(read('synthesis.html'));
    expect(r.score).toBeGreaterThanOrEqual(synthesis.score + 20);
    expect(r.score).toBeLessThan(citable.score);
  });
});

describe('golden: a news report', () => {
  const r = reportOfHtml(read('news.html'));
  it('is primary through reported specifics and an attributed quote', () => {
    expect(r.sections.map((s) => s.verdict)).toEqual(['primary']);
    const kinds = new Set(r.sections[0]!.evidence.map((e) => e.kind));
    expect(kinds.has('specific_facts')).toBe(true);
    expect(kinds.has('expert_quote')).toBe(true);
    expect(r.sections[0]!.evidence.find((e) => e.kind === 'expert_quote')!.why).toContain('Kowalczyk');
  });
  it('does not flag reported counts as unsourced statistics', () => {
    expect(r.sections.flatMap((s) => s.evidence).filter((e) => e.kind === 'unsourced_stat')).toEqual([]);
  });
});

describe('golden: an encyclopedia entry', () => {
  const r = reportOfHtml(read('encyclopedia.html'));
  it('is citable, and mostly supported: its specifics carry footnotes to other sources', () => {
    expect(r.sections.every((s) => s.verdict !== 'synthesis')).toBe(true);
    expect(r.sections.filter((s) => s.verdict === 'supported').length).toBeGreaterThanOrEqual(2);
    expect(r.score).toBeLessThan(reportOfHtml(read('citable.html')).score);
  });
});
