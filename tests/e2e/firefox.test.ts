/**
 * The Firefox build in a real Firefox (Debian's firefox-esr), driven over WebDriver BiDi by puppeteer-core, which
 * installs the built add-on as a temporary add-on into a fresh profile (no browser is ever downloaded):
 * real corpus pages get their badge (the engine's score in Node for the same HTML), the sidebar's page renders the
 * report, and the page's DOM is unchanged.
 *
 * What is not automated: opening the sidebar itself. Firefox only opens it from a user action (sidebarAction.open
 * needs a user gesture, and BiDi cannot click the browser's toolbar), so the test opens the sidebar's page
 * (sidepanel.html?tab=<id>) in a tab, as the Chromium tests do with the side panel.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { engineReport, READABILITY_CORPUS as CORPUS, realCorpusPages, SCREENSHOTS, waitFor } from './harness';
import { sideBySidePuppeteer } from './screenshots';

const HERE = dirname(fileURLToPath(import.meta.url));
const EXT = resolve(HERE, '../../.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's internal UUID, fixed through a profile preference so the test can open its pages. */
const UUID = '5d3c1f9e-7a41-4c1b-9d2e-0c17a7e1b001';
const ADDON_ID = 'citable@citable.dev';
/** Three real pages of Readability's corpus, spread by name order. */
const NAMES = realCorpusPages(20).slice(0, 3);

function firefoxTestsEnabled(): boolean {
  if (existsSync(FIREFOX)) return true;
  if (process.env.CI) throw new Error(`Firefox not found at ${FIREFOX}: CI must install it (apt-get install -y firefox-esr)`);
  console.warn(`[firefox] SKIPPED: no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`);
  return false;
}

const enabled = firefoxTestsEnabled();

/**
 * Opens one of the add-on's pages in `page`. Firefox moves the tab to the add-on's process for it, and puppeteer
 * (24.x) does not see that navigation finish, though the tab then holds the add-on's page and evaluates in it: so
 * the navigation is not awaited, the page's own address is.
 */
async function openAddonPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 5000 }).catch(() => undefined);
  await waitFor(() => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''), (s) => s === `${url} complete`, `the add-on page ${url}`, 30_000);
}

describe.skipIf(!enabled)('extension in Firefox (firefox-esr, WebDriver BiDi)', () => {
  let browser: Browser;
  let server: Server;
  let base = '';
  /** A page of the add-on, where the test reads the badge with the add-on's own API. */
  let ext: Page;
  /** Every path the test server was asked for. */
  const served: string[] = [];
  const sources: Record<string, string> = Object.fromEntries(NAMES.map((n) => [`/${n}.html`, readFileSync(join(CORPUS, n, 'source.html'), 'utf8')]));
  // An editor whose canvas is a same-origin iframe with a contenteditable body (TinyMCE, CKEditor 4).
  const FRAMES = resolve(HERE, '../pages/frames');
  sources['/frames/cms.html'] = readFileSync(join(FRAMES, 'cms.html'), 'utf8');
  sources['/frames/canvas.html'] = readFileSync(join(FRAMES, 'canvas.html'), 'utf8');

  beforeAll(async () => {
    if (NAMES.length === 0) throw new Error(`corpus not found at ${CORPUS}`);
    if (!existsSync(join(EXT, 'manifest.json'))) throw new Error(`no Firefox build at ${EXT}: run \`npx wxt build -b firefox\` first`);
    server = createServer((req, res) => {
      served.push(req.url ?? '/');
      const body = sources[req.url ?? ''];
      if (!body) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      // The page's own scripts are off (so only the add-on could change its DOM); content scripts are not the page's.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Lets WebDriver BiDi open the add-on's own pages (moz-extension://), where the test reads the badge and
      // renders the sidebar's page. Firefox refuses those navigations to a remote agent without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        // No network but the test server: a real page's images and fonts would only wait for DNS.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.no_proxies_on': '127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
      },
    });
    const id = await browser.installExtension(EXT);
    expect(id).toBe(ADDON_ID);
    ext = await browser.newPage();
    await openAddonPage(ext, `moz-extension://${UUID}/options.html`);
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    server?.closeAllConnections();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  /** The add-on's `browser` API, from one of its own pages. */
  const tabIdOf = (url: string) =>
    ext.evaluate(async (u) => {
      const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
      return (await b.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
    }, url);
  const badgeOf = (tabId: number) =>
    ext.evaluate((id) => (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction.getBadgeText({ tabId: id }), tabId);

  it.each(NAMES)('%s: badge = engine score, the sidebar page renders the report, DOM unchanged', async (name) => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
      });
    });
    const url = `${base}/${name}.html`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const expected = engineReport(sources[`/${name}.html`]!, url);
    expect(expected.readerable && expected.sections.length > 0).toBe(true);
    const tabId = await waitFor(() => tabIdOf(url), (id) => id >= 0, 'the tab');
    await waitFor(() => badgeOf(tabId), (t) => t === String(expected.score), `badge ${expected.score}`, 30_000);

    const panel = await browser.newPage();
    await panel.setViewport({ width: 400, height: 860 });
    await openAddonPage(panel, `moz-extension://${UUID}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid=section]', { timeout: 30_000 });
    expect(await panel.$eval('[data-testid=page-score]', (e) => e.textContent ?? '')).toContain(String(expected.score));
    const verdicts = await panel.$$eval('[data-testid=section]', (els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(verdicts).toEqual(expected.sections.map((s) => s.verdict));
    if (name === NAMES[0]) {
      await page.setViewport({ width: 1000, height: 860 });
      await page.bringToFront();
      mkdirSync(SCREENSHOTS, { recursive: true });
      await sideBySidePuppeteer(browser, page, panel, `${SCREENSHOTS}/firefox-sidebar.png`);
    }
    await panel.close();

    const unchanged = await page.evaluate(() => (window as unknown as { __before?: string }).__before === document.documentElement.outerHTML);
    expect(unchanged).toBe(true);
    await page.close();
  });

  it('an iframe editor: the badge is the canvas score and follows typing in it, the canvas holds exactly what was typed', async () => {
    const page = await browser.newPage();
    const url = `${base}/frames/cms.html`;
    await page.goto(url);
    const canvasUrl = `${base}/frames/canvas.html`;
    const tabId = await waitFor(() => tabIdOf(url), (id) => id >= 0, 'the tab');
    const before = engineReport(sources['/frames/canvas.html']!, canvasUrl);
    await waitFor(() => badgeOf(tabId), (t) => t === String(before.score), `badge = the canvas's score (${before.score})`, 30_000);
    const frame = (await (await page.waitForSelector('#canvas'))!.contentFrame())!;
    await frame.click('p:nth-of-type(2)');
    await page.keyboard.press('End');
    await page.keyboard.type(' According to a 2023 Pew Research Center survey of 5,775 workers, 35% of those whose jobs can be done remotely work from home all of the time.');
    const typed = await frame.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`);
    expect(typed).toContain('5,775 workers');
    const after = engineReport(typed, canvasUrl);
    expect(after.score).not.toBe(before.score);
    await waitFor(() => badgeOf(tabId), (t) => t === String(after.score), `badge follows typing (${after.score})`, 30_000);
    expect(await frame.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`)).toBe(typed);
    await page.close();
  });

  it('a local draft (file://): Firefox gives add-ons no access, and the badge says so at once with the way round it', async () => {
    const page = await browser.newPage();
    const url = `file://${resolve(HERE, '../pages/draft.html')}`;
    await page.goto(url);
    const tabId = await waitFor(() => tabIdOf(url), (id) => id >= 0, 'the tab');
    await waitFor(() => badgeOf(tabId), (t) => t === '!', 'the "!" badge', 30_000);
    const title = await ext.evaluate((id) => (globalThis as unknown as { browser: { browserAction: { getTitle(d: object): Promise<string> } } }).browser.browserAction.getTitle({ tabId: id }), tabId);
    expect(title).toContain('Firefox does not let add-ons read local files');
    await page.close();
  });

  it("the add-on's same-origin reads work in Firefox: the page's robots.txt and llms.txt were asked for", () => {
    expect(served).toContain('/robots.txt');
    expect(served).toContain('/llms.txt');
  });
});
