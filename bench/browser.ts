/**
 * Browser benchmark (a script, not a test): `npx tsx bench/browser.ts`. Everything is measured side by side in
 * one run, on every real page of Mozilla Readability's test corpus (85: at least 30 KB and 300 tags) and on a
 * 28,000-word page of 20 articles. BENCH_PAGES=20 takes the first 20 pages (alphabetically) for a quicker run.
 *
 * 1. In-page (the page's scripts off): the content script's work on the page's thread for one read (the readerable
 *    check, the sliced serialization, the messages to and from the reader, the snapshot sent on) against Readability
 *    alone on the same page; the longest slice of the serialization; resolving the reader's locators (done on the
 *    page's first change, a highlight or an editable page, not on load).
 * 2. With the built extension in Chromium (pages served without their scripts), three profiles in turn on each
 *    page: no extension, this build, and the build of `BENCH_BASE_EXT` (the in-page reader, for "no worse than
 *    today"; optional). Per page: main-thread blocking time (long animation frames: the sum of each frame's blocking
 *    part) from load until the badge is set plus 500 ms, the longest frame with a script of the extension in it,
 *    and the time from the page's DOMContentLoaded to the badge (the content script waits for idle after it).
 * 3. On a 3,000-word draft, the re-score after a one-sentence edit (re-read one block + cached analyzer) against a
 *    full analysis (extract + analyze). Goal: ratio ≤ 0.2.
 * 4. The size of the built content script.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { RescoreTimes } from './browser-entry';
import { median, pct } from './common';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpus/readability');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = Number(process.env.BENCH_PAGES ?? Infinity);
const REPS = Number(process.env.BENCH_REPS ?? 15);
/** Loads per page and profile with the extension (more on the largest pages, where blocking time is judged). */
const LOADS = Number(process.env.BENCH_LOADS ?? 1);
const LOADS_LARGE = Number(process.env.BENCH_LOADS_LARGE ?? 3);
const NEW_EXT = resolve(ROOT, '.output/chrome-mv3');
const BASE_EXT = process.env.BENCH_BASE_EXT ? resolve(process.env.BENCH_BASE_EXT) : null;
/** Each timed sample runs back to back until about this many milliseconds have passed (timer resolution). */
const BATCH_MS = 25;
const LONG = 'long-20-articles';

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const stats = (xs: number[], d = 1) => (xs.length ? `${fmt(median(xs), d)} / ${fmt(pct(xs, 0.9), d)} / ${fmt(Math.max(...xs), d)}` : '–');

/** Real pages: the corpus folders whose source is at least 30 KB with at least 300 tags. */
function pickPages(): string[] {
  const real = (d: string) => {
    const file = join(CORPUS, d, 'source.html');
    if (!existsSync(file) || statSync(file).size < 30_000) return false;
    return (readFileSync(file, 'utf8').match(/<[a-z]/gi)?.length ?? 0) >= 300;
  };
  return readdirSync(CORPUS).filter(real).sort().slice(0, PAGES);
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

/** A long page: 20 articles of about 1,400 words each (headings, paragraphs with links and figures, a list). */
function longPage(): string {
  const words = ['survey', 'teams', 'market', 'growth', 'research', 'policy', 'energy', 'climate', 'software', 'health', 'city', 'budget', 'school', 'study', 'report'];
  const sentence = (a: number, i: number) =>
    `In ${2000 + ((a + i) % 24)} the ${words[(a + i) % words.length]} of region ${a}-${i} grew by ${(i % 40) + 2}% according to the national office, while the ${words[(a * 3 + i) % words.length]} stayed flat for most of the ${words[(i * 7) % words.length]} sector.`;
  const articles: string[] = [];
  let total = 0;
  for (let a = 0; a < 20; a++) {
    const parts: string[] = [`<article><h2>Article ${a + 1}: what changed in ${words[a % words.length]}</h2>`];
    let n = 0;
    for (let s = 0; n < 1400; s++) {
      parts.push(`<h3>Section ${s + 1} of article ${a + 1}</h3>`);
      for (let p = 0; p < 3; p++) {
        const text = Array.from({ length: 3 }, (_, i) => sentence(a, s * 9 + p * 3 + i)).join(' ');
        n += text.split(/\s+/).length;
        parts.push(`<p>${text} <a href="/source/${a}/${s}/${p}">Source</a>.</p>`);
      }
      if (s % 3 === 0) parts.push(`<ul><li>${words[s % words.length]} rose ${s + 3}%</li><li>${words[(s + 1) % words.length]} fell ${s + 1}%</li></ul>`);
    }
    total += n;
    articles.push(`${parts.join('\n')}</article>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twenty articles</title></head><body><header><nav><a href="/">Home</a></nav></header><main>${articles.join('\n')}</main><footer>© ${total} words</footer></body></html>`;
}

/** The page without its own scripts (JSON-LD kept): only the extension's scripts run on it. */
const withoutScripts = (html: string) => html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');

type Bench = {
  prepare(): Promise<{ longestMs: number; ok: boolean }>;
  contentScriptMain(times?: number): Promise<number>;
  resolve(): number;
  readabilityAlone(times?: number): number;
  compare(samples: number, times: number): Promise<{ ours: number[]; alone: number[] }>;
  rescore(id: string): RescoreTimes;
};

interface InPage {
  name: string;
  elements: number;
  ours: number;
  alone: number;
  longestSlice: number;
  resolve: number;
}

interface Load {
  blocking: number;
  /** From the trace: the longest task that ran the extension's script, and the sum of those tasks (ms). */
  longestOwn: number | null;
  ownMs: number | null;
  /** Blocking time of those tasks alone (each one's part past 50 ms). */
  ownBlocking: number | null;
  longestAny: number;
  idleToBadge: number | null;
}

/** Collects the page's long animation frames. */
const OBSERVE = `(() => {
  const w = window;
  w.__loaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration ?? Math.max(0, e.duration - 50), scripts: (e.scripts || []).map((s) => String(s.sourceURL || s.invoker || '')) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

interface Profile {
  name: 'none' | 'new' | 'base';
  context: BrowserContext;
  sw: Worker | null;
  dir: string;
}

async function profile(name: Profile['name'], ext: string | null): Promise<Profile> {
  const dir = mkdtempSync(join(tmpdir(), 'citable-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []), '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.addInitScript(OBSERVE);
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await context.route(/\.(png|jpe?g|gif|webp|svg|css|js|woff2?)(\?|$)/i, (route) => route.abort());
  const sw = ext ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  return { name, context, sw, dir };
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getTitle(d: { tabId: number }): Promise<string> };
};

/** One load of `url` in a profile: blocking time until the badge is set (or a fixed wait without extension). */
async function loadOnce(p: Profile, url: string, extWindowMs: number): Promise<Load> {
  const page = await p.context.newPage();
  try {
    await page.bringToFront();
    // Every profile is traced the same way, so the tracing's own cost is on both sides of a comparison.
    const cdp = await p.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
    let badgeAt: Promise<number | null> = Promise.resolve(null);
    if (p.sw) {
      const tabId = await p.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
      badgeAt = p.sw.evaluate(async (id) => {
        const end = Date.now() + 20_000;
        while (Date.now() < end) {
          const title = await chrome.action.getTitle({ tabId: id }).catch(() => 'Citable');
          // Any final state of the page: a score, not an article, an error (not the new tab's "cannot read this page").
          if (/^Citable: (?!analyzing)/.test(title)) return Date.now();
          await new Promise((r) => setTimeout(r, 4));
        }
        return null;
      }, tabId);
    }
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const at = await badgeAt;
    // Without the extension, as long as an extension's read takes on this page; with it, 500 ms after the badge.
    await page.waitForTimeout(p.sw ? 500 : extWindowMs);
    const r = await page.evaluate(() => {
      const w = window as unknown as { __loaf: { start: number; duration: number; blocking: number; scripts: string[] }[] };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { loaf: w.__loaf, ready: nav ? nav.domContentLoadedEventEnd : null, origin: performance.timeOrigin };
    });
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    const own = p.sw ? extensionTasks(events) : [];
    return {
      blocking: r.loaf.reduce((s, f) => s + f.blocking, 0),
      longestOwn: p.sw ? (own.length ? Math.max(...own) : 0) : null,
      ownMs: p.sw ? own.reduce((a, b) => a + b, 0) : null,
      ownBlocking: p.sw ? own.reduce((a, b) => a + Math.max(0, b - 50), 0) : null,
      longestAny: r.loaf.length ? Math.max(...r.loaf.map((f) => f.duration)) : 0,
      idleToBadge: at !== null && r.ready !== null ? at - (r.origin + r.ready) : null,
    };
  } finally {
    await page.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; sourceURL?: string } };
}

/**
 * The durations (ms) of the page's main-thread tasks that ran the extension's content script: each top-level task
 * (RunTask) that holds a script event (a function call, a script's evaluation, a callback) from a chrome-extension URL.
 */
function extensionTasks(events: TraceEvent[]): number[] {
  const isOwn = (e: TraceEvent) => {
    const d = e.args?.data;
    const url = d?.url ?? d?.scriptName ?? d?.sourceURL ?? '';
    return url.startsWith('chrome-extension://');
  };
  const own = events.filter((e) => e.ph === 'X' && isOwn(e));
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur !== undefined);
  const hit = new Map<string, number>();
  for (const e of own) {
    // The outermost task around the script event (the longest, if both task events are there); else the event itself.
    let best: TraceEvent | null = null;
    for (const t of tasks) {
      if (t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && e.ts <= t.ts + t.dur! && (!best || t.dur! > best.dur!)) best = t;
    }
    const key = best ? `${best.pid}:${best.tid}:${best.ts}` : `${e.pid}:${e.tid}:${e.ts}`;
    hit.set(key, Math.max(hit.get(key) ?? 0, (best ?? e).dur ?? 0));
  }
  return [...hit.values()].map((us) => us / 1000);
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  if (!existsSync(join(NEW_EXT, 'manifest.json'))) throw new Error('no built extension: npx wxt build');
  const bundle = await build({ entryPoints: [join(ROOT, 'bench/browser-entry.ts')], bundle: true, format: 'iife', minify: true, write: false, platform: 'browser', target: 'chrome120', logLevel: 'silent' });
  const code = bundle.outputFiles[0]!.text;
  const pages = pickPages();
  const sizes = new Map(pages.map((n) => [n, statSync(join(CORPUS, n, 'source.html')).size]));
  const largest = [...pages].sort((a, b) => sizes.get(b)! - sizes.get(a)!).slice(0, 9);
  const draftHtml = draft();
  const longHtml = longPage();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const name = decodeURIComponent(path.slice(1)).replace(/\/$/, '');
    const bare = name.startsWith('bare/');
    const key = bare ? name.slice(5) : name;
    const send = (html: string) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bare ? withoutScripts(html) : html);
    if (key === 'draft.html') return send(draftHtml);
    if (key === LONG) return send(longHtml);
    const file = join(CORPUS, key, 'source.html');
    if (!key.includes('..') && existsSync(file)) return send(readFileSync(file, 'utf8'));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const all = [...pages, LONG];

  // ---- 1. in-page, side by side with Readability alone
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await context.route(/\.(png|jpe?g|gif|webp|svg|css|js|woff2?)(\?|$)/i, (route) => route.abort());
  console.log(`\n## 1. The content script's work on the page's thread vs Readability alone (median of ${REPS} alternating samples per page)\n`);
  console.log('| page | elements | content script (ms) | Readability (ms) | ratio | longest slice (ms) | resolve locators (ms) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const inPage: InPage[] = [];
  for (const name of all) {
    const page = await context.newPage();
    try {
      await page.goto(`${base}/${name}/`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
      await page.evaluate(code);
      const prep = await page.evaluate(() => (globalThis as unknown as { __citableBench: Bench }).__citableBench.prepare());
      await page.evaluate(() => (globalThis as unknown as { __citableBench: Bench }).__citableBench.contentScriptMain());
      const once = await page.evaluate(() => (globalThis as unknown as { __citableBench: Bench }).__citableBench.readabilityAlone());
      const times = Math.min(20, Math.max(1, Math.ceil(BATCH_MS / Math.max(once, 0.1))));
      const { ours, alone } = await page.evaluate(([n, t]) => (globalThis as unknown as { __citableBench: Bench }).__citableBench.compare(n, t), [REPS, times] as const);
      const resolveMs = await page.evaluate(() => (globalThis as unknown as { __citableBench: Bench }).__citableBench.resolve());
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      const row: InPage = { name, elements, ours: median(ours), alone: median(alone), longestSlice: prep.longestMs, resolve: resolveMs };
      inPage.push(row);
      console.log(`| ${name} | ${elements} | ${fmt(row.ours, 2)} | ${fmt(row.alone)} | ${fmt(row.ours / row.alone, 3)} | ${fmt(row.longestSlice)} | ${fmt(row.resolve, 2)} |`);
    } catch (err) {
      console.log(`| ${name} | error: ${(err as Error).message.split('\n')[0]} | | | | | |`);
    } finally {
      await page.close();
    }
  }

  // ---- 3. re-score after an edit (same in-page context)
  const dpage = await context.newPage();
  await dpage.goto(`${base}/draft.html`);
  await dpage.evaluate(code);
  const words = await dpage.evaluate(() => document.body.innerText.split(/\s+/).filter(Boolean).length);
  const runs: RescoreTimes[] = [];
  for (let i = 0; i < REPS + 1; i++) {
    await dpage.reload();
    await dpage.evaluate(code);
    runs.push(await dpage.evaluate((id) => (globalThis as unknown as { __citableBench: Bench }).__citableBench.rescore(id), `p${7 + i}`));
  }
  runs.shift(); // warm-up
  await browser.close();

  // ---- 2. with the extension, in turn with no extension and (optionally) the previous build
  const profiles = [await profile('none', null), await profile('new', NEW_EXT), ...(BASE_EXT ? [await profile('base', BASE_EXT)] : [])];
  const loads = new Map<string, Map<Profile['name'], Load[]>>();
  let turn = 0;
  for (const name of all) {
    const n = name === LONG || largest.includes(name) ? LOADS_LARGE : LOADS;
    const per = new Map<Profile['name'], Load[]>(profiles.map((p) => [p.name, []]));
    for (let i = 0; i < n; i++) {
      // The order of the profiles turns from load to load.
      const order = profiles.map((_, k) => profiles[(k + turn) % profiles.length]!);
      turn++;
      let window = 1000;
      for (const p of order.filter((q) => q.sw)) {
        const t0 = Date.now();
        per.get(p.name)!.push(await loadOnce(p, `${base}/bare/${name}/`, 0).catch(() => ({ blocking: NaN, longestOwn: null, ownMs: null, ownBlocking: null, longestAny: NaN, idleToBadge: null })));
        window = Math.max(window, Date.now() - t0);
      }
      const none = profiles.find((q) => q.name === 'none')!;
      per.get('none')!.push(await loadOnce(none, `${base}/bare/${name}/`, Math.min(window, 4000)).catch(() => ({ blocking: NaN, longestOwn: null, ownMs: null, ownBlocking: null, longestAny: NaN, idleToBadge: null })));
    }
    loads.set(name, per);
  }
  for (const p of profiles) {
    await p.context.close();
    rmSync(p.dir, { recursive: true, force: true });
  }
  server.close();

  const med = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
    return v.length ? median(v) : NaN;
  };
  const hasBase = !!BASE_EXT;
  console.log(`\n## 2. With the extension in Chromium (pages without their own scripts; median of ${LOADS} load(s) per page and profile, ${LOADS_LARGE} on the nine largest and the long page)\n`);
  console.log(`| page | blocking: none (ms) | added by Citable (ms) | Citable's tasks (ms) | longest (ms) | DOMContentLoaded → badge (ms) |${hasBase ? ' in-page build: added (ms) | tasks (ms) | longest (ms) | DOMContentLoaded → badge (ms) |' : ''}`);
  console.log(`|---|---:|---:|---:|---:|---:|${hasBase ? '---:|---:|---:|---:|' : ''}`);
  const rows: { name: string; added: number; own: number; longest: number; badge: number; addedBase: number; ownBase: number; longestBase: number; badgeBase: number }[] = [];
  for (const [name, per] of loads) {
    const none = med(per.get('none')!.map((l) => l.blocking));
    const pick = (k: Profile['name']) => {
      const ls = per.get(k) ?? [];
      return {
        added: Math.max(0, med(ls.map((l) => l.blocking)) - none),
        longest: med(ls.map((l) => l.longestOwn)),
        own: med(ls.map((l) => l.ownMs)),
        badge: med(ls.map((l) => l.idleToBadge)),
      };
    };
    const n = pick('new');
    const b = hasBase ? pick('base') : { added: NaN, own: NaN, longest: NaN, badge: NaN };
    rows.push({ name, added: n.added, own: n.own, longest: n.longest, badge: n.badge, addedBase: b.added, ownBase: b.own, longestBase: b.longest, badgeBase: b.badge });
    console.log(`| ${name}${largest.includes(name) ? ' (large)' : ''} | ${fmt(none)} | ${fmt(n.added)} | ${fmt(n.own)} | ${fmt(n.longest)} | ${fmt(n.badge)} |${hasBase ? ` ${fmt(b.added)} | ${fmt(b.own)} | ${fmt(b.longest)} | ${fmt(b.badge)} |` : ''}`);
  }

  const real = inPage.filter((r) => r.name !== LONG);
  const long = inPage.find((r) => r.name === LONG);
  const ratios = real.map((r) => r.ours / r.alone);
  const realRows = rows.filter((r) => r.name !== LONG);
  const largeRows = rows.filter((r) => largest.includes(r.name));
  const longRow = rows.find((r) => r.name === LONG);
  const finite = (xs: number[]) => xs.filter((x) => Number.isFinite(x));
  console.log('\n## Summary (median / p90 / max)\n');
  console.log('| measure | real pages | the 28,000-word page | goal |');
  console.log('|---|---:|---:|---:|');
  console.log(`| content script on the page's thread, ms | ${stats(real.map((r) => r.ours), 2)} | ${fmt(long?.ours ?? NaN, 2)} | |`);
  console.log(`| same / Readability alone | ${stats(ratios, 3)} | ${fmt(long ? long.ours / long.alone : NaN, 3)} | median ≤ 0.25 |`);
  console.log(`| Readability alone, ms | ${stats(real.map((r) => r.alone))} | ${fmt(long?.alone ?? NaN)} | |`);
  console.log(`| longest slice of the serialization, ms | ${stats(real.map((r) => r.longestSlice))} | ${fmt(long?.longestSlice ?? NaN)} | |`);
  console.log(`| resolving the locators (first edit or highlight), ms | ${stats(real.map((r) => r.resolve), 2)} | ${fmt(long?.resolve ?? NaN, 2)} | |`);
  console.log(`| blocking time added by Citable, ms: nine largest pages | ${stats(finite(largeRows.map((r) => r.added)))} | ${fmt(longRow?.added ?? NaN)} | ≤ 40 (median of the largest) / ≤ 120 |`);
  console.log(`| same, all real pages | ${stats(finite(realRows.map((r) => r.added)))} | | |`);
  console.log(`| Citable's tasks on the page's thread in the extension (trace), ms | ${stats(finite(realRows.map((r) => r.own)))} | ${fmt(longRow?.own ?? NaN)} | |`);
  console.log(`| longest task running Citable's script (trace), ms | ${stats(finite(realRows.map((r) => r.longest)))} | ${fmt(longRow?.longest ?? NaN)} | none over 50 |`);
  console.log(`| DOMContentLoaded → badge, ms | ${stats(finite(realRows.map((r) => r.badge)))} | ${fmt(longRow?.badge ?? NaN)} | no worse than the in-page build |`);
  if (hasBase) {
    console.log(`| in-page build: blocking time added, ms: nine largest | ${stats(finite(largeRows.map((r) => r.addedBase)))} | ${fmt(longRow?.addedBase ?? NaN)} | |`);
    console.log(`| in-page build: its tasks (trace), ms | ${stats(finite(realRows.map((r) => r.ownBase)))} | ${fmt(longRow?.ownBase ?? NaN)} | |`);
    console.log(`| in-page build: longest task running its script (trace), ms | ${stats(finite(realRows.map((r) => r.longestBase)))} | ${fmt(longRow?.longestBase ?? NaN)} | |`);
    console.log(`| in-page build: DOMContentLoaded → badge, ms | ${stats(finite(realRows.map((r) => r.badgeBase)))} | ${fmt(longRow?.badgeBase ?? NaN)} | |`);
    const badgeRatio = finite(realRows.map((r) => r.badge / r.badgeBase));
    console.log(`| DOMContentLoaded → badge, this build / in-page build (per page) | ${stats(badgeRatio, 2)} | ${fmt((longRow?.badge ?? NaN) / (longRow?.badgeBase ?? NaN), 2)} | ≤ 1 |`);
  }
  const full = median(runs.map((r) => r.full));
  const inc = median(runs.map((r) => r.incremental));
  const rm = (k: keyof RescoreTimes) => median(runs.map((r) => r[k]));
  console.log(`| full analysis of a ${words}-word draft: extract + analyze | ${fmt(full)} ms (${fmt(rm('fullExtract'))} + ${fmt(full - rm('fullExtract'))}) | | |`);
  console.log(`| re-score after a one-sentence edit, ${runs[0]!.judged} of ${runs[0]!.sections} sections re-judged: re-read + analyze | ${fmt(inc)} ms (${fmt(rm('reread'), 2)} + ${fmt(inc - rm('reread'))}) | | |`);
  console.log(`| re-score / full analysis | ${fmt(inc / full, 3)} | | ≤ 0.2 |`);
  const contentJs = join(NEW_EXT, 'content-scripts/content.js');
  const size = existsSync(contentJs) ? readFileSync(contentJs) : null;
  const baseJs = BASE_EXT ? join(BASE_EXT, 'content-scripts/content.js') : null;
  const baseSize = baseJs && existsSync(baseJs) ? readFileSync(baseJs) : null;
  const kb = (b: Buffer | null) => (b ? `${fmt(b.length / 1024)} KB (${fmt(gzipSync(b).length / 1024)} KB gzip)` : 'not built');
  console.log(`| content script bundle | ${kb(size)}${baseSize ? `; in-page build ${kb(baseSize)}` : ''} | | |`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
