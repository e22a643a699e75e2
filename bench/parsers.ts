/**
 * npx tsx bench/parsers.ts [--pages N] [--mutated N] — how often linkedom's tree changes the report, against the
 * tree a spec-compliant parser builds (parse5, the HTML Standard's tree construction, as jsdom uses), on real corpus
 * pages and on fuzz-mutated ones; and what the spec-compliant parse would cost. The parse5 side parses, serializes
 * the spec tree and hands that (well-formed) HTML to linkedom, so the engine reads the same DOM implementation and
 * only the tree differs. Prints counts and ratios measured side by side in one run.
 */
import { createHash } from 'node:crypto';
import { parse, serialize } from 'parse5';
import { parseHTML } from 'linkedom';
import { analyze } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { builtCases, fuzzCase } from '../fuzz/cases';
import { allPages } from './all-pages';

const args = process.argv.slice(2);
const opt = (n: string, d: number) => Number(args[args.indexOf(`--${n}`) + 1] || d) || d;
const PAGES = opt('pages', 660);
const MUTATED = opt('mutated', 300);

type Doc = Document;
const viaLinkedom = (html: string) => parseHTML(html).document as unknown as Doc;
const viaParse5 = (html: string) => parseHTML(serialize(parse(html))).document as unknown as Doc;

function reportOf(doc: Doc, url: string | null): { hash: string; score: number; sections: number } {
  try {
    const r = analyze(extract(doc, { url }));
    return { hash: createHash('sha1').update(JSON.stringify(r)).digest('hex'), score: r.score, sections: r.sections.length };
  } catch (err) {
    return { hash: `error ${String(err)}`, score: -1, sections: -1 };
  }
}

function measure(label: string, items: { html: string; url: string | null }[]): void {
  let differ = 0;
  let scoreDiffers = 0;
  let sectionsDiffer = 0;
  let bigScore = 0;
  let tLinkedom = 0;
  let tParse5 = 0;
  let tEngine = 0;
  for (const { html, url } of items) {
    let t = performance.now();
    const a = viaLinkedom(html);
    tLinkedom += performance.now() - t;
    t = performance.now();
    const b = viaParse5(html);
    tParse5 += performance.now() - t;
    t = performance.now();
    const ra = reportOf(a, url);
    tEngine += performance.now() - t;
    const rb = reportOf(b, url);
    if (ra.hash !== rb.hash) differ++;
    if (ra.score !== rb.score) scoreDiffers++;
    if (Math.abs(ra.score - rb.score) >= 10) bigScore++;
    if (ra.sections !== rb.sections) sectionsDiffer++;
  }
  const n = items.length;
  const pct = (k: number) => `${k} (${((100 * k) / n).toFixed(1)}%)`;
  console.log(`${label}: ${n} pages`);
  console.log(`  report differs ${pct(differ)}; score differs ${pct(scoreDiffers)}, by 10+ points ${pct(bigScore)}; section count differs ${pct(sectionsDiffer)}`);
  console.log(`  parse: linkedom ${(tLinkedom / 1000).toFixed(1)} s, parse5 + serialize + linkedom ${(tParse5 / 1000).toFixed(1)} s (${(tParse5 / tLinkedom).toFixed(2)}x the parse); extract + analyze ${(tEngine / 1000).toFixed(1)} s, so the whole run costs ${((tParse5 + tEngine) / (tLinkedom + tEngine)).toFixed(2)}x`);
}

const pages = allPages().slice(0, PAGES).map((p) => ({ html: p.html(), url: p.url }));
measure('corpus pages', pages);
const built = builtCases(true);
const mutated = Array.from({ length: MUTATED }, (_, k) => fuzzCase(7, built.length + k, built)).map((c) => ({ html: c.html, url: c.url }));
measure('mutated corpus pages (fuzz seed 7)', mutated);
