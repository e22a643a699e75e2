/**
 * Browser benchmark (a script, not a test): `npx tsx bench/browser.ts`.
 *
 * 1. On every real page of Mozilla Readability's test corpus (85: at least 30 KB and 300 tags), in Chromium, the
 *    content script's main-thread read (isProbablyReaderable + extract) against Readability alone on the same page.
 *    Goal: median ratio ≤ 1.2. BENCH_PAGES=20 takes the first 20 (alphabetically) for a quicker run.
 * 2. On a 3,000-word draft, the re-score after a one-sentence edit (re-read one block + cached analyzer) against a
 *    full analysis (extract + analyze). Goal: ratio ≤ 0.2.
 * 3. The size of the built content script.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { RescoreTimes } from './browser-entry';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpus/readability');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = Number(process.env.BENCH_PAGES ?? Infinity);
const REPS = Number(process.env.BENCH_REPS ?? 15);
/** Each timed sample runs back to back until about this many milliseconds have passed (timer resolution). */
const BATCH_MS = 25;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number, d = 1) => n.toFixed(d);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/**
 * Real pages: the corpus folders whose source is at least 30 KB with at least 300 tags (the tiny synthetic cases,
 * and one made big by a data: URL, are left out).
 */
function pickPages(): string[] {
  const real = (d: string) => {
    const file = join(CORPUS, d, 'source.html');
    if (!existsSync(file) || statSync(file).size < 30_000) return false;
    return (readFileSync(file, 'utf8').match(/<[a-z]/gi)?.length ?? 0) >= 300;
  };
  return readdirSync(CORPUS)
    .filter(real)
    .sort()
    .slice(0, PAGES);
}

function draft(words = 3000): string {
  const sentence = (i: number) => `Teams that work remotely often need to communicate more deliberately, and sentence ${i} says so again in other words.`;
  const sections: string[] = [];
  let count = 0;
  let p = 0;
  for (let s = 0; count < words; s++) {
    const paras: string[] = [];
    for (let k = 0; k < 2; k++, p++) {
      const text = Array.from({ length: 4 }, (_, i) => sentence(p * 4 + i)).join(' ');
      count += text.split(/\s+/).length;
      paras.push(`<p id="p${p}">${text}</p>`);
    }
    sections.push(`<h2>Part ${s + 1}: remote work topic ${s + 1}</h2>\n${paras.join('\n')}`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Draft</title></head><body><article contenteditable="true"><h1>A long draft</h1>${sections.join('\n')}</article></body></html>`;
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  const bundle = await build({
    entryPoints: [join(ROOT, 'bench/browser-entry.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]!.text;
  const pages = pickPages();
  const draftHtml = draft();
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    if (name === 'draft.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(draftHtml);
    const file = join(CORPUS, name.replace(/\/$/, ''), 'source.html');
    if (!name.includes('..') && existsSync(file)) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  // Page scripts off: they would mutate the DOM between runs; images and other subresources are not fetched.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await context.route(/\.(png|jpe?g|gif|webp|svg|css|js|woff2?)(\?|$)/i, (route) => route.abort());

  type Bench = {
    contentScriptRead(times?: number): number;
    readabilityAlone(times?: number): number;
    compare(samples: number, times: number): { ours: number[]; alone: number[] };
    rescore(id: string): RescoreTimes;
  };
  const inject = async (page: Page) => {
    await page.evaluate(code);
  };

  console.log(`\nContent script read vs Readability alone (Chromium, median of ${REPS} alternating samples per page, each a batch of about ${BATCH_MS} ms)\n`);
  console.log('| page | elements | read (ms) | Readability (ms) | ratio |');
  console.log('|---|---:|---:|---:|---:|');
  const ratios: number[] = [];
  for (const name of pages) {
    const page = await context.newPage();
    try {
      await page.goto(`${base}/${name}/`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      await inject(page);
      // Warm-up (JIT) once each, which also sizes the batches; then alternating pairs of batches in one task.
      await page.evaluate(() => (globalThis as unknown as { __citableBench: Bench }).__citableBench.contentScriptRead());
      const once = await page.evaluate(() => (globalThis as unknown as { __citableBench: Bench }).__citableBench.readabilityAlone());
      const times = Math.min(20, Math.max(1, Math.ceil(BATCH_MS / Math.max(once, 0.1))));
      const { ours, alone: theirs } = await page.evaluate(
        ([n, t]) => (globalThis as unknown as { __citableBench: Bench }).__citableBench.compare(n, t),
        [REPS, times] as const,
      );
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      const r = median(ours) / median(theirs);
      ratios.push(r);
      console.log(`| ${name} | ${elements} | ${fmt(median(ours))} | ${fmt(median(theirs))} | ${fmt(r, 2)} |`);
    } catch (err) {
      console.log(`| ${name} | error: ${(err as Error).message.split('\n')[0]} | | | |`);
    } finally {
      await page.close();
    }
  }

  const page = await context.newPage();
  await page.goto(`${base}/draft.html`);
  await inject(page);
  const words = await page.evaluate(() => document.body.innerText.split(/\s+/).filter(Boolean).length);
  const runs: RescoreTimes[] = [];
  for (let i = 0; i < REPS + 1; i++) {
    await page.reload();
    await inject(page);
    runs.push(await page.evaluate((id) => (globalThis as unknown as { __citableBench: Bench }).__citableBench.rescore(id), `p${7 + i}`));
  }
  runs.shift(); // warm-up
  await browser.close();
  server.close();

  const contentJs = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  const size = existsSync(contentJs) ? readFileSync(contentJs) : null;

  const full = median(runs.map((r) => r.full));
  const inc = median(runs.map((r) => r.incremental));
  const readRatio = median(ratios);
  console.log('\n| measure | value | goal |');
  console.log('|---|---:|---:|');
  console.log(`| content-script read / Readability alone, median ratio over ${ratios.length} pages | ${fmt(readRatio, 2)} | ≤ 1.2 |`);
  console.log(`| same, quartiles and p90 | ${fmt(pct(ratios, 0.25), 2)} / ${fmt(pct(ratios, 0.75), 2)} / ${fmt(pct(ratios, 0.9), 2)} | |`);
  console.log(`| same, the first 20 pages only | ${fmt(median(ratios.slice(0, 20)), 2)} | |`);
  const med = (k: keyof RescoreTimes) => median(runs.map((r) => r[k]));
  console.log(`| full analysis of a ${words}-word draft: extract + analyze | ${fmt(full)} ms (${fmt(med('fullExtract'))} + ${fmt(full - med('fullExtract'))}) | |`);
  console.log(`| re-score after a one-sentence edit, ${runs[0]!.judged} of ${runs[0]!.sections} sections re-judged: re-read + analyze | ${fmt(inc)} ms (${fmt(med('reread'), 2)} + ${fmt(inc - med('reread'))}) | |`);
  console.log(`| re-score / full analysis | ${fmt(inc / full, 3)} | ≤ 0.2 |`);
  console.log(`| content script bundle (.output/chrome-mv3) | ${size ? `${fmt(size.length / 1024)} KB (${fmt(gzipSync(size).length / 1024)} KB gzip)` : 'not built (npx wxt build)'} | |`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
