/**
 * A screenshot of a page with the side panel beside it, as a user sees them (the panel is its own extension page in
 * the tests, so the two are composed in a blank page of the same browser).
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The page's and the panel's screenshots (base64 PNG) side by side, as a page's markup. */
function composed(left: string, right: string): string {
  return `<body style="margin:0;display:flex;background:#888;gap:1px"><img alt="" src="data:image/png;base64,${left}"><img alt="" src="data:image/png;base64,${right}"></body>`;
}

export async function sideBySide(context: BrowserContext, page: Page, panel: Page): Promise<Page> {
  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  const l = page.viewportSize() ?? { width: 1100, height: 860 };
  const r = panel.viewportSize() ?? { width: 400, height: 860 };
  const out = await context.newPage();
  await out.setViewportSize({ width: l.width + r.width + 1, height: Math.max(l.height, r.height) });
  await out.setContent(composed(left.toString('base64'), right.toString('base64')));
  await out.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  return out;
}

/** The same, in Firefox through puppeteer-core: writes the composed screenshot to `path`. */
export async function sideBySidePuppeteer(browser: import('puppeteer-core').Browser, page: import('puppeteer-core').Page, panel: import('puppeteer-core').Page, path: string): Promise<void> {
  const left = await page.screenshot({ encoding: 'base64' });
  const right = await panel.screenshot({ encoding: 'base64' });
  const l = page.viewport() ?? { width: 1000, height: 860 };
  const r = panel.viewport() ?? { width: 400, height: 860 };
  const out = await browser.newPage();
  await out.setViewport({ width: l.width + r.width + 1, height: Math.max(l.height, r.height) });
  await out.setContent(composed(left, right));
  await out.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await out.screenshot({ path: path as `${string}.png` });
  await out.close();
}
