import { describe, expect, it } from 'vitest';
import { afterSentenceEnd, findNames } from '../../scoring/measures/names';

describe('findNames', () => {
  it('skips a lone capitalized word that opens a sentence or follows a colon and a quote, keeps one inside', () => {
    expect(findNames('Coffee is grown in Brazil.').map((n) => n.text)).toEqual(['Brazil']);
    expect(findNames('She wrote: “Coffee matters.” Then Brazil').map((n) => n.text)).toEqual(['Brazil']);
    expect(findNames('It rained.  Cotton fell.').map((n) => n.text)).toEqual([]);
    expect(findNames('It rained, Cotton fell.').map((n) => n.text)).toEqual(['Cotton']);
    expect(findNames('Researchers at the Pew Research Center said so.').map((n) => n.text)).toEqual(['Pew Research Center']);
    expect(findNames('He met Mr. Reeves at noon, then the CDC.').map((n) => [n.text, n.tokens, n.acronym])).toEqual([
      ['Mr. Reeves', 2, false],
      ['CDC', 1, true],
    ]);
    expect(findNames('Élodie Durand spoke; then Ümit Öz.').map((n) => n.text)).toEqual(['Élodie Durand', 'Ümit Öz']);
  });

  it('afterSentenceEnd says what /[.!?:]\\s*["“\']?$/ says of the text before a position, on texts of every shape', () => {
    const pieces = ['a', 'B', '.', '!', '?', ':', ';', ' ', '  ', '\n', '\u00a0', '\u3000', '"', '“', "'", '”', '’', '😀'];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let ends = 0;
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let k = rand(8); k >= 0; k--) text += pieces[rand(pieces.length)];
      const at = 1 + rand(text.length);
      const expected = /[.!?:]\s*["“']?$/.test(text.slice(0, at));
      if (expected) ends++;
      expect(afterSentenceEnd(text, at), JSON.stringify(text.slice(0, at))).toBe(expected);
    }
    expect(ends).toBeGreaterThan(1000);
  });
});
