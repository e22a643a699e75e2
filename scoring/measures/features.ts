/**
 * The features the fitted verdict reads (scoring/verdict), measured from a section's sentences in one pass: each
 * sentence gets a row of yes/no indicators (the cues of ./cues.ts plus the engine's own findings: figures, sources,
 * first-person research, named people), and a section's features are their rates, a few counts, the section's
 * shape (lists, code, tables, headings) and the page around it. Because every sentence feature is a rate or a
 * count of sentences, a linear model's decision splits into what each sentence added (`contributions`).
 */
import type { SectionMeasures, Sentence } from './types';
import { CUES, type CueLang } from './cues';

/** Per-sentence indicators: the cues, then the engine's own findings. */
export const INDICATORS = [
  ...CUES,
  'stat', // a statistic (share, money, multiple, ratio, count, measure)
  'sourcedStat', // a statistic in a sentence that names or links its source
  'figure', // any number but a year
  'money',
  'link', // an outbound link (a source)
  'named', // a named source or a citation
  'cited', // a footnote marker or bibliographic citation: "[12]", "(Smith, 2020)" — an encyclopedia's or a paper's way
  'vague', // "studies show", "experts say"
  'fpResearch', // the author's own research (measures/first-person.ts)
  'fpExperience', // the author's own experience
  'names', // named people, places or organisations (measures/names.ts)
  'attributedQuote', // a quotation in the sentence with a speech verb beside it
] as const;
export type Indicator = (typeof INDICATORS)[number];
const IX = Object.fromEntries(INDICATORS.map((k, i) => [k, i])) as Record<Indicator, number>;

/** Indicators also read as a count (log 1 + n): one strong sentence should weigh even in a long section. */
export const COUNTED: readonly Indicator[] = ['attributedQuote', 'speech', 'quote', 'fpResearch', 'fpExperience', 'firstAct', 'sourcedStat', 'link', 'date', 'capPair', 'official', 'names', 'stat', 'imperative', 'unit', 'speakerTurn'];

/** COUNTED's indicators by index: read per sentence, where a look-up by name cost more than the test. */
const COUNTED_IX = Int32Array.from(COUNTED, (k) => IX[k]);

/** Section shape and page context: not attributable to one sentence. */
export const SHAPE = [
  'logWords',
  'listShare', // share of blocks that are list items
  'orderedList',
  'codeShare',
  'table',
  'blockquote',
  'intro',
  'questionHeading',
  'numberedHeading', // "Step 3", "Meal 1", "5. …"
  'speakerQuotes', // quotations with a named speaker (measures/quotations.ts), log 1 + n
  'english',
  'referenceHeading', // the whole heading: References, Citations, Sources, External links, Further reading, See also, Contents
  'lexical', // the words' own evidence: filled in by the verdict from the fitted word table (scoring/verdict)
] as const;
/** The engine's own signals' findings (scoring/signals), as log(1 + n) per evidence kind. */
export const EVIDENCE_KINDS = ['original_data', 'first_hand', 'named_framework', 'expert_quote', 'sourced_stat', 'unsourced_stat', 'specific_facts'] as const;

export const PAGE_RATES: readonly Indicator[] = ['date', 'speech', 'capPair', 'secondPerson', 'imperative', 'firstAct', 'official', 'quote', 'names', 'unit', 'link', 'cited'];

export const FEATURE_NAMES: readonly string[] = [
  ...INDICATORS.map((k) => `rate:${k}`),
  ...COUNTED.map((k) => `count:${k}`),
  ...SHAPE.map((k) => `shape:${k}`),
  ...EVIDENCE_KINDS.map((k) => `evidence:${k}`),
  ...PAGE_RATES.map((k) => `page:${k}`),
];
const N_IND = INDICATORS.length;
/** The index of the lexical feature in FEATURE_NAMES. */
export const LEXICAL_INDEX = FEATURE_NAMES.indexOf('shape:lexical');
/** The index of the "page is English" feature. */
export const ENGLISH_INDEX = FEATURE_NAMES.indexOf('shape:english');
export const REFERENCE_INDEX = FEATURE_NAMES.indexOf('shape:referenceHeading');
/**
 * Features read from English wording only: the lexical word table and the findings of the English-only signals.
 * On a page in another language they are unmeasured, not absent, so the verdict gives them their fitted mean.
 */
export const ENGLISH_ONLY_FEATURES: readonly number[] = [LEXICAL_INDEX, ...['original_data', 'first_hand', 'named_framework', 'expert_quote', 'unsourced_stat', 'specific_facts'].map((k) => FEATURE_NAMES.indexOf(`evidence:${k}`))];
const RATE0 = 0;
const COUNT0 = N_IND;
const SHAPE0 = COUNT0 + COUNTED.length;
const EVIDENCE0 = SHAPE0 + SHAPE.length;
const PAGE0 = EVIDENCE0 + EVIDENCE_KINDS.length;

/**
 * Headings of reference lists and link lists, the whole heading: they make no claims of their own (LABELING.md:
 * navigation is synthesis). "Literature" or "Notes on Speculation and Lore" are sections with prose, not lists.
 */
const REFERENCE_HEADING = /^(?:references?|citations?|sources?|bibliography|works cited|external links|further reading|see also|contents|table of contents|inhalt|inhaltsverzeichnis|related(?: (?:articles|posts|stories|links|recipes|reading|content))?|quellen|literatur|weblinks|einzelnachweise|siehe auch)\s*(?:\[edit\]|\[bearbeiten[^\]]*\])?$/i;

/** A reference, link or contents list's heading (the whole heading): it cites or lists others and claims nothing itself. */
export function isReferenceHeading(heading: string | null): boolean {
  return heading !== null && REFERENCE_HEADING.test(heading.trim());
}

/**
 * Indicators of something specific a writer could cite (LABELING.md: synthesis has "nothing specific"): a section
 * with none of them in any sentence has nothing to cite, whatever its tone.
 */
export const SPECIFIC: readonly Indicator[] = ['names', 'capPair', 'date', 'figure', 'quote', 'speech', 'link', 'named', 'fpResearch', 'fpExperience', 'firstAct', 'official', 'time', 'speakerTurn'];

/**
 * Indicators that are specific in any sentence. A figure, a name or a capitalized pair in an instruction ("Eat every
 * 2–3 hours") or a quantity line ("1 scoop Shakeology, 1 cup strawberries", the product linked to a shop) is a
 * recipe's or a how-to's detail, not something reported: such sentences count only through these.
 */
const REPORTED: readonly Indicator[] = SPECIFIC.filter((k) => k !== 'names' && k !== 'capPair' && k !== 'figure' && k !== 'link');

/** The same, by index (read for every sentence of every section). */
const SPECIFIC_IX = Int32Array.from(SPECIFIC, (k) => IX[k]);
const REPORTED_IX = Int32Array.from(REPORTED, (k) => IX[k]);

/** Does any sentence of the section carry something specific? */
export function hasSpecifics(base: SectionFeatureBase): boolean {
  // A story's names, places and events are invented (measures/story.ts): nothing in it can be checked or cited.
  if (base.story) return false;
  const n = base.tally.sentences;
  for (let i = 0; i < n; i++) {
    const at = i * N_IND;
    const instruction = base.rows[at + IX.imperative] === 1 || base.rows[at + IX.unit] === 1;
    const look = instruction ? REPORTED_IX : SPECIFIC_IX;
    for (let j = 0; j < look.length; j++) if (base.rows[at + look[j]!]) return true;
  }
  return false;
}

/** Writes a sentence's indicators, one byte each, into `row` at `at` (one flat array per section: no allocation per sentence). */
export function sentenceIndicators(s: Sentence, lang: CueLang | null = 'en', row: Uint8Array = new Uint8Array(N_IND), at = 0): Uint8Array {
  for (let i = 0; i < CUES.length; i++) if (s.cues & (1 << i)) row[at + i] = 1;
  // A bare account ("We talked to 3 people.", "We surveyed 212 of our customers.") claims research and reports
  // nothing: no result, no name, date or place. It is not a first-hand account with specifics (LABELING.md).
  const bare = s.firstPerson !== null && lang === 'en' && bareAccount(s, row, at);
  if (bare) row[at + IX.firstAct] = 0;
  // LABELING.md: "Unsourced statistics alone do not lift a section": a figure counts only where the sentence names
  // its source or the author speaks as its source.
  const owned = s.attributions.length > 0 || (s.firstPerson !== null && !bare);
  if (owned) {
    if (s.stats.length > 0) row[at + IX.stat] = 1;
    for (const f of s.figures) {
      if (f.kind !== 'year') row[at + IX.figure] = 1;
      if (f.kind === 'money') row[at + IX.money] = 1;
    }
  }
  if (s.stats.length > 0 && s.attributions.length > 0) row[at + IX.sourcedStat] = 1;
  for (const a of s.attributions) {
    row[at + (a.kind === 'link' ? IX.link : IX.named)] = 1;
    if (a.kind === 'citation') row[at + IX.cited] = 1;
  }
  if (s.vague) row[at + IX.vague] = 1;
  if (s.firstPerson === 'research' && !bare) row[at + IX.fpResearch] = 1;
  if (s.firstPerson === 'experience' && !bare) row[at + IX.fpExperience] = 1;
  // English names come from measures/names.ts; German capitalizes every noun, so there a pair of capitalized words
  // that are not function words stands in for a name (cues.ts).
  if (lang === 'de' ? row[at + IX.capPair] : s.specifics.wordNames > 0) row[at + IX.names] = 1;
  // English first-person research and experience come from measures/first-person.ts; German reads "ich habe … getestet".
  if (lang === 'de' && row[at + IX.firstAct]) row[at + (row[at + IX.research] ? IX.fpResearch : IX.fpExperience)] = 1;
  if (row[at + IX.quote] && row[at + IX.speech]) row[at + IX.attributedQuote] = 1;
  return row;
}

/** What an account found or showed: a result, a comparison, a share, a reason, or a clause that goes on. */
const RESULT = /\b(?:found|finds?|show(?:s|ed|n)?|reveal(?:s|ed)?|learn(?:ed|t)|discover(?:ed)?|notic(?:ed|e)|conclud(?:ed|e)|turn(?:s|ed) out|result(?:s|ed)?|because|that|which|than|only|most|half|percent|per cent|average|median|none|all of|every)\b|[%:;—–]/i;

/** A short first-person account with nothing in it but the act and a count: no result, no name, date, place or quote. */
function bareAccount(s: Sentence, row: Uint8Array, at: number): boolean {
  if (s.words > 16 || s.specifics.wordNames > 0 || s.attributions.length > 0) return false;
  if (row[at + IX.capPair] || row[at + IX.date] || row[at + IX.time] || row[at + IX.place] || row[at + IX.quote]) return false;
  return !RESULT.test(s.text);
}

/** What a section contributes to the page context: its indicator sums and sentence count. */
export interface SectionTally {
  sums: Float64Array;
  sentences: number;
}

export interface SectionFeatureBase {
  /** Features that depend only on the section (everything but the page context, which is filled in later). */
  values: Float64Array;
  /** The sentences' indicator rows, flat: sentence i's indicator k is at i · INDICATORS.length + k. */
  rows: Uint8Array;
  tally: SectionTally;
  /** Each sentence's share of the lexical feature (filled in with the feature by scoring/verdict fillLexical). */
  lexical: number[];
  /** The section is a story told in dialogue (measures/story.ts). */
  story: boolean;
}

/** Measures a section's own features; `withPage` adds the page's. */
export function sectionFeatures(m: SectionMeasures, lang: CueLang | null, evidence: readonly string[] = []): SectionFeatureBase {
  const count = m.sentences.length;
  const rows = new Uint8Array(count * N_IND);
  m.sentences.forEach((s, i) => sentenceIndicators(s, lang, rows, i * N_IND));
  // German: a sentence inside a quotation with a named speaker (measures/quotations.ts) is an attributed quote, also
  // when the quotation runs over several sentences and the speech verb is in the first ("Marx ergänzt: „… . … .“").
  if (lang === 'de') {
    for (const q of m.quotations) {
      if (!q.speaker) continue;
      m.sentences.forEach((s, i) => {
        if (s.block === q.block && s.start < q.end && s.end > q.start) rows[i * N_IND + IX.attributedQuote] = 1;
      });
    }
  }
  // A story's dialogue (measures/story.ts): its characters' lines are no attributed quotations.
  if (m.story) for (let i = 0; i < count; i++) rows[i * N_IND + IX.attributedQuote] = 0;
  const sums = new Float64Array(N_IND);
  for (let at = 0; at < rows.length; at += N_IND) for (let k = 0; k < N_IND; k++) sums[k]! += rows[at + k]!;
  const n = Math.max(1, count);
  const values = new Float64Array(FEATURE_NAMES.length);
  for (let i = 0; i < N_IND; i++) values[RATE0 + i] = sums[i]! / n;
  COUNTED.forEach((k, j) => {
    values[COUNT0 + j] = Math.log1p(sums[IX[k]]!);
  });
  const blocks = m.blocks.length || 1;
  const lis = m.blocks.filter((b) => b.kind === 'li').length;
  const shape: Record<(typeof SHAPE)[number], number> = {
    logWords: Math.log1p(m.words),
    listShare: lis / blocks,
    orderedList: m.blocks.some((b) => b.kind === 'li' && b.ordered) ? 1 : 0,
    codeShare: m.codeBlocks / blocks,
    table: m.blocks.some((b) => b.kind === 'table') ? 1 : 0,
    blockquote: m.blocks.some((b) => b.kind === 'blockquote') ? 1 : 0,
    intro: m.heading === null ? 1 : 0,
    questionHeading: m.heading?.trim().endsWith('?') ? 1 : 0,
    numberedHeading: m.heading && /^(?:step\s*\d+|\d+[.):]\s|(?:meal|day|week|tip|option|idea|way|stage|phase)\s*#?\d+)/i.test(m.heading.trim()) ? 1 : 0,
    // English quotations come with their speaker (measures/quotations.ts); in German a quote beside a speech verb.
    speakerQuotes: m.story ? 0 : Math.log1p(lang === 'de' ? sums[IX.attributedQuote]! : m.quotations.filter((q) => q.speaker).length),
    english: lang === 'en' ? 1 : 0,
    referenceHeading: isReferenceHeading(m.heading) ? 1 : 0,
    lexical: 0,
  };
  SHAPE.forEach((k, j) => {
    values[SHAPE0 + j] = shape[k];
  });
  for (const e of evidence) {
    const j = EVIDENCE_KINDS.indexOf(e as (typeof EVIDENCE_KINDS)[number]);
    if (j >= 0) values[EVIDENCE0 + j]!++;
  }
  for (let j = 0; j < EVIDENCE_KINDS.length; j++) values[EVIDENCE0 + j] = Math.log1p(values[EVIDENCE0 + j]!);
  return { values, rows, tally: { sums, sentences: count }, lexical: [], story: m.story };
}

/** The page's rates of a few indicators, from every section's tally: the same for each section of the page. */
export function pageRates(tallies: readonly SectionTally[]): Float64Array {
  const out = new Float64Array(PAGE_RATES.length);
  let n = 0;
  for (const t of tallies) n += t.sentences;
  if (n === 0) return out;
  PAGE_RATES.forEach((k, j) => {
    let s = 0;
    for (const t of tallies) s += t.sums[IX[k]]!;
    out[j] = s / n;
  });
  return out;
}

/** A section's full feature vector: its own features with the page's rates filled in. */
export function withPage(base: SectionFeatureBase, page: Float64Array): Float64Array {
  const v = Float64Array.from(base.values);
  for (let j = 0; j < page.length; j++) v[PAGE0 + j] = page[j]!;
  return v;
}

/**
 * What each sentence added to a linear score with these weights (per raw feature value): a rate feature gives
 * each sentence that carries it w / n, a count feature gives each of its c sentences w · log(1 + c) / c.
 */
export function sentenceContributions(base: SectionFeatureBase, weights: ArrayLike<number>): number[] {
  const count = base.tally.sentences;
  const n = Math.max(1, count);
  // Each indicator's share per sentence, and each counted one's, worked out once per section rather than per sentence.
  const perRate = new Float64Array(N_IND);
  for (let k = 0; k < N_IND; k++) perRate[k] = weights[RATE0 + k]! / n;
  const perCount = new Float64Array(COUNTED.length);
  for (let j = 0; j < COUNTED.length; j++) {
    const c = base.tally.sums[COUNTED_IX[j]!]!;
    perCount[j] = c > 0 ? (weights[COUNT0 + j]! * Math.log1p(c)) / c : 0;
  }
  const out = new Array<number>(count);
  const rows = base.rows;
  for (let i = 0; i < count; i++) {
    const at = i * N_IND;
    let c = 0;
    for (let k = 0; k < N_IND; k++) if (rows[at + k]) c += perRate[k]!;
    for (let j = 0; j < COUNTED_IX.length; j++) if (rows[at + COUNTED_IX[j]!]) c += perCount[j]!;
    out[i] = c;
  }
  return out;
}

const WORD = /[a-zäöüß']{3,24}/g;

/** The words a sentence's lexical evidence is read from: lower-cased runs of 3+ letters, each once per sentence. */
export function lexicalWords(text: string): string[] {
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  const out = new Set<string>();
  for (const m of t.toLowerCase().matchAll(WORD)) out.add(m[0]);
  return [...out];
}

/**
 * The lexical feature of a section under a word table (word → log-odds of a citable section): per sentence, the
 * mean of its known words' values; per section, the mean over sentences. Returns both.
 */
export function lexicalScore(sentences: readonly { text: string }[], table: ReadonlyMap<string, number>): { value: number; perSentence: number[] } {
  const perSentence = new Array<number>(sentences.length);
  const ix = wordIndex(table);
  let total = 0;
  sentences.forEach((s, i) => {
    // The same words as lexicalWords, read straight into the table (no array per sentence: this runs on every section).
    const t = (s.text.length > 2000 ? s.text.slice(0, 2000) : s.text).toLowerCase();
    // Each of the table's words counts once per sentence: marked with this sentence's stamp.
    const stamp = (ix.stamp = (ix.stamp % 0xfffffffe) + 1);
    let sum = 0;
    let n = 0;
    // WORD's matches, found by a scan of its character class (no match object per word): a run of the class gives a
    // word of up to 24 characters while 3 or more are left, as the global pattern reads it. Each is looked up by its
    // hash in the table's index, compared in place (no string per word).
    for (let at = 0; at < t.length; ) {
      if (!isWordChar(t.charCodeAt(at))) {
        at++;
        continue;
      }
      let end = at + 1;
      while (end < t.length && isWordChar(t.charCodeAt(end))) end++;
      while (end - at >= 3) {
        const len = Math.min(24, end - at);
        let h = 0;
        for (let k = at; k < at + len; k++) h = (Math.imul(h, 31) + t.charCodeAt(k)) | 0;
        for (let slot = h & ix.mask; ix.slots[slot] !== -1; slot = (slot + 1) & ix.mask) {
          const e = ix.slots[slot]!;
          const w = ix.words[e]!;
          if (ix.hashes[e] === h && w.length === len && t.startsWith(w, at)) {
            if (ix.stamps[e] !== stamp) {
              ix.stamps[e] = stamp;
              sum += ix.values[e]!;
              n++;
            }
            break;
          }
        }
        at += len;
      }
      at = end;
    }
    perSentence[i] = n ? sum / Math.sqrt(n) : 0;
    total += perSentence[i]!;
  });
  return { value: sentences.length ? total / sentences.length : 0, perSentence };
}

/** A word table as an open-addressed hash index: its words, their values, and the stamp of the last sentence that counted each. */
interface WordIndex {
  slots: Int32Array;
  /** Each word's hash: compared before its letters. */
  hashes: Int32Array;
  mask: number;
  words: string[];
  values: number[];
  stamps: Uint32Array;
  stamp: number;
}
const indexes = new WeakMap<ReadonlyMap<string, number>, WordIndex>();

function wordIndex(table: ReadonlyMap<string, number>): WordIndex {
  let ix = indexes.get(table);
  if (!ix) {
    let size = 16;
    while (size < table.size * 4) size *= 2;
    const slots = new Int32Array(size).fill(-1);
    const words: string[] = [];
    const values: number[] = [];
    const hashes: number[] = [];
    for (const [w, v] of table) {
      if (v === undefined) continue;
      let h = 0;
      for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
      let slot = h & (size - 1);
      while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
      slots[slot] = words.length;
      hashes.push(h);
      words.push(w);
      values.push(v);
    }
    ix = { slots, hashes: Int32Array.from(hashes), mask: size - 1, words, values, stamps: new Uint32Array(words.length), stamp: 0 };
    indexes.set(table, ix);
  }
  return ix;
}

/** Is `c` in WORD's class [a-zäöüß']? */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf || c === 39;
}
