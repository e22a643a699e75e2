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
/** Ordinary prose of the same length: what the pathological text is compared with, in the same run. */
const prose = (chars: number) => PROSE.repeat(Math.ceil(chars / PROSE.length)).slice(0, chars);
const texts: { name: string; text: string }[] = [
  { name: 'a 10,000-character word (x)', text: 'x'.repeat(10_000) },
  { name: 'a 10,000-digit number', text: '1'.repeat(10_000) },
  { name: 'a 10,000-capital word (İ)', text: 'İ'.repeat(10_000) },
  { name: '10,000 comma-separated numbers (59 KB)', text: Array.from({ length: 10_000 }, (_, i) => String(i)).join(', ') },
  { name: '20,000 capitalized words', text: Array.from({ length: 20_000 }, () => 'Abc').join(' ') },
  { name: '20,000 one-letter sentences ("A. ")', text: pump('A. ', 20_000) },
  { name: '"Mr. A" x 10,000 characters (one joined sentence)', text: pump('Mr. A', 10_000) },
];
const built: { name: string; html: string }[] = [
  { name: 'every place text is read, "Mr. A" x 10,000 chars', html: pumpedArticle(pump('Mr. A', 10_000)) },
  ...shapeCases().map((c) => ({ name: `shape: ${c.name}`, html: c.html })),
  ...jsonLdCases().map((c) => ({ name: `JSON-LD: ${c.name}`, html: c.html })),
];
const run = (html: string) => {
  const t0 = performance.now();
  analyze(extract(parseDocument(html), { url: 'https://bench.example/page' }));
  return performance.now() - t0;
};
const best = (html: string) => Math.min(run(html), run(html));
console.log('parse + extract + analyze, ms (best of 2); text cases side by side with ordinary prose of the same length');
for (const t of texts) {
  const ms = best(para(t.text));
  const ref = best(para(prose(t.text.length)));
  console.log(`${ms.toFixed(0).padStart(7)}  ${ref.toFixed(0).padStart(5)} prose  ${(ms / ref).toFixed(2).padStart(5)}x  ${t.name}`);
}
const page = best(para(prose(10_000)));
console.log(`\nbuilt pages, against an ordinary article with a 10,000-character paragraph (${page.toFixed(0)} ms in this run)`);
for (const c of built) {
  const ms = best(c.html);
  console.log(`${ms.toFixed(0).padStart(7)}  ${(ms / page).toFixed(1).padStart(6)}x  ${c.name}`);
}
