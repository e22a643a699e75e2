/**
 * Real pages (Mozilla Readability's test corpus, read from ../shared, never copied): in Chromium with the
 * extension, the badge is the score the engine gives in Node for the same HTML, and the page's DOM is untouched.
 * Page scripts are off, so only the extension could change the DOM (content scripts still run).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, badgeText, browserTestsEnabled, engineReport, launch, PAGES, waitFor, type Harness } from './harness';

const CORPUS = resolve(PAGES, '../../../shared/corpus/readability');
const enabled = browserTestsEnabled();
/** A spread of real pages (≥ 30 KB), every fifth one in name order, so the set is stable but not cherry-picked. */
const NAMES = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((d) => existsSync(join(CORPUS, d, 'source.html')) && statSync(join(CORPUS, d, 'source.html')).size >= 30_000)
      .sort()
      .filter((_, i) => i % 5 === 0)
      .slice(0, 10)
  : [];

describe.skipIf(!enabled)('real pages in Chromium', () => {
  let h: Harness;
  const sources = Object.fromEntries(NAMES.map((n) => [`${n}.html`, readFileSync(join(CORPUS, n, 'source.html'), 'utf8')]));

  beforeAll(async () => {
    if (NAMES.length === 0) throw new Error(`corpus not found at ${CORPUS}`);
    h = await launch(sources, { javaScriptEnabled: false });
    // No network: a real page's images, fonts and scripts would only time out.
    await h.context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(NAMES)('%s: badge = engine score, DOM unchanged', async (name) => {
    const page = await h.context.newPage();
    const url = `${h.base}/${name}.html`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.bringToFront();
    const tabId = await activeTabId(h.sw);
    const expected = engineReport(sources[`${name}.html`]!, url);
    const readerable = expected.readerable && expected.sections.length > 0;
    if (readerable) {
      await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(expected.score), `badge ${expected.score}`);
    } else {
      await page.waitForTimeout(1500);
      expect(await badgeText(h.sw, tabId)).toBe('');
    }
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });
});
