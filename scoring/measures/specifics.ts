/**
 * Concrete, checkable specifics in a sentence: dates, names, figures, versions. News and documentation are made of
 * them; generic advice has few.
 */
import type { Target } from '../report';
import { findNames } from './names';
import { has, wordClass, wordsOf } from './words';
import type { Figure, Sentence, Specifics } from './types';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DATE = new RegExp(
  String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\b(?:in|since|by|until|from|during|on)\s+(?:early\s+|late\s+|mid-?)?(?:${MONTH}\s+)?(?:1[6-9]|20)\d\d\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d{4}-\d{2}-\d{2}\b|\blast\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b`,
);

/** Past-tense and reporting verbs: reporting narrates what happened and who said it. */
const NARRATIVE = /\b(?:said|says|told|announced|reported|ordered|signed|voted|ruled|met|won|lost|left|began|took|gave|made|went|came|held|led|ran|sent|fled|fought|built|wrote|spoke|became|fell|rose|sold|bought|paid|struck|killed|died|arrested|charged|confirmed|denied|launched|released|filed|[a-z]{3,}ed)\b/;

/** A capital letter after the first character: without one there is no name to find. */
const INNER_CAPITAL = /.[A-Z\u00c0-\u00de]/;

/**
 * Exact word gates (./words.ts): every branch of DATE but the weekdays and "last …" holds a digit, and NARRATIVE is a
 * list of words or a word in -ed.
 */
const DATE_WORDS = wordClass('monday tuesday wednesday thursday friday saturday sunday last');
const NARRATIVE_WORDS = wordClass(
  'said says told announced reported ordered signed voted ruled met won lost left began took gave made went came held led ran sent fled fought built wrote spoke became fell rose sold bought paid struck killed died arrested charged confirmed denied launched released filed',
);

export function specificsOf(text: string, figures: Figure[]): Specifics {
  const words = wordsOf(text);
  const date = (words.digit || has(words, DATE_WORDS)) && /\d|day|[JFMASOND][a-z]{2}|last/.test(text) && DATE.test(text);
  // Names at the very start of a sentence are often ordinary capitalized words; findNames already drops those.
  const found = INNER_CAPITAL.test(text) ? findNames(text) : [];
  const names = found.length;
  // Counted, not filtered: this runs on every sentence, and an array per count was garbage for each.
  let wordNames = 0;
  for (const n of found) if (!n.acronym && !/[\p{Ll}][\p{Lu}]/u.test(n.text)) wordNames++;
  const narrative = (words.ed || has(words, NARRATIVE_WORDS)) && NARRATIVE.test(text);
  let numbers = 0;
  let version = false;
  let year = false;
  for (const f of figures) {
    if (f.kind === 'version') version = true;
    else if (f.kind === 'year') year = true;
    else numbers++;
  }
  const kinds = (date || year ? 1 : 0) + (names > 0 ? 1 : 0) + (numbers > 0 ? 1 : 0) + (version ? 1 : 0);
  return { date, names, numbers, version, wordNames, narrative, kinds };
}

export function sentenceTarget(section: number, s: Sentence): Target {
  return { section, block: s.block, start: s.start, end: s.end };
}
