/**
 * Shortcuts taken in the page's markup checks for speed (scoring/structured): each must answer what the long way
 * answers.
 */
import { describe, expect, it } from 'vitest';
import { entityLabel } from '../../scoring/structured/check';
import { headlinesAgree, namesAgree } from '../../scoring/structured/missing';
import { BYLINE_TAIL, MAY_HAVE_TAIL, bylineName, normalizeText } from '../../scoring/structured/facts';

const ODD = ['', ' ', '—', '  a  ', 'A', 'İstanbul', 'ΟΔΟΣ"Α', 'J. Doe', 'Dana Whitfield', 'é', 'e\u0301', "l'été", '12', 'a\tb\n c', '\u00a0x\u2003y', 'x'.repeat(200)];

describe('the same text agrees with itself', () => {
  it('as headlines and as names, whatever it normalizes to', () => {
    for (const s of ODD) {
      // What the long way answers for a text against itself: empty normalizations agree, equal ones agree.
      expect([s, headlinesAgree(s, s)]).toEqual([s, true]);
      expect([s, namesAgree(s, s)]).toEqual([s, true]);
      expect(normalizeText(s)).toBe(normalizeText(s));
    }
  });
});

describe('entityLabel', () => {
  it('makes each whitespace run of a name one space, as `\\s+` does', () => {
    const names = ['Ann  Lee', 'Ann\tLee', 'Ann \t Lee', 'Ann\u00a0Lee', 'Ann\u2003\u2003Lee', 'A B C', ' lead', 'tail ', 'a\n\nb', 'x\u3000y', 'Ünï  cödé'];
    for (const name of names) {
      const label = entityLabel({ types: ['Person'], format: 'json-ld', id: null, properties: { name: [name] } });
      expect(label).toBe(`Person “${name.trim().replace(/\s+/g, ' ').slice(0, 60)}”`);
    }
  });
});

describe('the byline tail check', () => {
  it('is skipped only where the tail pattern cannot match', () => {
    // Random bylines from the pieces the tail pattern reads (and letters that case-fold onto them), seeded.
    const pieces = [
      'Ann', 'Lee', 'By', 'by', ' ', ' ', ' ', '\u00a0', '\t', ',', '.', '|', '•', '·', '-', '–', '—', '@', ':', '/', '0', '7', '12', '2024',
      'May', 'mon', 'Tuesday', 'Sept', 'on', 'am', 'le', 'de', 'h', 'min', 'days', 'last', 'Updated', 'PUBLISHED', 'poſted', 'modified',
      'edited', 'Reviewed', 'fact-checked', 'fact checked', 'fact checKed', 'Photos', 'photographs', 'Illustrations', 'additional reporting', 'é', 'ß', 'ſ', 'K', 'x',
    ];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let skipped = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let k = 1 + Math.floor(next() * 8); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      if (MAY_HAVE_TAIL.test(text)) continue;
      skipped++;
      expect([text, BYLINE_TAIL.test(text)]).toEqual([text, false]);
    }
    expect(skipped).toBeGreaterThan(1000);
    // And each way the pattern has of matching without a digit or a separator, in both cases.
    const wordy = ['Ann Updated', 'Ann last published', 'Ann posted', 'Ann modified', 'Ann edited by', 'Ann reviewed by', 'Ann fact checked by', 'Ann photo by', 'Ann photographs by', 'Ann illustrations by', 'Ann additional reporting by', 'Ann poſted', 'Ann fact checKed by'];
    for (const text of [...wordy, ...wordy.map((w) => w.toUpperCase())]) {
      expect([text, BYLINE_TAIL.test(text)]).toEqual([text, true]);
      expect([text, MAY_HAVE_TAIL.test(text)]).toEqual([text, true]);
    }
  });
  it('still cuts what the tail pattern cuts', () => {
    expect(bylineName('By Dana Whitfield, May 2, 2024')).toBe('Dana Whitfield');
    expect(bylineName('Ann Lee | The Daily')).toBe('Ann Lee');
    expect(bylineName('Ann Lee Updated')).toBe('Ann Lee');
    expect(bylineName('Ann Lee poſted')).toBe('Ann Lee');
    expect(bylineName('Ann Lee @annlee')).toBe('Ann Lee');
    expect(bylineName('Ann Lee, Staff Writer')).toBe('Ann Lee');
    expect(bylineName('Ann Lee and Bo Park')).toBe('Ann Lee and Bo Park');
  });
});
