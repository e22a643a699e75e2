/**
 * Issue 11 in the panel, in a real Chromium: "Compare with…" another open tab (the two pages side by side, what
 * each has that the other lacks, what this page needs to out-cite the other), and a page that is not an article
 * still showing its Markup, Authorship and Machine access, with markup issues named by entity, grouped, linked to
 * the documentation they cite and each saying why it matters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { activeTabId, axeViolations, badgeText, browserTestsEnabled, launch, openPanel, SCREENSHOTS, waitFor, type Harness } from './harness';

const enabled = browserTestsEnabled();

describe.skipIf(!enabled)('the panel: compare, and pages that are not articles', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(name: string, scored = true) {
    const page = await h.context.newPage();
    await page.goto(`${h.base}/${name}`);
    await page.bringToFront();
    const tabId = await activeTabId(h.sw);
    if (scored) await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', 'badge');
    return { page, tabId };
  }

  it('compares this page with another open tab: side by side, what each lacks, and what to add to out-cite it', async () => {
    const citable = await open('citable.html');
    const synthesis = await open('synthesis.html');
    const panel = await openPanel(h, synthesis.tabId);
    await panel.getByRole('button', { name: 'Compare with…' }).click();
    const select = panel.getByLabel('Page to compare with');
    await expect(select.locator('option').allTextContents()).resolves.toEqual([expect.stringMatching(/^\d+ · What 1,200 teachers told us about homework in 2024$/)]);
    expect(await select.inputValue()).toBe(String(citable.tabId));
    await panel.getByRole('button', { name: 'Compare', exact: true }).click();
    const view = panel.getByTestId('compare-view');
    await view.waitFor();
    await expect(panel.getByTestId('compare-leader').textContent()).resolves.toMatch(/^B cites better today, by \d+ points\.$/);
    const lacks = await panel.getByTestId('only-b').allTextContents();
    expect(lacks.join(' ')).toMatch(/B has \w+ original data points? that A lacks/);
    const actions = panel.getByTestId('compare-actions').locator('li');
    expect(await actions.first().getAttribute('data-kind')).toBe('original_data');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'panel-compare.png'), fullPage: true });
    await panel.getByRole('button', { name: 'Back to this page' }).click();
    await panel.getByTestId('page-score').waitFor();
    await panel.close();
    await citable.page.close();
    await synthesis.page.close();
  });

  it('shows a product page’s Markup, Authorship and Machine access; issues name their entity, link their docs, say why', async () => {
    const { page, tabId } = await open('product.html', false);
    const panel = await openPanel(h, tabId, '[data-testid=entity-issues]');
    await expect(panel.getByTestId('status-not-article').textContent()).resolves.toMatch(/Not an article/);
    expect(await panel.getByRole('tab').allTextContents()).toEqual([expect.stringMatching(/^Markup/), 'Authorship', expect.stringMatching(/^Machine access/)]);
    // No citability score for a page with no article: the badge stays empty.
    expect(await badgeText(h.sw, tabId)).toBe('');
    const groups = await panel.getByTestId('entity-issues').locator('h4').allTextContents();
    // The two Organizations are told apart by name; the breadcrumb's single item is an error of its own entity.
    expect(groups).toEqual(expect.arrayContaining([expect.stringMatching(/^Organization “Northwind Outfitters”/), expect.stringMatching(/^Organization “Trail Shop Europe”/), expect.stringMatching(/^BreadcrumbList/)]));
    const issues = panel.getByTestId('schema-issue');
    const n = await issues.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < n; i++) {
      await expect(issues.nth(i).getByTestId('issue-why').textContent()).resolves.toMatch(/\w+.*\./);
    }
    const links = await panel.locator('[data-testid=schema-issue] .issue-source a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBe(n);
    expect(links.every((u) => /^https:\/\/(developers\.google\.com|schema\.org|www\.w3\.org|html\.spec\.whatwg\.org)\//.test(u))).toBe(true);
    await panel.getByRole('tab', { name: 'Authorship' }).click();
    await panel.getByRole('tab', { name: /^Machine access/ }).click();
    expect(await axeViolations(panel)).toEqual([]);
    await panel.getByRole('tab', { name: /^Markup/ }).click();
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'panel-not-article.png'), fullPage: true });
    await panel.close();
    await page.close();
  });
});
