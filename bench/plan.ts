/**
 * npm run bench:plan — what the page plan costs, side by side in one run (not a timed test).
 *
 * For each corpus page, extracted once: judging without the plan against judging with it, (1) for one analysis (the
 * CLI: a fresh analyzer per page) and (2) for a re-analysis of an unchanged page by a warm analyzer (the extension
 * re-judging a draft). The plan is timed with both projections (scoring/plan.ts `Projection`): `section`, which
 * re-judges only the changed section from the others' cached judgments, and `page`, which re-analyzes the changed
 * page through the caching analyzer (how the plan first projected), so the two compare in one run on one machine
 * load. Runs alternate; each page's figure is the median of its runs. Prints median and p90 ratios.
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
  /** With the plan, projected by re-judging one section (the default). */
  planned: number;
  /** With the plan, projected by re-analyzing the changed page. */
  plannedPage: number;
  warmBare: number;
  warmPlanned: number;
  warmPlannedPage: number;
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
    const pp: number[] = [];
    const wb: number[] = [];
    const wp: number[] = [];
    const wpp: number[] = [];
    // Warm analyzers, as the extension keeps one per tab.
    const warm = createAnalyzer();
    const warmPlan = withPlan(createAnalyzer());
    const warmPlanPage = withPlan(createAnalyzer(), 'page');
    warm.analyze(snap);
    const items = warmPlan.analyze(snap).plan?.length ?? 0;
    warmPlanPage.analyze(snap);
    const orders = [
      ['b', 'p', 'q'],
      ['q', 'p', 'b'],
      ['p', 'b', 'q'],
    ];
    for (let i = 0; i < RUNS; i++) {
      for (const which of orders[i % orders.length]!) {
        if (which === 'b') {
          b.push(time(() => analyze(snap)));
          wb.push(time(() => warm.analyze(snap)));
        } else if (which === 'p') {
          p.push(time(() => withPlan(createAnalyzer()).analyze(snap)));
          wp.push(time(() => warmPlan.analyze(snap)));
        } else {
          pp.push(time(() => withPlan(createAnalyzer(), 'page').analyze(snap)));
          wpp.push(time(() => warmPlanPage.analyze(snap)));
        }
      }
    }
    rows.push({ name: page.name, items, bare: median(b), planned: median(p), plannedPage: median(pp), warmBare: median(wb), warmPlanned: median(wp), warmPlannedPage: median(wpp) });
  }
}

const ratio = (xs: Row[], f: (r: Row) => number) => xs.map(f);
const withItems = rows.filter((r) => r.items > 0);
const line = (label: string, xs: number[], digits = 2) => console.log(`| ${label} | ${xs.length ? median(xs).toFixed(digits) : '–'} | ${xs.length ? pct(xs, 0.9).toFixed(digits) : '–'} |`);
console.log(`Page plan benchmark: ${rows.length} real pages (${withItems.length} with a plan), ${RUNS} runs each (median per page), Node ${process.version}`);
console.log('');
console.log('| measure | median | p90 |');
console.log('|---|---|---|');
line('one analysis: with plan / without (fresh analyzer), section projection', ratio(rows, (r) => r.planned / r.bare));
line('same, page re-analysis projection (before)', ratio(rows, (r) => r.plannedPage / r.bare));
line('pages that get a plan: with plan / without, section projection', ratio(withItems, (r) => r.planned / r.bare));
line('same, page re-analysis projection (before)', ratio(withItems, (r) => r.plannedPage / r.bare));
line('re-analysis of an unchanged page: with plan / without (warm analyzer), section projection', ratio(rows, (r) => r.warmPlanned / r.warmBare));
line('same, page re-analysis projection (before)', ratio(rows, (r) => r.warmPlannedPage / r.warmBare));
line('one analysis without plan, ms', rows.map((r) => r.bare), 1);
line('one analysis with plan, ms (section projection)', rows.map((r) => r.planned), 1);
line('one analysis with plan, ms (page re-analysis projection)', rows.map((r) => r.plannedPage), 1);
line('warm re-analysis with plan, ms (section projection)', rows.map((r) => r.warmPlanned), 1);
