/** Which claim a suggestion backs, the kind of evidence it asks for, and the steps a method suggestion names (issue 10). */
import { describe, expect, it } from 'vitest';
import { claimsOf, stepsOf, stepsOfHeadings, stepsPhrase, suggestionsFor } from '../../scoring/suggestions';
import { measured, type SectionSpec } from '../helpers';

const section = (blocks: SectionSpec['blocks'], heading = 'A section') => measured({ heading, blocks }).section;
const li = (text: string, ordered = false) => ({ kind: 'li' as const, text, ordered });

describe('the claim a section rests on', () => {
  it('is a checkable result, not a hedge, a truism or a question', () => {
    const s = section([
      'Docker builds can be slow. Is caching worth it? Good caching is important. Caching the dependency layer cuts build time for most services.',
    ]);
    const [best] = claimsOf(s);
    expect(best!.sentence.text).toMatch(/^Caching the dependency layer cuts build time/);
    expect(best!.kind).toBe('original_data');
    expect(claimsOf(s).map((c) => c.sentence.text)).not.toContain('Is caching worth it?');
  });

  it('asks for a quote when the claim is about people or a field, and for a first-hand account when it judges a thing', () => {
    const people = section(['Most developers in the industry now prefer typed languages for large codebases.']);
    expect(claimsOf(people)[0]!.kind).toBe('expert_quote');
    const judged = section(['The keyboard feels sturdy and the trackpad is comfortable for long sessions of typing.']);
    expect(claimsOf(judged)[0]!.kind).toBe('first_hand');
  });

  it('offers nothing for placeholder Latin, a byline or a caption fragment', () => {
    expect(claimsOf(section(['Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt.']))).toEqual([]);
    expect(claimsOf(section(['Dana Whitfield is the senior editor of the Daily Growth Blog and writes about retail.']))).toEqual([]);
    expect(claimsOf(section(['Jordan Spira and Megan Cook with four total wins overall']))).toEqual([]);
  });
});

describe('the steps a method suggestion names', () => {
  it('reads the labels of a list of steps, in the page’s words', () => {
    const s = section([
      'Every quarter we clean the blog up in four passes, one after the other, across the whole site.',
      li('Audit: list every page and its traffic.', true),
      li('Prune: delete what nobody reads.', true),
      li('Merge: fold thin posts into one strong one.', true),
      li('Redirect: point the old addresses at the new page.', true),
    ]);
    expect(stepsOf(s)).toEqual(['Audit', 'Prune', 'Merge', 'Redirect']);
    const method = suggestionsFor(s, null, [], true).find((g) => g.kind === 'named_framework')!;
    expect(method.message).toContain('“We call these four steps — Audit, Prune, Merge and Redirect — the ___ [name] method: ___ [what it achieves, in one sentence].”');
  });

  it('cuts a long instruction at the turn of its clause, and keeps the casing of names', () => {
    const s = section([
      li('Resize the photo to the largest size your theme actually displays.', true),
      li('Export it in a modern format, keeping a JPEG fallback.', true),
      li('Enable HTTP/2 on the CDN so that images load in parallel.', true),
    ]);
    expect(stepsOf(s)).toEqual(['Resize the photo', 'Export it in a modern format', 'Enable HTTP/2 on the CDN']);
  });

  it('finds no steps in a list of topics, ingredients or links', () => {
    expect(stepsOf(section([li('Security: new vulnerabilities in drupal and openssl.'), li('Kernel: the 4.1 merge window opens.'), li('Development: a new compiler.')]))).toEqual([]);
    expect(stepsOf(section([li('2 cups flour'), li('1 tsp salt'), li('3 eggs, beaten')]))).toEqual([]);
    expect(stepsOf(section([li('https://example.com/a'), li('https://example.com/b')]))).toEqual([]);
  });

  it('reads the parts of one instruction that lists three', () => {
    const s = section(['Distractions are everywhere. Turn off notifications, close unnecessary tabs and put your phone in another room.']);
    expect(stepsOf(s)).toEqual(['Turn off notifications', 'close unnecessary tabs', 'put your phone in another room']);
  });

  it('reads a walk-through told in sub-sections from their headings, numbered or not', () => {
    expect(stepsOfHeadings(['1. Define early retirement', '2. Take inventory', '3. If you have a mortgage, consider paying it off', '4. Put Plan A into action — but enjoy the present, too', 'Related coverage: Money'])).toEqual([
      'Define early retirement',
      'Take inventory',
      'Put Plan A into action',
    ]);
    expect(stepsOfHeadings(['Use Weighted Mean', 'Use Median', 'Use MAD', 'Use Different Measures'])).toEqual(['Use Weighted Mean', 'Use Median', 'Use MAD', 'Use Different Measures']);
    // Topics are no steps, and two headings are no walk-through.
    expect(stepsOfHeadings(['Understanding Z-Score', 'Optimizing Z-Score', 'Backtesting'])).toEqual([]);
    expect(stepsOfHeadings(['Use Median', 'Use MAD'])).toEqual([]);
  });

  it('finds no steps in a shopping list', () => {
    expect(stepsOf(section([li('Get Pokemon Sword on Amazon for $58.99'), li('Get Pokemon Shield for $58.56')]))).toEqual([]);
  });

  it('lists them as names, balanced and counted', () => {
    expect(stepsPhrase(['Audit', 'prune the list'])).toBe('these two steps — Audit and Prune the list —');
    expect(stepsPhrase(['iPhone setup', 'DNS check', 'Reboot'])).toBe('these three steps — iPhone setup, DNS check and Reboot —');
    expect(stepsPhrase(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('these seven steps — A, B, C, D, E and the rest —');
  });
});
