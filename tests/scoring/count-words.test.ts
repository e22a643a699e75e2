/**
 * countWords reads the count off the last wordsOf scan of the same text (scoring/measures/words.ts): it must count
 * what its own scan counts, whichever way it gets there.
 */
import { describe, expect, it } from 'vitest';
import { countWords, wordsOf } from '../../scoring/measures/words';

const TEXTS = [
  '',
  ' ',
  'One two three.',
  '  leading and trailing  ',
  'dash — and | pipe alone',
  'tab\tline\nfeed\rreturn\u00a0no-break',
  'narrow\u2009space counts as one token',
  'Zürich, München und Köln',
  '東京 タワー',
  '42 1,204.5 v2.1 — 2024',
  '“Quoted,” she said.',
  '.,;: !? --',
];

describe('countWords', () => {
  it.each(TEXTS)('counts %j the same after wordsOf read it as alone', (text) => {
    wordsOf('an unrelated text');
    const alone = countWords(text);
    wordsOf(text);
    expect(countWords(text)).toBe(alone);
  });

  it('counts runs between spaces that hold a letter or a digit', () => {
    expect(countWords('dash - and | pipe alone')).toBe(4);
    expect(countWords('tab\tline\nfeed\rreturn\u00a0no-break')).toBe(5);
    wordsOf('narrow\u2009space counts as one token');
    expect(countWords('narrow\u2009space counts as one token')).toBe(5);
    expect(countWords('  leading and trailing  ')).toBe(3);
  });
});
