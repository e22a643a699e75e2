/**
 * The panel's page-level views in a real Chromium: Markup (entities found, what is missing, the JSON-LD to paste),
 * Authorship, and Machine access (robots.txt per purpose, llms.txt, the "what crawlers see" check). Also the
 * product promise that every request the extension makes goes to the analyzed page's own origin, and nowhere else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  activeTabId,
  axeViolations,
  badgeText,
  browserTestsEnabled,
  engineReport,
  launch,
  openPanel,
  pageHtml,
  SCREENSHOTS,
  serverTextOf,
  startServer,
  waitFor,
  type Harness,
} from './harness';

const enabled = browserTestsEnabled();

/** Blocks ChatGPT search (OAI-SearchBot) and nothing else: search ≠ training must show. */
const ROBOTS = 'User-agent: OAI-SearchBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n';
const LLMS = '# Citable test pages\n\n> Pages for the extension tests.\n\n## Articles\n\n- [Teacher survey](/citable.html): original data\n';

describe.skipIf(!enabled)('page-level views in Chromium', () => {
  let h: Harness;
  /** A second origin, whose robots.txt blocks OAI-SearchBot and which has an llms.txt. */
  let site: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    h = await launch();
    site = await startServer({ 'robots.txt': ROBOTS, 'llms.txt': LLMS });
  });
  afterAll(async () => {
    await h?.close();
    await site?.close();
  });

  async function open(base: string, name: string) {
    const page = await h.context.newPage();
    const url = `${base}/${name}`;
    await page.goto(url);
    await page.bringToFront();
    const tabId = await activeTabId(h.sw);
    await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', 'badge');
    return { page, url, tabId };
  }

  const panelFor = (tabId: number, selector?: string): Promise<Page> => openPanel(h, tabId, selector);

  const axe = axeViolations;

  async function axeLightAndDark(panel: Page): Promise<void> {
    await panel.emulateMedia({ colorScheme: 'light' });
    expect(await axe(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'light' });
  }

  it('the views are ARIA tabs: arrow keys, Home and End move between them, one tab stop', async () => {
    const { page, tabId } = await open(h.base, 'citable.html');
    const panel = await panelFor(tabId);
    const tabs = panel.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Sections', expect.stringMatching(/^Markup/), 'Authorship', expect.stringMatching(/^Machine access/)]);
    const selected = () => panel.locator('[role=tab][aria-selected=true]').getAttribute('id');
    const focused = () => panel.evaluate(() => document.activeElement?.id ?? '');
    expect(await selected()).toBe('tab-sections');
    expect(await panel.locator('[role=tab][tabindex="0"]').count()).toBe(1);

    await panel.getByRole('tab', { name: 'Sections' }).focus();
    await panel.keyboard.press('ArrowRight');
    expect([await selected(), await focused()]).toEqual(['tab-markup', 'tab-markup']);
    await expect(panel.getByRole('tabpanel').getAttribute('aria-labelledby')).resolves.toBe('tab-markup');
    await panel.keyboard.press('End');
    expect(await selected()).toBe('tab-access');
    await panel.keyboard.press('ArrowRight');
    expect(await selected()).toBe('tab-sections');
    await panel.keyboard.press('ArrowLeft');
    expect(await selected()).toBe('tab-access');
    await panel.keyboard.press('Home');
    expect([await selected(), await focused()]).toEqual(['tab-sections', 'tab-sections']);
    // Tab leaves the tab list for the panel's content.
    await panel.keyboard.press('Tab');
    expect(await focused()).toBe('view-sections');
    await panel.close();
    await page.close();
  });

  it('Markup lists the JSON-LD entities of a page that has them; Authorship shows byline and dates with sources', async () => {
    const { page, tabId, url } = await open(h.base, 'citable.html');
    const expected = engineReport(pageHtml('citable.html'), url);
    const panel = await panelFor(tabId);
    await panel.getByRole('tab', { name: /^Markup/ }).click();
    const entities = panel.getByTestId('entity');
    await entities.first().waitFor();
    expect(await entities.count()).toBe(expected.schema.entities.length);
    await expect(entities.first().textContent()).resolves.toMatch(/Article.*JSON-LD/);
    await expect(entities.first().textContent()).resolves.toContain('headline');
    expect(await entities.first().getAttribute('data-format')).toBe('json-ld');
    // Article markup is there: nothing reported missing for it.
    expect(await panel.locator('[data-testid=schema-issue][data-rule=article-markup]').count()).toBe(0);
    await axeLightAndDark(panel);

    await panel.getByRole('tab', { name: 'Authorship' }).click();
    await expect(panel.getByTestId('byline').textContent()).resolves.toMatch(/Dana Whitfield.*from a byline element/);
    await expect(panel.getByTestId('published').textContent()).resolves.toMatch(/2024-05-02.*from a meta tag/);
    await expect(panel.getByTestId('citations').textContent()).resolves.toContain('1 link to 1 other site');
    const link = panel.locator('#view-authorship a');
    expect(await link.getAttribute('href')).toBe('https://www.pewresearch.org/short-reads/2019/02/20/homework-gap/');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    await axeLightAndDark(panel);
    await panel.screenshot({ path: `${SCREENSHOTS}/panel-authorship.png` });
    await panel.close();
    await page.close();
  });

  it('Markup on a page without Article markup: the missing markup, and a JSON-LD snippet whose copy parses as JSON', async () => {
    const page = await h.context.newPage();
    const url = `${h.base}/synthesis.html`;
    await page.goto(url);
    await page.bringToFront();
    const tabId = await activeTabId(h.sw);
    await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', 'badge');
    const panel = await h.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    // Records what the Copy button puts on the clipboard (headless Chromium may refuse the clipboard itself).
    await panel.addInitScript(() => {
      const clip = navigator.clipboard;
      const write = clip.writeText.bind(clip);
      clip.writeText = (text: string) => {
        (window as unknown as { __copied: string }).__copied = text;
        return write(text);
      };
    });
    await panel.goto(`chrome-extension://${h.extId}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid=section]');
    await panel.getByRole('tab', { name: /^Markup/ }).click();

    const missing = panel.locator('[data-testid=schema-issue][data-rule=article-markup]');
    await missing.waitFor();
    await expect(missing.textContent()).resolves.toMatch(/no Article, NewsArticle or BlogPosting markup.*Source: Google Search Central/);
    expect(await panel.getByTestId('entity').count()).toBe(0);

    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await panel.screenshot({ path: `${SCREENSHOTS}/panel-markup.png` });
    const snippet = panel.getByTestId('suggested-jsonld');
    const shown = await snippet.locator('pre').textContent();
    const parsed = JSON.parse(shown ?? '') as Record<string, unknown>;
    expect(parsed['@type']).toBe('Article');
    expect(parsed.headline).toBe('Why homework matters: a complete guide');
    await snippet.getByRole('button', { name: 'Copy' }).click();
    const copied = await waitFor(() => panel.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? ''), (t) => t !== '', 'copied text');
    expect(JSON.parse(copied)).toEqual(parsed);
    await waitFor(() => panel.getByRole('status').first().textContent(), (t) => /copied|clipboard/i.test(t ?? ''), 'copy feedback');

    await axeLightAndDark(panel);
    await panel.close();
    await page.close();
  });

  it('Machine access: blocked from AI search but allowed for training; llms.txt as information; all requests to the page’s own origin', async () => {
    const start = h.requests.length;
    const servedBefore = site.served.length;
    const { page, tabId, url } = await open(site.base, 'citable.html');
    const html = pageHtml('citable.html');
    const access = { robots: { status: 200, text: ROBOTS }, llms: { status: 200, text: LLMS } };
    // The badge is the engine's score for the same page and the same robots.txt and llms.txt.
    const expected = engineReport(html, url, access);
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(expected.score), `badge ${expected.score}`);
    expect(expected.score).not.toBe(engineReport(html, url).score);

    const panel = await panelFor(tabId);
    await panel.getByRole('tab', { name: /^Machine access/ }).click();
    const search = panel.getByTestId('purpose-search');
    const training = panel.getByTestId('purpose-training');
    await search.waitFor();
    await expect(search.getByRole('heading').textContent()).resolves.toBe('AI search indexes');
    const oai = search.locator('[data-token=OAI-SearchBot]');
    expect(await oai.getAttribute('data-verdict')).toBe('blocked');
    await expect(oai.textContent()).resolves.toMatch(/Blocked.*Disallow: \//);
    expect(await search.locator('[data-verdict=allowed]').count()).toBe(2);
    const trainingVerdicts = await training.getByTestId('crawler').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(trainingVerdicts.length).toBeGreaterThan(0);
    expect(new Set(trainingVerdicts)).toEqual(new Set(['allowed']));
    await expect(training.textContent()).resolves.toContain('Allowed');
    await expect(panel.getByTestId('access-findings').textContent()).resolves.toMatch(/Blocked from AI search indexes by robots\.txt: OAI-SearchBot/);
    const llms = panel.getByTestId('llms-txt');
    await expect(llms.textContent()).resolves.toMatch(/No weight in the score.*Citable test pages/);

    // "Check what crawlers see": the page's own URL fetched again, the report recomputed with its text.
    await panel.getByRole('button', { name: 'Check what crawlers see' }).click();
    const verdict = panel.getByTestId('render-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('in-html');
    const withText = engineReport(html, url, { ...access, serverText: serverTextOf(html) });
    expect(withText.access.renderGap?.verdict).toBe('in-html');
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === String(withText.score), `badge ${withText.score} after the check`);
    await axeLightAndDark(panel);
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await panel.screenshot({ path: `${SCREENSHOTS}/panel-access.png`, fullPage: true });

    // A second page of the same origin: robots.txt and llms.txt come from the cache, not fetched again.
    const second = await open(site.base, 'synthesis.html');
    await second.page.close();
    await panel.close();
    await page.close();

    const origin = new URL(site.base).origin;
    const web = h.requests.slice(start).filter((u) => /^https?:/i.test(u));
    expect(web.length).toBeGreaterThan(0);
    // The fetches of the content script are seen by the browser-level log too (so the check below is not vacuous).
    expect(web).toContain(`${origin}/robots.txt`);
    expect(web).toContain(`${origin}/llms.txt`);
    expect(web.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    // Everything the test server saw: the two pages, the re-fetch of the checked page, robots.txt and llms.txt once.
    const served = site.served.slice(servedBefore).filter((p) => p !== '/favicon.ico').sort();
    expect(served).toEqual(['/citable.html', '/citable.html', '/llms.txt', '/robots.txt', '/synthesis.html']);
  });

  it('What crawlers see: an article inserted by script is reported as script-only', async () => {
    const { page, tabId, url } = await open(site.base, 'script-only.html');
    const panel = await panelFor(tabId);
    await panel.getByRole('tab', { name: /^Machine access/ }).click();
    await panel.getByRole('button', { name: 'Check what crawlers see' }).click();
    const verdict = panel.getByTestId('render-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('script-only');
    const rendered = await page.content();
    const expected = engineReport(rendered, url, {
      robots: { status: 200, text: ROBOTS },
      llms: { status: 200, text: LLMS },
      serverText: serverTextOf(pageHtml('script-only.html')),
    });
    expect(expected.access.renderGap?.verdict).toBe('script-only');
    await expect(panel.getByTestId('access-findings').textContent()).resolves.toContain('appears only after scripts run');
    await panel.close();
    await page.close();
  });
});
