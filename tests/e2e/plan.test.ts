/**
 * The page plan in the real panel, on three real corpus pages served as they are (read from ../shared at test time,
 * never copied): it opens the panel, says what the engine projects, gives way to the next best when dismissed, and
 * the sections' own suggestions are collapsed. Screenshots of the page beside the panel go to SCREENSHOTS.
 */
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../scoring/extract';
import { analyzeWithPlan } from '../../scoring/plan';
import { quoted } from '../../components/PlanView';
import type { Report } from '../../scoring/report';
import { trafilaturaPages, zytePages } from '../corpus/corpus';
import { activeTabId, badgeText, browserTestsEnabled, launch, openPanel, SCREENSHOTS, waitFor, type Harness } from './harness';
import { sideBySide } from './screenshots';

const enabled = browserTestsEnabled();

/** Three real pages of different kinds: a plant-care guide, a technical blog post, a family-travel post. */
function realPages(): Record<string, string> {
  const docker = trafilaturaPages().find((p) => p.name.includes('pythonspeed.com.docker'));
  const plants = trafilaturaPages().find((p) => p.name.includes('plantcaretoday.com.bougainvillea'));
  const zyte = zytePages().find((p) => p.name.includes('0e014df693f1'));
  if (!docker || !zyte || !plants) throw new Error('corpus pages not found in ../shared/corpus');
  return {
    'plantcaretoday-bougainvillea.html': plants.html(),
    'pythonspeed-docker.html': docker.html(),
    'zyte-0e014df693f1.html': zyte.html(),
  };
}

/** The engine's report with its plan, in Node, for the HTML at that URL (what the panel must show). */
function nodeReport(html: string, url: string, dismissed: string[] = []): Report {
  const { document } = parseHTML(html);
  return analyzeWithPlan(extract(document as unknown as Document, { url }), { dismissed });
}

describe.skipIf(!enabled)('page plan in the panel (Chromium)', () => {
  let h: Harness;
  let pages: Record<string, string>;
  beforeAll(async () => {
    pages = realPages();
    h = await launch(pages);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(name: string): Promise<{ page: Page; panel: Page; tabId: number; url: string }> {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    const url = `${h.base}/${name}`;
    await page.goto(url);
    await page.bringToFront();
    const tabId = await activeTabId(h.sw);
    await waitFor(() => badgeText(h.sw, tabId), (t) => t !== '', `badge on ${name}`, 30_000);
    const panel = await openPanel(h, tabId, '[data-testid=plan-item]');
    return { page, panel, tabId, url };
  }

  const effects = (panel: Page) => panel.locator('[data-testid=plan-effect]').allTextContents();

  it.each(['plantcaretoday-bougainvillea.html', 'pythonspeed-docker.html', 'zyte-0e014df693f1.html'])('%s opens with the plan the engine projects', async (name) => {
    const { page, panel, url } = await open(name);
    const expected = nodeReport(pages[name]!, url);
    expect(expected.plan!.length).toBeGreaterThan(0);
    // The plan comes first in the panel, before the score summary and the sections.
    const order = await panel.evaluate(() => {
      const all = [...document.querySelectorAll('[data-testid=plan], [data-testid=page-score], [data-testid=section]')];
      return all.map((e) => e.getAttribute('data-testid'));
    });
    expect(order[0]).toBe('plan');
    expect(await effects(panel)).toEqual(expected.plan!.map((p) => p.effect));
    expect(await panel.locator('[data-testid=plan-item] q').allTextContents()).toEqual(expected.plan!.map((p) => quoted(p.sentence)));
    // Sections' own suggestions are there, collapsed.
    const opened = await panel.locator('[data-testid=suggestions]').evaluateAll((els) => els.map((d) => (d as HTMLDetailsElement).open));
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.every((o) => !o)).toBe(true);
    const shot = await sideBySide(h.context, page, panel);
    await shot.screenshot({ path: path.join(SCREENSHOTS, `panel-plan-${name.replace(/\.html$/, '')}.png`) });
    await shot.close();
    await panel.close();
    await page.close();
  });

  it('a dismissed plan item is replaced by the next best, projected without it', async () => {
    const name = 'plantcaretoday-bougainvillea.html';
    const { page, panel, url } = await open(name);
    const first = await panel.locator('[data-testid=plan-item]').first().getAttribute('data-id');
    expect(first).toBeTruthy();
    await panel.locator('[data-testid=plan-item]').first().getByRole('button', { name: /^Dismiss/ }).click();
    await waitFor(() => panel.locator('[data-testid=plan-item]').first().getAttribute('data-id'), (id) => id !== null && id !== first, 'the next plan item');
    const ids = await panel.locator('[data-testid=plan-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids).not.toContain(first);
    const expected = nodeReport(pages[name]!, url, [first!]);
    expect(ids).toEqual(expected.plan!.map((p) => p.id));
    expect(await effects(panel)).toEqual(expected.plan!.map((p) => p.effect));
    await panel.close();
    await page.close();
  });
});
