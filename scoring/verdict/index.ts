/**
 * The fitted verdict: two logistic models over the section's features (scoring/measures/features.ts) — is the
 * section citable at all, and if so, is this page its source (primary) or does it carry others' sources (supported) —
 * and a ridge model that turns the sections' probabilities into the page score. The coefficients are fitted to
 * careful readers' labels by `npm run train` (training/train.ts) and written to ./coefficients.ts; nothing here is
 * tuned by hand. As Mozilla's Fathom ships trained coefficients beside its rules, the rules here are the features.
 */
import { COEFFICIENTS } from './coefficients';
import { ENGLISH_INDEX, ENGLISH_ONLY_FEATURES, hasSpecifics, LEXICAL_INDEX, REFERENCE_INDEX, lexicalScore, sentenceContributions, type SectionFeatureBase } from '../measures/features';

export interface FittedLinear {
  bias: number;
  weights: readonly number[];
  mean: readonly number[];
  scale: readonly number[];
}

export interface Coefficients {
  /** The feature names, in order (scoring/measures/features.ts FEATURE_NAMES when fitted). */
  features: readonly string[];
  citable: FittedLinear;
  primary: FittedLinear;
  /** Below this probability a section is synthesis. */
  threshold: number;
  pageFeatures: readonly string[];
  page: FittedLinear;
  /** The word table of the lexical feature: word → log-odds that a section holding it is citable (English). */
  words: Readonly<Record<string, number>>;
}

export type FittedVerdict = 'primary' | 'supported' | 'synthesis';

export interface SectionDecision {
  verdict: FittedVerdict;
  /** P(a careful reader calls the section citable). */
  citable: number;
  /** P(primary | citable). */
  primary: number;
  /** Per sentence of the section: how much it moved the citable log-odds (its share of the linear score). */
  sentences: number[];
}

export function linearScore(m: FittedLinear, x: ArrayLike<number>): number {
  let z = m.bias;
  for (let j = 0; j < m.weights.length; j++) z += (m.weights[j]! * (x[j]! - m.mean[j]!)) / m.scale[j]!;
  return z;
}

/** On a page that is not English, the features read from English wording move nothing (they sit at their mean). */
function sectionScore(m: FittedLinear, x: ArrayLike<number>): number {
  let z = linearScore(m, x);
  if (x[ENGLISH_INDEX] === 0) for (const j of ENGLISH_ONLY_FEATURES) if (j >= 0 && j < m.weights.length) z -= (m.weights[j]! * (x[j]! - m.mean[j]!)) / m.scale[j]!;
  return z;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** The highest probability of being citable a section with nothing specific in it can get. */
const NOTHING_SPECIFIC = 0.2;

/** Weights per raw feature unit (what one more unit of a feature adds to the log-odds). */
function rawWeights(m: FittedLinear): number[] {
  return m.weights.map((w, j) => w / m.scale[j]!);
}
let citableRaw: number[] | null = null;

const tables = new WeakMap<Coefficients, Map<string, number>>();
function wordTable(c: Coefficients): Map<string, number> {
  let t = tables.get(c);
  if (!t) {
    t = new Map(Object.entries(c.words));
    tables.set(c, t);
  }
  return t;
}

/**
 * Fills in the lexical feature of a section's vector (in place) from its sentences, and returns each sentence's
 * share of it. English only: elsewhere it is the fitted mean, so it moves nothing.
 */
export function fillLexical(x: Float64Array, sentences: readonly { text: string }[], english: boolean, coefficients: Coefficients = COEFFICIENTS): number[] {
  // Called once per section content (analyze caches it with the section's features), not on every re-analysis.
  if (!english) {
    x[LEXICAL_INDEX] = coefficients.citable.mean[LEXICAL_INDEX] ?? 0;
    return sentences.map(() => 0);
  }
  const { value, perSentence } = lexicalScore(sentences, wordTable(coefficients));
  x[LEXICAL_INDEX] = value;
  const n = Math.max(1, sentences.length);
  return perSentence.map((v) => v / n);
}

export function decideSection(x: ArrayLike<number>, base: SectionFeatureBase, coefficients: Coefficients = COEFFICIENTS, lexicalShares: readonly number[] = []): SectionDecision {
  const p = sigmoid(sectionScore(coefficients.citable, x));
  // Nothing specific in any sentence: nothing to cite, however the section reads (LABELING.md's synthesis). Nor in a
  // reference or link list ("References", "External links"): it cites others and claims nothing itself.
  const citable = hasSpecifics(base) && x[REFERENCE_INDEX] !== 1 ? p : Math.min(NOTHING_SPECIFIC, p);
  const primary = sigmoid(sectionScore(coefficients.primary, x));
  const verdict: FittedVerdict = citable < coefficients.threshold ? 'synthesis' : primary >= 0.5 ? 'primary' : 'supported';
  if (coefficients === COEFFICIENTS) citableRaw ??= rawWeights(coefficients.citable);
  const raw = coefficients === COEFFICIENTS ? citableRaw! : rawWeights(coefficients.citable);
  const sentences = sentenceContributions(base, raw);
  const lw = raw[LEXICAL_INDEX] ?? 0;
  lexicalShares.forEach((v, i) => {
    if (i < sentences.length) sentences[i]! += lw * v;
  });
  return { verdict, citable, primary, sentences };
}

/**
 * Evidence that a signal quotes (an own measurement, a coined framework, an attributed quote, a sourced figure, the
 * author's own visit or test with a name and a place, reported specifics: the results, dates and names a report gives,
 * at 0.90 precision against the readers) is a floor under the fitted probability, combined as a
 * noisy-OR: the model reads a section's tone, the signals read the one sentence that makes a page a source, and one
 * real piece of evidence must lift a section however generic the rest of it reads (engine issue's properties). Each
 * is a floor, never a cap, so adding evidence never lowers a section. Other first-hand accounts are left to the
 * model: the signal's precision against the readers is too low to overrule it.
 */
export type FloorKind = 'original_data' | 'named_framework' | 'expert_quote' | 'sourced_stat' | 'on_site' | 'specific_facts';
const EVIDENCE_FLOOR: Readonly<Record<FloorKind, number>> = { original_data: 0.7, named_framework: 0.6, expert_quote: 0.6, sourced_stat: 0.55, on_site: 0.55, specific_facts: 0.55 };
/** Of those, the kinds that make this page the source (primary); a sourced figure supports a section. */
export type FirstPartyKind = Extract<FloorKind, 'original_data' | 'named_framework' | 'expert_quote' | 'on_site'>;
const FIRST_PARTY: ReadonlySet<FloorKind> = new Set<FirstPartyKind>(['original_data', 'named_framework', 'expert_quote', 'on_site']);
const isFirstParty = (kind: FloorKind | null): kind is FirstPartyKind => kind !== null && FIRST_PARTY.has(kind);

/** A finding's floor kind: its evidence kind, except that only the on-site first-hand account has one. */
export function floorKind(kind: string, signal: string): FloorKind | null {
  if (signal === 'first-person-on-site') return 'on_site';
  return kind in EVIDENCE_FLOOR && kind !== 'on_site' ? (kind as FloorKind) : null;
}

/** The section's verdict with the evidence it holds (the kinds of its live findings) as floors. */
export function withFloors(d: { citable: number; primary: number }, kinds: Iterable<FloorKind | null>): { verdict: FittedVerdict; citable: number; primary: number } {
  let rest = 1 - d.citable;
  let firstParty = false;
  for (const kind of new Set(kinds)) {
    if (kind === null) continue;
    rest *= 1 - EVIDENCE_FLOOR[kind];
    if (FIRST_PARTY.has(kind)) firstParty = true;
  }
  const citable = 1 - rest;
  const primary = firstParty ? Math.max(d.primary, 0.5) : d.primary;
  return { verdict: citable < 0.5 ? 'synthesis' : primary >= 0.5 ? 'primary' : 'supported', citable, primary };
}

export interface PageSectionInput {
  citable: number;
  primary: number;
  words: number;
  /** The floor kinds of the section's live evidence (floorKind), null for the rest; absent when none. */
  kinds?: readonly (FloorKind | null)[];
}

/**
 * The page's features: its sections' value as readers count it (primary 1, supported ½, synthesis 0, in expectation),
 * averaged with each section weighted by its words; the best section's value; that mean times the log of the
 * article's words, as readers rate a long reported feature above a brief of the same kind; and how many kinds of
 * first-party evidence (own data, a coined framework, an attributed quote, the author's visit) the page holds, as
 * readers rate a page that measured, named and interviewed above one that only quoted. On dev/, cross-validated,
 * the third lifts the page ρ from 0.69 to 0.81 with the readers' own section verdicts and by about 0.02 with the
 * engine's (the log of the value-weighted words instead lets a long page's doubtful sections add up, and lowers it);
 * the fourth lifts it by about 0.03 on each fold assignment (counting every kind, sourced figures and reported
 * specifics too, lifts it by half that; counting findings rather than kinds, or every first-hand account, not at
 * all). On dev/ the count is 0 or 1 but on the one page rated 5 (2), so mostly it says whether the page holds any:
 * none of the 17 pages rated 1 do, 9 of 33 rated 2, 25 of 36 rated 3, 24 of 27 rated 4. A yes/no ranks as well
 * within 0.005; the count keeps a second kind worth adding.
 * These few summaries rank pages better than eight fitted together (fewer weights, less to overfit 114 pages).
 */
export const PAGE_FEATURES = ['meanValue', 'maxValue', 'meanValueLogWords', 'firstPartyKinds'] as const;

function sectionValue(s: PageSectionInput): number {
  return s.citable * (0.5 + 0.5 * s.primary);
}

/** The kinds of first-party evidence (own data, a coined framework, an attributed quote, the author's visit) the sections hold, each once. */
export function firstPartyKinds(sections: readonly PageSectionInput[]): FirstPartyKind[] {
  const kinds = new Set<FirstPartyKind>();
  for (const s of sections) for (const k of s.kinds ?? []) if (isFirstParty(k)) kinds.add(k);
  return [...kinds];
}

export function pageFeatureVector(sections: readonly PageSectionInput[]): Float64Array {
  const v = new Float64Array(PAGE_FEATURES.length);
  if (sections.length === 0) return v;
  let words = 0;
  for (const s of sections) {
    const value = sectionValue(s);
    const w = Math.max(1, s.words);
    words += w;
    v[0]! += w * value;
    v[1] = Math.max(v[1]!, value);
  }
  v[0]! /= words;
  v[2] = v[0]! * Math.log1p(words);
  v[3] = firstPartyKinds(sections).length;
  return v;
}

/** The page score 0–100: the fitted rating (1–5) mapped linearly onto 0–100. */
export function pageScore(sections: readonly PageSectionInput[], coefficients: Coefficients = COEFFICIENTS): number {
  if (sections.length === 0) return 0;
  const rating = linearScore(coefficients.page, pageFeatureVector(sections));
  return Math.max(0, Math.min(100, Math.round(((rating - 1) / 4) * 100)));
}
