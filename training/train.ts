/**
 * npm run train — fits the section verdict and the page score to the labelled pages of ../shared/labels/dev and
 * writes scoring/verdict/coefficients.ts. Deterministic: the same labels and features give the same file.
 *
 * Validation is page-grouped: the pages of dev/ go to 5 folds by a hash of their name; each fold is predicted by
 * models fitted on the other four, and the sections' regularization strength is chosen inside those four (nested), so no
 * figure printed as cross-validated has seen its own page. dev-de/ (German) is never fitted: it measures the
 * second language with the model fitted on dev/.
 *
 * Options: --check (fit and print, write nothing), --verbose (list the cross-validated disagreements).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES, LEXICAL_INDEX, lexicalScore, lexicalWords } from '../scoring/measures/features';
import { decideSection, PAGE_FEATURES, pageFeatureVector, withFloors, type Coefficients, type FittedLinear, type PageSectionInput } from '../scoring/verdict';
import { pageRows, type PageRows, type Row } from './dataset';
import { fitLogistic, fitRidge, foldsOf, linear, probability, type LinearModel } from './fit';
import { haveLabels, loadLabelled } from './labels';
import { SHORT_SECTION_WORDS } from '../scoring/weights';
import { cohenKappa, matthews, spearman } from './stats';

const args = process.argv.slice(2);
const CHECK = args.includes('--check');
const VERBOSE = args.includes('--verbose');
/** --dump FILE: write every evaluation's section probabilities and page inputs, tagged by run (each fold assignment, 'shipped', 'german'), for looking at thresholds and errors. */
const DUMP = args.includes('--dump') ? args[args.indexOf('--dump') + 1]! : null;
const dumped: object[] = [];
const dumpedPages: object[] = [];
/** Which evaluation the dumped rows belong to: the fold assignment's number, 'shipped' or 'german'. */
let dumpTag: number | string = 0;
const K = 5;
/** Cross-validation is repeated with this many fold assignments: one assignment's κ moves by ±0.01–0.02. */
const REPEATS = args.includes('--repeats') ? Math.max(1, Number(args[args.indexOf('--repeats') + 1])) : 3;
const LAMBDAS = [1, 3, 10, 30, 100];
const PAGE_LAMBDA = 10;
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../scoring/verdict/coefficients.ts');

if (!haveLabels()) {
  console.error('train: ../shared/labels not found');
  process.exit(1);
}

const t0 = performance.now();
const dev = loadLabelled('dev').map(pageRows);
const de = loadLabelled('dev-de').map(pageRows);
console.error(`read ${dev.length} + ${de.length} labelled pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const isCitable = (r: Row) => (r.label.verdict === 'synthesis' ? 0 : 1);
const isPrimary = (r: Row) => (r.label.verdict === 'primary' ? 1 : 0);

interface SectionModels {
  citable: LinearModel;
  primary: LinearModel;
  words: Record<string, number>;
}

/**
 * The lexical feature's word table from labelled sections: for each word seen in at least MIN_DF sections, the
 * smoothed log-odds that a section holding it is citable, against the base rate (naive Bayes log-count ratios).
 */
const MIN_DF = 4;
const MAX_WORDS = 2500;
function wordTableOf(rows: Row[]): Record<string, number> {
  const cit = new Map<string, number>();
  const syn = new Map<string, number>();
  let nc = 0;
  let ns = 0;
  for (const r of rows) {
    if (!r.english) continue;
    const words = new Set(r.texts.flatMap(lexicalWords));
    const target = isCitable(r) ? cit : syn;
    if (isCitable(r)) nc++;
    else ns++;
    for (const w of words) target.set(w, (target.get(w) ?? 0) + 1);
  }
  const all = new Set([...cit.keys(), ...syn.keys()]);
  const scored: [string, number, number][] = [];
  for (const w of all) {
    const a = cit.get(w) ?? 0;
    const b = syn.get(w) ?? 0;
    if (a + b < MIN_DF) continue;
    const r = Math.log((a + 1) / (nc + 2)) - Math.log((b + 1) / (ns + 2));
    scored.push([w, r, a + b]);
  }
  scored.sort((p, q) => q[2] - p[2] || (p[0] < q[0] ? -1 : 1));
  return Object.fromEntries(scored.slice(0, MAX_WORDS).map(([w, r]) => [w, Number(r.toFixed(3))]));
}

function setLexical(pages: PageRows[], table: Record<string, number>) {
  const map = new Map(Object.entries(table));
  let sum = 0;
  let n = 0;
  for (const p of pages)
    for (const s of p.all) {
      if (!s.english) continue;
      s.x[LEXICAL_INDEX] = lexicalScore(
        s.texts.map((text) => ({ text })),
        map,
      ).value;
      sum += s.x[LEXICAL_INDEX]!;
      n++;
    }
  // Other languages get the mean, so the feature moves nothing there (as fillLexical does in the engine).
  for (const p of pages) for (const s of p.all) if (!s.english) s.x[LEXICAL_INDEX] = n ? sum / n : 0;
}

/** Cross-fitted lexical values for `train` (each page's from a table of the other pages' folds); `test` from all of `train`. */
function lexicalize(train: PageRows[], test: PageRows[]): Record<string, number> {
  const folds = foldsOf(
    train.map((p) => p.page),
    4,
  );
  for (let f = 0; f < 4; f++) {
    const table = wordTableOf(train.filter((p) => folds.get(p.page) !== f).flatMap((p) => p.rows));
    setLexical(
      train.filter((p) => folds.get(p.page) === f),
      table,
    );
  }
  const table = wordTableOf(train.flatMap((p) => p.rows));
  setLexical(test, table);
  return table;
}

function logLoss(m: LinearModel, X: Float64Array[], y: number[]): number {
  let s = 0;
  X.forEach((x, i) => {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, probability(m, x)));
    s -= y[i]! ? Math.log(p) : Math.log(1 - p);
  });
  return s / Math.max(1, X.length);
}

/** Chooses λ by page-grouped inner cross-validation (log-loss), then fits on all of `pages`. */
function fitChosen(pages: PageRows[], select: (r: Row) => boolean, target: (r: Row) => number): { model: LinearModel; lambda: number } {
  const folds = foldsOf(
    pages.map((p) => p.page),
    4,
  );
  let best = LAMBDAS[0]!;
  let bestLoss = Infinity;
  for (const lambda of LAMBDAS) {
    let loss = 0;
    for (let f = 0; f < 4; f++) {
      const train = pages.filter((p) => folds.get(p.page) !== f).flatMap((p) => p.rows.filter(select));
      const test = pages.filter((p) => folds.get(p.page) === f).flatMap((p) => p.rows.filter(select));
      if (test.length === 0) continue;
      const m = fitLogistic(
        train.map((r) => r.x),
        train.map(target),
        lambda,
      );
      loss += logLoss(
        m,
        test.map((r) => r.x),
        test.map(target),
      ) * test.length;
    }
    if (loss < bestLoss - 1e-9) {
      bestLoss = loss;
      best = lambda;
    }
  }
  const rows = pages.flatMap((p) => p.rows.filter(select));
  return {
    model: fitLogistic(
      rows.map((r) => r.x),
      rows.map(target),
      best,
    ),
    lambda: best,
  };
}

function fitSections(pages: PageRows[], words: Record<string, number>): SectionModels & { lambdas: [number, number] } {
  const c = fitChosen(pages, () => true, isCitable);
  const p = fitChosen(pages, (r) => isCitable(r) === 1, isPrimary);
  return { citable: c.model, primary: p.model, words, lambdas: [c.lambda, p.lambda] };
}

const asFitted = (m: LinearModel): FittedLinear => ({ bias: m.bias, weights: m.weights, mean: m.standardizer.mean, scale: m.standardizer.scale });

function coefficientsOf(s: SectionModels, page: LinearModel | null): Coefficients {
  const zero = { bias: 3, weights: PAGE_FEATURES.map(() => 0), mean: PAGE_FEATURES.map(() => 0), scale: PAGE_FEATURES.map(() => 1) };
  return { features: FEATURE_NAMES, citable: asFitted(s.citable), primary: asFitted(s.primary), threshold: 0.5, pageFeatures: PAGE_FEATURES, page: page ? asFitted(page) : zero, words: s.words };
}

/** Section probabilities of every section of a page under these models. */
function pageInputs(p: PageRows, c: Coefficients) {
  // As analyze does: short sections (under 25 words) are not judged and do not enter the page score.
  return p.all.filter((s) => s.words >= SHORT_SECTION_WORDS).map((s) => {
    const d = withFloors(decideSection(s.x, s.base, c), s.floors);
    return { citable: d.citable, primary: d.primary, words: s.words, kinds: s.floors };
  });
}

/** Out-of-fold section probabilities for every page of `pages` (page-grouped k-fold), for fitting the page model honestly. */
function outOfFold(pages: PageRows[], k: number): Map<string, Coefficients> {
  const folds = foldsOf(
    pages.map((p) => p.page),
    k,
  );
  const out = new Map<string, Coefficients>();
  for (let f = 0; f < k; f++) {
    const s = fitSections(
      pages.filter((p) => folds.get(p.page) !== f),
      {},
    );
    const c = coefficientsOf(s, null);
    for (const p of pages) if (folds.get(p.page) === f) out.set(p.page, c);
  }
  return out;
}

/**
 * The page model: a ridge regression of the rating on PAGE_FEATURES, at a fixed strength. Choosing it by an inner
 * 4-fold split of ~90 pages was noise (0.3 to 30 across folds) and cost the held-out ρ: 0.74 (0.72–0.75) chosen so,
 * against 0.75 (0.71–0.76) at any fixed λ of 3, 10 or 30 (three features, one strength, little to overfit).
 */
function fitPage(pages: PageRows[], oof: Map<string, Coefficients>): LinearModel {
  const X = pages.map((p) => pageFeatureVector(pageInputs(p, oof.get(p.page)!)));
  const y = pages.map((p) => p.rating);
  return fitRidge(X, y, PAGE_LAMBDA);
}

type Three = 'primary' | 'supported' | 'synthesis';
const bin = (v: Three) => (v === 'synthesis' ? 'synthesis' : 'citable');

interface Figures {
  sections: number;
  binaryKappa: number;
  accuracy: number;
  threeKappa: number;
  mcc: number;
  confusion: Record<string, Record<string, number>>;
  synthPrecision: number;
  synthRecall: number;
  pageRho: number;
}

function figures(truth: Three[], said: Three[], ratings: number[], scores: number[]): Figures {
  const confusion: Record<string, Record<string, number>> = {};
  for (const t of ['primary', 'supported', 'synthesis']) confusion[t] = { primary: 0, supported: 0, synthesis: 0 };
  truth.forEach((t, i) => confusion[t]![said[i]!]!++);
  const tp = truth.filter((t, i) => bin(t) === 'citable' && bin(said[i]!) === 'citable').length;
  const tn = truth.filter((t, i) => bin(t) === 'synthesis' && bin(said[i]!) === 'synthesis').length;
  const fp = truth.filter((t, i) => bin(t) === 'synthesis' && bin(said[i]!) === 'citable').length;
  const fn = truth.filter((t, i) => bin(t) === 'citable' && bin(said[i]!) === 'synthesis').length;
  return {
    sections: truth.length,
    binaryKappa: cohenKappa(truth.map(bin), said.map(bin)),
    accuracy: (tp + tn) / Math.max(1, truth.length),
    threeKappa: cohenKappa(truth, said),
    mcc: matthews(tp, fp, tn, fn),
    confusion,
    synthPrecision: tn / Math.max(1, tn + fn),
    synthRecall: tn / Math.max(1, tn + fp),
    pageRho: spearman(scores, ratings),
  };
}

interface Collected {
  truth: Three[];
  said: Three[];
  ratings: number[];
  scores: number[];
}

function merged(parts: Collected[]): Figures {
  const c: Collected = { truth: [], said: [], ratings: [], scores: [] };
  for (const p of parts) for (const k of ['truth', 'said', 'ratings', 'scores'] as const) (c[k] as unknown[]).push(...p[k]);
  return figures(c.truth, c.said, c.ratings, c.scores);
}

function evaluate(pages: PageRows[], coefficientsFor: (p: PageRows) => Coefficients, log?: string[]): Collected {
  const truth: Three[] = [];
  const said: Three[] = [];
  const ratings: number[] = [];
  const scores: number[] = [];
  for (const p of pages) {
    const c = coefficientsFor(p);
    const inputs = pageInputs(p, c);
    const score = pageScoreWith(inputs, c);
    if (DUMP) dumpedPages.push({ run: dumpTag, page: p.page, rating: p.rating, score, sections: inputs, floors: p.all.filter((s) => s.words >= SHORT_SECTION_WORDS).map((s) => s.floors.filter(Boolean)), x: p.all.filter((s) => s.words >= SHORT_SECTION_WORDS).map((s) => [...s.x]) });
    ratings.push(p.rating);
    scores.push(score);
    for (const r of p.rows) {
      const d = withFloors(decideSection(r.x, r.base, c), r.floors);
      if (DUMP) dumped.push({ run: dumpTag, page: p.page, truth: r.label.verdict, citable: d.citable, primary: d.primary, words: r.words, english: r.english });
      truth.push(r.label.verdict!);
      said.push(d.verdict);
      if (log && d.verdict !== r.label.verdict) {
        log.push(
          `${bin(d.verdict) !== bin(r.label.verdict!) ? '✗' : '~'} ${p.page} § ${r.heading ?? '(intro)'} (${r.words} w): model ${d.verdict} (p ${d.citable.toFixed(2)}/${d.primary.toFixed(2)}), reader ${r.label.verdict} [${r.label.evidence.join(', ')}]\n    reader: ${r.label.note}\n    first: ${r.firstText}`,
        );
      }
    }
  }
  return { truth, said, ratings, scores };
}

function pageScoreWith(inputs: PageSectionInput[], c: Coefficients): number {
  if (inputs.length === 0) return 0;
  return linear({ bias: c.page.bias, weights: [...c.page.weights], standardizer: { mean: [...c.page.mean], scale: [...c.page.scale] } }, pageFeatureVector(inputs));
}

// --- Cross-validation on dev/ (outer 5 folds; λ and the page model chosen inside each training part) ---
function crossValidate(seed: number, log?: string[]): Figures {
  dumpTag = seed;
  const folds = foldsOf(
    dev.map((p) => p.page),
    K,
    seed,
  );
  const parts: Collected[] = [];
  for (let f = 0; f < K; f++) {
    const train = dev.filter((p) => folds.get(p.page) !== f);
    const test = dev.filter((p) => folds.get(p.page) === f);
    const words = lexicalize(train, test);
    const s = fitSections(train, words);
    const page = fitPage(train, outOfFold(train, 4));
    setLexical(test, words);
    const c = coefficientsOf(s, page);
    // Predict the held-out pages now: their lexical values are this fold's.
    parts.push(evaluate(test, () => c, log));
    console.error(`folds ${seed + 1}/${REPEATS}, fold ${f + 1}/${K}: λ citable ${s.lambdas[0]}, primary ${s.lambdas[1]}, page ${PAGE_LAMBDA}`);
  }
  return merged(parts);
}
const cvLog: string[] = [];
const cv = crossValidate(0, VERBOSE ? cvLog : undefined);
const repeats = [cv];
for (let seed = 1; seed < REPEATS; seed++) repeats.push(crossValidate(seed));
const spread = (pick: (f: Figures) => number) => {
  const xs = repeats.map(pick);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `${mean.toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
};

// --- The shipped model: fitted on all of dev/ ---
const shippedWords = lexicalize(dev, de);
const final = fitSections(dev, shippedWords);
const finalPage = fitPage(dev, outOfFold(dev, K));
const shipped = coefficientsOf(final, finalPage);
dumpTag = 'shipped';
const training = merged([evaluate(dev, () => shipped)]);
const deLog: string[] = [];
dumpTag = 'german';
const german = merged([evaluate(de, () => shipped, VERBOSE ? deLog : undefined)]);
if (DUMP) writeFileSync(DUMP, JSON.stringify({ sections: dumped, pages: dumpedPages }));

const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
function print(name: string, f: Figures) {
  console.log(`${name}: ${f.sections} sections`);
  console.log(`  synthesis vs citable: κ ${f2(f.binaryKappa)}, accuracy ${f2(f.accuracy)}, Matthews ${f2(f.mcc)}; synthesis flags precision ${f2(f.synthPrecision)}, recall ${f2(f.synthRecall)}`);
  console.log(`  primary/supported/synthesis: κ ${f2(f.threeKappa)}; page score vs rating: Spearman ρ ${f2(f.pageRho)}`);
  console.log(`  confusion (reader → model):   primary supported synthesis`);
  for (const [t, row] of Object.entries(f.confusion)) console.log(`    ${t.padEnd(10)} ${String(row.primary).padStart(16)} ${String(row.supported).padStart(9)} ${String(row.synthesis).padStart(9)}`);
}
if (VERBOSE) console.log(`${[...cvLog, ...deLog].join('\n')}\n`);
print('dev/, page-grouped 5-fold cross-validation (held-out pages)', cv);
if (REPEATS > 1) {
  console.log(`  over ${REPEATS} fold assignments, mean (range): binary κ ${spread((f) => f.binaryKappa)}, 3-class κ ${spread((f) => f.threeKappa)}, page ρ ${spread((f) => f.pageRho)}`);
  console.log(`  each assignment (binary κ / 3-class κ / page ρ): ${repeats.map((f) => `${f2(f.binaryKappa)} / ${f2(f.threeKappa)} / ${f2(f.pageRho)}`).join('; ')}`);
}
print('dev/, training (fitted on all of dev/, for comparison)', training);
print('dev-de/ (German; never fitted), model fitted on dev/', german);
console.log(`λ: citable ${final.lambdas[0]}, primary ${final.lambdas[1]}, page ${PAGE_LAMBDA}`);
const top = (m: LinearModel, n: number) =>
  m.weights
    .map((w, j) => [FEATURE_NAMES[j]!, w] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, n)
    .map(([k, w]) => `${k} ${w >= 0 ? '+' : ''}${w.toFixed(2)}`)
    .join(', ');
console.log(`citable, strongest weights (per standard deviation): ${top(final.citable, 14)}`);
console.log(`primary, strongest weights: ${top(final.primary, 10)}`);
console.log(`page: ${finalPage.weights.map((w, j) => `${PAGE_FEATURES[j]} ${w.toFixed(2)}`).join(', ')}`);

if (!CHECK) {
  const round = (xs: readonly number[]) => xs.map((x) => Number(x.toPrecision(6)));
  const lin = (m: FittedLinear) => ({ bias: Number(m.bias.toPrecision(6)), weights: round(m.weights), mean: round(m.mean), scale: round(m.scale) });
  const body = {
    features: shipped.features,
    citable: lin(shipped.citable),
    primary: lin(shipped.primary),
    threshold: shipped.threshold,
    pageFeatures: shipped.pageFeatures,
    page: lin(shipped.page),
    words: shipped.words,
  };
  const text = `// Generated by \`npm run train\` (training/train.ts) from ../shared/labels/dev: do not edit by hand.
// Cross-validated on dev/ (page-grouped, 5 folds, mean over ${REPEATS} fold assignments): binary κ ${spread((f) => f.binaryKappa)}, 3-class κ ${spread((f) => f.threeKappa)}, page ρ ${spread((f) => f.pageRho)}.
// German (dev-de/, not fitted): binary κ ${f2(german.binaryKappa)}, page ρ ${f2(german.pageRho)}.
import type { Coefficients } from './index';

export const COEFFICIENTS: Coefficients = ${JSON.stringify(body)};
`;
  writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}
