/**
 * A small seeded fuzz run inside the suite (the full one is `npm run fuzz`): the light built cases (pumped pattern
 * units, JSON-LD torture, deep and empty pages) and 40 mutated corpus pages must all be reported — nothing thrown,
 * no signal in error, snapshot and report valid. No time is asserted here (a busy machine must not fail the suite):
 * the run over 2 s count is the fuzz script's job.
 */
import { describe, expect, it } from 'vitest';
import { builtCases, caseRng, fuzzCase, MUTATIONS, runCase } from '../../fuzz/cases';
import { HAVE_CORPUS } from '../corpus/corpus';

const SEED = 20261201;
const MUTATED = 40;
const built = builtCases(true);

describe('fuzz: built cases', () => {
  it.each(built.map((c, i) => [c.name, i] as const))('%s is reported', (_name, i) => {
    const r = runCase(fuzzCase(SEED, i, built));
    expect(r.detail).toBeNull();
    expect(r.outcome).toBe('ok');
  });
});

describe.runIf(HAVE_CORPUS)('fuzz: mutated corpus pages', () => {
  it.each(Array.from({ length: MUTATED }, (_, k) => built.length + k))('case %i is reported', (index) => {
    const c = fuzzCase(SEED, index, built);
    const r = runCase(c);
    expect({ case: c.name, detail: r.detail }).toEqual({ case: c.name, detail: null });
    expect(r.outcome).toBe('ok');
  });
});

describe('fuzz: reproducible', () => {
  it('a case is a pure function of (seed, index): regenerated alone, it is the same page', () => {
    const a = fuzzCase(SEED, built.length + 3, built);
    const b = fuzzCase(SEED, built.length + 3, built);
    expect(b.html).toBe(a.html);
    expect(b.name).toBe(a.name);
    expect(caseRng(1, 2)()).toBe(caseRng(1, 2)());
    expect(caseRng(1, 2)()).not.toBe(caseRng(1, 3)());
  });

  it('every mutation runs on a small page and returns a page (a string)', () => {
    const html = `<!doctype html><html><head><title>T</title></head><body><article><h1 class="a" id="b">T</h1><p>One two three 4 five.</p></article></body></html>`;
    for (const m of MUTATIONS) {
      const out = m.apply(caseRng(5, MUTATIONS.indexOf(m)), html);
      expect(typeof out).toBe('string');
    }
  });
});
