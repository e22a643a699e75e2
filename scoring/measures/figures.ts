/**
 * Numbers in a sentence, classified. A "statistic" is a figure that makes a quantitative claim someone could
 * check (a share, an amount of money, a multiple, a ratio, a large count, a measurement); years, versions and
 * small counts ("3 tips") are specifics but not statistics.
 */
import type { Figure, FigureKind } from './types';
import { has, wordClass, wordsOf, type WordClass } from './words';
import { anyMarked, marks } from './marks';

/**
 * A number ("12", "1,204.5"). It never starts inside another number (after a digit, or after a digit and a
 * separator): a match that failed from the number's first digit fails from every later one too, since its end can
 * only fall at the same places, so those starts only cost time — quadratic time on a long run of digits or of
 * comma-separated numbers (10,000 of them took 2.8 s). The one difference: a number glued to the letters before it
 * ("A1.5 million") no longer yields its tail ("5 million").
 */
const NUM = String.raw`(?<!\d|\d[.,])\d+(?:[.,]\d+)*`;
const WORD_NUM = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a third|a quarter)`;
const SCALE = String.raw`(?:thousand|million|billion|trillion|bn|mn|[kKmMbB](?![\w–\-]))`;
const UNITS = String.raw`(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|kg|g|mg|lbs?|pounds|tons?|tonnes?|km|m|cm|mm|miles?|feet|ft|inches|mph|km\/h|°[CF]|degrees|GB|MB|KB|TB|kB|Mbps|Gbps|GHz|MHz|kWh|MW|GW|W|V|calories|kcal|pages|words|users|people|respondents|participants|customers|visitors|sites|websites|companies|businesses|patients|students|employees|downloads|queries|requests|articles|posts|links|backlinks|domains|samples|cases|deaths|votes)`;

interface Pattern {
  kind: FigureKind;
  re: RegExp;
  /** Every match holds a digit, at most DIGIT_LEAD characters after its start: a text without one skips the pattern. */
  digit?: true;
  /** Every match holds a digit or one of these words (./words.ts): a text with neither skips the pattern. */
  words?: WordClass;
}
/** The most characters a digit pattern's match reads before its first digit: "version " of a version. */
const DIGIT_LEAD = 8;

// Order matters: earlier patterns claim their span first.
const PATTERNS: Pattern[] = [
  { kind: 'percent', digit: true, re: new RegExp(String.raw`${NUM}\s?(?:%|percent\b|per cent\b|percentage points?\b|pp\b|Prozent\b|por ciento\b|pour cent\b|per cento\b|procent\b|procento\b|por cento\b)`, 'g') },
  {
    kind: 'money',
    digit: true,
    re: new RegExp(String.raw`(?:[$€£¥₹]|US\$|USD\s?|EUR\s?|GBP\s?)\s?${NUM}(?:\s?${SCALE})?|${NUM}\s?${SCALE}?\s?(?:dollars|euros|pounds sterling|USD|EUR|GBP)\b`, 'g'),
  },
  {
    kind: 'multiplier',
    // Without a digit, only "… times more": the word "times" is needed.
    words: wordClass('times'),
    re: new RegExp(String.raw`\b${NUM}\s?[x×](?![a-zA-Z0-9])|\b(?:${NUM}|${WORD_NUM}|twice|double|triple)\s+times\s+(?:more|less|fewer|higher|lower|faster|slower|as|larger|smaller|bigger|likely)\b`, 'gi'),
  },
  {
    kind: 'ratio',
    re: new RegExp(String.raw`\b(?:${NUM}|${WORD_NUM})\s+(?:in|out of)\s+(?:${NUM}|${WORD_NUM}|every)\b(?!\s+(?:days?|weeks?|months?|years?|minutes?|hours?)\b)`, 'gi'),
  },
  { kind: 'version', digit: true, re: /\b(?:v|version\s)\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+(?:[-.][\w.]+)?\b/gi },
  { kind: 'count', digit: true, re: new RegExp(String.raw`\b${NUM}\s?${SCALE}\b|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d{5,}\b`, 'g') },
  { kind: 'measure', digit: true, re: new RegExp(String.raw`\b${NUM}\s?${UNITS}\b`, 'g') },
  { kind: 'year', digit: true, re: /\b(?:1[6-9]\d\d|20\d\d)s?\b/g },
  { kind: 'number', digit: true, re: /\b\d+(?:[.,]\d+)?\b/g },
];

/** Figure kinds that make a statistical claim. */
export const STAT_KINDS: ReadonlySet<FigureKind> = new Set(['percent', 'money', 'multiplier', 'ratio', 'count', 'measure']);

/** The words a figure without a digit is written with (the `\b(?:…)\b` of the gate below, ./words.ts). */
const FIGURE_WORDS = wordClass('twice double triple one two three four five half');

/** Every figure in `text`, non-overlapping, in order. */
export function findFigures(text: string): Figure[] {
  // What `/\d|\b(?:twice|double|triple|one|two|three|four|five|half)\b/i` says, read off the sentence's words.
  const words = wordsOf(text);
  if (!words.digit && !has(words, FIGURE_WORDS)) return [];
  // Which characters earlier matches claimed: testing a match against this costs its length, where testing it against
  // the list of earlier matches cost their number (quadratic on a paragraph of thousands of figures).
  const took = taken.cleared(text.length);
  const out: Figure[] = [];
  for (const { kind, re, digit, words: needs } of PATTERNS) {
    if (digit && !words.digit) continue;
    if (needs && !words.digit && !has(words, needs)) continue;
    // A pattern that needs a digit starts at most DIGIT_LEAD characters before one ("version 2.1", "USD 5"): no match
    // starts before that, and its lookbehinds still read the text before the start.
    re.lastIndex = digit ? Math.max(0, words.firstDigit - DIGIT_LEAD) : 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (anyMarked(took, start, end)) continue;
      took.fill(1, start, end);
      out.push({ kind: refine(kind, m[0], text, end), text: m[0].trim(), start });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The characters earlier matches took, per text. */
const taken = marks(512);

/**
 * Measures over small spans of time ("3 days", "2 weeks") read as durations in advice ("wait 2 weeks"), not as
 * findings; they stay statistics only with a comparison or a finding word nearby.
 */
function refine(kind: FigureKind, match: string, text: string, end: number): FigureKind {
  if (kind === 'measure' && /(?:days?|weeks?|months?|years?|hours?|minutes?)$/i.test(match)) {
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, end - match.length - 40), end - match.length);
    if (!/\b(?:faster|slower|longer|shorter|more|less|average|median|on average|took|saved|cut|reduced|increased)\b/i.test(before + after)) {
      return 'number';
    }
  }
  // A measure inside a product's name ("the $29 72W USB-C PD Car Charger", "a 65W GaN charger") is its spec, not a
  // finding: a measure followed by an acronym or a capitalized word.
  if (kind === 'measure' && /^\s+(?:[A-Z]{2,}|[A-Z][a-z]+\s+[A-Z])/.test(text.slice(end, end + 20))) return 'number';
  // A four-digit number after an acronym is a model name ("RTX 3090", "GTX 1080"), not a count.
  if (kind === 'number' && /^\d+$/.test(match) && Number(match) >= 1000 && !/\b[A-Z]{2,}[- ]$/.test(text.slice(Math.max(0, end - match.length - 8), end - match.length))) return 'count';
  return kind;
}
