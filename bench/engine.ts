/**
 * npm run bench — the engine's cost over real corpus pages, measured side by side in one run (not a timed test).
 *
 * For each page, on the same linkedom DOM: Readability alone (clone + parse, the floor any extractor pays) against
 * the engine (extract + analyze). Runs alternate, and each page's figure is the median of its runs. Prints the median
 * ratio, the judging cost per 1,000 words (beside them, and again alone in a second pass over the snapshots as the
 * extension's background receives them), and the slowest pages.
 *
 * Options: --runs N (default 3), --limit N pages per corpus (default: all), --corpus readability|zyte|trafilatura.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { parseDocument } from '../cli/load';
import { readabilityPages, trafilaturaPages, zytePages, type CorpusPage } from '../tests/corpus/corpus';
import type { Snapshot } from '../scoring/snapshot';
import { LIMIT, median, ONLY, pct, requireCorpus, RUNS } from './common';

requireCorpus('bench');

interface Row {
  name: string;
  kb: number;
  words: number;
  readability: number;
  extract: number;
  analyze: number;
  /** extract + analyze without the page-level data (structured data, authorship, robots meta): the article alone. */
  core: number;
  /** The extract part of `core`: reading the article alone, no judging. */
  coreExtract: number;
}

const corpora: [string, CorpusPage[]][] = [
  ['readability', readabilityPages()],
  ['zyte', zytePages()],
  ['trafilatura', trafilaturaPages()],
];
const rows: Row[] = [];
/**
 * Each page's snapshot as the extension's background receives it (a message: serialized, then parsed), for the
 * second pass below. In the extension the page is read in another process (the content script, the offscreen
 * reader), so judging runs in a heap that holds no DOM; in the pass above it runs beside Readability and extract on
 * the same heap, which also bills it some of their garbage collection.
 */
const received: Snapshot[] = [];
/** Where extract's time goes, summed over every run of every page (ExtractOptions.timings). */
const phases: Record<string, number> = {};
for (const [name, pages] of corpora) {
  if (ONLY && ONLY !== name) continue;
  for (const page of pages.slice(0, LIMIT)) {
    const html = page.html();
    const doc = parseDocument(html);
    const r: number[] = [];
    const e: number[] = [];
    const a: number[] = [];
    const c: number[] = [];
    const ce: number[] = [];
    let words = 0;
    /** The full run's snapshot, kept for the second pass. */
    let full: Snapshot | null = null;
    for (let i = 0; i < RUNS; i++) {
      // Rotate which goes first so warm caches favour none.
      const orders = [['r', 'e', 'c'], ['e', 'c', 'r'], ['c', 'r', 'e']];
      for (const which of orders[i % 3]!) {
        if (which === 'c') {
          const t0 = performance.now();
          const snap = extract(doc, { url: page.url, pageData: false });
          const t1 = performance.now();
          analyze(snap);
          c.push(performance.now() - t0);
          ce.push(t1 - t0);
        } else if (which === 'r') {
          const t0 = performance.now();
          new Readability(doc.cloneNode(true) as Document).parse();
          r.push(performance.now() - t0);
        } else {
          const t0 = performance.now();
          const snap = extract(doc, { url: page.url, timings: phases });
          const t1 = performance.now();
          const report = analyze(snap);
          const t2 = performance.now();
          e.push(t1 - t0);
          a.push(t2 - t1);
          words = report.summary.words;
          full = snap;
        }
      }
    }
    rows.push({ name: page.name, kb: html.length / 1024, words, readability: median(r), extract: median(e), analyze: median(a), core: median(c), coreExtract: median(ce) });
    received.push(JSON.parse(JSON.stringify(full)) as Snapshot);
  }
}

// Second pass: judging alone, every page in turn, RUNS times (median per page).
const alone: number[][] = received.map(() => []);
for (let i = 0; i < RUNS; i++) {
  received.forEach((snap, k) => {
    const t0 = performance.now();
    analyze(snap);
    alone[k]!.push(performance.now() - t0);
  });
}
const aloneKWords = rows.flatMap((x, k) => (x.words >= 200 ? [(median(alone[k]!) / x.words) * 1000] : []));

const ratios = rows.map((x) => (x.extract + x.analyze) / x.readability);
const coreRatios = rows.map((x) => x.core / x.readability);
const extractRatios = rows.map((x) => x.extract / x.readability);
const coreExtractRatios = rows.map((x) => x.coreExtract / x.readability);
const perKWords = rows.filter((x) => x.words >= 200).map((x) => (x.analyze / x.words) * 1000);
const total = (k: keyof Row) => rows.reduce((n, x) => n + (x[k] as number), 0);

console.log(`Citable engine benchmark: ${rows.length} real pages, ${RUNS} runs each (median per page), Node ${process.version}`);
console.log('');
console.log('| measure | median | p90 |');
console.log('|---|---|---|');
console.log(`| (extract + analyze) / Readability alone | ${median(ratios).toFixed(3)} | ${pct(ratios, 0.9).toFixed(3)} |`);
console.log(`| same, article only (no structured data, authorship, robots meta) | ${median(coreRatios).toFixed(3)} | ${pct(coreRatios, 0.9).toFixed(3)} |`);
console.log(`| extract / Readability alone | ${median(extractRatios).toFixed(3)} | ${pct(extractRatios, 0.9).toFixed(3)} |`);
console.log(`| article extraction alone (extract without page-level reads, no judging) / Readability alone | ${median(coreExtractRatios).toFixed(3)} | ${pct(coreExtractRatios, 0.9).toFixed(3)} |`);
console.log(`| analyze, ms per 1,000 words | ${median(perKWords).toFixed(2)} | ${pct(perKWords, 0.9).toFixed(2)} |`);
console.log(`| analyze alone (its own pass, on the snapshot as the background receives it), ms per 1,000 words | ${median(aloneKWords).toFixed(2)} | ${pct(aloneKWords, 0.9).toFixed(2)} |`);
console.log(`| Readability alone, ms per page | ${median(rows.map((x) => x.readability)).toFixed(1)} | ${pct(rows.map((x) => x.readability), 0.9).toFixed(1)} |`);
console.log('');
console.log(`Totals: Readability ${total('readability').toFixed(0)} ms, extract ${total('extract').toFixed(0)} ms, analyze ${total('analyze').toFixed(0)} ms, article-only extract + analyze ${total('core').toFixed(0)} ms (sums of per-page medians; sum ratio ${((total('extract') + total('analyze')) / total('readability')).toFixed(3)})`);
const phaseTotal = Object.values(phases).reduce((n, v) => n + v, 0);
console.log('');
console.log(`Where extract's time goes (all runs): ${Object.entries(phases).map(([k, v]) => `${k} ${((v / phaseTotal) * 100).toFixed(1)}%`).join(', ')}`);
console.log('');
console.log('Slowest pages (extract + analyze):');
console.log('| page | KB | words | Readability ms | extract ms | analyze ms | ratio |');
console.log('|---|---|---|---|---|---|---|');
for (const x of [...rows].sort((p, q) => q.extract + q.analyze - (p.extract + p.analyze)).slice(0, 8)) {
  console.log(`| ${x.name} | ${x.kb.toFixed(0)} | ${x.words} | ${x.readability.toFixed(1)} | ${x.extract.toFixed(1)} | ${x.analyze.toFixed(1)} | ${((x.extract + x.analyze) / x.readability).toFixed(2)} |`);
}
