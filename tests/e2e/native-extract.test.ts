/**
 * The content script hands the page's HTML to the reader, which extracts it off the page's thread; the reader's
 * locators must lead back to the same live elements, and its snapshot must be the one an extraction made directly
 * on the live page gives (second test). Before that (first test), the in-browser extraction reads pages with native queries (per-tag pairing, one selector query, a partial copy of the
 * head, textContent for inline-only blocks); Node reads them with one tree walk. In real Chromium, on real corpus
 * pages, both must give the same snapshot and trace blocks to the same live elements, without changing the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, CHROMIUM, READABILITY_CORPUS as CORPUS, realCorpusPages } from './harness';

const HERE = dirname(fileURLToPath(import.meta.url));
const enabled = browserTestsEnabled();
/** Every eighth real page in name order. */
const NAMES = realCorpusPages(8);
/** For the off-page read: every page when OFFPAGE_ALL is set, else every third. */
const OFF_NAMES = realCorpusPages(process.env.OFFPAGE_ALL ? 1 : 3);

interface Comparison {
  walked: string;
  native: string;
  plain: string;
  sameElements: boolean;
  blocks: number;
  found: number;
  unchanged: boolean;
}

describe.skipIf(!enabled)('native and walked extraction in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let code: string;

  beforeAll(async () => {
    if (NAMES.length === 0) throw new Error(`corpus not found at ${CORPUS}`);
    const out = await build({ entryPoints: [join(HERE, 'native-extract.entry.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', logLevel: 'silent' });
    code = out.outputFiles[0]!.text;
    server = createServer((req, res) => {
      const name = decodeURIComponent((req.url ?? '/').slice(1));
      const file = join(CORPUS, name, 'source.html');
      if ((NAMES.includes(name) || OFF_NAMES.includes(name)) && existsSync(file)) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /**
   * Opens each page with page scripts off and no network (only the extraction could change the page), with the
   * comparison code loaded, and sums what `check` counts on it.
   */
  async function eachPage(names: readonly string[], check: (page: Page, name: string) => Promise<number>): Promise<number> {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    let found = 0;
    for (const name of names) {
      const page = await context.newPage();
      await page.goto(`${base}/${name}`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      found += await check(page, name);
      await page.close();
    }
    await context.close();
    return found;
  }

  it(`gives the same snapshot and the same live elements (${NAMES.length} pages)`, async () => {
    const found = await eachPage(NAMES, async (page, name) => {
      const r = await page.evaluate(() => (globalThis as unknown as { __compareExtraction: () => Comparison }).__compareExtraction());
      expect(r.native, name).toBe(r.walked);
      expect(r.plain, name).toBe(r.walked);
      expect(r.sameElements, name).toBe(true);
      expect(r.unchanged, name).toBe(true);
      return r.found;
    });
    expect(found).toBeGreaterThan(100);
  }, 120_000);

  it(`the off-page read gives the same snapshot and resolves to the same live elements (${OFF_NAMES.length} pages)`, async () => {
    const found = await eachPage(OFF_NAMES, async (page, name) => {
      const r = await page.evaluate(() => (globalThis as unknown as { __compareOffPage: () => Promise<OffPage> }).__compareOffPage());
      expect(r.error, name).toBeUndefined();
      expect(r.offPage, name).toBe(r.direct);
      expect(r.sameElements, name).toBe(true);
      expect(r.unchanged, name).toBe(true);
      return r.found!;
    });
    expect(found).toBeGreaterThan(300);
  }, 240_000);
});

interface OffPage {
  error?: string;
  direct?: string;
  offPage?: string;
  sameElements?: boolean;
  found?: number;
  unchanged?: boolean;
}
