/**
 * Shortcuts taken in the page's markup checks for speed (scoring/structured): each must answer what the long way
 * answers.
 */
import { describe, expect, it } from 'vitest';
import { entityLabel } from '../../scoring/structured/check';
import { headlinesAgree, namesAgree } from '../../scoring/structured/missing';
import { normalizeText } from '../../scoring/structured/facts';

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
