/**
 * Concrete, checkable specifics in a sentence: dates, names, figures, versions. News and documentation are made of
 * them; generic advice has few.
 */
import type { Target } from '../report';
import { findNames } from './names';
import type { Sentence } from './types';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DATE = new RegExp(
  String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\b(?:in|since|by|until|from|during|on)\s+(?:early\s+|late\s+|mid-?)?(?:${MONTH}\s+)?(?:1[6-9]|20)\d\d\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d{4}-\d{2}-\d{2}\b|\blast\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b`,
);

export interface Specifics {
  date: boolean;
  names: number;
  numbers: number;
  version: boolean;
  /** Distinct kinds present among date, name, number, version. */
  kinds: number;
}

export function specificsOf(sentence: Sentence): Specifics {
  const date = DATE.test(sentence.text);
  // Names at the very start of a sentence are often ordinary capitalized words; findNames already drops those.
  const names = findNames(sentence.text).length;
  const numbers = sentence.figures.filter((f) => f.kind !== 'year' && f.kind !== 'version').length;
  const version = sentence.figures.some((f) => f.kind === 'version');
  const kinds = [date || sentence.figures.some((f) => f.kind === 'year'), names > 0, numbers > 0, version].filter(Boolean).length;
  return { date, names, numbers, version, kinds };
}

export function sentenceTarget(section: number, s: Sentence): Target {
  return { section, block: s.block, start: s.start, end: s.end };
}
