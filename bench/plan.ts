/**
 * npm run bench:plan — what the page plan costs, side by side in one run (not a timed test).
 *
 * For each corpus page, extracted once: judging without the plan against judging with it, (1) for one analysis (the
 * CLI: a fresh analyzer per page) and (2) for a re-analysis of an unchanged page by a warm analyzer (the extension
 * re-judging a draft). Runs alternate; each page's figure is the median of its runs. Prints median and p90 ratios.
 *
 * Options: --runs N (default 3), --limit N pages per corpus (default: all), --corpus readability|zyte|trafilatura.
 */
import { analyze, createAnalyzer } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { withPlan } from '../scoring/plan';
import { parseDocument } from '../cli/load';
import { readabilityPages, trafilaturaPages, zytePages, type CorpusPage } from '../tests/corpus/corpus';
import { LIMIT, median, ONLY, pct, requireCorpus, RUNS } from './common';

requireCorpus('bench:plan');
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

interface Row {
  name: string;
  items: number;
  bare: number;
  planned: number;
  warmBare: number;
  warmPlanned: number;
}

const corpora: [string, CorpusPage[]][] = [
  ['readability', readabilityPages()],
  ['zyte', zytePages()],
  ['trafilatura', trafilaturaPages()],
];
const rows: Row[] = [];
for (const [name, pages] of corpora) {
  if (ONLY && ONLY !== name) continue;
  for (const page of pages.slice(0, LIMIT)) {
    const snap = extract(parseDocument(page.html()), { url: page.url });
    const b: number[] = [];
    const p: number[] = [];
    const wb: number[] = [];
    const wp: number[] = [];
    // Warm analyzers, as the extension keeps one per tab.
    const warm = createAnalyzer();
    const warmPlan = withPlan(createAnalyzer());
    warm.analyze(snap);
    const items = warmPlan.analyze(snap).plan?.length ?? 0;
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? ['b', 'p'] : ['p', 'b'];
      for (const which of order) {
        if (which === 'b') {
          b.push(time(() => analyze(snap)));
          wb.push(time(() => warm.analyze(snap)));
        } else {
          p.push(time(() => withPlan(createAnalyzer()).analyze(snap)));
          wp.push(time(() => warmPlan.analyze(snap)));
        }
      }
    }
    rows.push({ name: page.name, items, bare: median(b), planned: median(p), warmBare: median(wb), warmPlanned: median(wp) });
  }
}

const one = rows.map((r) => r.planned / r.bare);
const warm = rows.map((r) => r.warmPlanned / r.warmBare);
const withItems = rows.filter((r) => r.items > 0);
console.log(`Page plan benchmark: ${rows.length} real pages (${withItems.length} with a plan), ${RUNS} runs each (median per page), Node ${process.version}`);
console.log('');
console.log('| measure | median | p90 |');
console.log('|---|---|---|');
console.log(`| one analysis: with plan / without (fresh analyzer) | ${median(one).toFixed(2)} | ${pct(one, 0.9).toFixed(2)} |`);
console.log(`| same, pages that get a plan | ${withItems.length ? median(withItems.map((r) => r.planned / r.bare)).toFixed(2) : '–'} | ${withItems.length ? pct(withItems.map((r) => r.planned / r.bare), 0.9).toFixed(2) : '–'} |`);
console.log(`| re-analysis of an unchanged page: with plan / without (warm analyzer) | ${median(warm).toFixed(2)} | ${pct(warm, 0.9).toFixed(2)} |`);
console.log(`| one analysis without plan, ms | ${median(rows.map((r) => r.bare)).toFixed(1)} | ${pct(rows.map((r) => r.bare), 0.9).toFixed(1)} |`);
console.log(`| one analysis with plan, ms | ${median(rows.map((r) => r.planned)).toFixed(1)} | ${pct(rows.map((r) => r.planned), 0.9).toFixed(1)} |`);
console.log(`| warm re-analysis with plan, ms | ${median(rows.map((r) => r.warmPlanned)).toFixed(1)} | ${pct(rows.map((r) => r.warmPlanned), 0.9).toFixed(1)} |`);
