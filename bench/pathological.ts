/**
 * npx tsx bench/pathological.ts — the time of each built pathological input (fuzz/pathological.ts) through parse,
 * extract and analyze, as the command line runs them: the figures in README ("Robustness"). Each is run twice and
 * the faster time kept (a shared machine); nothing here is asserted.
 */
import { analyze } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { parseHtml as parseDocument } from '../scoring/parse';
import { jsonLdCases, pump, pumpedArticle, shapeCases } from '../fuzz/pathological';

const PROSE = 'Good writing explains an idea clearly and helps readers decide what to do next. ';
const para = (text: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body><article><h1>T</h1><p>${PROSE.repeat(5)}</p><p>${text}</p></article></body></html>`;
const cases: { name: string; html: string }[] = [
  { name: 'a 10,000-character word (x)', html: para('x'.repeat(10_000)) },
  { name: 'a 10,000-digit number', html: para('1'.repeat(10_000)) },
  { name: 'a 10,000-capital word (İ)', html: para('İ'.repeat(10_000)) },
  { name: '10,000 comma-separated numbers (59 KB)', html: para(Array.from({ length: 10_000 }, (_, i) => String(i)).join(', ')) },
  { name: '20,000 capitalized words', html: para(Array.from({ length: 20_000 }, () => 'Abc').join(' ')) },
  { name: '20,000 capitals "A. " (one-letter sentences)', html: para(pump('A. ', 20_000)) },
  { name: 'every place text is read, "Mr. A" x 10,000 chars', html: pumpedArticle(pump('Mr. A', 10_000)) },
  ...shapeCases().map((c) => ({ name: `shape: ${c.name}`, html: c.html })),
  ...jsonLdCases().map((c) => ({ name: `JSON-LD: ${c.name}`, html: c.html })),
];
const run = (html: string) => {
  const t0 = performance.now();
  analyze(extract(parseDocument(html), { url: 'https://bench.example/page' }));
  return performance.now() - t0;
};
console.log('parse + extract + analyze, ms (best of 2)');
for (const c of cases) console.log(`${Math.min(run(c.html), run(c.html)).toFixed(0).padStart(7)}  ${c.name}`);
