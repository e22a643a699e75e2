/**
 * Shared set-up for the real-Chromium tests: the built extension loaded into a fresh profile, a local server for
 * the test pages, and helpers to read the badge and the engine's own verdict on the same HTML.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { extract } from '../../scoring/extract/index';
import { analyze } from '../../scoring/analyze';
import type { AccessInputs } from '../../scoring/page/index';
import type { Report } from '../../scoring/report';
import { BLOCKS } from '../../entrypoints/content/origin-fetch';

/** `chrome` as seen inside the extension's service worker (only these calls are used from the tests). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

const HERE = dirname(fileURLToPath(import.meta.url));

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXT = resolve(HERE, '../../.output/chrome-mv3');
export const PAGES = resolve(HERE, '../pages');
/**
 * Screenshots of the panel, taken by every run. They go to test-results/screenshots (ignored by git), so a test run
 * leaves the work tree as it was; `UPDATE_SCREENSHOTS=1 npm test` refreshes the committed ones the README shows.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? resolve(HERE, '../../docs/screenshots')
  : resolve(HERE, '../../test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** Mozilla Readability's test pages in ../shared (read at test time, never copied). */
export const READABILITY_CORPUS = resolve(HERE, '../../../shared/corpus/readability');

/**
 * Real pages of that corpus (source ≥ 30 KB), every `step`-th in name order: a stable spread, not a pick. Empty when
 * the corpus is absent (the caller fails or skips visibly).
 */
export function realCorpusPages(step: number): string[] {
  if (!existsSync(READABILITY_CORPUS)) return [];
  const source = (d: string) => join(READABILITY_CORPUS, d, 'source.html');
  return readdirSync(READABILITY_CORPUS)
    .filter((d) => existsSync(source(d)) && statSync(source(d)).size >= 30_000)
    .sort()
    .filter((_, i) => i % step === 0);
}

/**
 * In CI the browser tests must run: a missing Chromium fails loudly. Locally (CI unset) without the binary they
 * are skipped, visibly.
 */
export function browserTestsEnabled(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (apt-get install -y chromium)`);
  console.warn(`[e2e] SKIPPED: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or install it)`);
  return false;
}

export interface Harness {
  context: BrowserContext;
  /** The extension's service worker (replaced by a test that restarts it). */
  sw: Worker;
  extId: string;
  base: string;
  /** Every request the test server received (path and query), in order. */
  served: string[];
  /** Every request the browser made from any page, frame or worker of the context (full URLs), in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function launch(extraPages: Record<string, string> = {}, options: { javaScriptEnabled?: boolean } = {}): Promise<Harness> {
  if (!existsSync(join(EXT, 'manifest.json'))) throw new Error(`no built extension at ${EXT}: run \`npx wxt build\` first`);
  const { server, served } = await startServer(extraPages);
  const profile = mkdtempSync(join(tmpdir(), 'citable-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  // Pages, their content scripts, extension pages and (Playwright ≥ 1.47, Chromium) service workers.
  context.on('request', (r) => requests.push(r.url()));
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  const { port } = server.address() as AddressInfo;
  return {
    context,
    sw,
    extId,
    base: `http://127.0.0.1:${port}`,
    served,
    requests,
    async close() {
      await context.close().catch(() => undefined);
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A local server for the test pages (tests/pages/*.html, plus `extra` by name: an HTML page, or a file such as
 * `robots.txt`, served as text/plain). Anything else is a 404, so robots.txt and llms.txt are absent by default.
 * It records every request it receives in `served`.
 */
export async function startServer(extra: Record<string, string> = {}): Promise<{ server: Server; served: string[]; base: string; close(): Promise<void> }> {
  const served: string[] = [];
  const server = createServer((req, res) => {
    served.push(req.url ?? '/');
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    const body = extra[name] ?? (/^[\w-]+\.html$/.test(name) && existsSync(join(PAGES, name)) ? readFileSync(join(PAGES, name), 'utf8') : null);
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = name.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { server, served, base: `http://127.0.0.1:${port}`, close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    } };
}

export function pageHtml(name: string): string {
  return readFileSync(join(PAGES, name), 'utf8');
}

/**
 * The engine's report for this HTML at this URL, computed in Node (linkedom), as the CLI would; `access` is what
 * the extension fetched from the page's origin (robots.txt, llms.txt, the server's text).
 */
export function engineReport(html: string, url: string, access?: AccessInputs): Report {
  const { document } = parseHTML(html);
  return analyze(extract(document as unknown as Document, { url }), access ? { access } : {});
}

/** The text a crawler that runs no scripts gets from this HTML (what the content script sends as `serverText`). */
export function serverTextOf(html: string): string {
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll('script, style, template'))) el.remove();
  for (const el of Array.from(document.querySelectorAll(BLOCKS))) el.append(' ');
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The id of the active tab (the page the test just opened and brought to front). */
export async function activeTabId(sw: Worker): Promise<number> {
  return sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) throw new Error('no active tab');
    return tab.id;
  });
}

export async function badgeText(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function badgeTitle(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

/**
 * Polls until `ok`. The limit is a deadlock guard, not a speed claim (speed is the benchmarks' to measure): generous,
 * so that a 2-core machine busy with the rest of the suite does not fail a test that would pass a moment later.
 */
export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await fn();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The side panel page for a tab, at the panel's real width, once `selector` has rendered. */
export async function openPanel(h: Harness, tabId: number, selector = '[data-testid=section]'): Promise<Page> {
  const panel = await h.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${h.extId}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector(selector);
  return panel;
}

/** axe-core's violations on a page, one line each (rule id and the first targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}
