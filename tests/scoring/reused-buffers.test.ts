/**
 * findFigures and findQuotations mark the characters earlier matches took in one buffer each, reused from text to
 * text (scoring/measures/figures.ts, quotations.ts): a text's reading must not depend on what was read before it.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../scoring/measures/figures';
import { findQuotations } from '../../scoring/measures/quotations';
import type { SnapshotBlock } from '../../scoring/snapshot';

const TEXTS = [
  'Sales rose 45% to $3.2 million in 2023, 3 in 10 buyers said, and 2x faster than 1,200 users.',
  '12% 13% 14% 15% 16% 17% 18% 19% 20% 21% 22% 23% 24% 25% 26% 27% 28% 29% 30% 31% 32% 33% 34% 35% 36% 37% 38%',
  'Version 2.1.4 shipped; 5 km in 20 minutes.',
  'It cost $5.',
  `${'word '.repeat(10_000)}then 50% of 70,000 people`,
  'No figures here.',
];
const QUOTES = [
  '“We tested it on every page we had, and it held,” said Ana Ruiz, who led the study.',
  '"It was the hardest six months of my life," Kaplan says. "Nobody expected the results we saw."',
  `${'„Das ist ein langer Satz mit vielen Wörtern darin“, sagte Stefan Marx. '.repeat(400)}`,
  '‘Short’ and “also short”.',
];
const block = (text: string): SnapshotBlock => ({ kind: 'p', text, links: [], locator: { selector: null, quote: '' } }) as unknown as SnapshotBlock;

describe('reused buffers', () => {
  it('find the same figures in any order of texts', () => {
    const forward = TEXTS.map((t) => findFigures(t));
    const backward = [...TEXTS].reverse().map((t) => findFigures(t)).reverse();
    expect(backward).toEqual(forward);
    expect(forward[0]!.map((f) => f.kind)).toContain('percent');
    expect(forward[4]!.map((f) => f.text)).toEqual(['50%', '70,000']);
  });

  it('find the same quotations in any order of paragraphs', () => {
    const forward = QUOTES.map((t) => findQuotations([block(t)]));
    const backward = [...QUOTES].reverse().map((t) => findQuotations([block(t)])).reverse();
    expect(backward).toEqual(forward);
    expect(forward[0]![0]!.speaker).toBe('Ana Ruiz');
  });
});
