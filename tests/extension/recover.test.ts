/** Finding an extraction's lost elements again by their text (entrypoints/content/recover.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractDetailed } from '../../scoring/extract/index';
import { recoverElements } from '../../entrypoints/content/recover';

describe('recoverElements', () => {
  const { document } = parseHTML(readFileSync(new URL('../pages/draft.html', import.meta.url), 'utf8'));
  const doc = document as unknown as Document;
  const detailed = extractDetailed(doc, { url: 'https://cms.test/edit' });

  it('finds every block and heading of a draft by its text when the pairing was lost, and keeps what was paired', () => {
    expect(detailed.blockElements.flat().every(Boolean)).toBe(true);
    const lost = { ...detailed, blockElements: detailed.blockElements.map((row) => row.map(() => null)), headingElements: detailed.headingElements.map(() => null) };
    const found = recoverElements(lost, doc);
    expect(found.blockElements).toEqual(detailed.blockElements);
    expect(found.headingElements).toEqual(detailed.headingElements);
    // Nothing missing: the same object back, nothing read.
    expect(recoverElements(detailed, doc)).toBe(detailed);
  });

  it('leaves an element missing when no element of the page has that text (never a wrong match)', () => {
    const changed = {
      ...detailed,
      snapshot: { ...detailed.snapshot, sections: detailed.snapshot.sections.map((s, i) => (i === 1 ? { ...s, blocks: s.blocks.map((b) => ({ ...b, text: `${b.text} (edited)` })) } : s)) },
      blockElements: detailed.blockElements.map((row) => row.map(() => null)),
    };
    const found = recoverElements(changed, doc);
    expect(found.blockElements[1]!.every((e) => e === null)).toBe(true);
    expect(found.blockElements[2]!.every(Boolean)).toBe(true);
  });
});
