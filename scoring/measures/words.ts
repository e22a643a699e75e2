/**
 * Which listed words a sentence holds, as a regular expression's `\b` delimits them, read in one pass and shared: cheap
 * exact gates in front of the word-list patterns that every sentence goes through (cues, specifics). A pattern such
 * as `/\b(?:said|told)\b/i` can only match where "said" or "told" is a whole word, so a sentence without either skips
 * the pattern; the pattern still decides. Measured: most of the cue patterns scanned every sentence to find nothing.
 *
 * A word is a maximal run of ASCII letters, digits and "_" (what `\b` separates without the `u` flag), compared
 * lower-cased. Lists are registered once, at module load (`wordClass`), and each gets a bit.
 */

export interface Words {
  /** The registered word classes present: bit k of `lo` for class k < 30, bit k − 30 of `hi` below 60, bit k − 60 of `top` above. */
  lo: number;
  hi: number;
  top: number;
  /** The same for words written in small letters only (what a case-sensitive pattern of small words matches). */
  lowerLo: number;
  lowerHi: number;
  lowerTop: number;
  /** The text holds a digit 0–9. */
  digit: boolean;
  /** Where the first digit 0–9 is (−1: none). */
  firstDigit: number;
  /** A word after the first one opens with a capital and two small letters ([A-Z][a-z]{2}). */
  capitalized: boolean;
  /** A word that is [a-z]{3,}ed, whole. */
  ed: boolean;
  /** How many capitals [A-ZÄÖÜ] follow a space (`\s`). */
  capStarts: number;
  /** How many words `countWords` counts in the text (read in the same pass: the measures ask for both). */
  count: number;
}

/** A registered list of words: `has(words, cls)` says whether a text holds any of them. */
export interface WordClass {
  readonly id: number;
}

const TABLE_BITS = 12;
const TABLE_SIZE = 1 << TABLE_BITS;
interface Entry {
  word: string;
  /** The word's full hash: compared before its letters, so a word that only shares a bucket costs one comparison. */
  hash: number;
  lo: number;
  hi: number;
  top: number;
  next: Entry | null;
}
/** Chained hashing on the lower-cased word's hash. */
const table: (Entry | null)[] = new Array<Entry | null>(TABLE_SIZE).fill(null);
let classes = 0;
let longest = 0;

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** Registers a list of lower-case words (space-separated) as one class. At most 90 classes. */
export function wordClass(list: string): WordClass {
  const id = classes++;
  if (id >= 90) throw new Error('words: too many word classes');
  for (const word of list.split(' ')) {
    if (!word) continue;
    if (!/^[a-z0-9_]+$/.test(word)) throw new Error(`words: "${word}" is not a lower-case word`);
    longest = Math.max(longest, word.length);
    const hash = hashOf(word);
    const at = hash & (TABLE_SIZE - 1);
    let entry = table[at]!;
    while (entry && entry.word !== word) entry = entry.next!;
    if (!entry) {
      entry = { word, hash, lo: 0, hi: 0, top: 0, next: table[at]! };
      table[at] = entry;
    }
    if (id < 30) entry.lo |= 1 << id;
    else if (id < 60) entry.hi |= 1 << (id - 30);
    else entry.top |= 1 << (id - 60);
  }
  lastWords = null;
  return { id };
}

/**
 * A class for words that may hold letters outside ASCII ("können", "grundsätzlich"), for patterns without the `u`
 * flag: there such a letter is no word character, so a whole word of the pattern (between `\b`s) holds each of its
 * runs of ASCII letters as a whole word of its own. The longest run stands for the word ("können" → "nnen").
 */
export function wordClassOf(list: string): WordClass {
  return wordClass(
    list
      .split(' ')
      .map((word) => (word.match(/[a-z0-9_]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), ''))
      .join(' '),
  );
}

export function has(words: Words, cls: WordClass): boolean {
  return cls.id < 30 ? (words.lo & (1 << cls.id)) !== 0 : cls.id < 60 ? (words.hi & (1 << (cls.id - 30))) !== 0 : (words.top & (1 << (cls.id - 60))) !== 0;
}

/** The last text read: the measures of one sentence ask for its words several times in a row. */
let lastText: string | null = null;
let lastWords: Words | null = null;

/** Every gate open: what a text reads as when the gates are switched off (`openGates`), for tests. */
const ALL: Words = Object.freeze({ lo: -1, hi: -1, top: -1, lowerLo: -1, lowerHi: -1, lowerTop: -1, digit: true, firstDigit: 0, capitalized: true, ed: true, capStarts: Number.MAX_SAFE_INTEGER, count: -1 });
let gatesOpen = false;

/**
 * Switches every gate open (true) or back (false): each pattern then decides alone. The tests read real text both
 * ways and require the same measures, since a gate repeats its pattern's words and must never drop a match. (The
 * cues' gates also answer "match" for a whole-word branch, so they are tested through `sentenceCues(…, false)`.)
 */
export function openGates(open: boolean): void {
  gatesOpen = open;
}

export function wordsOf(text: string): Words {
  if (gatesOpen) return ALL;
  if (lastWords !== null && lastText === text) return lastWords;
  let lo = 0;
  let hi = 0;
  let top = 0;
  let lowerLo = 0;
  let lowerHi = 0;
  let lowerTop = 0;
  let digit = false;
  let firstDigit = -1;
  let capitalized = false;
  let ed = false;
  let capStarts = 0;
  let start = -1;
  let h = 0;
  let first = true;
  /** The word being read has a capital; has a digit or "_". */
  let upper = false;
  let other = false;
  let prev = 0;
  let prev2 = 0;
  /** countWords's count, and whether the token being read (up to a countWords space) is counted already. */
  let count = 0;
  let counted = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const raw = i < n ? text.charCodeAt(i) : 32;
    if (isCountSpace(raw)) counted = false;
    else if (!counted && countsAsWord(raw)) {
      count++;
      counted = true;
    }
    let c = raw;
    if (c >= 65 && c <= 90) {
      c += 32;
      if (start < 0) {
        start = i;
        h = 0;
        upper = false;
        other = false;
        if (i > 0 && isSpace(text.charCodeAt(i - 1))) capStarts++;
      }
      upper = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) {
      if (start < 0) {
        start = i;
        h = 0;
        upper = false;
        other = false;
      }
      if (c <= 57) {
        if (!digit) {
          digit = true;
          firstDigit = i;
        }
        other = true;
      } else if (c === 95) other = true;
    } else {
      // Ä, Ö, Ü: capitals of CAP_PAIR (cues.ts) outside ASCII.
      if ((c === 0xc4 || c === 0xd6 || c === 0xdc) && i > 0 && isSpace(text.charCodeAt(i - 1))) capStarts++;
      if (start < 0) continue;
      const len = i - start;
      if (len <= longest) {
        for (let e: Entry | null = table[h & (TABLE_SIZE - 1)]!; e !== null; e = e.next) {
          if (e.hash === h && e.word.length === len && sameLower(text, start, e.word)) {
            lo |= e.lo;
            hi |= e.hi;
            top |= e.top;
            if (!upper) {
              lowerLo |= e.lo;
              lowerHi |= e.hi;
              lowerTop |= e.top;
            }
            break;
          }
        }
      }
      if (!first && !capitalized && len >= 3) {
        const a = text.charCodeAt(start);
        const b = text.charCodeAt(start + 1);
        const d = text.charCodeAt(start + 2);
        if (a >= 65 && a <= 90 && b >= 97 && b <= 122 && d >= 97 && d <= 122) capitalized = true;
      }
      if (len >= 5 && !upper && !other && prev === 100 && prev2 === 101) ed = true;
      first = false;
      start = -1;
      continue;
    }
    h = (Math.imul(h, 31) + c) | 0;
    prev2 = prev;
    prev = c;
  }
  lastText = text;
  lastWords = { lo, hi, top, lowerLo, lowerHi, lowerTop, digit, firstDigit, capitalized, ed, capStarts, count };
  return lastWords;
}

/**
 * Counts words. Intl.Segmenter's word mode measured ~60× slower than a scan on Latin text (README, "Speed"), so it
 * is used only for languages written without spaces; elsewhere a word is a run of characters between spaces that
 * holds at least one letter or digit. A text that `wordsOf` read last is not read again: the count came with its
 * words (every sentence's words are read before its length).
 */
export function countWords(text: string, segmenter: Intl.Segmenter | null = null): number {
  if (segmenter) {
    let n = 0;
    for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
    return n;
  }
  if (lastWords !== null && lastText === text) return lastWords.count;
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCountSpace(c)) {
      counted = false;
      continue;
    }
    if (!counted && countsAsWord(c)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** The spaces between the words countWords counts: space, line feed, tab, carriage return, no-break space. */
function isCountSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}
/** A token with one of these is a word to countWords: a digit, an ASCII letter, or any character from U+00C0 up ("-" and "|" alone are not; "—" is). */
function countsAsWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/** Does `words` hold one of `cls`'s words written in small letters only? */
export function hasLower(words: Words, cls: WordClass): boolean {
  return cls.id < 30 ? (words.lowerLo & (1 << cls.id)) !== 0 : cls.id < 60 ? (words.lowerHi & (1 << (cls.id - 30))) !== 0 : (words.lowerTop & (1 << (cls.id - 60))) !== 0;
}

/** `\s`: the white space and line terminators of ECMAScript. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Is text[start, start + word.length) the lower-case ASCII `word`, in any case? */
function sameLower(text: string, start: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) {
    let c = text.charCodeAt(start + j);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * `re` behind an exact gate: its `test` is `re.test`, skipped (false) when the text holds none of `list`'s words,
 * which must be such that every match of `re` holds one of them as a whole word (or passes `also`). For
 * non-global patterns. `words`, when given, is the text's reading already made (a sentence's `reading`).
 */
export function gated(re: RegExp, list: string, also?: (text: string) => boolean): { test(text: string, words?: Words): boolean } {
  const cls = wordClass(list);
  return { test: (text, words = wordsOf(text)) => (has(words, cls) || (also !== undefined && also(text))) && re.test(text) };
}
