/**
 * Real pages (Mozilla Readability's test corpus, read from ../shared, never copied): in Chromium with the
 * extension, the badge is the score the engine gives in Node for the same HTML, and the page's DOM is untouched.
 * Page scripts are off, so only the extension could change the DOM (content scripts still run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, badgeText, browserTestsEnabled, engineReport, launch, READABILITY_CORPUS as CORPUS, realCorpusPages, waitFor, type Harness } from './harness';

const enabled = browserTestsEnabled();
/** Every fifth real page in name order, ten of them. */
const NAMES = realCorpusPages(5).slice(0, 10);

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
