/**
 * The sentence breaks computed in JavaScript (scoring/measures/sentence-breaks.ts) must be ICU's: random text over the
 * fast alphabet, and sentence-like text, is broken both ways in every language said to follow ICU's root rules.
 */
import { describe, expect, it } from 'vitest';
import { ROOT_RULES, rootRules, sentenceStarts } from '../../scoring/measures/sentence-breaks';

/** Every segment start but 0, as ICU's sentence iterator gives them. */
function icuStarts(text: string, segmenter: Intl.Segmenter): number[] {
  const out: number[] = [];
  const segments = segmenter.segment(text);
  for (let i = 0; i < text.length; ) {
    const s = segments.containing(i)!;
    if (s.index > 0) out.push(s.index);
    i = s.index + Math.max(1, s.segment.length);
  }
  return out;
}

/** A small seeded generator (mulberry32): the same texts on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each class of the fast alphabet, several times, with the terminators and spaces more often. */
const ALPHABET = [...'abxABZ19...!? \t\n\r\u00a0"\'()[]{}«»,-:;#$%&*/@_|~éÉßÿÀÞ\u2009\u200a\u202f‘’‚“”„–—…•′″€™\v\f<>=+^`\\'];
const WORDS = ['the', 'Mr', 'U.S', 'etc', 'e.g', 'Jan', '5', '3.5', 'K', 'Hupfer', 'él', 'Ärger', 'and', 'It', 'we'];
const MARKS = ['. ', '.', '? ', '! ', '." ', '.) ', '.” ', ', ', ' – ', ': ', '; ', '.\n', ' ', ' ', ' ', '...', '.. ', '?!', '."\n\n'];

describe('sentence breaks', () => {
  it('are ICU’s on random text over the fast alphabet, in every root-rule language', () => {
    const next = random(7);
    const differ: string[] = [];
    for (const lang of ROOT_RULES) {
      const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
      expect(rootRules(segmenter)).toBe(true);
      for (let t = 0; t < (lang === 'en' || lang === 'de' ? 20_000 : 2_000); t++) {
        let text = '';
        const n = 1 + Math.floor(next() * 24);
        for (let i = 0; i < n; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
        const mine = sentenceStarts(text);
        if (mine === null || mine.join() !== icuStarts(text, segmenter).join()) differ.push(`${lang} ${JSON.stringify(text)}`);
      }
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('are ICU’s on sentence-like text', () => {
    const next = random(11);
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const differ: string[] = [];
    for (let t = 0; t < 20_000; t++) {
      let text = '';
      const n = 2 + Math.floor(next() * 16);
      for (let i = 0; i < n; i++) text += WORDS[Math.floor(next() * WORDS.length)]! + MARKS[Math.floor(next() * MARKS.length)]!;
      const mine = sentenceStarts(text);
      if (mine === null || mine.join() !== icuStarts(text, segmenter).join()) differ.push(JSON.stringify(text));
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('leave other scripts, marks and Greek to ICU', () => {
    expect(sentenceStarts('Ein Satz. Ένα δεύτερο.')).toBeNull();
    expect(sentenceStarts('cafe\u0301. Next')).toBeNull();
    expect(sentenceStarts('soft\u00adhyphen. Next')).toBeNull();
    expect(rootRules(new Intl.Segmenter('el', { granularity: 'sentence' }))).toBe(false);
  });
});
