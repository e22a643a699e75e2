/**
 * Sentence breaks as ICU finds them (Intl.Segmenter, granularity 'sentence'), computed in JavaScript for text made
 * only of characters whose sentence-break class is certain: ASCII, Latin-1 letters, the no-break and thin spaces,
 * typographic quotes and dashes: 93% of the corpus's paragraphs. ICU's rule engine cost about 60 ns a character,
 * some 5% of judging (measured on the corpus); this scan costs about a fifth of that. Any other character (another
 * script, a combining mark, a soft hyphen, a control character) returns null and the caller asks ICU.
 *
 * The rules are Unicode's sentence boundaries (UAX #29, SB1–SB11), which ICU's root rules implement; without Extend
 * and Format characters in the text, SB5 has nothing to skip. tests/scoring/sentence-breaks.test.ts holds this to
 * ICU on random text over these characters, in every language of ROOT_RULES; bench/identity.ts found the same
 * reports on the corpus and labelled pages.
 */

/**
 * Languages whose sentence breaks are ICU's root rules, checked against ICU on random text
 * (tests/scoring/sentence-breaks.test.ts). Greek is not one: there ";" ends a question.
 */
export const ROOT_RULES = new Set('en de fr es pt it nl ro pl cs sk hu sv da nb fi tr id ca ru uk ja zh ko ar he hi th vi'.split(' '));
const rootRulesOf = new WeakMap<Intl.Segmenter, boolean>();
/** Does `segmenter` break sentences by ICU's root rules (its language is one of ROOT_RULES)? */
export function rootRules(segmenter: Intl.Segmenter): boolean {
  let root = rootRulesOf.get(segmenter);
  if (root === undefined) {
    root = ROOT_RULES.has(segmenter.resolvedOptions().locale.split('-')[0]!);
    rootRulesOf.set(segmenter, root);
  }
  return root;
}

/** Sentence-break classes (UAX #29), as small numbers. */
const OTHER = 0;
const CR = 1;
const LF = 2;
const SP = 3;
const LOWER = 4;
const UPPER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
/** Not in the fast alphabet: ICU decides. */
const UNKNOWN = 11;

/** The class of each code unit below 0x100. */
const LATIN = new Uint8Array(0x100).fill(UNKNOWN);
{
  const set = (chars: string, cls: number) => {
    for (const ch of chars) LATIN[ch.charCodeAt(0)] = cls;
  };
  // Printable ASCII not named below (# $ % & * + / < = > @ \ ^ _ ` | ~) is "Other".
  for (let c = 0x20; c < 0x7f; c++) LATIN[c] = OTHER;
  LATIN[0x0d] = CR;
  LATIN[0x0a] = LF;
  set('\t\v\f \u00a0', SP);
  for (let c = 0x61; c <= 0x7a; c++) LATIN[c] = LOWER;
  for (let c = 0x41; c <= 0x5a; c++) LATIN[c] = UPPER;
  for (let c = 0x30; c <= 0x39; c++) LATIN[c] = NUMERIC;
  set('.', ATERM);
  set('!?', STERM);
  set('"\'()[]{}\u00ab\u00bb', CLOSE);
  set(',-:;', SCONTINUE);
  // Latin-1 letters: À–Ö, Ø–Þ capitals; ß–ö, ø–ÿ small (× and ÷ are symbols, left to ICU with the rest).
  for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) LATIN[c] = UPPER;
  for (let c = 0xdf; c <= 0xff; c++) if (c !== 0xf7) LATIN[c] = LOWER;
}

let buffer = new Uint8Array(1024);

/** The class of a code unit from U+0100 on, UNKNOWN outside the fast alphabet. */
function classOf(c: number): number {
  switch (c) {
    // Thin, hair and narrow no-break spaces.
    case 0x2009:
    case 0x200a:
    case 0x202f:
      return SP;
    // ‘ ’ ‚ “ ” „: quotation marks are Close.
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201c:
    case 0x201d:
    case 0x201e:
      return CLOSE;
    // – —
    case 0x2013:
    case 0x2014:
      return SCONTINUE;
    // … • ′ ″ € ™: no sentence-break property of their own.
    case 0x2026:
    case 0x2022:
    case 0x2032:
    case 0x2033:
    case 0x20ac:
    case 0x2122:
      return OTHER;
    default:
      return UNKNOWN;
  }
}

/** SB3, SB4: where the text goes on after the paragraph separator at `at` (CR LF is one separator). */
function afterSeparator(cls: Uint8Array, at: number, n: number): number {
  return cls[at] === CR && at + 1 < n && cls[at + 1] === LF ? at + 2 : at + 1;
}

/**
 * The start of every sentence segment of `text` but the first (0), in order, as ICU's sentence iterator gives them;
 * null when the text holds a character outside the fast alphabet.
 */
export function sentenceStarts(text: string): number[] | null {
  const n = text.length;
  // One buffer of classes for every call (grown when a text is longer): no allocation per paragraph.
  if (buffer.length < n) buffer = new Uint8Array(Math.max(n, 2 * buffer.length));
  const cls = buffer;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < 0x100 ? LATIN[c]! : classOf(c);
    if (k === UNKNOWN) return null;
    cls[i] = k;
  }
  const starts: number[] = [];
  let i = 0;
  while (i < n) {
    const c = cls[i]!;
    // SB3, SB4: CR × LF; a break after every paragraph separator.
    if (c === CR || c === LF) {
      i = afterSeparator(cls, i, n);
      if (i < n) starts.push(i);
      continue;
    }
    if (c !== ATERM && c !== STERM) {
      i++;
      continue;
    }
    const next = i + 1 < n ? cls[i + 1]! : -1;
    // SB6: ATerm × Numeric ("3.5"). SB7: (Upper | Lower) ATerm × Upper ("U.S.").
    if (c === ATERM && (next === NUMERIC || (next === UPPER && i > 0 && (cls[i - 1] === UPPER || cls[i - 1] === LOWER)))) {
      i++;
      continue;
    }
    // SB9, SB10: SATerm Close* Sp* holds together, with one paragraph separator after it (SB11 breaks after that).
    let k = i + 1;
    while (k < n && cls[k] === CLOSE) k++;
    while (k < n && cls[k] === SP) k++;
    if (k >= n) break;
    const at = cls[k]!;
    if (at === CR || at === LF) {
      i = afterSeparator(cls, k, n);
      if (i < n) starts.push(i);
      continue;
    }
    // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower ("etc. and", "e.g. 5 apples").
    if (c === ATERM) {
      let j = k;
      while (j < n && (cls[j] === SP || cls[j] === CLOSE || cls[j] === NUMERIC || cls[j] === SCONTINUE || cls[j] === OTHER)) j++;
      if (j < n && cls[j] === LOWER) {
        i = k;
        continue;
      }
    }
    // SB8a: SATerm Close* Sp* × (SContinue | SATerm). The next terminator is read from k on.
    if (at === SCONTINUE || at === ATERM || at === STERM) {
      i = k;
      continue;
    }
    // SB11: a break after the terminator, its closing marks and its spaces.
    starts.push(k);
    i = k;
  }
  return starts;
}
