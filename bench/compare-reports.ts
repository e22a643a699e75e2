/**
 * npx tsx bench/compare-reports.ts OUT.tsv [BASELINE.tsv] — one line per corpus page: its name and a hash of its
 * report (or of its error). With a baseline, prints the pages whose report changed. Used to show that a change to
 * the measures (a regex made linear, a scan instead of a pattern) leaves every real page's report as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { analyze } from '../scoring/analyze';
import { extract } from '../scoring/extract';
import { parseHtml as parseDocument } from '../scoring/parse';
import { allPages } from './all-pages';

const [out, baseline] = process.argv.slice(2);
if (!out) {
  console.error('usage: npx tsx bench/compare-reports.ts OUT.tsv [BASELINE.tsv]');
  process.exit(2);
}
const lines: string[] = [];
const t0 = performance.now();
for (const page of allPages()) {
  let text: string;
  try {
    text = JSON.stringify(analyze(extract(parseDocument(page.html()), { url: page.url })));
  } catch (err) {
    text = `error: ${err instanceof Error ? err.message : String(err)}`;
  }
  lines.push(`${page.name}\t${createHash('sha1').update(text).digest('hex')}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${out}`);
if (baseline) {
  const before = new Map(readFileSync(baseline, 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]));
  const changed = lines.map((l) => l.split('\t') as [string, string]).filter(([name, h]) => before.get(name) !== h);
  console.log(changed.length === 0 ? 'same reports on every page' : `${changed.length} changed:\n${changed.map(([n]) => `  ${n}`).join('\n')}`);
}
