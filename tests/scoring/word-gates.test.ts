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
import { has, openGates, wordClassOf, wordsOf } from '../../scoring/measures/words';
import { claimsOf } from '../../scoring/suggestions';
import { coinageIn } from '../../scoring/measures/coined';
import { measureSection, pageContext } from '../../scoring/measures';
import { loadLabelled } from '../../training/labels';

const LABELS = resolve(__dirname, '../../../shared/labels');

/** Every sentence the measures read on the labelled pages of `set`. */
function* labelledSentences(set: string) {
  for (const p of loadLabelled(set)) {
    const ctx = pageContext(p.snapshot);
    for (const [i, s] of p.snapshot.sections.entries()) yield* measureSection(s, i, ctx, '').sentences;
  }
}

describe.runIf(existsSync(LABELS))('word gates', () => {
  it.each([['dev', 'en'] as const, ['dev-de', 'de'] as const])('change no cue on any sentence of %s', (set, lang) => {
    const differ: string[] = [];
    let n = 0;
    for (const x of labelledSentences(set)) {
      n++;
      const gated = sentenceCues(x.text, lang);
      const plain = sentenceCues(x.text, lang, false);
      if (gated !== plain) differ.push(`${CUES.filter((_, k) => ((gated ^ plain) >> k) & 1).join(',')}: ${x.text.slice(0, 100)}`);
    }
    expect(n).toBeGreaterThan(set === 'dev' ? 10_000 : 500);
    expect(differ).toEqual([]);
  });

  it.each(['dev', 'dev-de'])('change no figure, source, specific, first-person reading or claim on %s', (set) => {
    const differ: string[] = [];
    for (const p of loadLabelled(set)) {
      const ctx = pageContext(p.snapshot);
      p.snapshot.sections.forEach((s, i) => {
        // The cues are left out here: their gates also answer "match" outright, and are held to it above. So is each
        // sentence's reading, which is what the gates read (every gate open, it reads as holding every word).
        const read = () => {
          const m = measureSection(s, i, ctx, '');
          const claims = claimsOf({ ...m, sentences: m.sentences.map((x) => ({ ...x, cues: 0 })) }, [], ctx.english);
          return {
            sentences: m.sentences.map(({ cues: _cues, reading: _reading, ...rest }) => rest),
            quotations: m.quotations,
            claims: claims.map(({ sentence: { reading: _reading, ...sentence }, ...claim }) => ({ ...claim, sentence })),
            coinages: m.sentences.map((x) => coinageIn(x.text, x.reading)),
          };
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

  // Each sentence keeps its reading for the readers after the measures: it must be what reading its text afresh gives.
  it.each(['dev', 'dev-de'])("keep each sentence's reading as its text reads afresh on %s", (set) => {
    const differ: string[] = [];
    let n = 0;
    for (const x of labelledSentences(set)) {
      n++;
      wordsOf('');
      if (JSON.stringify(x.reading) !== JSON.stringify(wordsOf(x.text))) differ.push(x.text.slice(0, 100));
    }
    expect(n).toBeGreaterThan(500);
    expect(differ).toEqual([]);
  });

  // A German word with a letter outside ASCII is held by its longest ASCII run, as `\b` without the `u` flag splits it.
  it('hold a German word with umlauts where its pattern matches it', () => {
    const cls = wordClassOf('können grundsätzlich fügte');
    for (const t of ['Sie können das.', 'Das ist grundsätzlich so.', 'Er fügte hinzu.', 'KÖNNEN']) {
      expect([t, /\b(?:können|grundsätzlich|fügte)\b/i.test(t)]).toEqual([t, true]);
      expect([t, has(wordsOf(t), cls)]).toEqual([t, true]);
    }
    expect(has(wordsOf('Das kann sein.'), cls)).toBe(false);
  });

  // Runs of no real page's: the German pair read in place must split, strip and stop where the split reading does.
  it('read German capitalized pairs in place as the split reading does', () => {
    const filler = Array.from({ length: 198 }, () => 'und').join(' ');
    const texts = [
      'Gestern traf Angela Merkel den Minister.',
      'Die Bahn fährt.',
      'Laut „Stefan Marx“ ist das so.',
      'Er sagte: (Berliner Zeitung) berichtet.',
      'Wir, Stefan, Marx und andere.',
      'Ein Stefan, Marx kam.',
      '  Stefan Marx   kam spät ',
      'Am\u00a0Montag\u00a0Peter Müller kam',
      'x Über Äpfel und Öl',
      'Der Mann „“ Peter',
      'Text mit "Peter" "Pan" darin',
      'Hallo Ärger Ölung,',
      `Anfang ${filler} Stefan Marx`,
      `Anfang ${filler.split(' ').slice(1).join(' ')} Stefan Marx`,
      '',
      'Ein',
      'Ein Peter',
    ];
    const bit = 1 << CUES.indexOf('capPair');
    for (const t of texts) expect([t, sentenceCues(t, 'de') & bit]).toEqual([t, sentenceCues(t, 'de', false) & bit]);
    expect(sentenceCues('Gestern traf Angela Merkel den Minister.', 'de') & bit).toBe(bit);
    expect(sentenceCues('Die Bahn fährt.', 'de') & bit).toBe(0);
  });
});
