/**
 * The side panel's interactions in a real Chromium: dismiss (and undo), export, keyboard use, accessibility (axe)
 * in light and dark, the non-report states, the options page, and SPA navigation.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activeTabId, axeViolations, badgeText, browserTestsEnabled, engineReport, launch, openPanel, SCREENSHOTS, waitFor, type Harness } from './harness';

const enabled = browserTestsEnabled();

describe.skipIf(!enabled)('side panel in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(name: string) {
    const page = await h.context.newPage();
    const url = `${h.base}/${name}`;
    await page.goto(url);
    await page.bringToFront();
    return { page, url, tabId: await activeTabId(h.sw) };
  }

  const panelFor = (tabId: number, selector?: string): Promise<Page> => openPanel(h, tabId, selector);

  const axe = axeViolations;

  it('dismissing a flag marks it, re-scores the page, and can be undone', async () => {
    const { page, tabId } = await open('citable.html');
    await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', 'badge');
    const panel = await panelFor(tabId);
    const before = await badgeText(h.sw, tabId);
    // Each judged section says why: the sentences that moved its verdict, quoted from the page.
    const why = panel.locator('[data-testid=section]').nth(1).locator('[data-testid=section-why]');
    await why.locator('summary').click();
    expect((await why.locator('q').allTextContents()).length).toBeGreaterThan(0);
    // Dismiss the first piece of evidence of the second section (original data): the score drops.
    const item = panel.locator('[data-testid=section]').nth(1).locator('[data-testid=evidence]').first();
    await item.getByRole('button', { name: /^Dismiss/ }).click();
    await waitFor(() => item.getAttribute('class'), (c) => (c ?? '').includes('dismissed'), 'dismissed mark');
    await expect(item.textContent()).resolves.toContain('(dismissed)');
    // Re-scored without it (the score may not move when the section has more of the same evidence).
    await panel.locator('details.drivers summary').click();
    await panel.getByText('1 dismissed finding is not counted.').waitFor();
    expect(Number(await badgeText(h.sw, tabId))).toBeLessThanOrEqual(Number(before));
    // Remembered: a reload keeps it dismissed.
    await page.reload();
    await panel.reload();
    await panel.waitForSelector('[data-testid=evidence].dismissed');
    await panel.locator('[data-testid=evidence].dismissed').first().getByRole('button', { name: /^Restore/ }).click();
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === before, 'the score restored');
    // The badge may already show the restored score (it did not move) before the panel re-renders: wait for it.
    await waitFor(() => panel.locator('[data-testid=evidence].dismissed').count(), (n) => n === 0, 'no dismissed evidence');
    await panel.close();
    await page.close();
  });

  it('exports Markdown and JSON, copies a suggestion, and is keyboard-usable and axe-clean in light and dark', async () => {
    const { page, tabId } = await open('synthesis.html');
    await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', 'badge');
    const panel = await panelFor(tabId);

    const [md] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Markdown' }).click()]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toContain('Why homework matters');
    const [json] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'JSON' }).click()]);
    const parsed = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(parsed.score).toBe(Number(await badgeText(h.sw, tabId)));

    // A section's own suggestions are collapsed under the page plan: opened, then copied.
    await panel.locator('[data-testid=suggestions] > summary').first().click();
    await panel.locator('[data-testid=suggestion]').first().getByRole('button', { name: /^Copy/ }).click();
    // Headless Chromium may refuse the clipboard to an unfocused page: either way the panel says what happened.
    await waitFor(() => panel.getByRole('status').first().textContent(), (t) => /copied|clipboard/i.test(t ?? ''), 'copy feedback');

    // Keyboard: Tab reaches the first section, Enter shows it on the page; the focus is visible.
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let i = 0; i < 12 && !focused.includes('section-head'); i++) {
      await panel.keyboard.press('Tab');
      focused = await panel.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('section-head');
    const outline = await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await panel.keyboard.press('Enter');
    await waitFor(() => page.evaluate(() => CSS.highlights.get('citable-focus')?.size ?? 0), (n) => n > 0, 'highlight after Enter');

    await panel.locator('details.drivers summary').click();
    expect(await axe(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(panel)).toEqual([]);
    await panel.screenshot({ path: `${SCREENSHOTS}/panel-synthesis-dark.png` });
    await panel.close();
    await page.close();
  });

  it('says so on a page that is not an article, and on a page it cannot read', async () => {
    const { page, tabId } = await open('not-article.html');
    const panel = await panelFor(tabId, '[data-testid=status-not-article]');
    expect(await badgeText(h.sw, tabId)).toBe('');
    expect(await axe(panel)).toEqual([]);
    await page.goto('about:blank');
    await panel.reload();
    await panel.waitForSelector('[data-testid=status-unreadable]', { timeout: 10_000 });
    await panel.close();
    await page.close();
  });

  it('follows an SPA navigation (history API) to a new article', async () => {
    const { page, tabId, url } = await open('spa.html');
    const first = await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', 'badge');
    expect(first).toBe(String(engineReport(await page.content(), url).score));
    await page.evaluate(() => (window as unknown as { go(): void }).go());
    const html = await page.content();
    const expected = String(engineReport(html, page.url()).score);
    expect(expected).not.toBe(first);
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === expected, `badge ${expected} after navigation`, 5000);
    const panel = await panelFor(tabId);
    await expect(panel.locator('[data-testid=section] .section-name').allTextContents()).resolves.toContain('What we measured');
    await panel.close();
    await page.close();
  });

  it('the options page turns scoring off for a site (live, and on later loads), with a plain privacy statement', async () => {
    const { page, tabId } = await open('citable.html');
    const score = await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', 'badge');

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extId}/options.html`);
    await expect(options.getByTestId('privacy').textContent()).resolves.toMatch(/stays in your browser/i);
    expect(await axe(options)).toEqual([]);
    await options.getByLabel('Site').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.locator('li', { hasText: '127.0.0.1' }).waitFor();

    // The open page stops at once; the panel says why.
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === '', 'badge cleared without a reload');
    const panel = await panelFor(tabId, '[data-testid=status-disabled]');
    // A page loaded now is not read either, but on request it still is.
    await page.reload();
    await panel.reload();
    await panel.waitForSelector('[data-testid=status-disabled]');
    expect(await badgeText(h.sw, tabId)).toBe('');
    await panel.getByRole('button', { name: 'Analyze this page' }).click();
    await waitFor(() => badgeText(h.sw, tabId), (t) => t === score, 'badge after a manual analysis');

    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await options.getByText('None.').waitFor();
    await options.close();
    await panel.close();
    await page.close();
  });

  it('recovers when the service worker is stopped (MV3 workers sleep): the panel asks, the page is read again', async () => {
    const { page, tabId } = await open('synthesis.html');
    await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', 'badge');
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const panel = await panelFor(tabId);
    expect(await panel.locator('[data-testid=section]').count()).toBeGreaterThan(0);
    const sw = h.context.serviceWorkers().find((w) => w.url().includes(h.extId));
    if (sw) h.sw = sw;
    await panel.close();
    await page.close();
  });
});
