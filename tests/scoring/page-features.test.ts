/** The page model's features (scoring/verdict): what they count, and that evidence only ever lifts the page. */
import { describe, expect, it } from 'vitest';
import { PAGE_FEATURES, pageFeatureVector, pageScore, type PageSectionInput } from '../../scoring/verdict';

const kindsAt = PAGE_FEATURES.indexOf('firstPartyKinds');
const section = (kinds: PageSectionInput['kinds'], citable = 0.3, primary = 0.2, words = 300): PageSectionInput => ({ citable, primary, words, kinds });

describe('page features', () => {
  it('count each kind of first-party evidence once, and no other kind', () => {
    const v = pageFeatureVector([
      section(['expert_quote', 'expert_quote', null]),
      section(['expert_quote', 'sourced_stat', 'specific_facts']),
      section(['on_site']),
      section(undefined),
    ]);
    expect(v[kindsAt]).toBe(2);
    expect(pageFeatureVector([section(['sourced_stat', 'specific_facts', null])])[kindsAt]).toBe(0);
    expect(pageFeatureVector([section(['original_data']), section(['named_framework']), section(['expert_quote']), section(['on_site'])])[kindsAt]).toBe(4);
  });

  it('an empty page has no features and scores 0', () => {
    expect([...pageFeatureVector([])]).toEqual(PAGE_FEATURES.map(() => 0));
    expect(pageScore([])).toBe(0);
  });

  it('a new kind of first-party evidence never lowers the page score, a repeated one leaves it', () => {
    const pages: PageSectionInput[][] = [
      [section([]), section([]), section([])],
      [section(['expert_quote'], 0.8, 0.6), section([], 0.1, 0.1, 900)],
      [section(['sourced_stat'], 0.9, 0.2, 120), section(['specific_facts'], 0.7, 0.3, 2000)],
    ];
    for (const page of pages) {
      const before = pageScore(page);
      for (const kind of ['original_data', 'named_framework', 'expert_quote', 'on_site'] as const) {
        const added = page.map((s, i) => (i === 0 ? { ...s, kinds: [...(s.kinds ?? []), kind] } : s));
        expect(pageScore(added)).toBeGreaterThanOrEqual(before);
        const twice = added.map((s, i) => (i === 1 ? { ...s, kinds: [...(s.kinds ?? []), kind] } : s));
        expect(pageScore(twice)).toBe(pageScore(added));
      }
    }
    // The fitted weight of the count is what makes that hold: it must be positive.
    const none = pageScore([section([]), section([])]);
    expect(pageScore([section(['expert_quote']), section(['original_data'])])).toBeGreaterThan(none);
  });
});

describe('the content part says what the page score counts', () => {
  it('names the kinds of first-party evidence found', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { analyze } = await import('../../scoring/analyze');
    const { extract } = await import('../../scoring/extract');
    const { documentOf } = await import('../helpers');
    const base = readFileSync(path.resolve(__dirname, '../golden/synthesis.html'), 'utf8');
    const content = (html: string) => analyze(extract(documentOf(html), { url: null })).scoreParts.find((p) => p.id === 'content')!.detail;
    expect(content(base)).not.toMatch(/first-party/);
    const added = base.replace('<h2>Plan your day</h2>', '<h2>Plan your day</h2><p>We tracked 48 readers for four weeks: those who planned the night before finished 31% more tasks.</p>');
    expect(content(added)).toMatch(/; 1 kind of first-party evidence \(own data\)$/);
  });
});
