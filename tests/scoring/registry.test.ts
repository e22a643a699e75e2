/** Meta-test: every signal file is registered, tested, described, and weighted or explicitly unscored. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTION_SIGNALS } from '../../scoring/signals';
import { EVIDENCE_STRENGTH, UNSCORED_SIGNALS } from '../../scoring/weights';
import { EvidenceKind } from '../../scoring/report';

const DIR = path.resolve(__dirname, '../../scoring/signals');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));

describe('signal registry', () => {
  it('registers every signal file, sorted, with id = file name', () => {
    const ids = SECTION_SIGNALS.map((s) => s.id);
    expect(ids).toEqual([...files].sort());
    expect(ids).toEqual([...ids].sort());
  });

  it.each(files)('%s has a test, a description, titles and frozen options', (id) => {
    const signal = SECTION_SIGNALS.find((s) => s.id === id)!;
    expect(existsSync(path.resolve(__dirname, 'signals', `${id}.test.ts`))).toBe(true);
    expect(signal.description.length).toBeGreaterThan(40);
    expect(signal.title).not.toBe(signal.failureTitle);
    expect(Object.isFrozen(signal)).toBe(true);
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(id).not.toMatch(/^no-/);
  });

  it.each(files)('%s is weighted through its evidence kind, or listed as unscored', (id) => {
    const signal = SECTION_SIGNALS.find((s) => s.id === id)!;
    expect(EvidenceKind.options).toContain(signal.evidence);
    if (EVIDENCE_STRENGTH[signal.evidence] === 0) expect(UNSCORED_SIGNALS.has(id)).toBe(true);
    else expect(UNSCORED_SIGNALS.has(id)).toBe(false);
  });
});
