/**
 * The measures' patterns sit behind exact word gates (scoring/measures/words.ts): a sentence that holds none of the words a
 * pattern needs skips it. The gates repeat the patterns' word lists, so a word added to a pattern and not to its
 * gate would silently stop matching. Here every sentence of the labelled real pages is read with and without the
 * gates, and must carry the same cues.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CUES, sentenceCues } from '../../scoring/measures/cues';
import { openGates } from '../../scoring/measures/words';
import { claimsOf } from '../../scoring/suggestions';
import { measureSection, pageContext } from '../../scoring/measures';
import { loadLabelled } from '../../training/labels';

const LABELS = resolve(__dirname, '../../../shared/labels');

describe.runIf(existsSync(LABELS))('word gates', () => {
  it.each([['dev', 'en'] as const, ['dev-de', 'de'] as const])('change no cue on any sentence of %s', (set, lang) => {
    const differ: string[] = [];
    let n = 0;
    for (const p of loadLabelled(set)) {
      const ctx = pageContext(p.snapshot);
      p.snapshot.sections.forEach((s, i) => {
        for (const x of measureSection(s, i, ctx, '').sentences) {
          n++;
          const gated = sentenceCues(x.text, lang);
          const plain = sentenceCues(x.text, lang, false);
          if (gated !== plain) differ.push(`${CUES.filter((_, k) => ((gated ^ plain) >> k) & 1).join(',')}: ${x.text.slice(0, 100)}`);
        }
      });
    }
    expect(n).toBeGreaterThan(set === 'dev' ? 10_000 : 500);
    expect(differ).toEqual([]);
  });

  it.each(['dev', 'dev-de'])('change no figure, source, specific, first-person reading or claim on %s', (set) => {
    const differ: string[] = [];
    for (const p of loadLabelled(set)) {
      const ctx = pageContext(p.snapshot);
      p.snapshot.sections.forEach((s, i) => {
        // The cues are left out here: their gates also answer "match" outright, and are held to it above.
        const read = () => {
          const m = measureSection(s, i, ctx, '');
          return { sentences: m.sentences.map(({ cues: _cues, ...rest }) => rest), quotations: m.quotations, claims: claimsOf({ ...m, sentences: m.sentences.map((x) => ({ ...x, cues: 0 })) }, [], ctx.english) };
        };
        const gated = read();
        openGates(true);
        try {
          const open = read();
          if (JSON.stringify(gated) !== JSON.stringify(open)) differ.push(`${p.label.page} § ${s.heading ?? '(intro)'}`);
        } finally {
          openGates(false);
        }
      });
    }
    expect(differ).toEqual([]);
  });
});
